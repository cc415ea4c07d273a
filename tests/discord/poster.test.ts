import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DiscordDigestPoster,
  digestNonce,
  digestTag,
  snowflakeAt,
} from "../../src/adapters/discord/poster.js";
import { reply } from "../../src/commands/reply.js";
import { PlatformError } from "../../src/errors.js";
import { FakeDiscord } from "../fakes/discord/index.js";
import { isChannelPost, longDigest } from "./support.js";

let fake: FakeDiscord;
let poster: DiscordDigestPoster;
const CHANNEL = "500000000000000001";
const sub = { workspaceId: "100000000000000002", channelId: CHANNEL };
const EPOCH = new Date(0);
const digest = reply({
  kind: "digest",
  title: "Japan–Vietnam briefing",
  text: "What changed since your last digest.",
  sections: [{ heading: "Labour", text: "Japan will receive 600,000 Vietnamese workers by 2030." }],
  footer: "As of 28 April 2025",
});

beforeAll(async () => {
  fake = await FakeDiscord.start();
  poster = new DiscordDigestPoster({ token: "fake-token.for-tests.only", apiUrl: fake.apiUrl });
});
afterAll(async () => {
  await fake?.close();
});

async function expectPlatformError(p: Promise<unknown>): Promise<PlatformError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlatformError);
  return error as PlatformError;
}

