import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze.js";
import { screen } from "../../src/answer/guard.js";
import { indexFor } from "../../src/answer/index-build.js";
import { detectLang } from "../../src/answer/language.js";
import { detectWants, numberKind } from "../../src/answer/question-intent.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import { languagePack } from "../../src/knowledge/packs.js";
import { foldMarks, unmarkedWords } from "../../src/knowledge/unmarked.js";

/**
 * Vietnamese typed without diacritics, as in chat: recognised by its syllables and read with
 * the same frames as the marked question (knowledge/lang/vi/detect.yaml, src/knowledge/unmarked.ts).
 */
describe("detectLang on text typed without marks", () => {
  it.each([
    // Vietnamese, typed without marks: question words, function words and common syllables.
    ["gia xang hom nay la bao nhieu", "vi"],
    ["ai la nguoi ky hiep dinh nay", "vi"],
    ["cuoc hop dien ra o dau vay", "vi"],
    ["tai sao hai ben chua ky ket", "vi"],
    ["bo truong da tra loi chua", "vi"],
    ["co phai thue se tang khong", "vi"],
    ["OSA la gi", "vi"],
    ["Ong Nguyen gap ai o Paris?", "vi"],
    ["to lam goi dien cho ai", "vi"],
    ["EPD co may noi dung chinh?", "vi"],
    ["thue ko", "vi"],
    // English, with Vietnamese names or words that are syllables too: stays English.
    ["When did To Lam call Trump?", "en"],
    ["Did Pham Minh Chinh meet Ishiba in Hanoi?", "en"],
    ["ho duc phoc met who in DC? and what day", "en"],
    ["ban on tin exports", "en"],
    ["How long was the gap in the tin ban?", "en"],
    ["Hai Phong port deal", "en"],
    ["Pham Minh Chinh", "en"],
    ["vn tariff?", "en"],
    ["can the deal be signed in Hanoi", "en"],
    // Marked Vietnamese and Japanese are read as before.
    ["Thuế bao nhiêu?", "vi"],
    ["関税はいくらですか", "ja"],
  ])("%s → %s", (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});

describe("frames of a question typed without marks", () => {
  it.each([
    // [question, wants, number kind]
    ["thue nhap khau thep la bao nhieu phan tram", ["number"], "percent"],
    ["co bao nhieu nguoi tham du hoi nghi", ["number"], "count"],
    ["chuyen tham keo dai bao lau", ["number"], "duration"],
    ["hai ben ky ket khi nao", ["date"], "any"],
    ["le ky ket dien ra o dau", ["place"], "any"],
    ["vi sao gia tang", ["reason"], "any"],
    ["ai dung dau phai doan", ["person"], "any"],
    ["hai nuoc co dat thoa thuan khong", ["yesno"], "any"],
    ["bai bao dang ngay nao", ["date", "source"], "any"],
    ["du an ton bao nhieu tien", ["number"], "money"],
    // "bao nhieu tien si" counts people: "tiến", not "tiền".
    ["bao nhieu tien si duoc dao tao", ["number"], "count"],
  ])("%s", (question, wants, kind) => {
    expect(detectLang(question)).toBe("vi");
    expect(detectWants(question, "vi")).toEqual(wants);
    expect(numberKind(question, "vi")).toBe(kind);
  });

  it("reads a 'now' cue of several syllables folded, and only in a question without marks", () => {
    const present = languagePack("vi").time.present!;
    expect(present.unmarked?.test("thu tuong hien nay la ai")).toBe(true);
    expect(present.re.test("thu tuong hien nay la ai")).toBe(false);
  });
});

describe("screening a question typed without marks", () => {
  it.each([
    ["theo ban hai nuoc co nen ky khong", "opinion"],
    ["ban nghi gi ve thoa thuan nay", "opinion"],
    // Folding merges these with "you": they are not opinion questions.
    ["theo ban dau thue la bao nhieu", "question"],
    ["nhat ban nghi gi ve thue cua my", "question"],
    ["Theo bản thỏa thuận, thuế là bao nhiêu?", "question"],
  ])("%s → %s", (text, kind) => {
    expect(screen(text).kind).toBe(kind);
  });
});

describe("folding a pack's words", () => {
  it("drops marks and the letters that do not decompose, case kept", () => {
    expect(foldMarks("Đường dẫn tiêu đề", { đ: "d" })).toBe("Duong dan tieu de");
  });
  it.each([
    [
      ["bao lâu", "mấy ngày"],
      ["bao lâu", "mấy ngày", "bao lau", "may ngay"],
    ],
    // One syllable folds onto other words (tiền, tiến): not added; one typed without marks stays.
    [["tiền", "thuế", "thue", "usd"], undefined],
    [
      ["đô-la", "vốn"],
      ["đô-la", "vốn", "do-la"],
    ],
  ])("%j → %j", (list, folded) => {
    expect(unmarkedWords(list, { đ: "d" })).toEqual(folded);
  });
});

describe("names in a question typed without marks", () => {
  const index = indexFor(createBriefingStore(DEFAULT_BRIEFINGS_DIR).get()!);
  const named = (question: string) => analyzeQuestion(question, "vi", index).mentions.map((m) => m.id);
  it.each([
    // A capitalized syllable inside the question is the name it folds from.
    ["xuat khau sang Nhat tang bao nhieu", ["japan"]],
    ["xuat khau sang nhat tang bao nhieu", []],
    ["thue cua My voi hang Nhat la bao nhieu", ["united-states", "japan"]],
    // A one-word name that is a common syllable counts only when capitalized ("làm", do).
    ["hai nuoc co lam du an nay khong", []],
    ["ong Lam noi gi", ["to-lam"]],
    ["to lam noi gi", ["to-lam"]],
  ])("%s → %j", (question, ids) => {
    expect(named(question)).toEqual(ids);
  });
});
