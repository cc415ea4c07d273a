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

/** The custom id of a feedback button: "feedback.helpful:<answerId>". */
export function feedbackCustomId(action: Pick<ReplyAction, "id" | "value">): string {
  return `${action.id}:${action.value}`;
}

/** Turns a Reply into one Discord message within every limit, all text escaped. */
export function renderReply(reply: Reply, options: RenderOptions = {}): DiscordMessage {
  const lang = reply.lang ?? options.lang ?? "en";
  const message: DiscordMessage =
    isPlain(reply) && options.tag === undefined
      ? { content: renderContent(reply, lang), embeds: [], components: [], allowed_mentions: noMentions() }
      : { embeds: [renderEmbed(reply, lang, options.tag)], components: [], allowed_mentions: noMentions() };
  message.components = renderButtons(reply.actions);
  if (reply.ephemeral) message.flags = MessageFlags.Ephemeral;
  return message;
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

/** Tracks the 6,000-character budget shared by everything in an embed. */
class Budget {
  remaining: number = DISCORD_LIMITS.embedTotal;
  wasCut = false;

  /** Cuts `text` to fit both `max` and what is left; undefined when not even `min` fits. */
  take(text: string, max: number, min = 1): string | undefined {
    const room = Math.min(max, this.remaining);
    if (room < Math.min(min, text.length) || room <= 0) {
      if (text.length > 0) this.wasCut = true;
      return undefined;
    }
    const result = cut(text, room);
    if (result.cut) this.wasCut = true;
    this.remaining -= result.text.length;
    return result.text;
  }

  /** Takes a field (name and value both count) or nothing. */
  field(name: string, value: string, minValue = 40): APIEmbedField | undefined {
    const n = cut(name || BLANK, DISCORD_LIMITS.fieldName).text;
    if (this.remaining - n.length < Math.min(minValue, value.length)) {
      this.wasCut = true;
      return undefined;
    }
    this.remaining -= n.length;
    const v = this.take(value || BLANK, DISCORD_LIMITS.fieldValue, 1);
    if (v === undefined) {
      this.remaining += n.length;
      return undefined;
    }
    return { name: n, value: v };
  }
}

function renderEmbed(reply: Reply, lang: Lang, tag: string | undefined): APIEmbed {
  const budget = new Budget();
  const embed: APIEmbed = { color: COLORS[reply.kind] };

  const title = reply.title ? budget.take(escapeText(reply.title), DISCORD_LIMITS.title) : undefined;
  if (title) embed.title = title;

  // The footer is reserved first (with room for the cut note) so the tag always survives.
  const footerText = reply.footer ? cut(escapeMentionsOnly(reply.footer), MAX_REPLY_FOOTER).text : "";
  const tagText = tag ? escapeMentionsOnly(tag) : "";
  const reserved = footerText.length + tagText.length + CUT_NOTE[lang].length + 6;
  budget.remaining -= reserved;

  // Citations are budgeted before the description (an answer without its source is not one),
  // but never at the cost of the first 2,000 characters of the answer itself.
  const text = escapeText(reply.text);
  const textReserve = Math.min(text.length, 2000);
  budget.remaining -= textReserve;
  const citationFields = reply.citations
    .slice(0, DISCORD_LIMITS.fields)
    .map((c, i) => citationField(c, i + 1, budget))
    .filter((f): f is APIEmbedField => f !== undefined);
  if (reply.citations.length > DISCORD_LIMITS.fields) budget.wasCut = true;
  budget.remaining += textReserve;

  const description = text ? budget.take(text, DISCORD_LIMITS.description, 20) : "";
  if (description) embed.description = description;

  const fields: APIEmbedField[] = [];
  for (const section of reply.sections) {
    if (fields.length + citationFields.length >= DISCORD_LIMITS.fields) {
      budget.wasCut = true;
      break;
    }
    const f = sectionField(section, budget);
    if (f) fields.push(f);
  }
  fields.push(...citationFields);
  if (reply.suggestions.length > 0) {
    if (fields.length < DISCORD_LIMITS.fields) {
      const f = suggestionsField(reply.suggestions, budget);
      if (f) fields.push(f);
    } else budget.wasCut = true;
  }
  if (fields.length > 0) embed.fields = fields;

  budget.remaining += reserved;
  const footer = [footerText, budget.wasCut ? CUT_NOTE[lang] : "", tagText].filter((p) => p.length > 0);
  if (footer.length > 0) embed.footer = { text: footer.join(" · ") };
  if (!embed.title && !embed.description && !embed.fields && !embed.footer) embed.description = BLANK;
  return embed;
}

/** "[n] Publisher · date": n matches the answer's "[n]" markers ("] " never opens a masked link). */
function citationField(c: Citation, n: number, budget: Budget): APIEmbedField | undefined {
  const name = `[${n}] ${escapeText([c.publisher, c.published].filter(Boolean).join(" · "))}`;
  const url = safeUrl(c.url);
  const title = cut(escapeText(c.title || c.publisher), 200).text;
  const link = url ? `[${title}](${url})` : title;
  const quote = escapeText(c.quote.replace(/\s+/g, " ").trim());
  // The quote is what gets cut, never the link: it stays clickable.
  const roomForQuote = DISCORD_LIMITS.fieldValue - link.length - 4;
  const shortQuote = cut(quote, Math.max(Math.min(roomForQuote - 2, MAX_QUOTE), 1));
  if (shortQuote.cut) budget.wasCut = true;
  const quoted = quote ? `\n> “${shortQuote.text}”` : "";
  return budget.field(name, `${link}${quoted}`, link.length);
}

function sectionField(section: ReplySection, budget: Budget): APIEmbedField | undefined {
  const url = section.url ? safeUrl(section.url) : undefined;
  const text = escapeText(section.text);
  const value = url ? `${cut(text, DISCORD_LIMITS.fieldValue - url.length - 1).text}\n${url}` : text;
  return budget.field(section.heading ? escapeText(section.heading) : BLANK, value);
}

function suggestionsField(suggestions: string[], budget: Budget): APIEmbedField | undefined {
  const lines: string[] = [];
  let length = 0;
  for (const s of suggestions) {
    const line = `• ${cut(escapeText(s), 300).text}`;
    if (length + line.length + 1 > DISCORD_LIMITS.fieldValue) break;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.length > 0 ? budget.field(SUGGESTIONS_HEADING, lines.join("\n")) : undefined;
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
