import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../src/adapters/slack/index.js";
import { reply } from "../../src/commands/reply.js";
import type { DigestPoster } from "../../src/digest/types.js";
import { PlatformError } from "../../src/errors.js";
import { silentLogger } from "../../src/runtime/logger.js";
import { BotMetrics } from "../../src/runtime/metrics.js";
import { FakeSlack } from "../fakes/slack.js";
import { BOT_TOKEN, SIGNING_SECRET } from "./support.js";

let fake: FakeSlack;
let poster: DigestPoster;
const sub = { workspaceId: "T0FAKE", channelId: "C0DIGEST" };
const EPOCH = new Date(0);
const digest = reply({
  kind: "digest",
  title: "Japan–Vietnam briefing, 28 November",
  text: "What changed since your last digest.",
  sections: [{ heading: "Tariffs", text: "A 46% tariff was announced, then paused." }],
});

beforeAll(async () => {
  fake = await FakeSlack.start();
  // The poster works without start(): the digest scheduler only needs the Web API.
  const adapter = createSlackAdapter(
    {
      commands: { parse: () => ({ ok: true, command: { name: "help" } }), run: async () => digest },
      logger: silentLogger(),
      metrics: new BotMetrics(),
    },
    { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, managers: [], apiUrl: fake.apiUrl },
  );
  poster = adapter.poster;
});
afterAll(async () => {
  await fake.close();
});

async function failure(run: () => Promise<unknown>): Promise<PlatformError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlatformError);
  return error as PlatformError;
}

describe("Slack digest poster", () => {
  it("posts Block Kit tagged with message metadata carrying the digest id", async () => {
    const ref = await poster.post(sub, digest, "digest-sub1-2026-11-28T08:00Z");
    const call = fake.callsTo("chat.postMessage").at(-1)!;
    expect(call.token).toBe(BOT_TOKEN);
    expect(call.body).toMatchObject({
      channel: "C0DIGEST",
      metadata: {
        event_type: "briefbot_digest",
        event_payload: { digest_id: "digest-sub1-2026-11-28T08:00Z" },
      },
    });
    expect(JSON.stringify(call.body.blocks)).toContain("*Tariffs*");
    expect(ref).toEqual({ channelId: "C0DIGEST", messageId: expect.stringMatching(/^\d+\.\d+$/) });
  });

  it("finds its own tagged message after a crash, and nothing for another id", async () => {
    const ref = await poster.post(sub, digest, "digest-find-me");
    await poster.post(sub, digest, "digest-later");
    expect(await poster.findTagged(sub, "digest-find-me", { since: EPOCH })).toEqual(ref);
    expect(await poster.findTagged(sub, "digest-never-posted", { since: EPOCH })).toBeUndefined();
    const history = fake.callsTo("conversations.history").at(-1)?.body;
    expect(history?.channel).toBe("C0DIGEST");
    // Form-encoded by the WebClient: booleans arrive as text.
    expect(String(history?.include_all_metadata)).toBe("true");
  });

  it("looks past the last 100 messages: the history since the claim, page by page", async () => {
    const busy = { workspaceId: "T0FAKE", channelId: "C0BUSY" };
    const ref = await poster.post(busy, digest, "digest-buried");
    for (let i = 0; i < 250; i++) await poster.post(busy, digest, `digest-noise-${i}`);
    const from = fake.callsTo("conversations.history").length;
    const since = new Date(Number(ref.messageId.split(".")[0]) * 1000 - 60_000);
    expect(await poster.findTagged(busy, "digest-buried", { since })).toEqual(ref);
    const pages = fake.callsTo("conversations.history").slice(from);
    expect(pages).toHaveLength(2);
    expect(Number(pages[0]?.body.oldest)).toBe(since.getTime() / 1000);
    expect(pages[1]?.body.cursor).toBeDefined();
    // Nothing is found from before `since`: the window is the run's, not the channel's.
    const after = new Date(Number(ref.messageId.split(".")[0]) * 1000 + 1000);
    expect(await poster.findTagged(busy, "digest-buried", { since: after })).toBeUndefined();
  });

  it("stops after ten pages without finding the start rather than reading for ever", async () => {
    const flood = { workspaceId: "T0FAKE", channelId: "C0FLOOD" };
    for (let i = 0; i < 2001; i++) await poster.post(flood, digest, `digest-flood-${i}`);
    const from = fake.callsTo("conversations.history").length;
    await expect(poster.findTagged(flood, "digest-absent", { since: EPOCH })).rejects.toThrow(
      /looked through 2000 messages of C0FLOOD/,
    );
    expect(fake.callsTo("conversations.history").slice(from)).toHaveLength(10);
  }, 60_000);

  it("posts corrections in the thread of the digest that carried the old version", async () => {
    const parent = await poster.post(sub, digest, "digest-parent");
    const child = await poster.postInThread(
      sub,
      parent,
      reply({ kind: "info", text: "Correction: 46% → 20%." }),
    );
    expect(fake.callsTo("chat.postMessage").at(-1)?.body).toMatchObject({
      channel: "C0DIGEST",
      thread_ts: parent.messageId,
    });
    expect(child.messageId).not.toBe(parent.messageId);
  });

  it("maps 429 to a PlatformError carrying Retry-After, without retrying itself", async () => {
    const before = fake.callsTo("chat.postMessage").length;
    fake.fail("chat.postMessage", {
      status: 429,
      headers: { "retry-after": "7" },
      body: { ok: false, error: "ratelimited" },
    });
    const error = await failure(() => poster.post(sub, digest, "digest-429"));
    expect(error).toMatchObject({
      code: "RATE_LIMITED",
      retryAfterMs: 7000,
      permanent: false,
      platform: "slack",
    });
    expect(fake.callsTo("chat.postMessage").length).toBe(before + 1);
  });

  it.each(["channel_not_found", "not_in_channel", "is_archived", "channel_is_archived", "account_inactive"])(
    "maps %s to a permanent PlatformError (the subscription pauses)",
    async (code) => {
      fake.fail("chat.postMessage", { body: { ok: false, error: code } });
      const error = await failure(() => poster.post(sub, digest, `digest-${code}`));
      expect(error).toMatchObject({ code: "PLATFORM_ERROR", permanent: true });
      expect(error.message).toContain(code);
    },
  );

  it("maps 5xx to a retryable PlatformError", async () => {
    fake.fail("chat.postMessage", { status: 500, body: { ok: false } });
    const error = await failure(() => poster.post(sub, digest, "digest-500"));
    expect(error).toMatchObject({ code: "PLATFORM_ERROR", permanent: false, retryAfterMs: undefined });
    expect(error.message).toMatch(/HTTP 500/);
    fake.fail("conversations.history", { status: 503 });
    expect(await failure(() => poster.findTagged(sub, "x", { since: EPOCH }))).toMatchObject({
      permanent: false,
    });
    fake.fail("chat.postMessage", { status: 502 });
    const parent = { channelId: "C0DIGEST", messageId: "1.000001" };
    expect(await failure(() => poster.postInThread(sub, parent, digest))).toMatchObject({ permanent: false });
  });
});
