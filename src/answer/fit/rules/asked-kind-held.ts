import type { Fact } from "../../../briefing/types.js";
import type { BriefingIndex } from "../../index-build.js";
import { factHolds, HARD_WANTS, type Want } from "../../question-intent.js";
import type { FitRule, Reason } from "../rule.js";
import { rejectIf } from "../rule.js";

/** Kinds of entity that answer "who" as a person does: "who gets 90% of the profits?" (the U.S.). */
const WHO_BODIES: ReadonlySet<string> = new Set(["country", "organization"]);

/**
 * The fact holds a country or body the question does not name as the one who receives: "who
 * gets the profits" (the pack's `whoReceives`). Not any body beside a person's deed: "who did
 * Ishiba meet" is not answered by the country he landed in.
 */
function holdsBody(fact: Fact, named: ReadonlySet<string>, index: BriefingIndex): boolean {
  return fact.entities.some(
    (e) =>
      e.role === "recipient" &&
      !named.has(e.entity) &&
      WHO_BODIES.has(index.briefing.byId.entity.get(e.entity)?.kind ?? ""),
  );
}

/** Kinds of entity that answer "who" when the question's noun names a company or body. */
const BODY_KINDS: ReadonlySet<string> = new Set(["organization"]);

/**
 * The fact holds a company or body the question does not name, for a "who" whose noun names one
 * ("who's the other big producer", the pack's `whoBody`): Vivergo answers as a person would. Its
 * name is written in the statement: "UK bioethanol producers called…" names none of them.
 */
function holdsOrganization(fact: Fact, named: ReadonlySet<string>, index: BriefingIndex): boolean {
  const statement = fact.statement.en.toLowerCase();
  return fact.entities.some((e) => {
    if (named.has(e.entity)) return false;
    const entity = index.briefing.byId.entity.get(e.entity);
    if (!entity || !BODY_KINDS.has(entity.kind)) return false;
    return (entity.names.en ?? []).some((n) => statement.includes(n.toLowerCase()));
  });
}

/**
 * The fact holds a group of people the question does not name ("Japanese companies in
 * Vietnam", "Vietnamese PhD students"): people, who answer "who" as a person does ("Japan is
 * listening to the concerns of whom?"). Not where they are.
 */
function holdsGroup(fact: Fact, named: ReadonlySet<string>, index: BriefingIndex): boolean {
  return fact.entities.some(
    (e) =>
      e.role !== "location" &&
      !named.has(e.entity) &&
      index.briefing.byId.entity.get(e.entity)?.kind === GROUP_KIND,
  );
}

const GROUP_KIND = "group";

const NUMBERED = /\d{2,}/g;

/**
 * "What's the number of the executive order…": a thing the question names whose name holds
 * a number (Executive Order 14345), written in the fact's statement: the fact gives it.
 */
function numberedName(fact: Fact, named: ReadonlySet<string>, index: BriefingIndex): boolean {
  return fact.entities.some((e) => {
    if (!named.has(e.entity)) return false;
    const names = index.briefing.byId.entity.get(e.entity)?.names.en ?? [];
    return names.some((n) => [...n.matchAll(NUMBERED)].some((m) => fact.statement.en.includes(m[0])));
  });
}

/**
 * The kind of answer asked for is in the fact: a number for "how many" (in the unit asked:
 * "how many workers" is not answered in litres), a date for "when", a person beyond those named
 * for "who" ("which Chinese leader…": the one named by office is the one asked for).
 */
export const askedKindHeld: FitRule = {
  name: "asked-kind-held",
  onlyWhileFitting: false,
  check({ q, fact, personIds, index }) {
    const holds = (want: Want) => {
      const named = want === "person" ? q.entityIdsForPerson : q.entityIds;
      if (want === "person" && q.whoReceives && holdsBody(fact, named, index)) return true;
      if (want === "person" && q.whoBody && holdsOrganization(fact, named, index)) return true;
      if (want === "person" && holdsGroup(fact, named, index)) return true;
      if (want === "number" && q.numberKind === "any" && numberedName(fact, named, index)) return true;
      return factHolds(fact, want, named, personIds, q.numberKind, q.numberUnits);
    };
    // "付き合いは何年ですか": a year or a number of years, whichever the fact holds.
    const either = q.wantsEither ?? [];
    const eitherHeld = either.some((want) => HARD_WANTS.has(want) && holds(want));
    const reasons = q.wants
      .filter((want) => HARD_WANTS.has(want) && !holds(want) && !(eitherHeld && either.includes(want)))
      .map((want): Reason => {
        // "How many workers…" of a fact with only litres: it holds a number, not one in that unit.
        const inUnit =
          want === "number" && q.numberUnits.length > 0 && factHolds(fact, want, q.entityIds, personIds);
        if (inUnit) return { key: "asked-kind-held.unit", args: { want, units: q.numberUnits.join(", ") } };
        // An age has its own sentence ("asks for an age"): the key of the want, with no argument.
        return want === "age"
          ? { key: `${this.name}.${want}`, args: {} }
          : { key: this.name, args: { want } };
      });
    return rejectIf(reasons, { wantMissing: true });
  },
};
