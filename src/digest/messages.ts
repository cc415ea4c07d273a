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
};

export const DIGEST_MESSAGES: Record<Lang, DigestMessages> = { en, ja, vi };

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
