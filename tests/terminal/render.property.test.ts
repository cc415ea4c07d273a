import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderReply } from "../../src/adapters/terminal/render.js";
import type { Reply } from "../../src/commands/reply.js";

const text = fc.string({ unit: "binary", maxLength: 300 });
const citation = fc.record({
  sourceId: fc.string(),
  publisher: text,
  title: text,
  url: text,
  published: fc.string(),
  quote: text,
});
const replyArb: fc.Arbitrary<Reply> = fc.record({
  kind: fc.constantFrom("answer", "abstain", "help", "info", "error", "digest", "confirm"),
  ephemeral: fc.boolean(),
  title: fc.option(text, { nil: undefined }),
  text,
  sections: fc.array(fc.record({ heading: fc.option(text, { nil: undefined }), text }), { maxLength: 5 }),
  citations: fc.array(citation, { maxLength: 4 }),
  suggestions: fc.array(text, { maxLength: 4 }),
  actions: fc.constant([]),
  footer: fc.option(text, { nil: undefined }),
  lang: fc.option(fc.constantFrom("en", "ja", "vi"), { nil: undefined }),
}) as fc.Arbitrary<Reply>;

describe("renderReply (terminal) for any reply", () => {
  it("never emits a control character but newline and tab, and ends with one newline", () => {
    fc.assert(
      fc.property(replyArb, (reply) => {
        const out = renderReply(reply);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
        expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        expect(out.endsWith("\n")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("numbers every citation", () => {
    fc.assert(
      fc.property(replyArb, (reply) => {
        const out = renderReply(reply);
        reply.citations.forEach((_, i) => {
          expect(out).toContain(`[${i + 1}] `);
        });
      }),
      { numRuns: 200 },
    );
  });
});
