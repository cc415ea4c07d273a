import type { Fact } from "../briefing/types.js";
import type { Lang } from "../i18n/lang.js";
import { NUMBER_KINDS, TOPIC_CUED_NUMBER_KIND } from "../knowledge/cue-source.js";
import {
  type AskKind,
  allPacks,
  type CuedNumberKind,
  languagePack,
  type UnitKind,
} from "../knowledge/packs.js";
import { compilePattern } from "../lang/pattern.js";
import { CueText, cueExec, cueIn, escapeRegExp } from "./cue.js";

/** What a question asks for. number/date/person are hard requirements on the fact. */
export type Want = AskKind | "description";

/**
 * The kinds of answer a question asks for: the frames of its language's pack (frames.yaml)
 * whose cue the question holds, in the pack's order.
 */
export function detectWants(
  question: string,
  lang: Lang,
  units: readonly string[] = unitsAsked(question, lang),
): Want[] {
  const pack = languagePack(lang);
  const text = new CueText(question);
  const wants: Want[] = [];
  for (const { kind, either, cue } of pack.asks) {
    if (wants.includes(kind) && either.every((k) => wants.includes(k))) continue;
    if (!cueIn(cue, text)) continue;
    for (const k of [kind, ...either]) if (!wants.includes(k)) wants.push(k);
  }
  // "…ますか" ends every polite question; it is yes/no only without a question word.
  if (wants.includes("yesno") && cueIn(pack.questionWord, text)) wants.splice(wants.indexOf("yesno"), 1);
  // "when" of a yes/no question ("did X happen when...") is rare; a number question is not yes/no.
  if (wants.includes("yesno") && wants.length > 1) wants.splice(wants.indexOf("yesno"), 1);
  // "How old is Ishiba?", "ông Ishiba bao nhiêu tuổi?", "how old was he when he took office?":
  // an age is the figure and the time asked; "bao nhiêu" and "when" ask nothing besides it.
  if (wants.includes("age"))
    for (const k of AGE_HOLDS) if (wants.includes(k)) wants.splice(wants.indexOf(k), 1);
  // "What is its annual output in tonnes?": a unit asked for asks for a figure.
  if (wants.length === 0 && units.length > 0) wants.push("number");
  if (wants.length === 0) wants.push("description");
  return wants;
}

/** What an age asked stands for: its figure, and the time it is told at. */
const AGE_HOLDS: readonly Want[] = ["number", "date"];

/**
 * The kinds a question asks for as alternatives ("付き合いは何年ですか": a year, or how many
 * years): a fact holding any one of them answers. Empty when every kind asked is required.
 */
export function detectEither(question: string, lang: Lang): Want[] {
  const text = new CueText(question);
  const out: Want[] = [];
  for (const { kind, either, cue } of languagePack(lang).asks)
    if (either.length > 0 && cueIn(cue, text))
      for (const k of [kind, ...either]) if (!out.includes(k)) out.push(k);
  return out;
}

/**
 * The families of unit a question asks its figure in ("how many workers": people, "in
 * tonnes": mass), as its pack's `unitsAsked` names them; none when it names no unit.
 */
export function unitsAsked(question: string, lang: Lang): string[] {
  const text = new CueText(question);
  return languagePack(lang)
    .unitsAsked.filter(({ cue }) => cueIn(cue, text))
    .map(({ family }) => family);
}

/** The kinds of figure a question names ("how many cars did the UK export": trade), in the pack's order. */
export function figureKindsNamed(question: string, lang: Lang): string[] {
  const text = new CueText(question);
  const named = languagePack(lang)
    .figureKinds.filter(({ cue }) => cueIn(cue, text))
    .map(({ kind }) => kind);
  // "How much will the tariff cut lower car prices?": the price is asked, the tariff only moves
  // it (measures.yaml `figureKindOver`, read from the English pack).
  const over = languagePack(FACT_LANG).figureKindOver;
  return named.filter((k) => !named.some((o) => o !== k && (over[o] ?? []).includes(k)));
}

