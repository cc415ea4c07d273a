import type { Briefing, Fact, Source } from "../../briefing/types.js";
import type { Lang } from "../../i18n/lang.js";
import { fill } from "../../knowledge/computed-words.js";
import { SOURCE_FIELDS } from "../../knowledge/cue-source.js";
import { languagePack, type SourceField } from "../../knowledge/packs.js";
import type { Answer, Citation } from "../types.js";
import { markers } from "./cite.js";
import type { SourceWriting } from "./source-basis.js";

/**
 * "Which outlets is your info on the Hanoi summit from?", "what are your sources on X?",
 * 「日越首脳会談の情報はどのメディアが出典？」: a question asking for the sources of a topic, as a
 * set. Each distinct publisher of the facts that answer the topic is listed by date, each cited
 * with the words of a fact it is cited for. A topic one fact answers is answered as before (the
 * fact said with its publishers): the list is for what several facts report.
 */

/** Fields a list of publishers by date answers: the publisher, its date. */
const LISTED_FIELDS: readonly SourceField[] = SOURCE_FIELDS.slice(0, 2);

/** The sources the facts cite, in the facts' order, each with the words of the first fact citing it. */
function citedBy(facts: readonly Fact[], briefing: Briefing): Map<Source, string> {
  const quotes = new Map<Source, string>();
  for (const fact of facts)
    for (const c of fact.citations) {
      const source = briefing.byId.source.get(c.source);
      if (source && !quotes.has(source)) quotes.set(source, c.quote);
    }
  return quotes;
}

/** Facts a topic's answer must use for its sources to be listed as a set. */
const MIN_FACTS = 2;

/** A date as the answer writes it, and the publishers listed under it, each with its sources. */
type DateGroup = { date: string; publishers: Map<string, Source[]> };

/** The sources by date as written (first date first), then by publisher: one entry per paper and day. */
function grouped(sources: readonly Source[], dateOf: (s: Source) => string): DateGroup[] {
  const byDate = [...sources].sort((a, b) => a.published.localeCompare(b.published));
  const groups: DateGroup[] = [];
  for (const s of byDate) {
    const date = dateOf(s);
    const found = groups.find((g) => g.date === date);
    const group = found ?? { date, publishers: new Map<string, Source[]>() };
    if (!found) groups.push(group);
    group.publishers.set(s.publisher, [...(group.publishers.get(s.publisher) ?? []), s]);
  }
  return groups;
}

/** The answer listing each publisher of the facts on a topic, or undefined when it would name one fact's sources. */
export function topicSourcesAnswer(
  facts: readonly Fact[],
  fields: readonly SourceField[],
  plain: Answer,
  briefing: Briefing,
  lang: Lang,
  writing: SourceWriting,
): Answer | undefined {
  const frame = languagePack(lang).sources;
  const listed = frame?.templates.listed;
  if (!frame || !listed || !fields.every((f) => LISTED_FIELDS.includes(f))) return undefined;
  const quotes = citedBy(facts, briefing);
  if (facts.length < MIN_FACTS) return undefined;
  const groups = grouped([...quotes.keys()], (s) => writing.dateOf(s, frame, lang));
  const citations: Citation[] = [];
  const sentences = groups.map(({ date, publishers }) => {
    const names = [...publishers].map(([publisher, sources]) => {
      const cite = markers(citations.length, sources.length);
      citations.push(...sources.map((s) => writing.citationOf(s, quotes.get(s) ?? s.publisher)));
      return `${publisher} ${cite}`;
    });
    return fill(listed, { date, publishers: names.join(frame.templates.listJoin ?? " ") }).trim();
  });
  return {
    ...plain,
    answered: true,
    kind: "answer",
    text: writing.joined(sentences, lang, frame),
    citations,
    factIds: facts.map((f) => f.id),
    lang,
    briefing: briefing.id,
  };
}
