import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../src/adapters/discord/index.js";
import { answerQuestion, suggestQuestions } from "../../src/answer/index.js";
import { systemClock } from "../../src/clock.js";
import { createCommandService } from "../../src/commands/service.js";
import { parseSchedule } from "../../src/digest/schedule.js";
import { silentLogger } from "../../src/runtime/logger.js";
import { BotMetrics } from "../../src/runtime/metrics.js";
import { openState } from "../../src/state/index.js";
import type { StateStore } from "../../src/state/types.js";
import { fixedStore } from "../commands/helpers.js";
import {
  botMessage,
  buttonClick,
  directMessage,
  FakeDiscord,
  PERMISSIONS,
  type RestCall,
  slashCommand,
} from "../fakes/discord/index.js";
import { isCallback, isChannelPost, isEditOriginal } from "./support.js";

/**
 * The real command layer (real answering engine on the shipped briefing, SQLite state)
 * behind the real discord.js client and the fake Discord: the path a user's question takes.
 */
let fake: FakeDiscord;
let state: StateStore;
let dir: string;
let adapter: ReturnType<typeof createDiscordAdapter>;
/** Wired to the command layer as the app wires it: questions are counted here. */
const metrics = new BotMetrics();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-discord-"));
  state = await openState({ dataDir: dir });
  const commands = createCommandService({
    briefings: fixedStore(),
    defaultBriefing: "japan-vietnam-2025",
    answers: { answerQuestion, suggestQuestions },
    state,
    schedule: parseSchedule,
    clock: systemClock,
    rateLimitPerMinute: 10_000,
    onOutcome: (outcome) => metrics.recordCommand(outcome),
  });
  fake = await FakeDiscord.start();
  adapter = createDiscordAdapter(
    { commands, logger: silentLogger(), metrics },
    { token: "fake-token.for-tests.only", apiUrl: fake.apiUrl },
  );
  await adapter.start();
  await fake.waitUntil(() => adapter.health().connected);
});
afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  await state?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function interact(
  payload: { id: string; token: string },
  done: (c: RestCall) => boolean,
): Promise<RestCall> {
  const from = fake.calls.length;
  fake.dispatch("INTERACTION_CREATE", payload);
  return fake.waitForCall((c) => c.path.includes(payload.token) && done(c), from);
}

describe("discord with the real command layer", () => {
  let answerMessage: RestCall;

  it("answers a briefing question with the cited source as an embed field", async () => {
    answerMessage = await interact(
      slashCommand(fake.world, "ask", { question: "Who did Ishiba meet in Hanoi?" }),
      isEditOriginal,
    );
    const embed = answerMessage.body.embeds[0];
    expect(embed.description).toMatch(/Chinh/);
    expect(embed.fields.length).toBeGreaterThan(0);
    expect(embed.fields[0].value).toMatch(/^\[.+\]\(https:\/\/.+\)\n> “.+”$/s);
    expect(answerMessage.body.components[0].components).toHaveLength(2);
    expect(answerMessage.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("records a 'not helpful' click in the state store", async () => {
    const customId = answerMessage.body.components[0].components[1].custom_id as string;
    expect(customId).toMatch(/^feedback\.not_helpful:/);
    const message = botMessage(fake.world, {
      ...answerMessage.body,
      id: "400000000000000002",
      type: 0,
      flags: 0,
    });
    const callback = await interact(buttonClick(fake.world, customId, message), isCallback);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(64);
    const gaps = await state.questions.gaps();
    expect(gaps.some((g) => g.kind === "not-helpful" && /ishiba/i.test(g.question))).toBe(true);
  });

  it("abstains on an uncovered question with suggestions", async () => {
    const edit = await interact(
      slashCommand(fake.world, "ask", { question: "What is the population of Mars?" }),
      isEditOriginal,
    );
    const fields = edit.body.embeds[0].fields as { name: string; value: string }[];
    expect(fields.at(-1)!.name).toBe("💡");
    expect(fields.at(-1)!.value.split("\n").length).toBeGreaterThanOrEqual(2);
  });

  it("counts questions by the command layer's result: answered, abstained, a greeting abstains", async () => {
    const count = async (result: string) =>
      (await metrics.questions.get()).values.find(
        (v) => v.labels.platform === "discord" && v.labels.result === result,
      )?.value ?? 0;
    // The two questions above: one answered, one abstained.
    expect([await count("answered"), await count("abstained")]).toEqual([1, 1]);
    // A greeting gets the help reply, privately (a follow-up after the deferral): no answer,
    // so not counted as answered.
    await interact(
      slashCommand(fake.world, "ask", { question: "hello" }),
      (c) => c.method === "POST" && c.path.startsWith("/webhooks/"),
    );
    await interact(slashCommand(fake.world, "topics"), isCallback);
    expect([await count("answered"), await count("abstained"), await count("invalid")]).toEqual([1, 2, 0]);
  });

  it("refuses subscribe without Manage Channels and subscribes with it", async () => {
    const denied = await interact(
      slashCommand(
        fake.world,
        "subscribe",
        { schedule: "daily 08:00", timezone: "Asia/Tokyo" },
        { permissions: PERMISSIONS.member },
      ),
      isCallback,
    );
    expect(denied.body.data.flags).toBe(64);
    expect(
      await state.subscriptions.findByChannel("discord", fake.world.guildId, fake.world.channelId),
    ).toHaveLength(0);

    const allowed = await interact(
      slashCommand(
        fake.world,
        "subscribe",
        { schedule: "daily 08:00", timezone: "Asia/Tokyo" },
        { permissions: PERMISSIONS.manager },
      ),
      isCallback,
    );
    expect(allowed.body.data.flags ?? 0).toBe(0);
    const subs = await state.subscriptions.findByChannel("discord", fake.world.guildId, fake.world.channelId);
    expect(subs).toMatchObject([
      { cron: expect.any(String), timezone: "Asia/Tokyo", createdBy: "200000000000000001" },
    ]);
  });

  it("answers a Japanese DM in Japanese", async () => {
    const dm = directMessage("石破首相はハノイで誰と会談しましたか？");
    const from = fake.calls.length;
    fake.dispatch("MESSAGE_CREATE", dm);
    const post = await fake.waitForCall(
      (c) => isChannelPost(c) && c.body.message_reference?.message_id === dm.id,
      from,
    );
    expect(post.body.embeds[0].description).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});
