import type { Briefing, Fact } from "../../briefing/types.js";
import type { Lang } from "../../i18n/lang.js";
import { computedWords, fill } from "../../knowledge/computed-words.js";
import { worldKnowledge } from "../../knowledge/world.js";
import { compilePattern } from "../../lang/pattern.js";
import type { QuestionAnalysis } from "../analyze.js";
import { compose } from "../compose.js";
import { formatDate } from "../messages.js";
import { fold } from "../normalize.js";
import type { Answer } from "../types.js";
import { citationsOf, isoDay, markers, notCovered } from "./cite.js";

const NOT_WORDS = compilePattern("[^\\p{L}\\p{N}]+", "gu");

/**
 * "Is Ishiba still prime minister?", "Ông Ishiba hiện giờ còn làm thủ tướng không?", "石破氏は
 * 今も首相ですか？": whether someone holds an office today. The sources state it only at their
 * dates: the reply is the latest dated fact that names the person in that office, said to be
 * as of its date, and that nothing after the sources is known. It is a refusal that shows its
 * evidence (`answered: false`, cited): today's state is what was asked, and the sources cannot
 * give it. A question naming another office than the person's, or a person no dated fact names
 * in office, gets the plain refusal.
 */

/** The office the question names by one of its names (folded; Japanese as written), if any. */
function officesNamed(question: string, lang: Lang): string[] {
  const text = lang === "ja" ? question : ` ${fold(question).replace(NOT_WORDS, " ")} `;
  return worldKnowledge()
    .offices.filter((o) =>
      o.names[lang].some((n) => (lang === "ja" ? text.includes(n) : text.includes(` ${fold(n)} `))),
    )
    .map((o) => o.id);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whether the text gives the person the office as a title: "Prime Minister Shigeru Ishiba",
 * "Thủ tướng Nhật Bản Shigeru Ishiba", "石破首相" (not "the Prime Minister's Office" beside him).
 */
function titled(text: string, people: readonly string[], offices: readonly string[], ja: boolean): boolean {
  return people.some((p) =>
    offices.some((o) =>
      ja
        ? text.includes(`${p}${o}`) || text.includes(`${o}${p}`)
        : compilePattern(
            `(?<![\\p{L}])${escapeRegExp(o)}(?:\\s+[\\p{L}'’.-]+){0,3}?\\s+${escapeRegExp(p)}(?![\\p{L}])`,
            "u",
          ).test(text),
    ),
  );
}

/** A person's or an office's names in a language, folded (Japanese as written). */
function namesIn(names: Readonly<Record<Lang, readonly string[]>>, lang: Lang): string[] {
  return lang === "ja" ? [...names.ja] : names[lang].map(fold);
}

/** The latest dated fact that names the person with the office as their title. */
function latestInOffice(
  briefing: Briefing,
  personId: string,
  officeId: string,
  lang: Lang,
): Fact | undefined {
  const office = worldKnowledge().offices.find((o) => o.id === officeId);
  const person = briefing.byId.entity.get(personId);
  if (!office || !person) return undefined;
  const read = (l: Lang) => {
    const offices = namesIn(office.names, l);
    // Their own names, not the aliases that are the office itself ("Japan's prime minister").
    const people = namesIn(person.names, l).filter((n) => !offices.some((o) => n.includes(o)));
    return (f: Fact) =>
      titled(l === "ja" ? f.statement.ja : fold(f.statement[l]), people, offices, l === "ja");
  };
  const own = read(lang);
  const english = read("en");
  let latest: Fact | undefined;
  for (const f of briefing.facts) {
    if (!f.date || !f.entities.some((e) => e.entity === personId)) continue;
    if (!own(f) && !english(f)) continue;
    if (!latest || f.date > latest.date!) latest = f;
  }
  return latest;
}

/** The person the question asks about who holds an office in the briefing, with that office. */
function personInOffice(q: QuestionAnalysis, briefing: Briefing): { id: string; office: string } | undefined {
  for (const m of q.mentions) {
    const e = m.external ? undefined : briefing.byId.entity.get(m.id);
    if (e?.kind === "person" && e.office) return { id: e.id, office: e.office };
  }
  return undefined;
}

/**
 * The answer to a question of whether a state holds now, from the plain answer to its
 * present-tense form; undefined when the question names no person in office (then it is
 * answered as any "still" question is).
 */
export function holdsAnswer(
  q: QuestionAnalysis,
  plain: Answer,
  briefing: Briefing,
  lang: Lang,
  now: Date,
  topicId: string | undefined,
): Answer | undefined {
  const person = personInOffice(q, briefing);
  if (!person) return undefined;
  const named = officesNamed(q.question, q.lang);
  if (named.length > 0 && !named.includes(person.office)) return notCovered(briefing, lang, topicId);
  const fact = latestInOffice(briefing, person.id, person.office, lang);
  if (!fact?.date) return notCovered(briefing, lang, topicId);
  const t = computedWords(lang).templates;
  const cite = markers(0, citationsOf(briefing, fact).length);
  const claim = fill(t.holdsAsOf, {
    date: formatDate(fact.date, lang),
    cite,
    asOf: formatDate(briefing.meta.asOf, lang),
    today: formatDate(isoDay(now), lang),
  });
  const stated = compose(briefing, [{ fact, attributed: false }], lang, now, true);
  return {
    ...plain,
    answered: false,
    kind: "abstain",
    text: [stated.text, claim].join(t.gap),
    citations: stated.citations,
    factIds: [fact.id],
    suggestions: [],
  };
}