const measureKinds = new Map<string, string | undefined>();

/**
 * What a fact's figure is of: the first kind its English measure names, its head ("annual U.S.
 * quota for cars imported from the UK": a quota, not the imports it limits); none when it names none.
 */
export function measureKind(measure: string): string | undefined {
  if (!measureKinds.has(measure)) {
    const text = new CueText(measure);
    let head: { kind: string; at: number } | undefined;
    for (const { kind, cue } of languagePack(FACT_LANG).figureKinds) {
      const found = cueExec(cue, text);
      if (found && (!head || found.index < head.at)) head = { kind, at: found.index };
    }
    measureKinds.set(measure, head?.kind);
  }
  return measureKinds.get(measure);
}

/** Whether a figure of one kind answers a question that names the kinds asked. */
export function kindAnswers(measured: string, asked: readonly string[]): boolean {
  const accepts = languagePack(FACT_LANG).figureKindAccepts;
  return asked.some((k) => k === measured || (accepts[k] ?? []).includes(measured));
}

const HAS_DIGIT = /\d/;

/** What sort of number a number question asks for, so a count never answers "what rate". */
export type NumberKind = "percent" | "money" | "count" | "duration" | "frequency" | "any";

/** The kind each cue of frames.yaml `numberKinds` stands for: a rate is asked as a percentage. */
const KIND_OF_CUE: Record<CuedNumberKind, NumberKind> = {
  frequency: "frequency",
  duration: "duration",
  percent: "percent",
  count: "count",
  rate: "percent",
  money: "money",
  generic: "count",
};

/** The sort of number asked for: the question form first ("how long", "how many"), then its words. */
export function numberKind(
  question: string,
  lang: Lang,
  units: readonly string[] = unitsAsked(question, lang),
): NumberKind {
  const { numberKinds, numberKindsByPlace } = languagePack(lang);
  const text = new CueText(question);
  // Kinds in the listed order ("how many days": duration before count); among those told
  // apart by place, the one named first ("how much will JLR save from the tariff cut?": money).
  let first: { cued: CuedNumberKind; at: number } | undefined;
  for (const cued of NUMBER_KINDS) {
    const found = cueExec(numberKinds[cued], text);
    if (!found) continue;
    if (!first) first = { cued, at: found.index };
    else if (numberKindsByPlace.has(cued) && numberKindsByPlace.has(first.cued) && found.index < first.at)
      first = { cued, at: found.index };
    else if (!numberKindsByPlace.has(first.cued)) break;
  }
  if (!first) return "any";
  // "何リットルまで無関税": a unit asked is the figure wanted; the tariff only its setting.
  if (first.cued === TOPIC_CUED_NUMBER_KIND && units.length > 0) return "count";
  return KIND_OF_CUE[first.cued];
}

/** A fact's figures are read from its English statement and units, with the English pack. */
const FACT_LANG: Lang = "en";

function unitIs(unit: string, kind: UnitKind): boolean {
  return languagePack(FACT_LANG).unitWords[kind].some((w) => unit.includes(w));
}

/** Each family's words as a word's start ("job" in "jobs"), compiled once per pack's families. */
const familyStarts = new WeakMap<object, Map<string, RegExp | undefined>>();

function familyStart(
  families: Readonly<Record<string, readonly string[]>>,
  family: string,
): RegExp | undefined {
  let byFamily = familyStarts.get(families);
  if (!byFamily) {
    byFamily = new Map();
    familyStarts.set(families, byFamily);
  }
  if (!byFamily.has(family)) {
    const words = families[family] ?? [];
    byFamily.set(
      family,
      words.length > 0 ? compilePattern(`\\b(?:${words.map(escapeRegExp).join("|")})`, "u") : undefined,
    );
  }
  return byFamily.get(family);
}

