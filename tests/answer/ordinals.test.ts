import { describe, expect, it } from "vitest";
import { ordinalsIn } from "../../src/answer/ordinals.js";
import type { Lang } from "../../src/i18n/lang.js";

/** Text, its language, and the ordinals read from it: number and the thing counted. */
const CASES: [text: string, lang: Lang, ordinals: [number, string][]][] = [
  ["When and where is the 2nd UK EU summit?", "en", [[2, "uk eu summit"]]],
  ["The EU–UK summit in London on 19 May 2025 was the first since the UK left the EU", "en", [[1, ""]]],
  ["What happened in the second round of talks?", "en", [[2, "round"]]],
  ["the third tranche", "en", [[3, "tranche"]]],
  ["announced on the 80th anniversary of VE Day", "en", [[80, "anniversary"]]],
  ["Which anniversary was it?", "en", []],
  ["When is the next summit?", "en", []],
  ["What came into force on May 1st?", "en", []],
  ["What came into force on the 1st of May?", "en", []],
  ["Ishiba visited Hanoi for the first time", "en", [[1, ""]]],
  ["Britain's second-largest trading partner", "en", [[2, "largest trading partner"]]],
  ["第2回日EU首脳会談はいつですか", "ja", [[2, "日eu首脳会談"]]],
  ["英国がEUを離脱してから初の首脳会談", "ja", [[1, "首脳会談"]]],
  ["二度目の訪問はいつ？", "ja", [[2, "訪問"]]],
  ["3回目の協議", "ja", [[3, "協議"]]],
  ["初めて合意した", "ja", [[1, ""]]],
  [
    "第二次世界大戦の欧州戦勝記念日（VEデー）80周年の日",
    "ja",
    [
      [2, "世界大戦"],
      [80, "周年"],
    ],
  ],
  ["数日のうちに結んだ2つ目の画期的な協定", "ja", [[2, "画期的"]]],
  ["hội nghị thượng đỉnh Anh - EU lần thứ hai diễn ra khi nào", "vi", [[2, ""]]],
  ["vòng đàm phán thứ 3", "vi", [[3, "vong dam phan"]]],
  ["hội nghị thượng đỉnh đầu tiên kể từ Brexit", "vi", [[1, "hoi nghi thuong dinh"]]],
  ["Ông Ishiba thăm Việt Nam lần đầu tiên", "vi", [[1, ""]]],
  ["công bố vào thứ Ba cùng tuần", "vi", []],
  ["thứ Hai tuần trước", "vi", []],
];

describe("ordinals in a text", () => {
  it.each(CASES)("%s (%s)", (text, lang, expected) => {
    expect(ordinalsIn(text, lang).map((o) => [o.n, o.thing.join(" ")])).toEqual(expected);
  });
});