describe("DiscordDigestPoster", () => {
  it("posts the digest embed with a nonce, enforce_nonce and no mentions, tagged in the footer", async () => {
    const from = fake.calls.length;
    const ref = await poster.post(sub, digest, "sub_1:2025-05-01T08:00:00.000Z");
    const post = fake.calls.slice(from).find(isChannelPost)!;
    expect(post.path).toBe(`/channels/${CHANNEL}/messages`);
    expect(post.body.nonce).toBe(digestNonce("sub_1:2025-05-01T08:00:00.000Z"));
    expect(post.body.nonce.length).toBeLessThanOrEqual(25);
    expect(post.body.enforce_nonce).toBe(true);
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(post.body.flags).toBeUndefined();
    expect(post.body.embeds[0].title).toBe("Japan–Vietnam briefing");
    expect(post.body.embeds[0].footer.text).toBe(
      `As of 28 April 2025 · ${digestTag("sub_1:2025-05-01T08:00:00.000Z")}`,
    );
    expect(ref).toEqual({ channelId: CHANNEL, messageId: expect.stringMatching(/^\d+$/) });
  });

  it("keeps short ids as their own nonce and hashes long ones to 25 characters", () => {
    expect(digestNonce("d_123")).toBe("d_123");
    const long = digestNonce("subscription-0123456789abcdef:2025-05-01T08:00:00.000Z");
    expect(long).toHaveLength(25);
    expect(digestNonce("subscription-0123456789abcdef:2025-05-01T08:00:00.000Z")).toBe(long);
    expect(digestNonce("subscription-0123456789abcdef:2025-05-02T08:00:00.000Z")).not.toBe(long);
  });

  it("finds a digest it posted by its footer tag (fetched messages carry no nonce)", async () => {
    const ref = await poster.post(sub, digest, "sub_2:2025-05-01");
    await poster.post(sub, digest, "sub_3:2025-05-01");
    expect(await poster.findTagged(sub, "sub_2:2025-05-01", { since: EPOCH })).toEqual(ref);
    expect(await poster.findTagged(sub, "sub_9:2025-05-01", { since: EPOCH })).toBeUndefined();
    const list = fake.calls
      .filter((c) => c.method === "GET" && c.path === `/channels/${CHANNEL}/messages`)
      .at(-1)!;
    expect(list.query.limit).toBe("100");
    expect(list.query.after).toBe("0");
  });

  it("reads the messages since the claim a page at a time, past the last 100", async () => {
    const busy = { workspaceId: sub.workspaceId, channelId: "500000000000000077" };
    const since = new Date(Date.now() - 60_000);
    const ref = await poster.post(busy, digest, "sub_buried:2025-05-01");
    // 150 later messages (people talking), straight into the fake: the REST client's global
    // rate limit would make posting them slow.
    const channel = fake.channels.get(busy.channelId)!;
    for (let i = 0; i < 150; i++) {
      const last = BigInt(String(channel.at(-1)?.id));
      channel.push({ id: String(last + 1n), channel_id: busy.channelId, content: `chat ${i}`, embeds: [] });
    }
    const from = fake.calls.length;
    expect(await poster.findTagged(busy, "sub_none:2025-05-01", { since })).toBeUndefined();
    const pages = fake.calls.slice(from).filter((c) => c.method === "GET");
    expect(pages).toHaveLength(2);
    expect(pages[0]?.query.after).toBe(snowflakeAt(since));
    expect(await poster.findTagged(busy, "sub_buried:2025-05-01", { since })).toEqual(ref);
    // A window that starts after the message does not see it.
    expect(
      await poster.findTagged(busy, "sub_buried:2025-05-01", { since: new Date(Date.now() + 1000) }),
    ).toBeUndefined();
  });

  it("continues a long digest in more messages, each with its own nonce; the first is the tagged one", async () => {
    const from = fake.calls.length;
    const ref = await poster.post(sub, longDigest(), "sub_10:2025-05-01");
    const posts = fake.calls.slice(from).filter(isChannelPost);
    expect(posts.length).toBeGreaterThan(1);
    expect(new Set(posts.map((p) => p.body.nonce)).size).toBe(posts.length);
    for (const p of posts) {
      expect(p.body.enforce_nonce).toBe(true);
      expect(p.body.nonce.length).toBeLessThanOrEqual(25);
      expect(p.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
    expect(await poster.findTagged(sub, "sub_10:2025-05-01", { since: EPOCH })).toEqual(ref);
    // Posting it again after a crash changes nothing: every part comes back by its nonce.
    const again = await poster.post(sub, longDigest(), "sub_10:2025-05-01");
    expect(again).toEqual(ref);
    expect(
      fake.channels
        .get(CHANNEL)!
        .filter((m) => String(m.nonce ?? "").length > 0 && posts.some((p) => p.body.nonce === m.nonce)),
    ).toHaveLength(posts.length);
  });

  it("gets the same message back when the same digest is posted again (enforce_nonce)", async () => {
    const first = await poster.post(sub, digest, "sub_4:2025-05-01");
    const second = await poster.post(sub, digest, "sub_4:2025-05-01");
    expect(second).toEqual(first);
    expect(fake.channels.get(CHANNEL)!.filter((m) => m.id === first.messageId)).toHaveLength(1);
  });

  it("replies in the thread of an earlier digest for corrections", async () => {
    const parent = await poster.post(sub, digest, "sub_5:2025-05-01");
    const from = fake.calls.length;
    const correction = reply({ kind: "info", text: "Correction: 600,000 → 250,000." });
    const ref = await poster.postInThread(sub, parent, correction);
    const post = fake.calls.slice(from).find(isChannelPost)!;
    expect(post.body.message_reference).toEqual({
      message_id: parent.messageId,
      channel_id: CHANNEL,
      fail_if_not_exists: false,
    });
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(ref.messageId).not.toBe(parent.messageId);
  });

  it("maps 429 to a PlatformError with Retry-After in ms", async () => {
    fake.failNext(isChannelPost, {
      status: 429,
      body: { message: "You are being rate limited.", retry_after: 2.5, global: false },
      headers: { "retry-after": "2.5", "x-ratelimit-scope": "user" },
    });
    const error = await expectPlatformError(poster.post(sub, digest, "sub_6:2025-05-01"));
    expect(error.retryAfterMs).toBe(2500);
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.permanent).toBe(false);
    // The next try goes through.
    await expect(poster.post(sub, digest, "sub_6:2025-05-01")).resolves.toMatchObject({ channelId: CHANNEL });
  });

  it("waits a cautious second on a 429 that names no retry time", async () => {
    fake.failNext(isChannelPost, {
      status: 429,
      body: { message: "You are being rate limited.", global: false },
    });
    const error = await expectPlatformError(poster.post(sub, digest, "sub_6b:2025-05-01"));
    expect(error.retryAfterMs).toBe(1000);
  });

  it("maps Unknown Channel, Missing Access and Missing Permissions to permanent errors", async () => {
    for (const [status, code, message] of [
      [404, 10003, "Unknown Channel"],
      [403, 50001, "Missing Access"],
      [403, 50013, "Missing Permissions"],
    ] as const) {
      fake.failNext(isChannelPost, { status, body: { message, code } });
      const error = await expectPlatformError(poster.post(sub, digest, `sub_7:${code}`));
      expect(error.permanent).toBe(true);
      expect(error.retryAfterMs).toBeUndefined();
      expect(error.message).toContain(String(code));
    }
  });

  it("maps 5xx to a retryable PlatformError (no retries inside: the scheduler backs off)", async () => {
    const from = fake.calls.length;
    fake.failNext(isChannelPost, { status: 500, body: { message: "Internal Server Error", code: 0 } });
    const error = await expectPlatformError(poster.post(sub, digest, "sub_8:2025-05-01"));
    expect(error.permanent).toBe(false);
    expect(error.retryAfterMs).toBeUndefined();
    expect(error.code).toBe("PLATFORM_ERROR");
    expect(fake.calls.slice(from).filter(isChannelPost)).toHaveLength(1);

    fake.failNext(isChannelPost, { status: 502 });
    const bare = await expectPlatformError(poster.post(sub, digest, "sub_8:2025-05-01"));
    expect(bare.permanent).toBe(false);
  });

  it("maps a failing lookup too", async () => {
    fake.failNext((c) => c.method === "GET", {
      status: 403,
      body: { message: "Missing Access", code: 50001 },
    });
    const error = await expectPlatformError(poster.findTagged(sub, "x", { since: EPOCH }));
    expect(error.permanent).toBe(true);
  });
});
