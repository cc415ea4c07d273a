import { formatDate } from "../answer/messages.js";
import { precisionOf } from "../briefing/dates.js";
import type { Lang } from "../i18n/lang.js";

/** The digest's UI strings, per language. Statements come from the briefing, never from here. */
export interface DigestMessages {
  digestTitle(briefingTitle: string): string;
  asOf(date: string): string;
  firstDigest: string;
  changesSince(date: string): string;
  noChanges(date: string): string;
  changedHeading: string;
  added: string;
  updated: string;
  correctionHeading: string;
  correction(oldText: string, newText: string): string;
  correctionThread(oldText: string, newText: string, digestDate: string): string;
  eventsHeading: string;
  inDays(days: number): string;
  today: string;
  passedOn(date: string): string;
  sourcesHeading: string;
  more(count: number): string;
  moreCorrections(count: number): string;
  /** `p` is how commands are typed where the digest is read ("/brief " in chat, "/" in the terminal). */
  askMore(p: string): string;
  reportedAsOf(date: string): string;
  /** Added to the subscribe confirmation for quiet=skip. */
  quietSkip: string;
  supersededHeading: string;
  /** A new fact that replaced one the channel received: the new first, then what it replaced. */
  superseded(newText: string, oldText: string, from?: string): string;
  supersededThread(newText: string, oldText: string, digestDate: string, from?: string): string;
  /** The overview's pointer to the rest of the briefing. */
  askTopic(p: string): string;
}

const en: DigestMessages = {
  digestTitle: (t) => `Digest: ${t}`,
  asOf: (d) => `Sources as of ${d}`,
  firstDigest: "First digest for this channel: here is the briefing in short.",
  changesSince: (d) => `What changed since this channel's last digest (${d}):`,
  noChanges: (d) => `Nothing in the briefing has changed since this channel's last digest (${d}).`,
  changedHeading: "What changed",
  added: "New",
  updated: "Updated",
  correctionHeading: "Correction",
  correction: (o, n) => `Correction: earlier we said "${o}" Corrected: "${n}"`,
  correctionThread: (o, n, d) => `Correction to the digest of ${d}: we said "${o}" Corrected: "${n}"`,
  eventsHeading: "Dates",
  inDays: (n) => (n === 1 ? "tomorrow" : `in ${n} days`),
  today: "today",
  passedOn: (d) => `passed on ${d}`,
  sourcesHeading: "Sources",
  more: (n) => `…and ${n} more`,
  moreCorrections: (n) => `…and ${n} more corrections`,
  askMore: (p) => `Ask ${p}ask for details on any of these.`,
  reportedAsOf: (d) => `as reported on ${d}`,
  quietSkip: "When nothing has changed, no digest is posted.",
  supersededHeading: "Update",
  superseded: (n, o, f) =>
    `${n}${f ? ` (in effect from ${f})` : ""}\nThis replaces what we reported earlier: "${o}"`,
  supersededThread: (n, o, d, f) =>
    `Update to the digest of ${d}: "${o}" has been replaced. ${n}${f ? ` (in effect from ${f})` : ""}`,
  askTopic: (p) => `Ask ${p}topic NAME for more.`,
};

const ja: DigestMessages = {
  digestTitle: (t) => `ダイジェスト：${t}`,
  asOf: (d) => `情報源の時点：${d}`,
  firstDigest: "このチャンネルへの最初のダイジェストです。ブリーフィングの要点をお届けします。",
  changesSince: (d) => `このチャンネルの前回のダイジェスト（${d}）以降の変更：`,
  noChanges: (d) => `前回のダイジェスト（${d}）以降、ブリーフィングに変更はありません。`,
  changedHeading: "変更点",
  added: "新規",
  updated: "更新",
  correctionHeading: "訂正",
  correction: (o, n) => `訂正：以前「${o}」とお伝えしましたが、正しくは「${n}」です。`,
  correctionThread: (o, n, d) =>
    `${d}のダイジェストの訂正：「${o}」とお伝えしましたが、正しくは「${n}」です。`,
  eventsHeading: "日程",
  inDays: (n) => (n === 1 ? "明日" : `あと${n}日`),
  today: "本日",
  passedOn: (d) => `${d}に経過`,
  sourcesHeading: "情報源",
  more: (n) => `…ほか${n}件`,
  moreCorrections: (n) => `…ほか${n}件の訂正`,
  askMore: (p) => `詳しくは ${p}ask で質問してください。`,
  reportedAsOf: (d) => `${d}時点の報道`,
  quietSkip: "変更がない日はダイジェストを投稿しません。",
  supersededHeading: "更新",
  superseded: (n, o, f) => `${n}${f ? `（${f}から適用）` : ""}\n以前お伝えした内容に代わるものです：「${o}」`,
  supersededThread: (n, o, d, f) =>
    `${d}のダイジェストの更新：「${o}」は次の内容に置き換わりました。${n}${f ? `（${f}から適用）` : ""}`,
  askTopic: (p) => `詳しくは ${p}topic 名前 で。`,
};

