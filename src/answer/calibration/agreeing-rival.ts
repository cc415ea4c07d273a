import type { Fact } from "../../briefing/types.js";
import type { Want } from "../question-intent.js";

/**
 * A close fact that gives the same answer to what was asked is no rival: "Who is India's trade
 * minister?" over two facts that both name Piyush Goyal is not a question of which one is
 * meant. Only the kinds of answer that can be compared are judged (who, how many, when); a
 * question that asks for anything else, or where either fact gives nothing of the kind, keeps
 * its rivals, and the bot still asks which one is meant.
 */
export interface AskedOf {
  wants: readonly Want[];
  /** The people the question names itself (not those it names by office: they are the answer). */
  entityIdsForPerson: ReadonlySet<string>;
}

const COMPARED: ReadonlySet<Want> = new Set(["person", "number", "date"]);

export function agreesOnAsked(best: Fact, other: Fact, q: AskedOf, personIds: ReadonlySet<string>): boolean {
  const asked = q.wants.filter((w) => COMPARED.has(w));
  if (asked.length === 0 || asked.length < q.wants.length) return false;
  return asked.every((want) => {
    const a = answerValues(best, want, q, personIds);
    // The question may name its answer itself (an alias such as "India's trade minister"):
    // when the best fact names no one else, the people it names are the answer, and a fact
    // that names them too (with others) gives that answer as well.
    if (want === "person" && a.size === 0) {
      const named = peopleIn(best, personIds);
      return named.size > 0 && containsAll(peopleIn(other, personIds), named);
    }
    const b = answerValues(other, want, q, personIds);
    return a.size > 0 && sameSet(a, b);
  });
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && containsAll(a, b);
}

function peopleIn(fact: Fact, personIds: ReadonlySet<string>): Set<string> {
  return new Set(fact.entities.map((e) => e.entity).filter((id) => personIds.has(id)));
}

function answerValues(fact: Fact, want: Want, q: AskedOf, personIds: ReadonlySet<string>): Set<string> {
  switch (want) {
    case "person":
      return new Set(
        fact.entities.map((e) => e.entity).filter((id) => personIds.has(id) && !q.entityIdsForPerson.has(id)),
      );
    case "number":
      return new Set(fact.numbers.map((n) => `${n.value} ${n.unit.toLowerCase()}`));
    case "date":
      return new Set(fact.date === undefined ? [] : [String(fact.date)]);
    default:
      return new Set();
  }
}

function containsAll(whole: ReadonlySet<string>, part: ReadonlySet<string>): boolean {
  for (const v of part) if (!whole.has(v)) return false;
  return true;
}
