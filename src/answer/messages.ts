import { BriefingError } from "../errors.js";
import type { Lang } from "../i18n/lang.js";
import { KNOWLEDGE_DIR } from "../knowledge/load.js";
import { languagePack } from "../knowledge/packs.js";

/**
 * The fixed sentences the answering engine says, per language: knowledge/lang/<code>/messages.yaml.
 * The ids are the engine's; every pack must write each of them.
 */
export const MESSAGE_IDS = [
  "empty",
  "tooLong",
  "control",
  "abstain",
  "didYouMean",
  "outOfPeriod",
  "injection",
  "partNotCovered",
  "opinion",
  "help",
  "noBriefing",
  "reportedOn",
  "reportedLabel",
  "reportedBy",
  "reportedBySays",
  "reportsSays",
  "reports",
  "deadlinePassed",
  "deadlineAhead",
  "replacedLead",
  "onDate",
  "inEffectFrom",
] as const;

export type MessageId = (typeof MESSAGE_IDS)[number];

const checked = new Set<Lang>();

/** The pack's messages, checked once to hold every id (an actionable error otherwise). */
function messagesOf(lang: Lang): Readonly<Record<string, string>> {
  const { messages } = languagePack(lang);
  if (!checked.has(lang)) {
    const missing = MESSAGE_IDS.filter((id) => messages[id] === undefined);
    if (missing.length > 0)
      throw new BriefingError([
        {
          file: `${KNOWLEDGE_DIR}lang/${lang}/messages.yaml`,
          line: 1,
          col: 1,
          message: `messages: missing ${missing.join(", ")} (expected a sentence for each)`,
        },
      ]);
    checked.add(lang);
  }
  return messages;
}

/** A message in a language, with {name} placeholders filled. */
export function message(id: MessageId, lang: Lang, vars: Record<string, string | number> = {}): string {
  return messagesOf(lang)[id]!.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/**
 * A YYYY-MM-DD date as a reader of `lang` writes it (the pack's dateFormat); a month (YYYY-MM)
 * or a year (YYYY) only as precise as it is (monthFormat, yearFormat): "July 2024", never
 * "July 1, 2024".
 */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number | undefined, number | undefined];
  const { dateFormat, monthFormat, yearFormat, months } = languagePack(lang);
  const format = m === undefined ? yearFormat : d === undefined ? monthFormat : dateFormat;
  const parts: Record<string, string> = {
    y: String(y),
    m: String(m),
    d: String(d),
    month: (m !== undefined ? months[m - 1] : undefined) ?? String(m),
  };
  return (format ?? iso).replace(/\{(\w+)\}/g, (whole, k: string) => parts[k] ?? whole);
}
