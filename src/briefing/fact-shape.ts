import type { Fact } from "./types.js";

/**
 * A fact with every field present (optional ones as undefined) in one key order. Facts with
 * and without a date or deadline, or read back from the briefing cache in another key order,
 * would otherwise be objects of several shapes, and the answering code that reads them on
 * every question would run slower until V8 had seen them all.
 */
export function canonicalFact(fact: Fact): Fact {
  return {
    id: fact.id,
    topics: fact.topics,
    statement: fact.statement,
    entities: fact.entities,
    numbers: fact.numbers,
    answers: fact.answers,
    date: fact.date,
    until: fact.until,
    status: fact.status,
    deadline: fact.deadline,
    citations: fact.citations,
    questions: fact.questions,
    links: fact.links,
    key: fact.key,
    supersedes: fact.supersedes,
    superseded_by: fact.superseded_by,
    from: fact.from,
    hash: fact.hash,
    origin: fact.origin,
  };
}
