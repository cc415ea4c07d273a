import type { Briefing, BriefingStore, Fact } from "../briefing/types.js";
import type { Lang } from "../i18n/lang.js";
import { explainQuestion } from "./answer.js";
import { detectLang } from "./language.js";
import { readingBriefing } from "./synonyms.js";
import { questionWords } from "./tokenize.js";

/**
 * The curators' gaps inbox: questions the bot could not answer (or answered unhelpfully)
 * grouped by what they ask, as the engine reads them (its tokens, stems and Japanese bigrams),
 * not by their exact text; and a draft change that adds each group to the fact it is closest
 * to, for a curator to review. Nothing here changes a briefing.
 */

export type GapKind = "unanswered" | "low-confidence" | "not-helpful";

/** One row of the question log's gap report (state/types GapRow has this shape). */
export interface GapInput {
  kind: GapKind;
  question: string;
  count: number;
  lastAsked: Date;
  factIds: string[];
}

export interface GapGroup {
  /** The most asked question of the group. */
  question: string;
  lang: Lang;
  kinds: GapKind[];
  /** Times asked, over the group. */
  count: number;
  lastAsked: Date;
  /** Facts the answers used, most used first. */
  factIds: string[];
  /** Every question of the group with its count, most asked first. */
  questions: { question: string; count: number }[];
}

/** Two questions are one gap when they share at least this share of their terms. */
export const SIMILAR = 0.5;
/** A gap is drafted onto a fact when it shares at least this share of terms with one of its texts. */
export const CLOSE_TO_FACT = 0.3;

function termsOf(text: string, lang: Lang): Set<string> {
  return new Set(questionWords(text, lang).flatMap((w) => w.terms));
}

/** Shared terms over all terms (Jaccard); two texts without terms are alike only when equal. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

function byUse(ids: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([id]) => id);
}

/** Groups gap rows by similarity, most asked group first. */
export function groupGaps(rows: readonly GapInput[]): GapGroup[] {
  const groups: { terms: Set<string>; rows: GapInput[]; lang: Lang }[] = [];
  const ordered = [...rows].sort(
    (a, b) => b.count - a.count || b.lastAsked.getTime() - a.lastAsked.getTime(),
  );
  for (const row of ordered) {
    const lang = detectLang(row.question);
    const terms = termsOf(row.question, lang);
    const home = groups.find(
      (g) =>
        g.lang === lang &&
        (similarity(g.terms, terms) >= SIMILAR || (terms.size === 0 && g.rows[0]?.question === row.question)),
    );
    if (home) home.rows.push(row);
    else groups.push({ terms, rows: [row], lang });
  }
  return groups
    .map(({ rows: rs, lang }) => {
      const questions = new Map<string, number>();
      for (const r of rs) questions.set(r.question, (questions.get(r.question) ?? 0) + r.count);
      const list = [...questions].map(([question, count]) => ({ question, count }));
      list.sort((a, b) => b.count - a.count);
      return {
        question: list[0]?.question ?? "",
        lang,
        kinds: [...new Set(rs.map((r) => r.kind))],
        count: rs.reduce((n, r) => n + r.count, 0),
        lastAsked: new Date(Math.max(...rs.map((r) => r.lastAsked.getTime()))),
        factIds: byUse(rs.flatMap((r) => r.factIds)),
        questions: list,
      };
    })
    .sort((a, b) => b.count - a.count || b.lastAsked.getTime() - a.lastAsked.getTime());
}

export interface AlternateQuestionDraft {
  fact: string;
  /** Where the fact is: file:line. */
  at: string;
  statement: string;
  /** How close the group is to the fact's own texts (0–1). */
  similarity: number;
  asked: number;
  kinds: GapKind[];
  add: Partial<Record<Lang, string[]>>;
}

export interface NewFactRequest {
  asked: number;
  kinds: GapKind[];
  questions: Partial<Record<Lang, string[]>>;
  /** The facts that came closest, for context. */
  nearest: string[];
}

export interface GapDraft {
  briefing: string;
  alternateQuestions: AlternateQuestionDraft[];
  newFactRequests: NewFactRequest[];
}

/** How close a group is to a fact: its best match among the fact's statement and questions. */
function closeness(terms: Set<string>, fact: Fact, lang: Lang): number {
  const texts = [fact.statement[lang], ...fact.questions[lang]];
  return Math.max(0, ...texts.map((t) => similarity(terms, termsOf(t, lang))));
}

/**
 * The draft change for the gap groups: each group's questions as alternate questions of the
 * fact it is closest to (among the facts its answers used and the engine's candidates), or a
 * new-fact request when no fact is close.
 */
export function draftGaps(groups: readonly GapGroup[], store: BriefingStore, briefingId?: string): GapDraft {
  const briefing = store.get(briefingId);
  if (!briefing) throw new Error(`no briefing ${briefingId ?? "(default)"} in the store`);
  // The briefing's words are compared as it reads them (its lexicon).
  return readingBriefing(briefing, () => draftFor(groups, store, briefing));
}

function draftFor(groups: readonly GapGroup[], store: BriefingStore, briefing: Briefing): GapDraft {
  const draft: GapDraft = { briefing: briefing.id, alternateQuestions: [], newFactRequests: [] };
  const byFact = new Map<string, AlternateQuestionDraft>();
  for (const group of groups) {
    const terms = termsOf(group.question, group.lang);
    const candidates = explainQuestion(group.question, store, { briefingId: briefing.id }).candidates.map(
      (c) => c.factId,
    );
    const ids = [...new Set([...group.factIds, ...candidates])];
    const scored = ids
      .flatMap((id) => {
        const fact = briefing.byId.fact.get(id);
        return fact ? [{ fact, score: closeness(terms, fact, group.lang) }] : [];
      })
      .sort((a, b) => b.score - a.score);
    const best = scored[0];
    const own = new Set(best ? best.fact.questions[group.lang].map((q) => q.toLowerCase()) : []);
    const questions = group.questions.map((q) => q.question).filter((q) => !own.has(q));
    if (best && best.score >= CLOSE_TO_FACT) {
      const entry = byFact.get(best.fact.id);
      if (entry) {
        entry.asked += group.count;
        entry.kinds = [...new Set([...entry.kinds, ...group.kinds])];
        entry.add[group.lang] = [...(entry.add[group.lang] ?? []), ...questions];
        entry.similarity = Math.max(entry.similarity, Math.round(best.score * 100) / 100);
        continue;
      }
      const created: AlternateQuestionDraft = {
        fact: best.fact.id,
        at: `${best.fact.origin.file}:${best.fact.origin.line}`,
        statement: best.fact.statement[group.lang],
        similarity: Math.round(best.score * 100) / 100,
        asked: group.count,
        kinds: group.kinds,
        add: { [group.lang]: questions },
      };
      byFact.set(best.fact.id, created);
      draft.alternateQuestions.push(created);
    } else {
      draft.newFactRequests.push({
        asked: group.count,
        kinds: group.kinds,
        questions: { [group.lang]: group.questions.map((q) => q.question) },
        nearest: scored.slice(0, 3).map((s) => s.fact.id),
      });
    }
  }
  return draft;
}
