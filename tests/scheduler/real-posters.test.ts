/**
 * The digest scheduler driving the adapters' real posters (the Slack Web API client, the
 * discord.js REST client) against the local platform fakes: what reaches each platform for a
 * digest, its correction in the old digest's thread, and a channel that is gone.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DiscordDigestPoster } from "../../src/adapters/discord/poster.js";
import { createSlackAdapter } from "../../src/adapters/slack/index.js";
import { reply } from "../../src/commands/reply.js";
import type { DigestPoster } from "../../src/digest/types.js";
import { silentLogger } from "../../src/runtime/logger.js";
import { BotMetrics } from "../../src/runtime/metrics.js";
import { createDigestScheduler } from "../../src/scheduler/index.js";
import { openState } from "../../src/state/index.js";
import type { StateStore } from "../../src/state/types.js";
import { makeBriefing, withEditedStatement } from "../digest/fixture.js";
import { FakeDiscord } from "../fakes/discord/index.js";
import { FakeSlack } from "../fakes/slack.js";
import { BOT_TOKEN, SIGNING_SECRET } from "../slack/support.js";
import { ManualClock, newSub, SwappableBriefings } from "./helpers.js";

// Daily 08:00 in Tokyo: 23:00 UTC the day before.
const CREATED = "2026-11-27T20:00:00.000Z";
const FIRST_RUN = "2026-11-27T23:00:10.000Z";
const SECOND_RUN = "2026-11-28T23:00:10.000Z";
const CORRECTED = {
  en: "Japan will help train about 200 Vietnamese PhD students in semiconductors.",
  ja: "日本はベトナムの博士課程学生約200人の育成を支援する。",
  vi: "Nhật Bản sẽ giúp đào tạo khoảng 200 nghiên cứu sinh tiến sĩ Việt Nam.",
};
const DISCORD_CHANNEL = "500000000000000001";

let slack: FakeSlack;
let discord: FakeDiscord;
let slackPoster: DigestPoster;
let discordPoster: DiscordDigestPoster;
let state: StateStore;
let clock: ManualClock;
let briefings: SwappableBriefings;

beforeAll(async () => {
  slack = await FakeSlack.start();
  discord = await FakeDiscord.start();
  const adapter = createSlackAdapter(
    {
      // Only the adapter's digest poster is used here: no events reach the command runner.
      commands: {
        parse: () => ({ ok: true, command: { name: "help" } }),
        run: async () => reply({ kind: "info", text: "unused" }),
      },
      logger: silentLogger(),
      metrics: new BotMetrics(),
    },
    { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, managers: [], apiUrl: slack.apiUrl },
  );
  slackPoster = adapter.poster;
  discordPoster = new DiscordDigestPoster({ token: "fake-token.for-tests.only", apiUrl: discord.apiUrl });
});
afterAll(async () => {
  await slack?.close();
  await discord?.close();
});
beforeEach(async () => {
  clock = new ManualClock(CREATED);
  state = await openState({ dataDir: ":memory:", clock });
  briefings = new SwappableBriefings(makeBriefing());
});
afterEach(async () => {
  await state.close();
});

function scheduler() {
  return createDigestScheduler({
    state,
    briefings,
    posters: [slackPoster, discordPoster],
    clock,
    logger: silentLogger(),
    owner: "replica-a",
    cron: false,
    sleep: async (ms) => clock.advance(ms),
  });
}

describe("digest scheduler with the real Slack and Discord posters", () => {
  it("Slack: a tagged Block Kit digest, then the correction in its thread", async () => {
    await state.subscriptions.upsert(newSub({ workspaceId: "T0FAKE", channelId: "C0REAL" }));
    const before = slack.callsTo("chat.postMessage").length;
    clock.set(FIRST_RUN);
    expect((await scheduler().sync()).outcomes).toEqual({ sent: 1 });
    const [first] = slack.callsTo("chat.postMessage").slice(before);
    expect(first?.body).toMatchObject({ channel: "C0REAL" });
    expect(Array.isArray(first?.body.blocks)).toBe(true);
    const [delivery] = await state.deliveries.list((await state.subscriptions.list())[0]!.id);
    // Tagged with its digest id, so a crash before the ledger write cannot double it.
    expect(JSON.stringify(first?.body.metadata)).toContain(delivery!.id);
    const firstTs = delivery?.message?.messageId;
    expect(firstTs).toBeTruthy();

    briefings.briefing = withEditedStatement("phd-training", CORRECTED);
    clock.set(SECOND_RUN);
    expect((await scheduler().sync()).outcomes).toEqual({ sent: 1 });
    const later = slack.callsTo("chat.postMessage").slice(before + 1);
    const inThread = later.filter((c) => c.body.thread_ts === firstTs);
    expect(inThread).toHaveLength(1);
    expect(JSON.stringify(inThread[0]?.body)).toContain("about 200");
    // The new digest itself is a top-level message that says "Correction".
    const topLevel = later.filter((c) => c.body.thread_ts === undefined);
    expect(topLevel).toHaveLength(1);
    expect(JSON.stringify(topLevel[0]?.body)).toContain("Correction");
  });

  it("Discord: a digest with nonce and enforce_nonce, then the correction as a reply to it", async () => {
    await state.subscriptions.upsert(
      newSub({ platform: "discord", workspaceId: "100000000000000002", channelId: DISCORD_CHANNEL }),
    );
    const posts = () =>
      discord.calls.filter((c) => c.method === "POST" && c.path === `/channels/${DISCORD_CHANNEL}/messages`);
    const before = posts().length;
    clock.set(FIRST_RUN);
    expect((await scheduler().sync()).outcomes).toEqual({ sent: 1 });
    const first = posts().slice(before);
    expect(first.length).toBeGreaterThanOrEqual(1);
    expect(first[0]?.body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] } });
    expect(typeof first[0]?.body.nonce).toBe("string");
    const sub = (await state.subscriptions.list())[0]!;
    const parentId = (await state.deliveries.list(sub.id))[0]?.message?.messageId;
    expect(parentId).toBeTruthy();

    briefings.briefing = withEditedStatement("phd-training", CORRECTED);
    clock.set(SECOND_RUN);
    expect((await scheduler().sync()).outcomes).toEqual({ sent: 1 });
    const replies = posts()
      .slice(before + first.length)
      .filter((c) => c.body.message_reference?.message_id === parentId);
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies[0]?.body)).toContain("about 200");
  });

  it("Slack: a channel the bot was removed from pauses the subscription, with the reason listed", async () => {
    const sub = await state.subscriptions.upsert(newSub({ workspaceId: "T0FAKE", channelId: "C0GONE" }));
    slack.fail("chat.postMessage", { status: 200, body: { ok: false, error: "not_in_channel" } });
    clock.set(FIRST_RUN);
    expect((await scheduler().sync()).outcomes).toEqual({ paused: 1 });
    const paused = await state.subscriptions.get(sub.id);
    expect(paused?.state).toBe("paused");
    expect(paused?.pausedReason).toMatch(/not_in_channel/);
    expect(await state.subscriptions.list({ state: "paused" })).toHaveLength(1);
    // Paused: the next run is not attempted.
    const attempts = slack.callsTo("chat.postMessage").length;
    clock.set(SECOND_RUN);
    expect((await scheduler().sync()).subscriptions).toBe(0);
    expect(slack.callsTo("chat.postMessage").length).toBe(attempts);
  });
});
