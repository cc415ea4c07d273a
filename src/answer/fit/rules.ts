import type { FitRule } from "./rule.js";
import { agreedContentStated } from "./rules/agreed-content-stated.js";
import { askedKindHeld } from "./rules/asked-kind-held.js";
import { askedNounStated } from "./rules/asked-noun-stated.js";
import { askedThingStated } from "./rules/asked-thing-stated.js";
import { authorOfNamedSource } from "./rules/author-of-named-source.js";
import { broadStatesSpecific } from "./rules/broad-states-specific.js";
import { bystanderNotActor } from "./rules/bystander-not-actor.js";
import { contentOfNamedSource } from "./rules/content-of-named-source.js";
import { contentWithheld } from "./rules/content-withheld.js";
import { countryHeld } from "./rules/country-held.js";
import { datedEventStated } from "./rules/dated-event-stated.js";
import { designationStated } from "./rules/designation-stated.js";
import { doneNotPlanned } from "./rules/done-not-planned.js";
import { everyNameStated } from "./rules/every-name-stated.js";
import { exactFigureStated } from "./rules/exact-figure-stated.js";
import { figureActorAgrees } from "./rules/figure-actor-agrees.js";
import { figureKindAsked } from "./rules/figure-kind-asked.js";
import { figureOwnerNamed } from "./rules/figure-owner-named.js";
import { figureStated } from "./rules/figure-stated.js";
import { firstNotRest } from "./rules/first-not-rest.js";
import { focusNamed } from "./rules/focus-named.js";
import { goodsNamed } from "./rules/goods-named.js";
import { goodsSetAside } from "./rules/goods-set-aside.js";
import { ledThingActed } from "./rules/led-thing-acted.js";
import { leftPlaceNotAnswer } from "./rules/left-place-not-answer.js";
import { leftPlaceNotDestination } from "./rules/left-place-not-destination.js";
import { locationNotOrigin } from "./rules/location-not-origin.js";
import { meetingBetweenNamed } from "./rules/meeting-between-named.js";
import { membersNamed } from "./rules/members-named.js";
import { nameGiven } from "./rules/name-given.js";
import { namedEntitiesInFact } from "./rules/named-entities-in-fact.js";
import { nextNotPast } from "./rules/next-not-past.js";
import { officeNamed } from "./rules/office-named.js";
import { oneTopicWordStated } from "./rules/one-topic-word-stated.js";
import { orderStated } from "./rules/order-stated.js";
import { ordinalAgrees } from "./rules/ordinal-agrees.js";
import { originAgrees } from "./rules/origin-agrees.js";
import { outcomeNotPlan } from "./rules/outcome-not-plan.js";
import { outsideNameStated } from "./rules/outside-name-stated.js";
import { partNotWhole } from "./rules/part-not-whole.js";
import { placeNamed } from "./rules/place-named.js";
import { qualifierStated } from "./rules/qualifier-stated.js";
import { reasonActorActs } from "./rules/reason-actor-acts.js";
import { reasonStated } from "./rules/reason-stated.js";
import { relationStated } from "./rules/relation-stated.js";
import { rolesAgree } from "./rules/roles-agree.js";
import { setAsideNotAnswer } from "./rules/set-aside-not-answer.js";
import { setAsideThingNotAnswer } from "./rules/set-aside-thing-not-answer.js";
import { speakerAgrees } from "./rules/speaker-agrees.js";
import { specificTermStated } from "./rules/specific-term-stated.js";
import { startStated } from "./rules/start-stated.js";
import { successionStated } from "./rules/succession-stated.js";
import { titleNotContent } from "./rules/title-not-content.js";
import { topicWordKnown } from "./rules/topic-word-known.js";
import { weekdayNamed } from "./rules/weekday-named.js";
import { weekdayStated } from "./rules/weekday-stated.js";
import { wordsReported } from "./rules/words-reported.js";
import { yearAgrees } from "./rules/year-agrees.js";
import { yearlyFigureHeld } from "./rules/yearly-figure-held.js";
import { yesnoEventStated } from "./rules/yesno-event-stated.js";

/**
 * The fit rules the engine runs, in order. The first group is always judged (every reason is
 * reported); the rest (`onlyWhileFitting`) only while no rule has rejected the fact. To add a
 * rule: a file in rules/ exporting a FitRule, a line here, a table of cases in
 * tests/answer/fit-rules/, and its explain template in knowledge/lang/en/explain.yaml.
 */
export const FIT_RULES: readonly FitRule[] = [
  setAsideNotAnswer,
  setAsideThingNotAnswer,
  leftPlaceNotAnswer,
  leftPlaceNotDestination,
  originAgrees,
  outsideNameStated,
  authorOfNamedSource,
  namedEntitiesInFact,
  everyNameStated,
  relationStated,
  locationNotOrigin,
  rolesAgree,
  reasonActorActs,
  bystanderNotActor,
  ledThingActed,
  meetingBetweenNamed,
  weekdayNamed,
  weekdayStated,
  yearAgrees,
  figureStated,
  exactFigureStated,
  qualifierStated,
  designationStated,
  ordinalAgrees,
  firstNotRest,
  orderStated,
  officeNamed,
  askedKindHeld,
  startStated,
  placeNamed,
  countryHeld,
  nameGiven,
  membersNamed,
  figureOwnerNamed,
  figureKindAsked,
  figureActorAgrees,
  yearlyFigureHeld,
  successionStated,
  contentWithheld,
  titleNotContent,
  contentOfNamedSource,
  reasonStated,
  oneTopicWordStated,
  topicWordKnown,
  specificTermStated,
  goodsNamed,
  goodsSetAside,
  askedThingStated,
  partNotWhole,
  wordsReported,
  agreedContentStated,
  speakerAgrees,
  outcomeNotPlan,
  focusNamed,
  askedNounStated,
  datedEventStated,
  doneNotPlanned,
  nextNotPast,
  yesnoEventStated,
  broadStatesSpecific,
];
