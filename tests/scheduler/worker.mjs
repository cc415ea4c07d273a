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
  async post(sub, reply, digestId) {
    // A slow replica (the one the test kills) holds its claims for a while before posting.
    if (env.POST_DELAY_MS) await new Promise((r) => setTimeout(r, Number(env.POST_DELAY_MS)));
    const { messageId } = await postJson({
      workspaceId: sub.workspaceId,
      channelId: sub.channelId,
      tag: digestId,
      reply,
    });
    return { channelId: sub.channelId, messageId };
  },
  async findTagged(sub, digestId) {
    const q = new URLSearchParams({ channelId: sub.channelId, tag: digestId });
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
const state = await openState({ databaseUrl: env.DATABASE_URL, dataDir: ":memory:", poolSize: 4 });
const scheduler = createDigestScheduler({
  state,
  briefings: createBriefingStore(DEFAULT_BRIEFINGS_DIR),
  posters: [poster],
  logger,
  owner: env.OWNER,
  leaseMs: Number(env.LEASE_MS ?? 5000),
  leaseMarginMs: Number(env.LEASE_MARGIN_MS ?? 1000),
  syncIntervalMs: Number(env.SYNC_MS ?? 1000),
  concurrency: Number(env.CONCURRENCY ?? 3),
  retry: { baseDelayMs: 100 },
});
await scheduler.start();
process.stdout.write("ready\n");

process.on("SIGTERM", () => {
  scheduler
    .stop()
    .then(() => state.close())
    .then(
      () => process.exit(0),
      () => process.exit(1),
    );
});
