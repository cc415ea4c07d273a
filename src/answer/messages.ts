import type { Lang } from "../i18n/lang.js";

/** The fixed sentences the answering engine says, per language. */
export const MESSAGES = {
  empty: {
    en: "Please type a question, for example one of the suggestions below.",
    ja: "質問を入力してください。下の例も参考にしてください。",
    vi: "Vui lòng nhập một câu hỏi, ví dụ một trong các gợi ý bên dưới.",
  },
  tooLong: {
    en: "That question is too long ({n} characters; the limit is {max}). Please ask something shorter.",
    ja: "質問が長すぎます（{n}文字、上限は{max}文字）。短くしてください。",
    vi: "Câu hỏi quá dài ({n} ký tự; giới hạn là {max}). Vui lòng hỏi ngắn hơn.",
  },
  control: {
    en: "That question contains control characters. Please type it as plain text.",
    ja: "質問に制御文字が含まれています。通常のテキストで入力してください。",
    vi: "Câu hỏi có ký tự điều khiển. Vui lòng nhập văn bản thường.",
  },
  abstain: {
    en: "The briefing “{title}” does not cover that, so I can't answer it. Here are questions it can answer:",
    ja: "ブリーフィング「{title}」にはその情報がないため、お答えできません。次のような質問にはお答えできます。",
    vi: "Bản tin “{title}” không có thông tin về điều này nên tôi không thể trả lời. Đây là những câu hỏi tôi có thể trả lời:",
  },
  outOfPeriod: {
    en: "The briefing “{title}” reports what its sources said as of {date}; it cannot tell what holds after that. Here are questions it can answer:",
    ja: "ブリーフィング「{title}」は{date}時点の報道に基づいており、それ以降のことはお答えできません。次のような質問にはお答えできます。",
    vi: "Bản tin “{title}” dựa trên các nguồn tính đến {date}; tôi không thể biết điều gì xảy ra sau đó. Đây là những câu hỏi tôi có thể trả lời:",
  },
  injection: {
    en: "I only answer questions about the briefing “{title}” from its cited facts. Here are questions it can answer:",
    ja: "ブリーフィング「{title}」の出典付きの事実に基づく質問にのみお答えします。次のような質問にお答えできます。",
    vi: "Tôi chỉ trả lời câu hỏi về bản tin “{title}” dựa trên các dữ kiện có nguồn. Đây là những câu hỏi tôi có thể trả lời:",
  },
  partNotCovered: {
    en: "The briefing does not cover the rest of the question.",
    ja: "質問の残りの部分については、このブリーフィングには情報がありません。",
    vi: "Bản tin không có thông tin về phần còn lại của câu hỏi.",
  },
  opinion: {
    en: "The briefing “{title}” reports what its sources said; it gives no opinions or predictions. Here are questions it can answer:",
    ja: "ブリーフィング「{title}」は報道された事実をお伝えするもので、意見や予想はお答えできません。次のような質問にはお答えできます。",
    vi: "Bản tin “{title}” chỉ đưa lại những gì các nguồn đã đưa tin, không nêu ý kiến hay dự đoán. Đây là những câu hỏi tôi có thể trả lời:",
  },
  help: {
    en: "I answer questions about “{title}” from curated facts, each with its source. Ask in English, Japanese or Vietnamese.",
    ja: "「{title}」について、出典付きの事実に基づいてお答えします。英語・日本語・ベトナム語で質問できます。",
    vi: "Tôi trả lời câu hỏi về “{title}” dựa trên các dữ kiện có nguồn. Bạn có thể hỏi bằng tiếng Anh, tiếng Nhật hoặc tiếng Việt.",
  },
  noBriefing: {
    en: "No briefing is loaded, so there is nothing to answer from.",
    ja: "ブリーフィングが読み込まれていないため、お答えできません。",
    vi: "Chưa có bản tin nào được tải nên không thể trả lời.",
  },
  reportedOn: {
    en: "As reported on {date}, ",
    ja: "{date}の報道によると、",
    vi: "Theo tin ngày {date}, ",
  },
  reportedLabel: {
    en: "As reported on {date}: ",
    ja: "（{date}時点の報道）",
    vi: "Tin ngày {date}: ",
  },
  reportedBy: {
    en: "As {publisher} reported on {date}, ",
    ja: "{publisher}の{date}の報道によると、",
    vi: "Theo {publisher} ngày {date}, ",
  },
  reportedBySays: {
    en: "{publisher}, {date}: ",
    ja: "（{publisher}、{date}）",
    vi: "{publisher} ngày {date}: ",
  },
  reportsSays: {
    en: "{publisher}: ",
    ja: "（{publisher}）",
    vi: "{publisher}: ",
  },
  reports: {
    en: "According to {publisher}, ",
    ja: "{publisher}によると、",
    vi: "Theo {publisher}, ",
  },
  deadlinePassed: {
    en: "The deadline ({label}) has passed since.",
    ja: "その期限（{label}）はすでに過ぎています。",
    vi: "Thời hạn ({label}) nay đã qua.",
  },
  replacedLead: {
    en: "It replaced what was reported on {date}: ",
    ja: "それ以前の{date}の報道：",
    vi: "Điều này thay cho tin ngày {date}: ",
  },
  inEffectFrom: {
    en: "In effect from {date}.",
    ja: "{date}から適用。",
    vi: "Áp dụng từ {date}.",
  },
  deadlineAhead: {
    en: "The deadline ({label}) is still ahead.",
    ja: "期限（{label}）はまだ先です。",
    vi: "Thời hạn ({label}) vẫn chưa đến.",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageId = keyof typeof MESSAGES;

/** A message in a language, with {name} placeholders filled. */
export function message(id: MessageId, lang: Lang, vars: Record<string, string | number> = {}): string {
  return MESSAGES[id][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A YYYY-MM-DD date as a reader of `lang` writes it; a month (YYYY-MM) or a year (YYYY) only
 * as precise as it is: "July 2024", never "July 1, 2024".
 */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return lang === "ja" ? `${y}年` : lang === "vi" ? `năm ${y}` : String(y);
  if (d === undefined) {
    if (lang === "ja") return `${y}年${m}月`;
    return lang === "vi" ? `tháng ${m}/${y}` : `${MONTHS_EN[m - 1] ?? m} ${y}`;
  }
  if (lang === "ja") return `${y}年${m}月${d}日`;
  if (lang === "vi") return `${d}/${m}/${y}`;
  return `${MONTHS_EN[m - 1] ?? m} ${d}, ${y}`;
}
