import type { types } from "@slack/bolt";
import type { Citation } from "../../answer/types.js";
import type { Reply } from "../../commands/reply.js";
import type { Lang } from "../../i18n/lang.js";
import { escapeMrkdwn, mrkdwnLink, safePlainText } from "./escape.js";

/** Slack's published Block Kit limits that this renderer keeps to. */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  contextElements: 10,
  /** Context text can be 3,000 too; sources are kept short so they stay readable. */
  contextText: 2000,
  buttonLabel: 75,
  buttonValue: 2000,
  /** Top-level `text`: the notification and screen-reader fallback. */
  fallbackText: 3000,
} as const;

const QUOTE_CHARS = 500;
const TITLE_CHARS = 300;
/** The note shown where content was cut, in the reply's language. */
export const CUT_NOTES: Record<Lang, string> = {
  en: "_… cut to fit Slack's limits._",
  ja: "_…Slack の上限に合わせて省略しました。_",
  vi: "_… đã rút gọn cho vừa giới hạn của Slack._",
};

export interface RenderOptions {
  /**
   * The question, shown above the answer. For slash commands answered in channel: Slack does
   * not show the command's text to the others, who would otherwise see an answer to nothing.
   */
  question?: string;
}

const QUESTION_CHARS = 1000;

/** A message as Slack's chat.postMessage / respond take it. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/**
 * Renders a platform-neutral reply as Block Kit: title and answer sections (mrkdwn), a context
 * block per cited source (link, date, the quoted words), suggestions, titled sections, small
 * print, and the feedback buttons. Every string from a user or a briefing is escaped; long
 * content is split across sections and, past 50 blocks, cut with a note.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const body: types.KnownBlock[] = [];
  const asked = options.question?.trim();
  if (asked) body.push(context([`:speech_balloon: ${escapeMrkdwn(clip(asked, QUESTION_CHARS))}`]));
  if (reply.title?.trim()) body.push(section(`*${escapeMrkdwn(clip(reply.title.trim(), TITLE_CHARS))}*`));
  for (const chunk of escapedChunks(reply.text, SLACK_LIMITS.sectionText)) body.push(section(chunk));

  for (const s of reply.sections) {
    const heading = s.heading?.trim() ? `*${mrkdwnLink(s.url, clip(s.heading.trim(), TITLE_CHARS))}*\n` : "";
    const chunks = escapedChunks(s.text, SLACK_LIMITS.sectionText - heading.length);
    if (chunks.length === 0 && heading) body.push(section(heading.trimEnd()));
    chunks.forEach((chunk, i) => {
      body.push(section(i === 0 ? heading + chunk : chunk));
    });
  }

  const sources = reply.citations.map(citationText);
  for (let i = 0; i < sources.length; i += SLACK_LIMITS.contextElements) {
    body.push(context(sources.slice(i, i + SLACK_LIMITS.contextElements)));
  }

  const suggestions = reply.suggestions.map((q) => q.trim()).filter((q) => q.length > 0);
  if (suggestions.length > 0) {
    const lines = suggestions.map((q) => `• ${escapeMrkdwn(clip(q, TITLE_CHARS))}`);
    for (const chunk of joinWithin(lines, SLACK_LIMITS.sectionText - 10))
      body.push(section(`:bulb: ${chunk}`));
  }

  if (reply.footer?.trim()) {
    const footer = escapedChunks(reply.footer, SLACK_LIMITS.contextText)[0];
    if (footer) body.push(context([footer]));
  }

  const tail: types.KnownBlock[] = [];
  const buttons = feedbackButtons(reply);
  if (buttons.length > 0) tail.push({ type: "actions", elements: buttons });

  const room = SLACK_LIMITS.blocks - tail.length;
  const blocks =
    body.length + tail.length <= SLACK_LIMITS.blocks
      ? [...body, ...tail]
      : [...body.slice(0, room - 1), context([CUT_NOTES[reply.lang ?? "en"]]), ...tail];
  return { text: fallbackText(reply), blocks };
}

function section(text: string): types.SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

function context(texts: string[]): types.ContextBlock {
  return { type: "context", elements: texts.map((text) => ({ type: "mrkdwn" as const, text })) };
}

/** `<url|Publisher> · 2025-04-28 · Title` and the quoted words, within the context limit. */
function citationText(c: Citation): string {
  const publisher = clip(c.publisher.trim() || c.title?.trim() || "source", 200);
  const head = [
    mrkdwnLink(c.url, publisher),
    escapeMrkdwn(clip(c.published, 40)),
    escapeMrkdwn(clip(c.title ?? "", 200)),
  ]
    .filter((part) => part.length > 0)
    .join(" · ");
  const quote = c.quote.trim() ? `\n“${escapeMrkdwn(clip(c.quote.trim(), QUOTE_CHARS))}”` : "";
  const text = head + quote;
  if (text.length <= SLACK_LIMITS.contextText) return text;
  // Only reachable with pathological inputs (a long URL full of escapes): keep it plain.
  return escapeMrkdwn(clip(`${publisher} · ${c.published}`, 300));
}

