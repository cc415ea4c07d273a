import type { Lang } from "../i18n/lang.js";

/** The strings of choosing among several briefings (`/brief briefings`, `/brief use ID`, routing). */
export interface BriefingChoiceMessages {
  briefingsTitle: string;
  briefingLine(asOf: string, facts: number): string;
  thisChannel: string;
  briefingsHint: string;
  used(title: string, id: string): string;
  unknownBriefing(id: string, ids: string): string;
  /** A question two briefings answer about equally well. */
  whichBriefing: string;
  /** A command that needs one briefing, in a channel bound to none, with several loaded. */
  chooseBriefing: string;
  notAllowedUse: string;
}

const en: BriefingChoiceMessages = {
  briefingsTitle: "Briefings on this bot",
  briefingLine: (d, n) => `as of ${d} · ${n === 1 ? "1 fact" : `${n} facts`}`,
  thisChannel: "(this channel)",
  briefingsHint:
    "Bind this channel to one with /brief use ID; unbound, each question goes to the briefing that fits it.",
  used: (t, id) => `This channel now answers from “${t}” (${id}).`,
  unknownBriefing: (id, ids) => `There is no briefing “${id}”. Briefings: ${ids}.`,
  whichBriefing:
    "More than one briefing covers that. Which one do you mean? Bind this channel with /brief use ID, then ask again:",
  chooseBriefing:
    "Several briefings are loaded and this channel is bound to none. Choose one with /brief use ID:",
  notAllowedUse:
    "Only people who manage this channel can choose its briefing. In a direct message you can choose your own.",
};

const ja: BriefingChoiceMessages = {
  briefingsTitle: "このボットのブリーフィング",
  briefingLine: (d, n) => `${d}時点 · 事実${n}件`,
  thisChannel: "（このチャンネル）",
  briefingsHint:
    "/brief use ID でこのチャンネルのブリーフィングを選べます。選ばない場合、質問ごとに最も合うブリーフィングが答えます。",
  used: (t, id) => `このチャンネルは今後「${t}」（${id}）から回答します。`,
  unknownBriefing: (id, ids) => `ブリーフィング「${id}」はありません。ブリーフィング：${ids}`,
  whichBriefing:
    "複数のブリーフィングがこの質問に答えられます。どれについての質問ですか？ /brief use ID でチャンネルのブリーフィングを選んでから、もう一度質問してください：",
  chooseBriefing:
    "複数のブリーフィングがあり、このチャンネルはどれにも結び付いていません。/brief use ID で選んでください：",
  notAllowedUse: "このチャンネルのブリーフィングを選べるのはチャンネル管理者だけです。DMでは自分で選べます。",
};

const vi: BriefingChoiceMessages = {
  briefingsTitle: "Các bản tin của bot",
  briefingLine: (d, n) => `tính đến ${d} · ${n} dữ kiện`,
  thisChannel: "(kênh này)",
  briefingsHint:
    "Chọn bản tin cho kênh này bằng /brief use ID; nếu không chọn, mỗi câu hỏi được gửi tới bản tin phù hợp nhất.",
  used: (t, id) => `Từ nay kênh này trả lời theo bản tin “${t}” (${id}).`,
  unknownBriefing: (id, ids) => `Không có bản tin “${id}”. Các bản tin: ${ids}.`,
  whichBriefing:
    "Nhiều bản tin có thể trả lời câu này. Bạn hỏi về bản tin nào? Chọn bằng /brief use ID rồi hỏi lại:",
  chooseBriefing: "Bot có nhiều bản tin và kênh này chưa chọn bản tin nào. Chọn bằng /brief use ID:",
  notAllowedUse:
    "Chỉ người quản lý kênh mới chọn được bản tin cho kênh. Trong tin nhắn riêng, bạn có thể tự chọn.",
};

const ALL: Record<Lang, BriefingChoiceMessages> = { en, ja, vi };

export function briefingMessages(lang: Lang): BriefingChoiceMessages {
  return ALL[lang];
}
