import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion, suggestQuestions } from "../../src/answer/index.js";
import { loadBriefing } from "../../src/briefing/load.js";
import { fixedClock } from "../../src/clock.js";
import { parseCommand } from "../../src/commands/parse.js";
import { createCommandService } from "../../src/commands/service.js";
import type { Command, CommandContext } from "../../src/commands/types.js";
import { parseSchedule } from "../../src/digest/schedule.js";
import { openState } from "../../src/state/index.js";
import type { StateStore } from "../../src/state/types.js";
import { context, fixedStore, shippedBriefings } from "./helpers.js";

/** Issue 13 part 4: several briefings in one bot (the shipped one and the harbor fixture). */
const HARBOR = join(import.meta.dirname, "../fixtures/briefings/valid/harbor-2025");
let dir: string;
let state: StateStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-briefings-"));
  state = await openState({ dataDir: dir });
});
afterAll(async () => {
  await state.close();
  rmSync(dir, { recursive: true, force: true });
});

function service(defaultBriefing?: string) {
  const briefings = [loadBriefing(HARBOR), ...shippedBriefings()];
  const commands = createCommandService({
    briefings: fixedStore(briefings),
    answers: { answerQuestion, suggestQuestions },
    state,
    schedule: parseSchedule,
    clock: fixedClock("2026-12-06T09:00:00Z"),
    ...(defaultBriefing ? { defaultBriefing } : {}),
  });
  return (command: Command, ctx: CommandContext) => commands.run(ctx, command);
}

describe("parsing", () => {
  it("reads use, briefings, digest full and the subscribe options", () => {
    expect(parseCommand("/brief use harbor-2025")).toEqual({
      ok: true,
      command: { name: "use", briefingId: "harbor-2025" },
    });
    expect(parseCommand("/brief briefings")).toEqual({ ok: true, command: { name: "briefings" } });
    expect(parseCommand("/brief digest full")).toEqual({ ok: true, command: { name: "digest", full: true } });
    expect(parseCommand("/brief subscribe 0 8 * * * Asia/Tokyo quiet=skip briefing=harbor-2025")).toEqual({
      ok: true,
      command: {
        name: "subscribe",
        schedule: "0 8 * * *",
        timezone: "Asia/Tokyo",
        quiet: "skip",
        briefing: "harbor-2025",
      },
    });
    expect(parseCommand("/brief subscribe daily 08:00 quiet=loud")).toMatchObject({ ok: false });
    // Bare text that starts with "use" is a question.
    expect(parseCommand("use of force in the South China Sea?")).toMatchObject({ command: { name: "ask" } });
  });
});

describe("routing without DEFAULT_BRIEFING", () => {
  it("answers each question from the briefing that fits it", async () => {
    const run = service();
    const ctx = context({ channelId: "C-route" });
    const phd = await run(
      { name: "ask", question: "How many Vietnamese PhD students will Japan help train?" },
      ctx,
    );
    expect(phd.kind).toBe("answer");
    expect(phd.text).toMatch(/250|500/);
    const ferry = await run({ name: "ask", question: "How many passengers will the ferry carry?" }, ctx);
    expect(ferry.kind).toBe("answer");
    expect(ferry.citations?.[0]?.url).toContain("example.org");
  });

  it("lists the briefings with id, as-of date and fact count, and asks to choose for topics", async () => {
    const run = service();
    const list = await run({ name: "briefings" }, context({ channelId: "C-list" }));
    expect(list.sections.map((s) => s.text)).toEqual([
      expect.stringMatching(/^harbor-2025 · as of 2025-03-10 · \d+ facts?$/),
      expect.stringMatching(/^japan-vietnam-2025 · as of 2025-08-02 · \d+ facts$/),
      expect.stringMatching(/^us-uk-2025 · as of \d{4}-\d{2}-\d{2} · \d+ facts$/),
    ]);
    const topics = await run({ name: "topics" }, context({ channelId: "C-list" }));
    expect(topics.text).toContain("/brief use ID");
    expect(topics.sections).toHaveLength(3);
  });
});

describe("use ID", () => {
  it("binds a channel for its managers only, and the bound channel answers from that briefing", async () => {
    const run = service();
    const member = context({ channelId: "C-bind" });
    const denied = await run({ name: "use", briefingId: "harbor-2025" }, member);
    expect(denied.kind).toBe("error");
    expect(
      await state.channels.get({ platform: "slack", workspaceId: "T1", channelId: "C-bind" }),
    ).toBeUndefined();

    const manager = context({ channelId: "C-bind", canManageChannel: true });
    const unknown = await run({ name: "use", briefingId: "eu-summit" }, manager);
    expect(unknown.text).toContain("harbor-2025, japan-vietnam-2025, us-uk-2025");
    const bound = await run({ name: "use", briefingId: "harbor-2025" }, manager);
    expect(bound.kind).toBe("confirm");
    expect(await state.channels.get({ platform: "slack", workspaceId: "T1", channelId: "C-bind" })).toBe(
      "harbor-2025",
    );

    // Bound to the harbor briefing, a summit question is not answered from the summit.
    const phd = await run(
      { name: "ask", question: "How many Vietnamese PhD students will Japan help train?" },
      member,
    );
    expect(phd.kind).toBe("abstain");
    const topics = await run({ name: "topics" }, member);
    expect(topics.title).toContain("Portvale");
  });

  it("names the channel's briefing in a subscription", async () => {
    const run = service();
    const ctx = context({ channelId: "C-sub", canManageChannel: true });
    await run({ name: "use", briefingId: "harbor-2025" }, ctx);
    await run({ name: "subscribe", schedule: "0 8 * * *", timezone: "Asia/Tokyo", quiet: "skip" }, ctx);
    const [sub] = await state.subscriptions.findByChannel("slack", "T1", "C-sub");
    expect(sub).toMatchObject({ briefingId: "harbor-2025", quiet: "skip" });
  });

  it("with DEFAULT_BRIEFING, an unbound channel uses it without routing", async () => {
    const run = service("harbor-2025");
    const phd = await run(
      { name: "ask", question: "How many Vietnamese PhD students will Japan help train?" },
      context({ channelId: "C-default" }),
    );
    expect(phd.kind).toBe("abstain");
  });
});
