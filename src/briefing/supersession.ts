import type { BriefingIssue } from "../errors.js";
import { suggest } from "./issues.js";
import type { FactEntry } from "./references.js";
import type { Fact } from "./types.js";
import { locateValue } from "./yaml-file.js";

/**
 * Superseded facts: a later fact (a deal) replaces an earlier one (a threatened rate). A curator
 * writes `supersedes: OLD` on the new fact, `superseded_by: NEW` on the old one, or both; the
 * loader fills in the other side, so answers and digests can walk the chain either way.
 */

/** Pairs (new id → old id) as written on either side, with where each was written. */
function pairsOf(
  entries: readonly FactEntry[],
): { next: string; prev: string; entry: FactEntry; field: string }[] {
  const pairs: { next: string; prev: string; entry: FactEntry; field: string }[] = [];
  for (const entry of entries) {
    const fact = entry.fact;
    if (!fact) continue;
    if (fact.supersedes) pairs.push({ next: fact.id, prev: fact.supersedes, entry, field: "supersedes" });
    if (fact.superseded_by)
      pairs.push({ next: fact.superseded_by, prev: fact.id, entry, field: "superseded_by" });
  }
  return pairs;
}

/**
 * What the schema cannot see: unknown or self references, a fact replaced by two others (or
 * replacing two), the two sides disagreeing, a cycle, and `from` on a fact that replaces none.
 */
export function checkSupersession(entries: readonly FactEntry[]): BriefingIssue[] {
  const issues: BriefingIssue[] = [];
  const ids = new Set(entries.flatMap((e) => (e.fact ? [e.fact.id] : [])));
  const nextOf = new Map<string, string>();
  const prevOf = new Map<string, string>();
  for (const { next, prev, entry, field } of pairsOf(entries)) {
    const at = locateValue(entry.parsed, [entry.index, field]);
    const say = (message: string) =>
      issues.push({ ...at, message: `facts[${entry.index}].${field}: ${message}` });
    const target = field === "supersedes" ? prev : next;
    if (next === prev) say("a fact cannot supersede itself");
    else if (!ids.has(target)) say(`unknown fact "${target}"${suggest(target, [...ids])}`);
    else if (nextOf.has(prev) && nextOf.get(prev) !== next)
      say(`"${prev}" is already superseded by "${nextOf.get(prev)}"; a fact has one successor`);
    else if (prevOf.has(next) && prevOf.get(next) !== prev)
      say(`"${next}" already supersedes "${prevOf.get(next)}"; a fact replaces one fact`);
    else {
      nextOf.set(prev, next);
      prevOf.set(next, prev);
    }
  }
  for (const entry of entries) {
    const fact = entry.fact;
    if (!fact) continue;
    if (fact.from && !prevOf.has(fact.id)) {
      const at = locateValue(entry.parsed, [entry.index, "from"]);
      issues.push({
        ...at,
        message: `facts[${entry.index}].from: only a fact that supersedes another takes "from" (add supersedes: ID)`,
      });
    }
    // A chain that comes back to where it started would make answers walk for ever.
    const seen = new Set([fact.id]);
    for (let id = nextOf.get(fact.id); id !== undefined; id = nextOf.get(id)) {
      if (!seen.has(id)) {
        seen.add(id);
        continue;
      }
      if (id === fact.id) {
        const at = locateValue(entry.parsed, [entry.index, "id"]);
        issues.push({
          ...at,
          message: `facts[${entry.index}]: supersedes itself through "${[...seen].join(" → ")}"`,
        });
      }
      break;
    }
  }
  return issues;
}

/** Fills in the side a curator left out (facts are freshly assembled, so set in place). */
export function linkSupersession(facts: Fact[]): void {
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const fact of facts) {
    const prev = fact.supersedes ? byId.get(fact.supersedes) : undefined;
    if (prev && prev.superseded_by === undefined) prev.superseded_by = fact.id;
    const next = fact.superseded_by ? byId.get(fact.superseded_by) : undefined;
    if (next && next.supersedes === undefined) next.supersedes = fact.id;
  }
}
