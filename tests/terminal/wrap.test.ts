import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderReply } from "../../src/adapters/terminal/render.js";
import { displayWidth, wrapText } from "../../src/adapters/terminal/wrap.js";
import { reply } from "../../src/commands/reply.js";

describe("wrapText", () => {
  it("breaks English at spaces, never inside a word", () => {
    const text = "Japan will help train about 250 Vietnamese PhD students in semiconductor fields.";
    expect(wrapText(text, 30).split("\n")).toEqual([
      "Japan will help train about",
      "250 Vietnamese PhD students in",
      "semiconductor fields.",
    ]);
  });

  it("counts a Japanese character as two columns and breaks between characters", () => {
    const text = "日本はベトナムの博士課程学生約二百五十人の育成を支援する。";
    const lines = wrapText(text, 20).split("\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20);
    expect(lines.join("")).toBe(text);
  });

  it("keeps Vietnamese words whole, with their marks", () => {
    const text = "Nhật Bản sẽ hỗ trợ đào tạo khoảng 250 nghiên cứu sinh tiến sĩ Việt Nam về bán dẫn.";
    const lines = wrapText(text, 24).split("\n");
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(24);
    expect(lines.join(" ")).toBe(text);
  });

  it("hangs a continued item under its marker, and cuts a URL longer than the line", () => {
    const text =
      "  - How many Vietnamese PhD students will Japan accept?\n    https://example.org/a/very/long/path/of/an/article";
    const lines = wrapText(text, 30).split("\n");
    expect(lines[0]).toBe("  - How many Vietnamese PhD");
    expect(lines[1]).toBe("    students will Japan");
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines.slice(3).join("").replace(/\s+/g, "")).toBe(
      "https://example.org/a/very/long/path/of/an/article",
    );
  });

  it("leaves text alone without a width, or below 20 columns", () => {
    const text = "a ".repeat(100);
    expect(wrapText(text, undefined)).toBe(text);
    expect(wrapText(text, 10)).toBe(text);
  });

  it("never loses a non-space character, and fits every line that can fit", () => {
    const word = fc.oneof(
      fc.stringMatching(/^[a-z]{1,12}$/),
      fc.constantFrom(
        "日本",
        "ベトナム",
        "tiến sĩ",
        "Việt",
        "250",
        "https://x.org/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      ),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 20, max: 120 }), (words, width) => {
        const text = words.join(" ");
        const wrapped = wrapText(text, width);
        expect(wrapped.replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
        for (const line of wrapped.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      }),
    );
  });
});

describe("renderReply with a width", () => {
  it("wraps the answer, sources and suggestions to the terminal's width", () => {
    const text = renderReply(
      reply({
        kind: "answer",
        text: "Japan will help train about 250 Vietnamese PhD students, half of the 500 Vietnam aims for.",
        suggestions: ["How many Vietnamese PhD students will Japan accept in semiconductor fields?"],
      }),
      { width: 40 },
    );
    for (const line of text.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(text).toContain("  - How many Vietnamese PhD students\n    will Japan accept in semiconductor");
  });
});
