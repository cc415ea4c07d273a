import { formatDate } from "../answer/messages.js";
import type { Lang } from "../i18n/lang.js";

/** Every string the command layer shows a person, in the three languages. Plain text, no markup. */
export interface Messages {
  /** Used to format dates and times (Intl). */
  locale: string;
  helpful: string;
  notHelpful: string;
  /** `date` is YYYY-MM-DD; the text shows it as people read dates in the language. */
  asOf(date: string): string;
  /** After a source's date that the curator inferred (the source prints none). */
  dateInferred: string;
  tooLong(max: number, actual: number): string;
  empty: string;
  rateLimited(seconds: number): string;
  apology: string;
  helpTitle: string;
  /**
   * The guide: `p` is how commands are typed where it is read ("/brief " in Slack and Discord,
   * "/" in the terminal chat); `channels` says whether digests can be subscribed there.
   */
  help(p: string, channels: boolean): string;
  helpTry: string;
  topicsTitle(briefing: string): string;
  topicFacts(count: number): string;
  topicsHint(p: string): string;
  topicNotFound(name: string, available: string): string;
  topicMore(count: number): string;
  sourcesTitle(briefing: string): string;
  feedbackThanks(helpful: boolean): string;
  feedbackUnknown: string;
  noBriefing: string;
  notAllowed: string;
  terminalNoSubscribe: string;
  stateUnavailable: string;
  scheduleUnavailable: string;
  digestUnavailable: string;
  /** `detail` is the schedule parser's message, which names the field (schedule or timezone). */
  scheduleRejected(detail: string): string;
  subscribed(label: string, timezone: string, next: string): string;
  /** Added to `subscribed` when runs missed while the bot was down are not posted late. */
  missedSkip: string;
  missedFold: string;
  unsubscribed: string;
  notSubscribed: string;
  /** Terminal chat: /helpful typed before any answer. */
  noAnswerToRate: string;
}

const en: Messages = {
  locale: "en-GB",
  helpful: "Helpful",
  notHelpful: "Not helpful",
  asOf: (d) => `Briefing as of ${formatDate(d, "en")}`,
  dateInferred: "date inferred",
  tooLong: (max, n) => `That question is ${n} characters long; please keep it under ${max}.`,
  empty: "Please type a question.",
  rateLimited: (s) => `You are asking quickly: please wait about ${s} s and try again.`,
  apology: "Sorry, something went wrong while answering. Please try again in a moment.",
  helpTitle: "How to use briefbot",
  help: (p, channels) =>
    [
      "Ask a question in plain words and I answer from the curated briefing, citing the sources.",
      `${p}ask QUESTION: ask a question`,
      `${p}topics: what the briefing covers · ${p}topic NAME: the facts on one topic`,
      `${p}sources: where the facts come from · ${p}digest [en|ja|vi]: the briefing digest now`,
      channels
        ? `${p}subscribe daily 08:00 Asia/Tokyo [en|ja|vi] [missed=skip|fold]: a digest in this channel · ${p}unsubscribe: stop it`
        : `${p}quit: leave`,
    ].join("\n"),
  helpTry: "You could ask:",
  topicsTitle: (b) => `Topics in “${b}”`,
  topicFacts: (n) => (n === 1 ? "1 fact" : `${n} facts`),
  topicsHint: (p) => `Type ${p}topic NAME to see the facts on a topic.`,
  topicNotFound: (name, list) => `No topic matches “${name}”. Type one of: ${list}.`,
  topicMore: (n) => `…and ${n} more. Ask a question to get the details with sources.`,
  sourcesTitle: (b) => `Sources of “${b}”`,
  feedbackThanks: (h) =>
    h ? "Thanks: glad it helped." : "Thanks for telling us: the curators will look at this answer.",
  feedbackUnknown: "That answer is no longer on record, so the feedback could not be saved.",
  noBriefing: "No briefing is loaded right now. Please try again later.",
  notAllowed:
    "Only people who manage this channel can subscribe or unsubscribe it. In a direct message you can subscribe yourself.",
  terminalNoSubscribe: "Digests are delivered on Slack and Discord. Here, type /digest to see it now.",
  stateUnavailable: "Subscriptions and feedback are not available on this bot right now.",
  scheduleUnavailable: "Scheduling is not available on this bot right now.",
  digestUnavailable: "The digest is not available on this bot right now.",
  scheduleRejected: (d) => `Could not subscribe. ${d}`,
  subscribed: (label, tz, next) => `Subscribed: a digest ${label} (${tz}). The next one comes ${next}.`,
  missedSkip: "A digest missed while the bot was down is skipped.",
  missedFold: "A digest missed while the bot was down is folded into the next one.",
  unsubscribed: "Unsubscribed: this channel gets no more digests.",
  notSubscribed: "This channel has no digest subscription.",
  noAnswerToRate: "There is no answer to rate yet.",
};

