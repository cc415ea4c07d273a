import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeMrkdwn, fromSlackText, mrkdwnLink } from "../../src/adapters/slack/escape.js";
import { escapedChunks, renderReply, SLACK_LIMITS } from "../../src/adapters/slack/render.js";
import type { Citation } from "../../src/answer/types.js";
import { type Reply, reply } from "../../src/commands/reply.js";

const CITATION: Citation = {
  sourceId: "vnexpress-2025-04-28",
  publisher: "VnExpress International",
  title: "Japan to help train Vietnamese PhDs",
  url: "https://e.vnexpress.net/news/japan-vietnam",
  published: "2025-04-28",
  quote: "Japan will help train 250 Vietnamese PhD students",
};

type AnyBlock = {
  type: string;
  text?: { text: string };
  elements?: { type: string; text?: unknown; value?: string }[];
};

/** Every text a person could see in the payload, with where it came from. */
function texts(m: { text: string; blocks: unknown[] }): string[] {
  const out = [m.text];
  for (const b of m.blocks as AnyBlock[]) {
    if (b.text) out.push(b.text.text);
    for (const e of b.elements ?? []) {
      if (typeof e.text === "string") out.push(e.text);
      else if (e.text && typeof e.text === "object") out.push((e.text as { text: string }).text);
    }
  }
  return out;
}

describe("mrkdwn escaping", () => {
  it("escapes & < > and breaks broadcast words", () => {
    expect(escapeMrkdwn("<!channel> & <@U123> @everyone @Here")).toBe(
      "&lt;!channel&gt; &amp; &lt;@U123&gt; @\u2060everyone @\u2060Here",
    );
  });

  it("links only http(s) URLs, with the label escaped and the URL unable to close the link", () => {
    expect(mrkdwnLink("https://example.com/a|b>c", "A & B")).toBe(
      "<https://example.com/a%7Cb%3Ec|A &amp; B>",
    );
    expect(mrkdwnLink("javascript:alert(1)", "x")).toBe("x");
    expect(mrkdwnLink("not a url", "<!here>")).toBe("&lt;!here&gt;");
  });

  it("reads Slack's wire text back to plain text", () => {
    expect(
      fromSlackText("a &lt;b&gt; &amp; <@U1> <@U2|kim> <#C1|general> <!here> <https://x.test|site>"),
    ).toBe("a <b> & @U1 @kim #general @here site");
  });
});

describe("Block Kit renderer", () => {
  it("renders an answer: section, sources as linked context with date and quote, feedback buttons", () => {
    const m = renderReply(
      reply({
        kind: "answer",
        text: "Japan will help train 250 Vietnamese PhD students.",
        citations: [CITATION],
        answerId: "a-1",
        actions: [
          { id: "feedback.helpful", label: "Helpful", value: "a-1", style: "primary" },
          { id: "feedback.not_helpful", label: "Not helpful", value: "a-1" },
        ],
        footer: "As of 28 April 2025",
      }),
    );
    expect(m.text).toBe("Japan will help train 250 Vietnamese PhD students.");
    expect(m.blocks).toEqual([
      {
        type: "section",
        text: { type: "mrkdwn", text: "Japan will help train 250 Vietnamese PhD students." },
      },
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: "<https://e.vnexpress.net/news/japan-vietnam|VnExpress International> · 2025-04-28 · Japan to help train Vietnamese PhDs\n“Japan will help train 250 Vietnamese PhD students”",
          },
        ],
      },
      { type: "context", elements: [{ type: "mrkdwn", text: "As of 28 April 2025" }] },
      {
        type: "actions",
        elements: [
          {
            type: "button",
            action_id: "feedback.helpful",
            text: { type: "plain_text", text: "Helpful", emoji: true },
            value: "a-1",
            style: "primary",
          },
          {
            type: "button",
            action_id: "feedback.not_helpful",
            text: { type: "plain_text", text: "Not helpful", emoji: true },
            value: "a-1",
          },
        ],
      },
    ]);
  });

  it("shows suggestions when abstaining, and no buttons when the reply offers none", () => {
    const m = renderReply(
      reply({ kind: "abstain", text: "Not covered.", suggestions: ["What did the leaders sign?", " "] }),
    );
    expect(m.blocks).toEqual([
      { type: "section", text: { type: "mrkdwn", text: "Not covered." } },
      { type: "section", text: { type: "mrkdwn", text: ":bulb: • What did the leaders sign?" } },
    ]);
  });

  it("splits long text at word breaks without losing words, and cuts past 50 blocks with a note in the reply's language", () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(" ");
    const chunks = escapedChunks(words, 3000);
    expect(chunks.every((c) => c.length <= 3000 && !c.startsWith(" ") && !c.endsWith(" "))).toBe(true);
    expect(chunks.join(" ")).toBe(words);
    const m = renderReply(reply({ kind: "digest", text: "x ".repeat(200_000), lang: "ja" }));
    expect(m.blocks).toHaveLength(50);
    expect(JSON.stringify(m.blocks.at(-1))).toContain("Slack の上限");
  });

  it("never splits an escape or a surrogate pair", () => {
    const text = `${"&".repeat(700)}${"😀".repeat(2000)}`;
    for (const chunk of escapedChunks(text, 3000)) {
      expect(chunk.length).toBeLessThanOrEqual(3000);
      expect(chunk).not.toMatch(/&(?!amp;)/);
      expect(chunk).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });
});

