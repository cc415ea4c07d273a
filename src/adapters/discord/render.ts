import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from "discord.js";
import type { Citation } from "../../answer/types.js";
import type { Reply, ReplyAction, ReplySection } from "../../commands/reply.js";
import type { Lang } from "../../i18n/lang.js";
import { cut, escapeMentionsOnly, escapeText, safeUrl } from "./escape.js";

/** Discord's published message limits (UTF-16 units are counted, which is never fewer than Discord counts). */
export const DISCORD_LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  buttonsPerRow: 5,
  rows: 5,
  customId: 100,
  buttonLabel: 80,
} as const;

/** The message body as Discord's API takes it (REST and interaction callbacks alike). */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  /** Always `parse: []`: the bot never pings anyone. */
  allowed_mentions: { parse: []; replied_user: false };
  flags?: number;
}

export interface RenderOptions {
  /** Language of the renderer's own small print (the "cut to fit" note) when the reply has no `lang`. */
  lang?: Lang;
  /** A visible tag appended to the footer (the digest id), kept whole when the footer is cut. */
  tag?: string;
}

const COLORS: Record<Reply["kind"], number> = {
  answer: 0x2b7a78,
  digest: 0x2b7a78,
  abstain: 0xc9a227,
  help: 0x5865f2,
  info: 0x5865f2,
  confirm: 0x57f287,
  error: 0xd83c3e,
};

const CUT_NOTE: Record<Lang, string> = {
  en: "Cut to fit Discord's message limits.",
  ja: "Discordの文字数制限に合わせて一部を省略しました。",
  vi: "Đã rút gọn cho vừa giới hạn tin nhắn của Discord.",
};

/** Field name for suggestions: a symbol, so it reads the same in every language. */
const SUGGESTIONS_HEADING = "💡";
const BLANK = "\u200b";
/** The footer small print a reply brings is capped well below 2,048 so it never crowds the answer. */
const MAX_REPLY_FOOTER = 300;
/** Source quotes are short by design; a longer one is cut so more sources fit. */
const MAX_QUOTE = 400;
const MAX_TAG = 200;

/** The custom id of a feedback button: "feedback.helpful:<answerId>". */
export function feedbackCustomId(action: Pick<ReplyAction, "id" | "value">): string {
  return `${action.id}:${action.value}`;
}

/** Turns a Reply into one Discord message within every limit, all text escaped; what does not fit is cut with a note. */
export function renderReply(reply: Reply, options: RenderOptions = {}): DiscordMessage {
  return renderMessages(reply, { ...options, maxMessages: 1 })[0]!;
}

/**
 * Turns a Reply into up to `maxMessages` Discord messages (digests and lists 3, else 1), each within every
 * limit: a digest longer than one message's 6,000 characters continues in the next message
 * instead of losing its sources. The first message carries the title, the text and the tag;
 * the last carries the footer and the buttons. Anything beyond the last is cut with a note.
 */
export function renderMessages(
  reply: Reply,
  options: RenderOptions & { maxMessages?: number } = {},
): DiscordMessage[] {
  const lang = reply.lang ?? options.lang ?? "en";
  const flags = reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {};
  const components = renderButtons(reply.actions);
  if (isPlain(reply) && options.tag === undefined) {
    return [
      {
        content: renderContent(reply, lang),
        embeds: [],
        components,
        allowed_mentions: noMentions(),
        ...flags,
      },
    ];
  }
  const embeds = renderEmbeds(
    reply,
    lang,
    options.tag,
    Math.max(1, options.maxMessages ?? defaultMessages(reply)),
  );
  return embeds.map((embed, i) => ({
    embeds: [embed],
    components: i === embeds.length - 1 ? components : [],
    allowed_mentions: noMentions(),
    ...flags,
  }));
}

/** Answers, errors and help stay one message (cut if need be); digests and lists may continue. */
function defaultMessages(reply: Reply): number {
  return reply.kind === "digest" || reply.kind === "info" ? 3 : 1;
}

function noMentions(): DiscordMessage["allowed_mentions"] {
  return { parse: [], replied_user: false };
}

