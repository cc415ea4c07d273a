import { describe, expect, it } from "vitest";
import { renderReply, stripControls } from "../../src/adapters/terminal/render.js";
import { reply } from "../../src/commands/reply.js";

const citation = {
  sourceId: "dailywrap",
  publisher: "Daily Wrap",
  title: "Japan to accept 250 Vietnamese PhD students",
  url: "https://example.org/a",
  published: "2025-04-28",
  quote: "around 250 Vietnamese PhD students",
};

describe("renderReply (terminal)", () => {
  it("prints the answer, numbered sources with publisher, date, url and quote, and the feedback hint", () => {
    const text = renderReply(
      reply({
        kind: "answer",
        text: "Japan will help train about 250 Vietnamese PhD students.",
        citations: [
          citation,
          { ...citation, sourceId: "jt", publisher: "The Japan Times", quote: "half of the 500" },
        ],
        footer: "Briefing as of 2025-04-28",
        actions: [{ id: "feedback.helpful", label: "Helpful", value: "a1" }],
      }),
    );
    expect(text).toBe(
      [
        "Japan will help train about 250 Vietnamese PhD students.",
        "",
        "Sources:",
        "[1] Daily Wrap, 2025-04-28: Japan to accept 250 Vietnamese PhD students",
        "    https://example.org/a",
        "    “around 250 Vietnamese PhD students”",
        "[2] The Japan Times, 2025-04-28: Japan to accept 250 Vietnamese PhD students",
        "    https://example.org/a",
        "    “half of the 500”",
        "",
        "(Briefing as of 2025-04-28)",
        "",
        "Was this helpful? /helpful or /not-helpful",
        "",
      ].join("\n"),
    );
  });

  it("labels in the reply's language and lists suggestions", () => {
    const text = renderReply(
      reply({
        kind: "abstain",
        text: "分かりません。",
        suggestions: ["日本は何人を受け入れますか？"],
        lang: "ja",
      }),
    );
    expect(text).toContain("次のように聞けます:\n  - 日本は何人を受け入れますか？");
  });

  it("prints titled sections and marks errors", () => {
    const text = renderReply(
      reply({
        kind: "info",
        title: "Topics",
        text: "",
        sections: [{ heading: "Trade", text: "3 facts\nmore" }],
      }),
    );
    expect(text).toBe("== Topics ==\n\n* Trade\n  3 facts\n  more\n");
    expect(renderReply(reply({ kind: "error", text: "No." }))).toBe("! No.\n");
  });

  it("drops terminal control sequences from any text", () => {
    const text = renderReply(reply({ kind: "answer", text: "ok\u001b[2J\u0007\rdone\ttab" }));
    expect(text).toBe("ok[2Jdone\ttab\n");
    expect(stripControls("a\u009bb\nc")).toBe("ab\nc");
  });
});