function feedbackButtons(reply: Reply): types.Button[] {
  const seen = new Set<string>();
  const buttons: types.Button[] = [];
  for (const a of reply.actions) {
    // Action ids must be unique within a block, and a value past the limit is rejected whole.
    if (seen.has(a.id) || a.value.length > SLACK_LIMITS.buttonValue || !a.label.trim()) continue;
    seen.add(a.id);
    const button: types.Button = {
      type: "button",
      action_id: a.id,
      text: {
        type: "plain_text",
        text: clip(safePlainText(a.label.trim()), SLACK_LIMITS.buttonLabel),
        emoji: true,
      },
      value: a.value,
    };
    if (a.style) button.style = a.style;
    buttons.push(button);
  }
  return buttons;
}

function fallbackText(reply: Reply): string {
  const plain = [reply.title?.trim(), reply.text.trim()].filter((t) => t).join(": ") || reply.kind;
  const [first, ...rest] = escapedChunks(plain, SLACK_LIMITS.fallbackText - 1);
  return rest.length > 0 ? `${first}…` : (first ?? reply.kind);
}

/** Cuts plain text to `max` characters on a word boundary when one is near, with an ellipsis. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  const space = text.lastIndexOf(" ", cut);
  if (space > max * 0.6) cut = space;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** Joins lines with newlines into as few chunks as fit `limit` (each line is already short). */
function joinWithin(lines: string[], limit: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const line of lines) {
    const next = current ? `${current}\n${line}` : line;
    if (next.length <= limit) current = next;
    else {
      if (current) chunks.push(current);
      current = line.slice(0, limit);
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * Splits plain text into escaped chunks of at most `limit` characters each, cutting at a
 * paragraph, line or word break when one is near and never inside an escape or a surrogate pair.
 */
export function escapedChunks(plain: string, limit: number): string[] {
  const chunks: string[] = [];
  let rest = plain.trim();
  while (rest.length > 0) {
    const whole = escapeMrkdwn(rest);
    if (whole.length <= limit) {
      chunks.push(whole);
      break;
    }
    let cut = fittingPrefix(rest, limit);
    const window = rest.slice(0, cut);
    const br = Math.max(window.lastIndexOf("\n\n"), window.lastIndexOf("\n"), window.lastIndexOf(" "));
    if (br > cut * 0.5) cut = br;
    const head = escapeMrkdwn(rest.slice(0, cut)).trimEnd();
    if (head) chunks.push(head);
    rest = rest.slice(cut).trimStart();
  }
  return chunks;
}

/** How many UTF-16 units of `plain` fit in `limit` once escaped (counted conservatively). */
function fittingPrefix(plain: string, limit: number): number {
  let size = 0;
  let i = 0;
  for (; i < plain.length; i += 1) {
    const ch = plain[i];
    // `&` → `&amp;`, `<`/`>` → `&lt;`/`&gt;`, `@` may gain a word joiner.
    const cost = ch === "&" ? 5 : ch === "<" || ch === ">" ? 4 : ch === "@" ? 2 : 1;
    if (size + cost > limit) break;
    size += cost;
  }
  if (i > 0 && isHighSurrogate(plain.charCodeAt(i - 1))) i -= 1;
  return Math.max(i, 1);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
