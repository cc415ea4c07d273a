import { dateSpan } from "../briefing/dates.js";
import type { Briefing, Fact } from "../briefing/types.js";
import { type Reply, type ReplySection, reply } from "../commands/reply.js";
import type { Lang } from "../i18n/lang.js";
import type { DeliveredFact, MessageRef } from "../state/types.js";
import { DIGEST_MESSAGES, formatDay } from "./messages.js";
import { localParts } from "./zoned-time.js";

/**
 * A digest is plain data composed from a briefing for one channel: what changed since the
 * channel's last digest (by fact content hash), corrections of statements it received, the key
 * facts by topic, dated events relative to `now`, and the sources. A digest covers the whole
 * briefing: every fact is recorded as delivered (`facts`), so the next digest reports only what
 * changed after it. `digestToReply` turns it into a Reply that every adapter can render.
 */
export interface Digest {
  briefingId: string;
  briefingVersion: string;
  lang: Lang;
  title: string;
  /** The briefing's as-of date, YYYY-MM-DD. */
  asOf: string;
  generatedAt: Date;
  /** True when the channel has received no digest before. */
  first: boolean;
  summary: string;
  /** When the channel's previous digest went out (latest delivered fact). */
  previousAt: Date | null;
  /** True when the key-facts overview is included (the first digest, or `digest full`). */
  overview: boolean;
  added: DigestItem[];
  updated: DigestItem[];
  /** New facts that replaced a fact the channel received (a deal replacing a threatened rate). */
  superseded: DigestSupersession[];
  corrections: DigestCorrection[];
  topics: DigestTopic[];
  events: DigestEvent[];
  sources: DigestSource[];
  /** Every fact this digest covers, as the channel now reads it: recorded by markSent. */
  facts: { factId: string; hash: string; statement: string }[];
  /** For dates shown relative to the reader's day. */
  timezone: string;
}

export interface DigestItem {
  factId: string;
  statement: string;
  /** For plans, deadlines and threatened rates: the date the sources reported them (YYYY-MM-DD). */
  reportedOn?: string;
}

export interface DigestSupersession {
  item: DigestItem;
  /** YYYY-MM-DD: when the new fact took effect, when the curator says. */
  from?: string;
  replacedFactId: string;
  /** The replaced statement as the channel read it. */
  replacedStatement: string;
  /** The digest message that carried the replaced fact (post the update in its thread). */
  message: MessageRef | null;
  replacedDeliveredAt: Date;
}

export interface DigestCorrection {
  factId: string;
  oldStatement: string;
  newStatement: string;
  /** The digest message that carried the old version (post the correction in its thread). */
  message: MessageRef | null;
  oldDeliveredAt: Date;
}

export interface DigestTopic {
  topicId: string;
  name: string;
  facts: DigestItem[];
  /** Facts of this topic not listed (ask for them). */
  more: number;
}

export interface DigestEvent {
  factId: string;
  /** YYYY-MM-DD */
  date: string;
  statement: string;
  /** Whole days from the reader's today; negative when behind. */
  days: number;
}

export interface DigestSource {
  id: string;
  publisher: string;
  title?: string;
  url: string;
  published: string;
}

export interface ComposeOptions {
  lang: Lang;
  now: Date;
  /** What this channel received so far (DeliveryLedger.deliveredFacts); none for a first digest. */
  delivered?: DeliveredFact[];
  /** The channel's zone, for "today" in countdowns; UTC by default. */
  timezone?: string;
  limits?: Partial<DigestLimits>;
  /** Include the key-facts overview even when the channel had digests before (`digest full`). */
  full?: boolean;
}

export interface DigestLimits {
  factsPerTopic: number;
  /** Facts in the key-facts overview in all: the ones that matter most. */
  overviewFacts: number;
  /** A dated event this many days ahead is news in a change digest. */
  soonDays: number;
  corrections: number;
  events: number;
  /** Reply sections in all (Slack allows 50 blocks; a digest stays well under). */
  sections: number;
  /** Characters per section text. */
  sectionChars: number;
  /** Characters per statement before it is cut. */
  statementChars: number;
}

export const DEFAULT_DIGEST_LIMITS: DigestLimits = {
  factsPerTopic: 3,
  overviewFacts: 8,
  soonDays: 7,
  corrections: 5,
  events: 8,
  sections: 25,
  sectionChars: 1500,
  statementChars: 400,
};

const DAY = 86_400_000;

