import type { ContentWord, QuestionAnalysis, QuestionMention } from "./analyze.js";
import { pointsBack, pointsToSomeone } from "./discourse.js";
import type { BriefingIndex } from "./index-build.js";
import { idf } from "./retrieve.js";

/**
 * A question read with its context (discourse.ts): the statements around the clause that asks.
 * When the clause carries its own topic ("I know the main talks were on the Monday, but when
 * did Ishiba meet To Lam?"), it is the question: what it asks for is its own, and the
 * context's words join it at a small share of their weight, in retrieval and in what a fact
 * must cover ("main", "Monday" are no part of what is asked). When it points back or says
 * nothing of its own ("which company was that?", "has that deadline passed?", "what do the
 * two outlets each say?"), the context is what it is about: the two are read as one, and only
 * the context's words count less, as a recounting carries words no fact states ("I was
 * reading", "one particular").
 */

/** The context's share of its words' weight when the question carries its own topic… */
const ASIDE_SHARE = 0.25;
/**
 * …and of their terms in retrieval: less again, so that an aside ("I know Ishiba *arrived* on
 * Sunday, but when did he leave?") does not bring up the facts about itself.
 */
const ASIDE_RETRIEVAL = 0.1;
/** …and when the question is about the context. */
const REFERENT_SHARE = 0.6;

/** Whether the clause that asks carries its own topic: words or names, and no word pointing back. */
export function carriesTopic(q: QuestionAnalysis): boolean {
  return (q.words.length > 0 || q.entityIds.size > 0) && !pointsBack(q.question, q.lang);
}

function scaled(w: ContentWord, share: number): ContentWord {
  return { ...w, weight: w.weight * share, aside: true };
}

/**
 * The context's names the question takes as its own: a name outside the briefing ("I heard
 * Ishiba visited Cambodia, but when …?": the question is about it, and the fact must state it),
 * and whom it points back to ("I know Ishiba arrived on Sunday, but when did he leave?": the
 * first person the context names, else its first name). They take no role: the question's
 * words say it.
 */
function carried(q: QuestionAnalysis, c: QuestionAnalysis, index: BriefingIndex): QuestionMention[] {
  const fresh = c.mentions.filter((m) => !q.mentions.some((o) => o.id === m.id));
  const outside = fresh.filter((m) => m.external);
  const known = fresh.filter((m) => !m.external);
  const person = known.find((m) => index.briefing.byId.entity.get(m.id)?.kind === "person") ?? known[0];
  const someone = person && pointsToSomeone(q.question, q.lang) ? [person] : [];
  return [...outside, ...someone].map((m) => ({ ...m, role: undefined, group: undefined }));
}

/** The question that carries its own topic, with the context's words and terms at their share. */
export function withAside(q: QuestionAnalysis, c: QuestionAnalysis, index: BriefingIndex): QuestionAnalysis {
  const own = new Set(q.words.map((w) => w.word));
  const ownTerms = new Set(q.queryTerms.map((t) => t.term));
  const names = carried(q, c, index);
  const ids = names.filter((m) => !m.external).map((m) => m.id);
  return {
    ...q,
    mentions: [...q.mentions, ...names],
    entityIds: new Set([...q.entityIds, ...ids]),
    entityIdsForPerson: new Set([...q.entityIdsForPerson, ...ids]),
    entityWeight: ids.reduce((sum, id) => sum + Math.max(0.5, idf(index, `@${id}`)), q.entityWeight),
    context: c.normalized,
    corrections: [...q.corrections, ...c.corrections],
    words: [...q.words, ...c.words.filter((w) => !own.has(w.word)).map((w) => scaled(w, ASIDE_SHARE))],
    // "i read two articles and they seemed to put it differently": the sources' difference is asked.
    asksDifference: q.asksDifference || c.asksDifference,
    sources: [...new Set([...q.sources, ...c.sources])],
    queryTerms: [
      ...q.queryTerms,
      ...c.queryTerms
        .filter((t) => !ownTerms.has(t.term))
        .map((t) => ({
          ...t,
          weight: ids.some((id) => t.term === `@${id}`) ? t.weight : t.weight * ASIDE_RETRIEVAL,
        })),
    ],
  };
}

/**
 * The context and the question read as one (`whole`), the words only the context has at their
 * share: `own` is the question read alone.
 */
export function aboutContext(
  whole: QuestionAnalysis,
  own: QuestionAnalysis,
  context: string,
): QuestionAnalysis {
  const asked = new Set(own.words.map((w) => w.word));
  return {
    ...whole,
    context,
    words: whole.words.map((w) => (asked.has(w.word) ? w : scaled(w, REFERENT_SHARE))),
  };
}
