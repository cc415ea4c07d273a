/**
 * Escaping for text that goes into a Discord message. Every string a Reply carries is plain
 * text (a user's question, a quote from a source, a curator's sentence), so all of it is
 * escaped: markdown cannot format, links cannot be masked, mentions cannot ping or render.
 * `allowed_mentions: { parse: [] }` already stops pings; escaping also stops a mention from
 * rendering as a live user/role/channel chip, and stops `@everyone` from looking like one.
 */

const ZWSP = "\u200b";

/** Markdown characters escaped with a backslash wherever they appear. */
const INLINE_MARKDOWN = /[\\*_~`|[\]]/g;
/** Characters that only mean something at the start of a line: quotes, headings, subtext, lists. */
const LINE_START_MARKDOWN = /^([ \t]*)([>#-])/gm;
/** `<@id>`, `<@&id>`, `<#id>`, `</cmd:id>`, `<:emoji:id>`, `<a:emoji:id>`, `<t:ts>`, `<id:browse>`. */
const ANGLE_MENTION = /<(?=[@#/:a-z])/gi;
const MASS_MENTION = /@(?=everyone|here)/gi;
/** C0/C1 controls other than tab and newline, and bidi overrides that can disguise text. */
const CONTROL = /(?![\t\n])[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

/** A bare link in text: Discord links it whole, so it is left unescaped (a backslash would break it). */
const URL_IN_TEXT = /https?:\/\/[^\s<>]+/gi;

/** Escapes plain text for a Discord message or embed so it shows literally; bare links stay clickable. */
export function escapeText(text: string): string {
  const clean = text.replace(/\r\n?/g, "\n").replace(CONTROL, "");
  let out = "";
  let last = 0;
  for (const match of clean.matchAll(URL_IN_TEXT)) {
    out += escapePlain(clean.slice(last, match.index));
    // "@" inside a link is percent-encoded: equivalent for the server, never a mass mention.
    out += match[0].replace(/@/g, "%40");
    last = match.index + match[0].length;
  }
  return out + escapePlain(clean.slice(last));
}

function escapePlain(text: string): string {
  return text
    .replace(INLINE_MARKDOWN, "\\$&")
    .replace(LINE_START_MARKDOWN, "$1\\$2")
    .replace(ANGLE_MENTION, `<${ZWSP}`)
    .replace(MASS_MENTION, `@${ZWSP}`);
}

/**
 * Text for places where Discord renders no markdown (button labels, field names still render
 * mentions in some clients): only the mention forms are broken, nothing is backslashed.
 */
export function escapeMentionsOnly(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL, "")
    .replace(ANGLE_MENTION, `<${ZWSP}`)
    .replace(MASS_MENTION, `@${ZWSP}`);
}

/**
 * A link target that is safe inside `[label](url)`: http(s) only, and the characters that
 * could end the link or open markup percent-encoded. Undefined for anything else.
 */
export function safeUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  return parsed.href.replace(
    /[()<>\s[\]*_~`|@]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/**
 * Cuts already-escaped text to at most `max` UTF-16 units, cleanly: never inside a surrogate
 * pair or after a lone escaping backslash, at a word boundary when one is near, ending in "…".
 */
export function cut(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  if (max <= 1) return { text: max === 1 ? "…" : "", cut: true };
  let head = text.slice(0, max - 1);
  const space = head.search(/\s\S*$/);
  if (space > 0 && space >= (max - 1) * 0.8) head = head.slice(0, space);
  head = head.trimEnd().replace(/[\ud800-\udbff]$/, "");
  // An odd run of trailing backslashes would escape the ellipsis: drop the lone one.
  const slashes = /\\+$/.exec(head)?.[0].length ?? 0;
  if (slashes % 2 === 1) head = head.slice(0, -1);
  return { text: `${head}…`, cut: true };
}

/** Matches a mention that Discord would render live (for tests and defensive checks). */
export const LIVE_MENTION = /<@[!&]?\d+>|<#\d+>|<\/[^:>]+:\d+>|@everyone|@here/i;