/** Cuts to `max` characters with an ellipsis; runs of spaces collapse, line breaks stay. */
function cut(text: string, max: number): string {
  const clean = text.replace(/[^\S\n]+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

function statementOf(fact: Fact, lang: Lang): string {
  return fact.statement[lang].replace(/\s+/g, " ").trim();
}

function todayIn(timezone: string, now: Date): number {
  const p = localParts(timezone, now.getTime());
  return Date.UTC(p.year, p.month - 1, p.day);
}

/** The earliest publication date among the fact's cited sources. */
function reportedDate(briefing: Briefing, fact: Fact): string | undefined {
  const dates = fact.citations
    .map((c) => briefing.byId.source.get(c.source)?.published)
    .filter((d): d is string => d !== undefined)
    .sort();
  return dates[0];
}

/** Composes the digest for one channel. Pure: the same inputs give the same digest. */
export function composeDigest(briefing: Briefing, options: ComposeOptions): Digest {
  const { lang, now } = options;
  const limits = { ...DEFAULT_DIGEST_LIMITS, ...options.limits };
  const timezone = options.timezone ?? "UTC";
  const delivered = new Map((options.delivered ?? []).map((d) => [d.factId, d]));
  const first = delivered.size === 0;
  const previousAt = first
    ? null
    : new Date(Math.max(...[...delivered.values()].map((d) => d.deliveredAt.getTime())));

  const item = (f: Fact): DigestItem => {
    const out: DigestItem = { factId: f.id, statement: cut(statementOf(f, lang), limits.statementChars) };
    const reportedOn = f.status === "reported" ? reportedDate(briefing, f) : undefined;
    if (reportedOn) out.reportedOn = reportedOn;
    return out;
  };
  const added: DigestItem[] = [];
  const updated: DigestItem[] = [];
  const superseded: DigestSupersession[] = [];
  const corrections: DigestCorrection[] = [];
  if (!first) {
    for (const fact of briefing.facts) {
      const before = delivered.get(fact.id);
      const replaced = fact.supersedes ? delivered.get(fact.supersedes) : undefined;
      if (!before && replaced) {
        superseded.push({
          item: item(fact),
          ...(fact.from ? { from: fact.from } : {}),
          replacedFactId: replaced.factId,
          replacedStatement: replaced.statement,
          message: replaced.message,
          replacedDeliveredAt: replaced.deliveredAt,
        });
      } else if (!before) added.push(item(fact));
      else if (before.hash !== fact.hash) {
        const now = statementOf(fact, lang);
        if (before.statement.replace(/\s+/g, " ").trim() !== now) {
          corrections.push({
            factId: fact.id,
            oldStatement: before.statement,
            newStatement: now,
            message: before.message,
            oldDeliveredAt: before.deliveredAt,
          });
        } else updated.push(item(fact));
      }
    }
  }

  const overview = first || options.full === true;
  const topics = overview ? overviewTopics(briefing, lang, limits, item) : [];

  const today = todayIn(timezone, now);
  const events: DigestEvent[] = [];
  for (const fact of briefing.facts) {
    // Deadlines, and plans dated after the sources' as-of date, are events; facts dated on or
    // before it are what the sources reported as done.
    const date = fact.deadline?.date ?? (fact.date && fact.date > briefing.meta.asOf ? fact.date : undefined);
    if (!date) continue;
    // A month or year is ahead until it starts and passed once it has ended.
    const { first, last } = dateSpan(date);
    const fromFirst = Math.round((Date.parse(`${first}T00:00:00Z`) - today) / DAY);
    const fromLast = Math.round((Date.parse(`${last}T00:00:00Z`) - today) / DAY);
    const days = fromFirst > 0 ? fromFirst : Math.min(fromLast, 0);
    events.push({
      factId: fact.id,
      date,
      statement: cut(statementOf(fact, lang), limits.statementChars),
      days,
    });
  }
  // A change digest tells of dates that passed since the last one or come within the week;
  // the overview gives them all, ahead first.
  const sinceDay = previousAt ? todayIn(timezone, previousAt) : today;
  const news = (e: DigestEvent) =>
    overview || (e.days >= 0 ? e.days <= limits.soonDays : today + e.days * DAY >= sinceDay);
  const ahead = events.filter((e) => e.days >= 0 && news(e)).sort((a, b) => a.days - b.days);
  const behind = events.filter((e) => e.days < 0 && news(e)).sort((a, b) => b.days - a.days);
  const changedIds = new Set([
    ...added.map((a) => a.factId),
    ...updated.map((u) => u.factId),
    ...superseded.flatMap((s) => [s.item.factId, s.replacedFactId]),
    ...corrections.map((c) => c.factId),
  ]);
  // The sources of what the digest says: all of them with the overview, else those cited by the changes.
  const cited = new Set(
    briefing.facts.filter((f) => changedIds.has(f.id)).flatMap((f) => f.citations.map((c) => c.source)),
  );

  return {
    briefingId: briefing.id,
    briefingVersion: briefing.version,
    lang,
    title: briefing.meta.title[lang],
    asOf: briefing.meta.asOf,
    generatedAt: new Date(now.getTime()),
    first,
    summary: briefing.meta.summary[lang].replace(/\s+/g, " ").trim(),
    previousAt,
    overview,
    added,
    updated,
    superseded,
    corrections,
    topics: topics.filter((t) => t.facts.length > 0),
    events: [...ahead, ...behind].slice(0, limits.events),
    sources: briefing.sources
      .filter((s) => overview || cited.has(s.id))
      .map((s) => ({
        id: s.id,
        publisher: s.publisher,
        ...(s.title ? { title: s.title } : {}),
        url: s.url,
        published: s.published,
      })),
    facts: briefing.facts.map((f) => ({ factId: f.id, hash: f.hash, statement: statementOf(f, lang) })),
    timezone,
  };
}

/**
 * The key-facts overview: at most `overviewFacts` facts, the ones that matter most. Key facts
 * lead, taken a round at a time across topics so each topic gets its most important first;
 * a fact that a later one replaced is left out (its successor stands for it).
 */
function overviewTopics(
  briefing: Briefing,
  lang: Lang,
  limits: DigestLimits,
  item: (f: Fact) => DigestItem,
): DigestTopic[] {
  const current = briefing.facts.filter((f) => !(f.superseded_by && briefing.byId.fact.has(f.superseded_by)));
  const ordered = briefing.topics.map((topic) => {
    const inTopic = current.filter((f) => f.topics[0] === topic.id);
    return [...inTopic.filter((f) => f.key), ...inTopic.filter((f) => !f.key)].slice(0, limits.factsPerTopic);
  });
  const picked = new Set<string>();
  for (const keyOnly of [true, false]) {
    for (let round = 0; round < limits.factsPerTopic; round++) {
      for (const facts of ordered) {
        const fact = facts[round];
        if (!fact || picked.size >= limits.overviewFacts || picked.has(fact.id)) continue;
        if (keyOnly && !fact.key) continue;
        picked.add(fact.id);
      }
    }
  }
  return briefing.topics.map((topic, i) => {
    const shown = ordered[i]!.filter((f) => picked.has(f.id));
    return {
      topicId: topic.id,
      name: topic.name[lang],
      facts: shown.map(item),
      more: current.filter((f) => f.topics[0] === topic.id).length - shown.length,
    };
  });
}

/** Joins lines into a section text within `max` characters, ending with "…and N more". */
function lineList(lines: string[], max: number, more: (n: number) => string, extra = 0): string {
  const out: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const remaining = lines.length - i - 1 + extra;
    const tail = remaining > 0 ? more(remaining).length + 1 : 0;
    if (used + line.length + 1 + tail > max) {
      out.push(more(lines.length - i + extra));
      return out.join("\n");
    }
    out.push(line);
    used += line.length + 1;
  }
  if (extra > 0) out.push(more(extra));
  return out.join("\n");
}

/** Nothing new to tell: no change, no date newly passed or coming within the week, no overview. */
export function isQuiet(digest: Digest): boolean {
  return (
    !digest.overview &&
    digest.added.length + digest.updated.length + digest.superseded.length + digest.corrections.length ===
      0 &&
    digest.events.length === 0
  );
}

/** The digest as a Reply (kind "digest"): at most `limits.sections` sections, each cut to fit. */
/** How commands are typed where the digest is read: "/brief " in Slack and Discord (the default), "/" in the terminal chat. */
export interface DigestReplyOptions {
  commandPrefix?: string;
}

export function digestToReply(
  digest: Digest,
  limits: Partial<DigestLimits> = {},
  options: DigestReplyOptions = {},
): Reply {
  const lim = { ...DEFAULT_DIGEST_LIMITS, ...limits };
  const m = DIGEST_MESSAGES[digest.lang];
  const day = (d: string | Date) => formatDay(d, digest.lang, digest.timezone);
  const prefix = options.commandPrefix ?? "/brief ";
  const sections: ReplySection[] = [];

  let text: string;
  const changed =
    digest.added.length + digest.updated.length + digest.superseded.length + digest.corrections.length;
  if (digest.first || !digest.previousAt) text = `${m.firstDigest}\n${digest.summary}`;
  else if (changed === 0) text = m.noChanges(day(digest.previousAt));
  else text = m.changesSince(day(digest.previousAt));
  if (isQuiet(digest)) {
    // One short line, never the whole briefing again.
    return reply({
      kind: "digest",
      ephemeral: false,
      lang: digest.lang,
      title: cut(m.digestTitle(digest.title), 150),
      text,
      sections: [],
    });
  }

  const shownCorrections = digest.corrections.slice(0, lim.corrections);
  for (const [i, c] of shownCorrections.entries()) {
    const rest = digest.corrections.length - shownCorrections.length;
    const body = cut(m.correction(cut(c.oldStatement, 600), cut(c.newStatement, 600)), lim.sectionChars - 80);
    const note = i === shownCorrections.length - 1 && rest > 0 ? `\n${m.moreCorrections(rest)}` : "";
    sections.push({ heading: m.correctionHeading, text: body + note });
  }

  for (const s of digest.superseded.slice(0, lim.corrections)) {
    const body = m.superseded(
      cut(s.item.statement, 600),
      cut(s.replacedStatement, 600),
      s.from ? day(s.from) : undefined,
    );
    sections.push({ heading: m.supersededHeading, text: cut(body, lim.sectionChars) });
  }

  const changes = [
    ...digest.added.map((a) => `• ${m.added}: ${a.statement}`),
    ...digest.updated.map((u) => `• ${m.updated}: ${u.statement}`),
  ];
  if (changes.length > 0)
    sections.push({ heading: m.changedHeading, text: lineList(changes, lim.sectionChars, m.more) });

  // Topics fill what the fixed sections leave.
  const fixed = (digest.events.length > 0 ? 1 : 0) + (digest.sources.length > 0 ? 1 : 0);
  const room = Math.max(0, lim.sections - sections.length - fixed);
  const topics = digest.topics.slice(0, room);
  for (const topic of topics) {
    sections.push({
      heading: cut(topic.name, 150),
      text: lineList(
        topic.facts.map(
          (f) => `• ${f.statement}${f.reportedOn ? ` (${m.reportedAsOf(day(f.reportedOn))})` : ""}`,
        ),
        lim.sectionChars,
        m.more,
        topic.more,
      ),
    });
  }

  if (digest.events.length > 0) {
    const lines = digest.events.map((e) => {
      if (e.days < 0) return `• ${e.statement} (${m.passedOn(day(e.date))})`;
      return `• ${day(e.date)}: ${e.statement} (${e.days === 0 ? m.today : m.inDays(e.days)})`;
    });
    sections.push({ heading: m.eventsHeading, text: lineList(lines, lim.sectionChars, m.more) });
  }
  if (digest.sources.length > 0) {
    const lines = digest.sources.map(
      (s) => `• ${s.publisher}${s.title ? `: ${s.title}` : ""} (${day(s.published)}) ${s.url}`,
    );
    sections.push({ heading: m.sourcesHeading, text: lineList(lines, lim.sectionChars, m.more) });
  }

  return reply({
    kind: "digest",
    ephemeral: false,
    lang: digest.lang,
    title: cut(m.digestTitle(digest.title), 150),
    text: cut(text, lim.sectionChars * 2),
    sections,
    footer: `${m.asOf(day(digest.asOf))} · ${digest.overview ? m.askTopic(prefix) : m.askMore(prefix)}`,
  });
}

/** One correction to post in the thread of the digest that carried the old statement. */
export interface CorrectionReply {
  factId: string;
  parent: MessageRef;
  reply: Reply;
}

/** Thread replies for the digest's updates (superseded facts) whose old digest message is known. */
export function supersededReplies(digest: Digest): CorrectionReply[] {
  const m = DIGEST_MESSAGES[digest.lang];
  const out: CorrectionReply[] = [];
  for (const s of digest.superseded) {
    if (!s.message) continue;
    const text = m.supersededThread(
      cut(s.item.statement, 1200),
      cut(s.replacedStatement, 1200),
      formatDay(s.replacedDeliveredAt, digest.lang, digest.timezone),
      s.from ? formatDay(s.from, digest.lang) : undefined,
    );
    out.push({
      factId: s.item.factId,
      parent: s.message,
      reply: reply({ kind: "digest", ephemeral: false, lang: digest.lang, title: m.supersededHeading, text }),
    });
  }
  return out;
}

/** Thread replies for the digest's corrections whose old digest message is known. */
export function correctionReplies(digest: Digest): CorrectionReply[] {
  const m = DIGEST_MESSAGES[digest.lang];
  const out: CorrectionReply[] = [];
  for (const c of digest.corrections) {
    if (!c.message) continue;
    const text = m.correctionThread(
      cut(c.oldStatement, 1200),
      cut(c.newStatement, 1200),
      formatDay(c.oldDeliveredAt, digest.lang, digest.timezone),
    );
    out.push({
      factId: c.factId,
      parent: c.message,
      reply: reply({ kind: "digest", ephemeral: false, lang: digest.lang, title: m.correctionHeading, text }),
    });
  }
  return out;
}