const dangerous = fc.constantFrom(
  "<!channel>",
  "<!here>",
  "<!everyone>",
  "@everyone",
  "@channel",
  "@here",
  "<@U123ABC>",
  "<#C123|general>",
  "<!subteam^S1|@team>",
  "&",
  "<",
  ">",
  "&lt;!channel&gt;",
  "|",
  "*",
  "\n",
  " ",
  "😀",
  "日本",
);
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: "binary", maxLength }),
    fc
      .array(fc.oneof(dangerous, fc.string({ maxLength: 20 })), { maxLength: Math.max(1, maxLength / 4) })
      .map((parts) => parts.join("")),
  );
const url = fc.oneof(fc.webUrl(), text(40), fc.constant("https://example.com/<!channel>|x>"));
const citation: fc.Arbitrary<Citation> = fc.record({
  sourceId: fc.string({ maxLength: 10 }),
  publisher: text(80),
  title: text(200),
  url,
  published: fc.oneof(fc.constant("2025-04-28"), text(12)),
  quote: text(800),
});
const anyReply: fc.Arbitrary<Reply> = fc.record(
  {
    kind: fc.constantFrom("answer", "abstain", "help", "info", "error", "digest", "confirm"),
    ephemeral: fc.boolean(),
    title: text(400),
    text: fc.oneof(text(200), text(8000)),
    sections: fc.array(fc.record({ heading: text(100), text: text(4000), url }, { requiredKeys: ["text"] }), {
      maxLength: 70,
    }),
    citations: fc.array(citation, { maxLength: 25 }),
    suggestions: fc.array(text(300), { maxLength: 8 }),
    actions: fc.array(
      fc.record({
        id: fc.constantFrom("feedback.helpful", "feedback.not_helpful"),
        label: text(100),
        value: fc.string({ maxLength: 2100 }),
        style: fc.constantFrom("primary", "danger", undefined),
      }),
      { maxLength: 4 },
    ),
    footer: text(3500),
    answerId: fc.string({ maxLength: 40 }),
    lang: fc.constantFrom("en", "ja", "vi"),
  },
  { requiredKeys: ["kind", "ephemeral", "text", "sections", "citations", "suggestions", "actions"] },
) as fc.Arbitrary<Reply>;

describe("Block Kit renderer properties (fast-check)", () => {
  it("for any reply: within Slack's limits, JSON-serialisable, and no live mention anywhere", () => {
    fc.assert(
      fc.property(anyReply, fc.option(text(2000), { nil: undefined }), (r, question) => {
        const m = renderReply(r, question === undefined ? {} : { question });
        expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
        expect(m.text.length).toBeGreaterThan(0);
        expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
        for (const b of m.blocks as AnyBlock[]) {
          if (b.type === "section") {
            expect(b.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
            expect(b.text!.text.trim().length).toBeGreaterThan(0);
          }
          if (b.type === "context") {
            expect(b.elements!.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
            for (const e of b.elements!) expect(String(e.text).length).toBeLessThanOrEqual(3000);
          }
          if (b.type === "actions") {
            for (const e of b.elements!) {
              expect((e.text as { text: string }).text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonLabel);
              expect(e.value!.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
            }
          }
        }
        const json = JSON.stringify(m);
        expect(JSON.parse(json)).toEqual(m);
        for (const t of texts(m)) {
          expect(t).not.toMatch(/<[!@#]/);
          expect(t).not.toMatch(/@(everyone|channel|here)/i);
          // The only `<` left opens a web link.
          for (const open of t.matchAll(/</g))
            expect(t.slice(open.index)).toMatch(/^<https?:\/\/[^\s<>|]+\|[^<>]*>/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
