import type { Fact } from "./types.js";

/**
 * The chain a fact belongs to, latest first: [newest, …, oldest]. Stops at a fact already
 * seen (the loader rejects cycles; a briefing built in code may not have been checked).
 * Apart from ./supersession.ts (the loader's checks, which locate issues in the YAML) so that
 * answering never loads the YAML code.
 */
export function supersessionChain(fact: Fact, byId: ReadonlyMap<string, Fact>): Fact[] {
  let latest = fact;
  const seen = new Set([fact.id]);
  for (let next = latest.superseded_by; next !== undefined; next = latest.superseded_by) {
    const f = byId.get(next);
    if (!f || seen.has(f.id)) break;
    seen.add(f.id);
    latest = f;
  }
  const chain = [latest];
  const inChain = new Set([latest.id]);
  for (let prev = latest.supersedes; prev !== undefined; prev = chain[chain.length - 1]!.supersedes) {
    const f = byId.get(prev);
    if (!f || inChain.has(f.id)) break;
    inChain.add(f.id);
    chain.push(f);
  }
  return chain;
}
