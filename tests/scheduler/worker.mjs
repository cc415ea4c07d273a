// A bot replica for the multi-process digest test: the real scheduler and state store from
// dist/ (run `npm run build` first), posting to the fake digest platform over HTTP. Plain JS so
// it runs with bare `node`, without vitest or a TypeScript loader.

import { DEFAULT_BRIEFINGS_DIR } from "../../dist/briefing/paths.js";
import { createBriefingStore } from "../../dist/briefing/store.js";
import { PlatformError } from "../../dist/errors.js";
import { createLogger } from "../../dist/runtime/logger.js";
import { createDigestScheduler } from "../../dist/scheduler/index.js";
import { openState } from "../../dist/state/index.js";

const env = process.env;
const base = env.PLATFORM_URL;

// The test's clock: CLOCK_START_MS is "now" when the test started the worker (at
// CLOCK_REAL_MS, the test's own Date.now()), so every replica agrees and a run can be due a
// few seconds after start instead of at the next real minute.
const offset = env.CLOCK_START_MS ? Number(env.CLOCK_START_MS) - Number(env.CLOCK_REAL_MS) : 0;
const clock = { now: () => new Date(Date.now() + offset) };

/** One line on stdout per event, for the test to wait on (never a timer race). */
const emit = (event, digestId) => process.stdout.write(`${event} ${digestId}\n`);

/** Waits `ms`, or for ever with POST_HANG; stops at once when the scheduler aborts the call. */
function delay(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = ms === Number.POSITIVE_INFINITY ? undefined : setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/** The same mapping as tests/fakes/digest-platform-poster.ts, in plain JS. */
async function call(path, init) {
  let res;
  try {
    res = await fetch(`${base}${path}`, init);
  } catch (error) {
    throw new PlatformError("slack", `network error: ${String(error)}`, { cause: error });
  }
  const body = await res.json().catch(() => ({}));
  if (res.status === 429) {
    throw new PlatformError("slack", "rate limited", {
      retryAfterMs: Number(res.headers.get("retry-after") ?? "1") * 1000,
    });
  }
  if (res.status === 404 && (body.error === "channel_not_found" || body.error === "not_in_channel")) {
    throw new PlatformError("slack", body.error, { permanent: true });
  }
  if (!res.ok) throw new PlatformError("slack", `HTTP ${res.status}`);
  return body;
}
const postJson = (body) =>
  call("/post", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

const poster = {
  platform: "slack",
  async post(sub, reply, digestId, options = {}) {
    emit("posting", digestId);
    // A slow replica holds its claims for a while before posting; a hung one never posts.
    if (env.POST_HANG) await delay(Number.POSITIVE_INFINITY, options.signal);
    if (env.POST_DELAY_MS) await delay(Number(env.POST_DELAY_MS), options.signal);
    const { messageId } = await postJson({
      workspaceId: sub.workspaceId,
      channelId: sub.channelId,
      tag: digestId,
      reply,
    });
    return { channelId: sub.channelId, messageId };
  },
  async findTagged(sub, digestId, options) {
    const q = new URLSearchParams({
      channelId: sub.channelId,
      tag: digestId,
      since: String(options.since.getTime()),
    });
    const { messageId } = await call(`/tagged?${q}`);
    return messageId ? { channelId: sub.channelId, messageId } : undefined;
  },
  async postInThread(sub, parent, reply) {
    const { messageId } = await postJson({
      workspaceId: sub.workspaceId,
      channelId: sub.channelId,
      parentId: parent.messageId,
      reply,
    });
    return { channelId: sub.channelId, messageId };
  },
};

const logger = createLogger({ level: env.LOG_LEVEL ?? "warn", destination: process.stderr });
const state = await openState({ databaseUrl: env.DATABASE_URL, dataDir: ":memory:", poolSize: 4, clock });
const scheduler = createDigestScheduler({
  state,
  briefings: createBriefingStore(DEFAULT_BRIEFINGS_DIR),
  posters: [poster],
  logger,
  owner: env.OWNER,
  clock,
  cron: false,
  leaseMs: Number(env.LEASE_MS ?? 5000),
  leaseMarginMs: Number(env.LEASE_MARGIN_MS ?? 1000),
  syncIntervalMs: Number(env.SYNC_MS ?? 1000),
  concurrency: Number(env.CONCURRENCY ?? 3),
  callTimeoutMs: Number(env.CALL_TIMEOUT_MS ?? 30000),
  retry: { baseDelayMs: 100 },
});
// Ready once the state is open: the first sync (inside start) may hang by design (POST_HANG).
process.stdout.write("ready\n");
await scheduler.start();

process.on("SIGTERM", () => {
  scheduler
    .stop()
    .then(() => state.close())
    .then(
      () => process.exit(0),
      () => process.exit(1),
    );
});