const ja: Messages = {
  locale: "ja-JP",
  helpful: "役に立った",
  notHelpful: "役に立たなかった",
  asOf: (d) => `${formatDate(d, "ja")} 時点のブリーフィング`,
  dateInferred: "日付は推定",
  tooLong: (max, n) => `質問が ${n} 文字あります。${max} 文字以内でお願いします。`,
  empty: "質問を入力してください。",
  rateLimited: (s) => `質問が続いています。約 ${s} 秒待ってからもう一度どうぞ。`,
  apology: "申し訳ありません、回答中に問題が起きました。少ししてからもう一度お試しください。",
  helpTitle: "briefbot の使い方",
  help: (p, channels) =>
    [
      "ふつうの言葉で質問すると、整理されたブリーフィングから出典付きで答えます。",
      `${p}ask 質問: 質問する`,
      `${p}topics: 扱っているトピック · ${p}topic 名前: そのトピックの事実`,
      `${p}sources: 出典の一覧 · ${p}digest [en|ja|vi]: 今のダイジェスト`,
      channels
        ? `${p}subscribe daily 08:00 Asia/Tokyo ja [missed=skip|fold]: このチャンネルに定期配信 · ${p}unsubscribe: 配信停止`
        : `${p}quit: 終了`,
    ].join("\n"),
  helpTry: "たとえば次のように聞けます:",
  topicsTitle: (b) => `「${b}」のトピック`,
  topicFacts: (n) => `事実 ${n} 件`,
  topicsHint: (p) => `${p}topic 名前 と入力すると、そのトピックの事実を表示します。`,
  topicNotFound: (name, list) =>
    `「${name}」に合うトピックはありません。次のいずれかを入力してください: ${list}`,
  topicMore: (n) => `…ほか ${n} 件。詳しくは出典付きで質問してください。`,
  sourcesTitle: (b) => `「${b}」の出典`,
  feedbackThanks: (h) =>
    h
      ? "ありがとうございます。お役に立ててうれしいです。"
      : "ありがとうございます。担当者がこの回答を見直します。",
  feedbackUnknown: "この回答の記録がないため、フィードバックを保存できませんでした。",
  noBriefing: "現在読み込まれているブリーフィングがありません。後でもう一度お試しください。",
  notAllowed:
    "このチャンネルの配信を設定・解除できるのはチャンネル管理者だけです。DM ではご自身で購読できます。",
  terminalNoSubscribe:
    "ダイジェストは Slack と Discord に配信されます。ここでは /digest で今の内容を見られます。",
  stateUnavailable: "現在このボットでは購読とフィードバックを利用できません。",
  scheduleUnavailable: "現在このボットでは配信スケジュールを利用できません。",
  digestUnavailable: "現在このボットではダイジェストを利用できません。",
  scheduleRejected: (d) => `購読できませんでした。${d}`,
  subscribed: (label, tz, next) => `購読しました: ${label}(${tz})。次回の配信は ${next} です。`,
  missedSkip: "ボットが停止中に逃した配信は送りません。",
  missedFold: "ボットが停止中に逃した配信は次回の配信にまとめます。",
  unsubscribed: "購読を解除しました。このチャンネルへの配信は止まります。",
  notSubscribed: "このチャンネルには購読がありません。",
  noAnswerToRate: "まだ評価できる回答がありません。",
};

