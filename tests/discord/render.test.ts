import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cut, escapeText, LIVE_MENTION, safeUrl } from "../../src/adapters/discord/escape.js";
import {
  type DiscordMessage,
  embedLength,
  renderMessages,
  renderReply,
} from "../../src/adapters/discord/render.js";
import type { Citation } from "../../src/answer/types.js";
import type { Reply } from "../../src/commands/reply.js";

describe("escapeText", () => {
  it("breaks every mention form and escapes markdown", () => {
    expect(escapeText("@everyone @here")).toBe("@\u200beveryone @\u200bhere");
    expect(escapeText("<@123> <@!123> <@&456> <#789> </brief ask:1>")).toBe(
      "<\u200b@123> <\u200b@!123> <\u200b@&456> <\u200b#789> <\u200b/brief ask:1>",
    );
    expect(escapeText("**b** _i_ ~~s~~ `c` ||sp|| [l](u) \\")).toBe(
      "\\*\\*b\\*\\* \\_i\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|sp\\|\\| \\[l\\](u) \\\\",
    );
    expect(escapeText("> quote\n# head\n-# small\n- item")).toBe("\\> quote\n\\# head\n\\-# small\n\\- item");
  });

  it("leaves bare links clickable (no backslashes inside) but never pinging", () => {
    expect(escapeText("see https://e.vnexpress.net/a_b*c for *more*")).toBe(
      "see https://e.vnexpress.net/a_b*c for \\*more\\*",
    );
    expect(escapeText("https://x.example/@everyone<@123>")).toBe("https://x.example/%40everyone<\u200b@123>");
  });

  it("drops control and bidi-override characters but keeps newlines and tabs", () => {
    expect(escapeText("a\u0000b\u0007c\u202ed\te\r\nf")).toBe("abcd\te\nf");
  });
});

describe("safeUrl", () => {
  it("keeps http(s) links and refuses other schemes", () => {
    expect(safeUrl("https://e.vnexpress.net/news/a-b")).toBe("https://e.vnexpress.net/news/a-b");
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeUrl("not a url")).toBeUndefined();
  });

  it("encodes what could close the link or ping", () => {
    expect(safeUrl("https://x.example/a)b(c@everyone")).toBe("https://x.example/a%29b%28c%40everyone");
  });
});

describe("cut", () => {
  it("ends with an ellipsis, at a word boundary when one is near", () => {
    expect(cut("alpha beta gamma delta epsilon", 27)).toEqual({ text: "alpha beta gamma delta…", cut: true });
    // No boundary near the end: cut inside the word rather than lose a fifth of the text.
    expect(cut("alpha beta gamma delta", 15)).toEqual({ text: "alpha beta gam…", cut: true });
    expect(cut("short", 10)).toEqual({ text: "short", cut: false });
  });

  it("never splits a surrogate pair or leaves a lone escaping backslash", () => {
    expect(cut("😀😀😀😀", 4).text).toBe("😀…");
    expect(cut(escapeText("aaaaaaaa*b"), 10).text).toBe("aaaaaaaa…");
  });
});

