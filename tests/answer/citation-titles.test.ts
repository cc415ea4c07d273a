import { describe, expect, it } from "vitest";
import { renderReply as renderDiscord } from "../../src/adapters/discord/render.js";
import { renderReply as renderSlack } from "../../src/adapters/slack/render.js";
import { renderReply as renderTerminal } from "../../src/adapters/terminal/render.js";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import { reply } from "../../src/commands/reply.js";
import { composeDigest, digestToReply } from "../../src/digest/compose.js";

/**
 * A source whose headline is not known carries none: answers cite it by publisher, date and
 * link, and no renderer prints a made-up title, "undefined" or a dangling separator.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);

describe("citations of a source without a headline", () => {
  const answer = answerQuestion("What tariff would Vietnam face under Trump's plan?", store);
  const jt = answer.citations.find((c) => c.sourceId === "japantimes");

  it("cite it by publisher, date and link, with no title", () => {
    expect(answer.answered).toBe(true);
    expect(jt).toMatchObject({ publisher: "The Japan Times", published: "2025-04-28" });
    expect(jt).not.toHaveProperty("title");
    for (const source of store.get()!.sources)
      expect(source.title ?? "").not.toMatch(/headline|\(\w+ \d+, \d{4}\)/i);
  });

  it("render without a title in the terminal, Slack and Discord", () => {
    const r = reply({ kind: "answer", text: answer.text, citations: answer.citations });
    const terminal = renderTerminal(r);
    expect(terminal).toContain("The Japan Times, 2025-04-28\n");
    const slack = JSON.stringify(renderSlack(r));
    const discord = JSON.stringify(renderDiscord(r));
    for (const text of [terminal, slack, discord]) {
      expect(text).not.toContain("undefined");
      expect(text).not.toMatch(/The Japan Times: /);
    }
    expect(discord).toContain("The Japan Times");
  });
});

describe("the digest's list of sources", () => {
  it("gives each source's date once", () => {
    const digest = composeDigest(store.get()!, { lang: "en", now: new Date("2026-12-06T08:00:00Z") });
    const sources = digestToReply(digest).sections.at(-1)!;
    const lines = sources.text.split("\n").filter((l) => l.startsWith("•"));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines)
      expect(line.replace(/https?:\S+/g, "").match(/\b20\d\d\b/g) ?? [], line).toHaveLength(1);
  });
});
