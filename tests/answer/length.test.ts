import { describe, expect, it } from "vitest";
import { screen } from "../../src/answer/guard.js";
import { questionLength } from "../../src/answer/length.js";
import { MAX_QUESTION_CHARS } from "../../src/answer/types.js";

describe("questionLength: user-perceived characters of the trimmed text", () => {
  it.each([
    ["😀".repeat(600), 600],
    ["👨‍👩‍👧‍👦", 1],
    ["Vie\u0302\u0323t Nam", 8],
    [`${" ".repeat(999)}tariff?`, 7],
    ["  ベトナム  ", 4],
  ])("%# counts %s", (text, expected) => {
    expect(questionLength(text)).toBe(expected);
  });
});

describe("screen's length limit", () => {
  it("takes 600 emoji (1,200 UTF-16 units) and 999 spaces around a short question", () => {
    expect(screen("😀".repeat(600)).kind).not.toBe("invalid");
    expect(screen(`${" ".repeat(999)}What tariff would Vietnam face?`).kind).toBe("question");
  });

  it("refuses 1,001 characters, however they are encoded, and says how many", () => {
    const over = screen("😀".repeat(MAX_QUESTION_CHARS + 1));
    expect(over).toEqual({ kind: "invalid", reason: "tooLong", length: MAX_QUESTION_CHARS + 1 });
    expect(screen("a".repeat(MAX_QUESTION_CHARS)).kind).not.toBe("invalid");
  });
});