const vi: DigestMessages = {
  digestTitle: (t) => `Bản tin: ${t}`,
  asOf: (d) => `Nguồn tính đến ${d}`,
  firstDigest: "Bản tin đầu tiên cho kênh này: tóm tắt nội dung chính.",
  changesSince: (d) => `Những thay đổi kể từ bản tin trước của kênh này (${d}):`,
  noChanges: (d) => `Không có thay đổi nào kể từ bản tin trước của kênh này (${d}).`,
  changedHeading: "Thay đổi",
  added: "Mới",
  updated: "Cập nhật",
  correctionHeading: "Đính chính",
  correction: (o, n) => `Đính chính: trước đây chúng tôi viết "${o}" Nay sửa lại: "${n}"`,
  correctionThread: (o, n, d) => `Đính chính bản tin ngày ${d}: chúng tôi đã viết "${o}" Nay sửa lại: "${n}"`,
  eventsHeading: "Mốc thời gian",
  inDays: (n) => (n === 1 ? "ngày mai" : `còn ${n} ngày`),
  today: "hôm nay",
  passedOn: (d) => `đã qua vào ${d}`,
  sourcesHeading: "Nguồn",
  more: (n) => `…và ${n} mục khác`,
  moreCorrections: (n) => `…và ${n} đính chính khác`,
  askMore: (p) => `Dùng ${p}ask để hỏi chi tiết.`,
  reportedAsOf: (d) => `theo tin ngày ${d}`,
  quietSkip: "Khi không có gì thay đổi, bot sẽ không đăng bản tin.",
  supersededHeading: "Cập nhật",
  superseded: (n, o, f) =>
    `${n}${f ? ` (áp dụng từ ${f})` : ""}\nThông tin này thay cho tin trước đây: "${o}"`,
  supersededThread: (n, o, d, f) =>
    `Cập nhật cho bản tin ngày ${d}: "${o}" đã được thay thế. ${n}${f ? ` (áp dụng từ ${f})` : ""}`,
  askTopic: (p) => `Dùng ${p}topic TÊN để xem thêm.`,
};

export const DIGEST_MESSAGES: Record<Lang, DigestMessages> = { en, ja, vi };

export function digestChoiceMessages(lang: Lang): DigestMessages {
  return DIGEST_MESSAGES[lang];
}

const LOCALES: Record<Lang, string> = { en: "en-GB", ja: "ja-JP", vi: "vi-VN" };

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD, or an instant's day in `timezone`) as "9 July 2025" / "2025年7月9日" / "9 tháng 7, 2025". */
export function formatDay(date: string | Date, lang: Lang, timezone = "UTC"): string {
  // A month or year from the briefing is said as such, never as its first day.
  if (typeof date === "string" && precisionOf(date) !== "day") return formatDate(date, lang);
  const at = typeof date === "string" ? new Date(`${date}T00:00:00Z`) : date;
  const zone = typeof date === "string" ? "UTC" : timezone;
  // Building an Intl formatter costs far more than using one: keep one per language and zone.
  const key = `${lang}|${zone}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      timeZone: zone,
      year: "numeric",
      month: "long",
      day: "numeric",
    });
    dayFormats.set(key, format);
  }
  return format.format(at);
}