describe("renderReply", () => {
  it("renders an answer as an embed with source fields and feedback buttons", () => {
    const message = renderReply({
      kind: "answer",
      ephemeral: false,
      text: "Japan will receive 600,000 Vietnamese workers by 2030.",
      sections: [],
      citations: [
        {
          sourceId: "s1",
          publisher: "VnExpress",
          title: "Workers",
          url: "https://e.vnexpress.net/w",
          published: "2025-04-28",
          quote: "600,000 Vietnamese workers",
        },
      ],
      suggestions: [],
      actions: [{ id: "feedback.helpful", label: "Helpful", value: "a1", style: "primary" }],
      answerId: "a1",
    });
    expect(message).toEqual({
      embeds: [
        {
          color: 0x2b7a78,
          description: "Japan will receive 600,000 Vietnamese workers by 2030.",
          fields: [
            {
              name: "[1] VnExpress · 2025-04-28",
              value: "[Workers](https://e.vnexpress.net/w)\n> “600,000 Vietnamese workers”",
            },
          ],
        },
      ],
      components: [
        { type: 1, components: [{ type: 2, custom_id: "feedback.helpful:a1", label: "Helpful", style: 1 }] },
      ],
      allowed_mentions: { parse: [], replied_user: false },
    });
  });

  it("renders a short error as an ephemeral plain line", () => {
    const message = renderReply({
      kind: "error",
      ephemeral: true,
      text: "Questions are limited to 1,000 characters.",
      sections: [],
      citations: [],
      suggestions: [],
      actions: [],
    });
    expect(message).toEqual({
      content: "Questions are limited to 1,000 characters.",
      embeds: [],
      components: [],
      allowed_mentions: { parse: [], replied_user: false },
      flags: 64,
    });
  });

  it("writes the cut note in the reader's language", () => {
    const long: Reply = {
      kind: "answer",
      ephemeral: false,
      text: "あ".repeat(9000),
      sections: [],
      citations: [],
      suggestions: [],
      actions: [],
    };
    expect(renderReply(long, { lang: "ja" }).embeds[0]!.footer!.text).toContain("省略しました");
    expect(renderReply(long, { lang: "vi" }).embeds[0]!.footer!.text).toContain("Đã rút gọn");
  });
});

describe("renderMessages", () => {
  const longDigest: Reply = {
    kind: "digest",
    ephemeral: false,
    title: "Japan–Vietnam briefing",
    text: "What changed since your last digest.",
    sections: Array.from({ length: 12 }, (_, i) => ({
      heading: `Topic ${i + 1}`,
      text: Array.from({ length: 6 }, (_, j) => `• Fact ${i + 1}.${j + 1}: ${"statement ".repeat(12)}`).join(
        "\n",
      ),
    })),
    citations: [],
    suggestions: [],
    actions: [],
    footer: "Sources as of 28 April 2025",
  };

  it("continues a digest longer than one message instead of cutting it", () => {
    const messages = renderMessages(longDigest, { tag: "digest d1" });
    expect(messages.length).toBeGreaterThan(1);
    const fields = messages.flatMap((m) => m.embeds[0]!.fields ?? []);
    const text = fields.map((f) => f.value).join("\n");
    for (let i = 1; i <= 12; i++) expect(text).toContain(`Fact ${i}.6:`);
    expect(messages[0]!.embeds[0]!.title).toBe("Japan–Vietnam briefing");
    expect(messages[0]!.embeds[0]!.footer!.text).toBe("digest d1");
    expect(messages.at(-1)!.embeds[0]!.footer!.text).toBe("Sources as of 28 April 2025");
    for (const m of messages) checkLimits(m);
  });

  it("splits a section longer than a field at line breaks", () => {
    const section = {
      heading: "Sources",
      text: Array.from({ length: 30 }, (_, i) => `• Source ${i}: ${"x".repeat(60)}`).join("\n"),
    };
    const [message] = renderMessages({ ...longDigest, sections: [section] });
    const fields = message!.embeds[0]!.fields!;
    expect(fields.length).toBeGreaterThan(1);
    expect(fields[0]!.name).toBe("Sources");
    expect(fields[1]!.name).toBe("\u200b");
    expect(
      fields
        .map((f) => f.value)
        .join("\n")
        .split("\n"),
    ).toHaveLength(30);
  });

  it("keeps answers to one message, cut with a note", () => {
    const messages = renderMessages({ ...longDigest, kind: "answer" });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.embeds[0]!.footer!.text).toContain("Cut to fit");
  });
});

// ---- property-based: any text, any reply ----

const hostile = fc.constantFrom(
  "@everyone",
  "@here",
  "<@123456789012345678>",
  "<@!123456789012345678>",
  "<@&123456789012345678>",
  "<#123456789012345678>",
  "</brief ask:123456789012345678>",
  "**",
  "__",
  "`",
  "```",
  "\\",
  "||",
  "> ",
  "# ",
  "-# ",
  "[x](https://evil.example)",
  "\n",
  "😀",
  "\ud800",
  "@",
  "<",
  "everyone",
);
const piece = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), hostile, fc.string({ maxLength: 600 }));
const text = (maxPieces: number) => fc.array(piece, { maxLength: maxPieces }).map((p) => p.join(""));

