import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Reply } from "../../src/commands/reply.js";

/**
 * A fake chat platform for digest delivery, on 127.0.0.1: it records posts, answers tag
 * lookups (Slack message metadata / Discord nonce), and can be scripted to answer 429 with
 * Retry-After, 500, or "channel_not_found" (a channel that is gone / a bot that was removed).
 * Rate limits are modelled as Slack publishes them for chat.postMessage (about one message per
 * second per channel, short bursts allowed) plus an optional global budget per second.
 *
 * API:
 *   POST /post    {workspaceId, channelId, tag?, parentId?, reply} → 200 {ok, messageId}
 *   GET  /tagged?channelId=…&tag=…[&since=ms]                    → 200 {ok, messageId|null}
 */
export interface FakePost {
  workspaceId: string;
  channelId: string;
  messageId: string;
  tag: string | null;
  parentId: string | null;
  reply: Reply;
  at: number;
}

export type ScriptedAnswer =
  | { status: 429; retryAfterSeconds: number }
  | { status: 500 | 502 | 503 }
  | { status: 404; error: "channel_not_found" | "not_in_channel" };

export interface DigestPlatformOptions {
  /** Messages per second per channel before 429 (default 1, as Slack's chat.postMessage). */
  perChannelPerSecond?: number;
  /** Burst allowance per channel (default 3). */
  perChannelBurst?: number;
  /** Messages per second across all channels (default unlimited). */
  globalPerSecond?: number;
  /** Milliseconds added to every answer, to model network and platform latency. */
  latencyMs?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class FakeDigestPlatform {
  readonly posts: FakePost[] = [];
  /** 429s answered by the rate limiter (not scripted ones). */
  rateLimited = 0;
  /** Every answer given, by status. */
  readonly answers = new Map<number, number>();
  private readonly scripts = new Map<string, ScriptedAnswer[]>();
  private readonly gone = new Map<string, "channel_not_found" | "not_in_channel">();
  private readonly channelBuckets = new Map<string, Bucket>();
  private global: Bucket = { tokens: 0, at: 0 };
  private readonly server: Server;
  private seq = 0;
  url = "";

  constructor(private readonly options: DigestPlatformOptions = {}) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: false, error: String(error) }));
      });
    });
    this.server.keepAliveTimeout = 30_000;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.global = { tokens: this.options.globalPerSecond ?? 0, at: Date.now() };
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next posts to this channel get these answers, in order, before succeeding again. */
  script(channelId: string, answers: ScriptedAnswer[]): void {
    this.scripts.set(channelId, [...(this.scripts.get(channelId) ?? []), ...answers]);
  }

  /** Every post to this channel fails permanently from now on. */
  removeChannel(
    channelId: string,
    error: "channel_not_found" | "not_in_channel" = "channel_not_found",
  ): void {
    this.gone.set(channelId, error);
  }

  /** Top-level posts (digests), not thread replies. */
  digests(channelId?: string): FakePost[] {
    return this.posts.filter(
      (p) => p.parentId === null && (channelId === undefined || p.channelId === channelId),
    );
  }

  threadReplies(parentId: string): FakePost[] {
    return this.posts.filter((p) => p.parentId === parentId);
  }

  private count(status: number): void {
    this.answers.set(status, (this.answers.get(status) ?? 0) + 1);
  }

  private send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    this.count(status);
    const write = () => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    if (this.options.latencyMs) setTimeout(write, this.options.latencyMs);
    else write();
  }

  /** Token bucket: refills `rate` per second up to `burst`; returns ms to wait when empty. */
  private take(bucket: Bucket, rate: number, burst: number, now: number): number {
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - bucket.tokens) / rate) * 1000);
  }

  private rateLimit(channelId: string): number {
    const now = Date.now();
    const rate = this.options.perChannelPerSecond ?? 1;
    const burst = this.options.perChannelBurst ?? 3;
    let bucket = this.channelBuckets.get(channelId);
    if (!bucket) {
      bucket = { tokens: burst, at: now };
      this.channelBuckets.set(channelId, bucket);
    }
    const globalRate = this.options.globalPerSecond;
    if (globalRate !== undefined) {
      // Peek at the global budget first so a refused request does not spend a channel token.
      this.global.tokens = Math.min(
        globalRate,
        this.global.tokens + ((now - this.global.at) / 1000) * globalRate,
      );
      this.global.at = now;
      if (this.global.tokens < 1) return Math.ceil(((1 - this.global.tokens) / globalRate) * 1000);
    }
    const wait = this.take(bucket, rate, burst, now);
    if (wait === 0 && globalRate !== undefined) this.global.tokens -= 1;
    return wait;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method === "GET" && url.pathname === "/tagged") {
      const channelId = url.searchParams.get("channelId") ?? "";
      const tag = url.searchParams.get("tag") ?? "";
      // Only posts since `since` (epoch ms), as the real platforms' history windows.
      const since = Number(url.searchParams.get("since") ?? 0);
      const found = this.posts.find((p) => p.channelId === channelId && p.tag === tag && p.at >= since);
      this.send(res, 200, { ok: true, messageId: found?.messageId ?? null });
      return;
    }
    if (req.method === "POST" && url.pathname === "/post") {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        workspaceId: string;
        channelId: string;
        tag?: string;
        parentId?: string;
        reply: Reply;
      };
      const gone = this.gone.get(body.channelId);
      if (gone) {
        this.send(res, 404, { ok: false, error: gone });
        return;
      }
      const scripted = this.scripts.get(body.channelId)?.shift();
      if (scripted) {
        if (scripted.status === 429) {
          this.send(
            res,
            429,
            { ok: false, error: "ratelimited" },
            { "retry-after": String(scripted.retryAfterSeconds) },
          );
        } else if (scripted.status === 404) this.send(res, 404, { ok: false, error: scripted.error });
        else this.send(res, scripted.status, { ok: false, error: "internal_error" });
        return;
      }
      const wait = this.rateLimit(body.channelId);
      if (wait > 0) {
        this.rateLimited++;
        this.send(
          res,
          429,
          { ok: false, error: "ratelimited" },
          { "retry-after": String(Math.ceil(wait / 1000)) },
        );
        return;
      }
      const messageId = `${Date.now()}.${String(++this.seq).padStart(6, "0")}`;
      this.posts.push({
        workspaceId: body.workspaceId,
        channelId: body.channelId,
        messageId,
        tag: body.tag ?? null,
        parentId: body.parentId ?? null,
        reply: body.reply,
        at: Date.now(),
      });
      this.send(res, 200, { ok: true, messageId });
      return;
    }
    this.send(res, 404, { ok: false, error: "unknown_method" });
  }
}