/** Short errors and confirmations read best as a plain line, not a card. */
function isPlain(reply: Reply): boolean {
  return (
    (reply.kind === "error" || reply.kind === "confirm") &&
    reply.citations.length === 0 &&
    reply.sections.length === 0 &&
    reply.title === undefined
  );
}

function renderContent(reply: Reply, lang: Lang): string {
  const lines = [escapeText(reply.text), ...reply.suggestions.map((s) => `• ${escapeText(s)}`)];
  if (reply.footer) lines.push(escapeText(reply.footer));
  const full = lines.filter((l) => l.length > 0).join("\n") || BLANK;
  if (full.length <= DISCORD_LIMITS.content) return full;
  const note = `\n${CUT_NOTE[lang]}`;
  return `${cut(full, DISCORD_LIMITS.content - note.length).text}${note}`;
}

/** One embed field, already escaped and within the field limits. */
interface FieldItem {
  name: string;
  value: string;
}

function renderEmbeds(reply: Reply, lang: Lang, tag: string | undefined, maxMessages: number): APIEmbed[] {
  let wasCut = false;
  const take = (text: string, max: number): string => {
    const r = cut(text, max);
    if (r.cut) wasCut = true;
    return r.text;
  };

  const sectionItems = reply.sections.flatMap((s) => sectionFieldItems(s, take));
  const citationItems = reply.citations.map((c, i) => citationItem(c, i + 1, take));
  const suggestions = suggestionsItem(reply.suggestions, take);
  const queue: FieldItem[] = [...sectionItems, ...citationItems, ...(suggestions ? [suggestions] : [])];

  // Every message reserves room for the footer: the reply's small print, the cut note, the tag.
  const footerText = reply.footer ? cut(escapeMentionsOnly(reply.footer), MAX_REPLY_FOOTER).text : "";
  const tagText = tag ? cut(escapeMentionsOnly(tag), MAX_TAG).text : "";
  const reserved = footerText.length + tagText.length + CUT_NOTE[lang].length + 6;

  const embeds: APIEmbed[] = [];
  while (embeds.length < maxMessages && (embeds.length === 0 || queue.length > 0)) {
    let remaining = DISCORD_LIMITS.embedTotal - reserved;
    const embed: APIEmbed = { color: COLORS[reply.kind] };
    if (embeds.length === 0) {
      if (reply.title) {
        embed.title = take(escapeText(reply.title), DISCORD_LIMITS.title);
        remaining -= embed.title.length;
      }
      const text = escapeText(reply.text);
      if (text) {
        // Sources are the product's promise: they keep their room, but never at the cost of
        // the first 2,000 characters of the answer itself.
        const citationCost = citationItems.reduce((n, f) => n + f.name.length + f.value.length, 0);
        const forCitations = Math.min(citationCost, Math.max(0, remaining - Math.min(text.length, 2000)));
        embed.description = take(
          text,
          Math.max(1, Math.min(DISCORD_LIMITS.description, remaining - forCitations)),
        );
        remaining -= embed.description.length;
      }
    }
    const fields: APIEmbedField[] = [];
    while (queue.length > 0 && fields.length < DISCORD_LIMITS.fields) {
      const next = queue[0]!;
      const cost = next.name.length + next.value.length;
      if (cost > remaining) break;
      fields.push(next);
      queue.shift();
      remaining -= cost;
    }
    if (fields.length > 0) embed.fields = fields;
    embeds.push(embed);
    // An item that cannot fit even an empty message would loop forever: drop it (never happens
    // with the field limits, but the loop must not depend on that).
    if (fields.length === 0 && embeds.length > 1 && queue.length > 0) {
      queue.shift();
      wasCut = true;
    }
  }
  if (queue.length > 0) wasCut = true;

  const first = embeds[0]!;
  const last = embeds[embeds.length - 1]!;
  const lastFooter = [footerText, wasCut ? CUT_NOTE[lang] : ""];
  if (first === last) {
    setFooter(first, [...lastFooter, tagText]);
  } else {
    setFooter(first, [tagText]);
    setFooter(last, lastFooter);
  }
  for (const e of embeds) if (!e.title && !e.description && !e.fields && !e.footer) e.description = BLANK;
  return embeds;
}