/** Whether a text holds a word of one of the families of unit asked, as a word's start ("job" in "jobs"). */
function inFamilies(text: string, units: readonly string[], wordStart: boolean): boolean {
  const families = languagePack(FACT_LANG).unitFamilies;
  const lower = text.toLowerCase();
  return units.some((family) =>
    wordStart
      ? (familyStart(families, family)?.test(lower) ?? false)
      : (families[family] ?? []).some((w) => lower.includes(w)),
  );
}

/**
 * A count asked in a unit ("how many workers", "in tonnes") is answered only by a figure in
 * that unit's family: a plant's litres are not its workers. Other kinds name their unit.
 */
function unitFits(fact: Fact, kind: NumberKind, units: readonly string[]): boolean {
  if (units.length === 0 || (kind !== "count" && kind !== "any")) return true;
  if (fact.numbers.length === 0) return inFamilies(fact.statement.en, units, true);
  return fact.numbers.some((n) => inFamilies(n.unit, units, false));
}

function numberFits(fact: Fact, kind: NumberKind, units: readonly string[] = []): boolean {
  if (!unitFits(fact, kind, units)) return false;
  // "saves JLR hundreds of millions of pounds": an amount of money, told in words.
  if (kind === "money" && cueIn(languagePack(FACT_LANG).moneyInWords, fact.statement.en)) return true;
  if (fact.numbers.length === 0) return fact.answers.includes("number") && HAS_DIGIT.test(fact.statement.en);
  if (kind === "any") return true;
  return fact.numbers.some((n) => {
    const unit = n.unit.toLowerCase();
    const percent = unitIs(unit, "percent");
    const money = unitIs(unit, "money");
    const duration = unitIs(unit, "duration");
    if (kind === "frequency") return unitIs(unit, "frequency");
    // "What share…": "half of the 500" is a share too.
    if (kind === "percent") return percent || cueIn(languagePack(FACT_LANG).shareOf, fact.statement.en);
    if (kind === "money") return money;
    // "vehicles per year" is a rate, not a length of time.
    if (kind === "duration") return duration && !unitIs(unit, "frequency");
    return !percent && !money;
  });
}

/**
 * Whether a fact holds what the question asks for: a number question needs a fact with a
 * number, a date question a fact with a date, a "who" question a fact about a person beyond
 * those the question names. Other wants are preferences, not requirements.
 */
export function factHolds(
  fact: Fact,
  want: Want,
  questionEntities: ReadonlySet<string>,
  personIds: ReadonlySet<string>,
  kind: NumberKind = "any",
  units: readonly string[] = [],
): boolean {
  switch (want) {
    case "number":
      return numberFits(fact, kind, units);
    case "date":
      return (
        fact.date !== undefined ||
        fact.deadline !== undefined ||
        fact.answers.includes("date") ||
        // "27.4% of exports in 2023": a year is an answer to "when" and "what year".
        YEAR_IN_TEXT.test(fact.statement.en)
      );
    case "age":
      return statesAge(fact);
    case "person":
      return (
        fact.answers.includes("person") ||
        fact.entities.some((e) => personIds.has(e.entity) && !questionEntities.has(e.entity))
      );
    default:
      return true;
  }
}

const YEAR_IN_TEXT = /\b(?:19|20)\d{2}\b/;

/**
 * The fact states someone's age ("the 68-year-old premier", "68歳", "68 tuổi"): its statement in
 * some language, or the measure of one of its figures, holds that pack's `ageStated`. A fact
 * that only dates a person's deeds does not say how old they are.
 */
function statesAge(fact: Fact): boolean {
  if (allPacks().some((p) => cueIn(p.ageStated, fact.statement[p.lang] ?? ""))) return true;
  const en = languagePack(FACT_LANG).ageStated;
  return fact.numbers.some((n) => cueIn(en, n.measure));
}

/** Wants that must be met (the rest only rank). */
export const HARD_WANTS: ReadonlySet<Want> = new Set(["age", "number", "date", "person"]);
