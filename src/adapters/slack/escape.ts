/**
 * Escaping for Slack mrkdwn. Every user-derived or content string goes through here before it
 * reaches a payload, so `<!channel>`, `<@U…>` or `<#C…>` in a question or a source cannot ping
 * anyone or inject a link, and `@everyone`/`@channel`/`@here` are broken with a zero-width joiner.
 */

const BROADCAST_WORDS = /@(everyone|channel|here)/gi;
const WORD_JOINER = "\u2060";
/** Longer links are shown as plain text, so a link never crowds a section past its limit. */
const MAX_URL_CHARS = 1000;

/** Breaks `@everyone`, `@channel`, `@here` so no client or later parser reads them as a broadcast. */
export function neutraliseBroadcasts(text: string): string {
  return text.replace(BROADCAST_WORDS, (_match, word: string) => `@${WORD_JOINER}${word}`);
}

/** Escapes `& < >` (the only characters Slack asks to escape) and neutralises broadcasts. */
export function escapeMrkdwn(text: string): string {
  return neutraliseBroadcasts(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
}

/**
 * For plain_text fields (button labels): Slack does not parse mentions there, but angle brackets
 * are swapped for look-alikes anyway so no payload ever carries `<!` or `<@` built from content.
 */
export function safePlainText(text: string): string {
  return neutraliseBroadcasts(text.replace(/</g, "\u2039").replace(/>/g, "\u203a"));
}

/** An http(s) URL made safe inside `<url|label>`; undefined when it is not a web link. */
export function safeUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  if (parsed.href.length > MAX_URL_CHARS) return undefined;
  // URL.href percent-encodes spaces and `<>`; `|` would end the URL part of a Slack link.
  return parsed.href.replace(/\|/g, "%7C").replace(/</g, "%3C").replace(/>/g, "%3E");
}

/** A mrkdwn link `<url|label>` with the label escaped; just the escaped label for a non-web URL. */
export function mrkdwnLink(url: string | undefined, label: string): string {
  const safe = url === undefined ? undefined : safeUrl(url);
  const text = escapeMrkdwn(label);
  return safe === undefined ? text : `<${safe}|${text}>`;
}

/**
 * Turns Slack's wire text (entities escaped, `<@U…>`, `<#C…|name>`, `<!here>`, `<url|label>`)
 * into the plain text the core expects. Mentions become `@name` words, which the renderer
 * neutralises again if they are ever echoed.
 */
export function fromSlackText(text: string): string {
  const plain = text.replace(
    /<([^<>|]*)(?:\|([^<>]*))?>/g,
    (_all, target: string, label: string | undefined) => {
      if (target.startsWith("@")) return label ? `@${label.replace(/^@/, "")}` : target;
      if (target.startsWith("#")) return label ? `#${label}` : target;
      if (target.startsWith("!")) {
        if (label) return label;
        const word = target.slice(1).split("^")[0] ?? "";
        return `@${word}`;
      }
      return label ?? target;
    },
  );
  return plain.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