function setFooter(embed: APIEmbed, parts: string[]): void {
  const text = parts.filter((p) => p.length > 0).join(" · ");
  if (text) embed.footer = { text };
}

/** "[n] Publisher · date": n matches the answer's "[n]" markers ("] " never opens a masked link). */
function citationItem(c: Citation, n: number, take: (text: string, max: number) => string): FieldItem {
  const name = take(
    `[${n}] ${escapeText([c.publisher, c.published].filter(Boolean).join(" · "))}`,
    DISCORD_LIMITS.fieldName,
  );
  const url = safeUrl(c.url);
  const title = take(escapeText(c.title || c.publisher), 200) || BLANK;
  const link = url ? `[${title}](${url})` : title;
  const quote = escapeText(c.quote.replace(/\s+/g, " ").trim());
  // The quote is what gets cut, never the link: it stays clickable.
  const room = DISCORD_LIMITS.fieldValue - link.length - 6;
  const quoted = quote && room > 1 ? `\n> “${take(quote, Math.min(room, MAX_QUOTE))}”` : "";
  return { name, value: take(`${link}${quoted}`, DISCORD_LIMITS.fieldValue) };
}

/** A section as one field, or several when its text is longer than a field holds (split at lines). */
function sectionFieldItems(section: ReplySection, take: (text: string, max: number) => string): FieldItem[] {
  const url = section.url ? safeUrl(section.url) : undefined;
  const lines = escapeText(section.text).split("\n");
  if (url) lines.push(url);
  const chunks: string[] = [];
  let current = "";
  for (const line of lines) {
    const piece = take(line, DISCORD_LIMITS.fieldValue);
    if (current && current.length + 1 + piece.length > DISCORD_LIMITS.fieldValue) {
      chunks.push(current);
      current = piece;
    } else current = current ? `${current}\n${piece}` : piece;
  }
  if (current.trim() || chunks.length === 0) chunks.push(current.trim() ? current : BLANK);
  const heading = section.heading
    ? take(escapeText(section.heading), DISCORD_LIMITS.fieldName) || BLANK
    : BLANK;
  return chunks.map((value, i) => ({ name: i === 0 ? heading : BLANK, value }));
}

function suggestionsItem(
  suggestions: string[],
  take: (text: string, max: number) => string,
): FieldItem | undefined {
  const lines: string[] = [];
  let length = 0;
  for (const s of suggestions) {
    const line = `• ${take(escapeText(s), 300)}`;
    if (length + line.length + 1 > DISCORD_LIMITS.fieldValue) break;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.length > 0 ? { name: SUGGESTIONS_HEADING, value: lines.join("\n") } : undefined;
}

function renderButtons(actions: ReplyAction[]): DiscordMessage["components"] {
  const buttons: APIButtonComponentWithCustomId[] = [];
  for (const action of actions) {
    const customId = feedbackCustomId(action);
    // An id that does not fit cannot be routed back: better no button than a broken one.
    if (customId.length > DISCORD_LIMITS.customId) continue;
    const label = cut(
      escapeMentionsOnly(action.label).replace(/\s+/g, " ").trim(),
      DISCORD_LIMITS.buttonLabel,
    ).text;
    buttons.push({
      type: ComponentType.Button,
      custom_id: customId,
      label: label || (action.id === "feedback.helpful" ? "👍" : "👎"),
      style:
        action.style === "primary"
          ? ButtonStyle.Primary
          : action.style === "danger"
            ? ButtonStyle.Danger
            : ButtonStyle.Secondary,
    });
  }
  const rows: DiscordMessage["components"] = [];
  for (
    let i = 0;
    i < buttons.length && rows.length < DISCORD_LIMITS.rows;
    i += DISCORD_LIMITS.buttonsPerRow
  ) {
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow),
    });
  }
  return rows;
}

/** Characters that count towards Discord's 6,000 per-message embed total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}