const vi: Messages = {
  locale: "vi-VN",
  helpful: "Hữu ích",
  notHelpful: "Không hữu ích",
  asOf: (d) => `Bản tin tính đến ${formatDate(d, "vi")}`,
  dateInferred: "ngày suy đoán",
  tooLong: (max, n) => `Câu hỏi dài ${n} ký tự; vui lòng giữ dưới ${max} ký tự.`,
  empty: "Vui lòng nhập câu hỏi.",
  rateLimited: (s) => `Bạn đang hỏi khá nhanh: vui lòng đợi khoảng ${s} giây rồi thử lại.`,
  apology: "Xin lỗi, đã có lỗi khi trả lời. Vui lòng thử lại sau giây lát.",
  helpTitle: "Cách dùng briefbot",
  help: (p, channels) =>
    [
      "Hãy đặt câu hỏi bằng lời thường, tôi trả lời từ bản tin đã biên soạn, kèm nguồn.",
      `${p}ask CÂU HỎI: đặt câu hỏi`,
      `${p}topics: các chủ đề · ${p}topic TÊN: các dữ kiện của một chủ đề`,
      `${p}sources: các nguồn · ${p}digest [en|ja|vi]: bản tóm tắt ngay bây giờ`,
      channels
        ? `${p}subscribe daily 08:00 Asia/Ho_Chi_Minh vi [missed=skip|fold]: nhận bản tóm tắt định kỳ · ${p}unsubscribe: dừng nhận`
        : `${p}quit: thoát`,
    ].join("\n"),
  helpTry: "Bạn có thể hỏi:",
  topicsTitle: (b) => `Các chủ đề trong “${b}”`,
  topicFacts: (n) => `${n} dữ kiện`,
  topicsHint: (p) => `Gõ ${p}topic TÊN để xem các dữ kiện của một chủ đề.`,
  topicNotFound: (name, list) =>
    `Không có chủ đề nào khớp với “${name}”. Hãy gõ một trong các chủ đề: ${list}.`,
  topicMore: (n) => `…và ${n} dữ kiện khác. Hãy đặt câu hỏi để xem chi tiết kèm nguồn.`,
  sourcesTitle: (b) => `Nguồn của “${b}”`,
  feedbackThanks: (h) =>
    h
      ? "Cảm ơn bạn: rất vui vì câu trả lời hữu ích."
      : "Cảm ơn bạn đã phản hồi: người biên soạn sẽ xem lại câu trả lời này.",
  feedbackUnknown: "Không còn lưu câu trả lời này nên không thể ghi nhận phản hồi.",
  noBriefing: "Hiện chưa có bản tin nào được tải. Vui lòng thử lại sau.",
  notAllowed:
    "Chỉ người quản lý kênh mới có thể đăng ký hoặc hủy bản tóm tắt cho kênh này. Trong tin nhắn riêng, bạn có thể tự đăng ký.",
  terminalNoSubscribe: "Bản tóm tắt được gửi trên Slack và Discord. Ở đây, gõ /digest để xem ngay.",
  stateUnavailable: "Hiện bot này chưa hỗ trợ đăng ký và phản hồi.",
  scheduleUnavailable: "Hiện bot này chưa hỗ trợ lịch gửi.",
  digestUnavailable: "Hiện bot này chưa hỗ trợ bản tóm tắt.",
  scheduleRejected: (d) => `Không thể đăng ký. ${d}`,
  subscribed: (label, tz, next) => `Đã đăng ký: bản tóm tắt ${label} (${tz}). Lần tới: ${next}.`,
  missedSkip: "Bản tin bị lỡ khi bot ngừng chạy sẽ được bỏ qua.",
  missedFold: "Bản tin bị lỡ khi bot ngừng chạy sẽ được gộp vào bản tin kế tiếp.",
  unsubscribed: "Đã hủy đăng ký: kênh này sẽ không nhận bản tóm tắt nữa.",
  notSubscribed: "Kênh này chưa đăng ký bản tóm tắt nào.",
  noAnswerToRate: "Chưa có câu trả lời nào để đánh giá.",
};

const ALL: Record<Lang, Messages> = { en, ja, vi };

export function messages(lang: Lang): Messages {
  return ALL[lang];
}

/**
 * A cheap guess at a text's language for messages that come before the answer engine reads
 * it (a refusal of an over-long question): kana or CJK → ja, Vietnamese letters → vi.
 */
export function guessLang(text: string, fallback: Lang = "en"): Lang {
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) return "ja";
  if (/[ăâđêôơưĂÂĐÊÔƠƯ]|[\u1ea0-\u1ef9]/.test(text)) return "vi";
  return /[a-z]/i.test(text) ? "en" : fallback;
}

/** "Friday 1 May 2026 at 08:00 (Asia/Tokyo)", in the reader's language, in the given zone. */
export function formatInZone(date: Date, timezone: string, lang: Lang): string {
  const text = new Intl.DateTimeFormat(messages(lang).locale, {
    timeZone: timezone,
    dateStyle: "full",
    timeStyle: "short",
  }).format(date);
  return `${text} (${timezone})`;
}