const citation: fc.Arbitrary<Citation> = fc.record({
  sourceId: fc.string({ maxLength: 10 }),
  publisher: text(6),
  title: text(10),
  url: fc.oneof(fc.webUrl(), text(3)),
  published: fc.string({ maxLength: 12 }),
  quote: text(20),
});

const replyArb: fc.Arbitrary<Reply> = fc.record(
  {
    kind: fc.constantFrom("answer", "abstain", "help", "info", "error", "digest", "confirm"),
    ephemeral: fc.boolean(),
    title: text(12),
    text: fc.oneof(text(20), text(200)),
    sections: fc.array(
      fc.record({ heading: text(5), text: text(20), url: fc.webUrl() }, { requiredKeys: ["text"] }),
      {
        maxLength: 30,
      },
    ),
    citations: fc.array(citation, { maxLength: 30 }),
    suggestions: fc.array(text(6), { maxLength: 8 }),
    actions: fc.array(
      fc.record({
        id: fc.constantFrom("feedback.helpful" as const, "feedback.not_helpful" as const),
        label: text(4),
        value: fc.string({ maxLength: 120 }),
      }),
      { maxLength: 7 },
    ),
    footer: text(10),
    answerId: fc.string({ maxLength: 20 }),
  },
  { requiredKeys: ["kind", "ephemeral", "text", "sections", "citations", "suggestions", "actions"] },
);

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

function checkLimits(message: DiscordMessage): void {
  expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
  expect(JSON.parse(JSON.stringify(message))).toEqual(message);
  expect((message.content ?? "").length).toBeLessThanOrEqual(2000);
  expect(message.content !== undefined || message.embeds.length > 0).toBe(true);
  expect(message.embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const e of message.embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(256);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(25);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(256);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(1024);
    }
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
    expect(Boolean(e.title || e.description || e.fields?.length || e.footer)).toBe(true);
    total += embedLength(e);
  }
  expect(total).toBeLessThanOrEqual(6000);
  expect(message.components.length).toBeLessThanOrEqual(5);
  for (const row of message.components) {
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const b of row.components) {
      expect(b.custom_id.length).toBeLessThanOrEqual(100);
      expect(b.label?.length ?? 0).toBeGreaterThan(0);
      expect(b.label?.length ?? 0).toBeLessThanOrEqual(80);
    }
  }
  for (const s of strings({
    content: message.content,
    embeds: message.embeds,
    components: message.components,
  })) {
    expect(s).not.toMatch(LIVE_MENTION);
  }
}

describe("renderReply properties", () => {
  it("any reply renders within Discord's limits, parses, and carries no live mention", () => {
    fc.assert(
      fc.property(
        replyArb,
        fc.constantFrom("en" as const, "ja" as const, "vi" as const),
        fc.option(text(3)),
        (r, lang, tag) => {
          const message = renderReply(r, { lang, ...(tag !== null ? { tag } : {}) });
          checkLimits(message);
          expect(message.flags === 64).toBe(r.ephemeral);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a reply spread over several messages keeps every message within the limits; the tag is on the first", () => {
    fc.assert(
      fc.property(replyArb, fc.integer({ min: 1, max: 3 }), (r, maxMessages) => {
        const messages = renderMessages(r, { tag: "digest t1", maxMessages });
        expect(messages.length).toBeGreaterThanOrEqual(1);
        expect(messages.length).toBeLessThanOrEqual(maxMessages);
        for (const m of messages) checkLimits(m);
        if (messages[0]!.embeds.length > 0)
          expect(messages[0]!.embeds[0]!.footer?.text).toMatch(/digest t1$/);
        for (const m of messages.slice(1)) expect(m.embeds[0]!.footer?.text ?? "").not.toContain("digest t1");
      }),
      { numRuns: 200 },
    );
  });

  it("any user text echoed in an answer shows without pinging", () => {
    fc.assert(
      fc.property(text(30), (userText) => {
        const message = renderReply({
          kind: "abstain",
          ephemeral: false,
          text: `You asked: ${userText}`,
          sections: [],
          citations: [],
          suggestions: [userText],
          actions: [],
        });
        checkLimits(message);
      }),
      { numRuns: 300 },
    );
  });
});
