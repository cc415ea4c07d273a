/**
 * A fake Discord on 127.0.0.1: the REST API (node:http, answering what discord.js and
 * @discordjs/rest call) and the gateway (ws, JSON encoding, no compression: discord.js only
 * asks for zlib-stream when zlib-sync is installed). It records every REST call and lets a
 * test push events, inject failures and drop the socket.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { type WebSocket, WebSocketServer } from "ws";
import { botMessage, guildCreate, snowflake, user, type World } from "./payloads.js";

/** Waits on the fake end here: a guard against hangs, inside vitest's 60 s test timeout. */
const HANG_GUARD_MS = 45_000;

export interface RestCall {
  method: string;
  /** Path after the version prefix, e.g. "/channels/123/messages". */
  path: string;
  query: Record<string, string>;
  // biome-ignore lint/suspicious/noExplicitAny: a recorded JSON body of any shape; tests narrow it.
  body: any;
  headers: Record<string, string | string[] | undefined>;
  /** performance.now() when the request was fully read. */
  at: number;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Json = Record<string, unknown>;

interface Waiter {
  match: (call: RestCall) => boolean;
  from: number;
  resolve: (call: RestCall) => void;
}

export class FakeDiscord {
  readonly world: World = {
    applicationId: "100000000000000001",
    botUser: user("100000000000000001", "briefbot", true),
    guildId: "100000000000000002",
    channelId: "100000000000000003",
  };
  readonly calls: RestCall[] = [];
  /** IDENTIFY and RESUME payloads received on the gateway, in order. */
  readonly gatewayOps: { op: number; d: Json; query: string }[] = [];
  /** Messages per channel, oldest first (what GET /channels/:id/messages lists). */
  readonly channels = new Map<string, Json[]>();

  private readonly http: Server;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private readonly ready = new Set<WebSocket>();
  private readonly waiters = new Set<Waiter>();
  private readonly failures: { match: (call: RestCall) => boolean; response: FakeResponse }[] = [];
  private readonly nonces = new Map<string, Json>();
  private readonly originals = new Map<string, Json>();
  private sessionId = "";
  private seq = 0;
  private port = 0;

  private constructor() {
    this.http = createServer((req, res) => void this.onRequest(req, res));
    this.http.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/gateway")) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws, req.url ?? ""));
    });
  }

  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    await new Promise<void>((resolve) => fake.http.listen(0, "127.0.0.1", resolve));
    fake.port = (fake.http.address() as AddressInfo).port;
    return fake;
  }

  /** The Client's `rest.api` option. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** Sockets that have identified or resumed and can receive dispatches. */
  get connectedSockets(): number {
    return this.ready.size;
  }

  /** Sends a gateway dispatch (op 0) to every ready connection. */
  dispatch(t: string, d: unknown): void {
    for (const ws of this.ready) this.send(ws, { op: 0, t, s: ++this.seq, d });
  }

  /** Drops every gateway connection without a close frame, as a network failure would. */
  dropGateway(): void {
    for (const ws of this.sockets) ws.terminate();
    this.ready.clear();
  }

  /** Sends op 7 Reconnect, as Discord does routinely: the client should close and resume. */
  requestReconnect(): void {
    for (const ws of this.ready) this.send(ws, { op: 7, d: null, s: null, t: null });
  }

  /** The next REST call matching `match` answers with `response` instead of the normal one. */
  failNext(match: (call: RestCall) => boolean, response: FakeResponse): void {
    this.failures.push({ match, response });
  }

  /**
   * Resolves with the first call matching `match` recorded at index `from` or later. The
   * timeout is a hang guard under the test's own 60 s, not a deadline: a loaded 2-core machine
   * took more than 10 s.
   */
  waitForCall(match: (call: RestCall) => boolean, from = 0, timeoutMs = HANG_GUARD_MS): Promise<RestCall> {
    const found = this.calls.slice(from).find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { match, from, resolve };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`fake Discord: no matching REST call within ${timeoutMs} ms`));
      }, timeoutMs);
      waiter.resolve = (call) => {
        clearTimeout(timer);
        resolve(call);
      };
      this.waiters.add(waiter);
    });
  }

  async waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error("fake Discord: condition not met in time");
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  // ---- gateway ----

  private onSocket(ws: WebSocket, url: string): void {
    this.sockets.add(ws);
    const query = url.split("?")[1] ?? "";
    ws.on("close", () => {
      this.sockets.delete(ws);
      this.ready.delete(ws);
    });
    ws.on("message", (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Json };
      this.onOp(ws, payload, query);
    });
    this.send(ws, { op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null });
  }

  private onOp(ws: WebSocket, payload: { op: number; d: Json }, query: string): void {
    switch (payload.op) {
      case 1: // heartbeat
        this.send(ws, { op: 11, d: null, s: null, t: null });
        return;
      case 2: {
        // identify: a new session, then the guild the bot is in
        this.gatewayOps.push({ op: 2, d: payload.d, query });
        this.sessionId = randomUUID().replace(/-/g, "");
        this.ready.add(ws);
        const now = new Date().toISOString();
        this.send(ws, {
          op: 0,
          t: "READY",
          s: ++this.seq,
          d: {
            v: 10,
            user: this.world.botUser,
            guilds: [{ id: this.world.guildId, unavailable: true }],
            session_id: this.sessionId,
            resume_gateway_url: this.gatewayUrl,
            shard: [0, 1],
            application: { id: this.world.applicationId, flags: 0 },
          },
        });
        this.send(ws, { op: 0, t: "GUILD_CREATE", s: ++this.seq, d: guildCreate(this.world, now) });
        return;
      }
      case 6: // resume
        this.gatewayOps.push({ op: 6, d: payload.d, query });
        if (payload.d.session_id !== this.sessionId) {
          this.send(ws, { op: 9, d: false, s: null, t: null });
          return;
        }
        this.ready.add(ws);
        this.send(ws, { op: 0, t: "RESUMED", s: ++this.seq, d: {} });
        return;
      default:
        return;
    }
  }

  private send(ws: WebSocket, payload: unknown): void {
    ws.send(JSON.stringify(payload));
  }

  // ---- REST ----

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const call: RestCall = {
      method: req.method ?? "GET",
      path: decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, ""),
      query: Object.fromEntries(url.searchParams),
      body: text && req.headers["content-type"]?.includes("json") ? JSON.parse(text) : text || undefined,
      headers: req.headers,
      at: performance.now(),
    };
    this.calls.push(call);
    for (const waiter of [...this.waiters]) {
      if (waiter.match(call)) {
        this.waiters.delete(waiter);
        waiter.resolve(call);
      }
    }
    const failure = this.failures.findIndex((f) => f.match(call));
    const response = failure >= 0 ? this.failures.splice(failure, 1)[0]!.response : this.route(call);
    const headers: Record<string, string> = { ...response.headers };
    if (response.body !== undefined) headers["content-type"] = "application/json";
    // A 204 carries no body and no JSON content-type: @discordjs/rest would try to parse it.
    res.writeHead(response.status, headers);
    res.end(response.body !== undefined ? JSON.stringify(response.body) : undefined);
  }

  private route(call: RestCall): FakeResponse {
    const { method, path } = call;
    if (method === "GET" && path === "/gateway/bot") {
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      };
    }
    if (method === "GET" && path === "/users/@me") return { status: 200, body: this.world.botUser };
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (callback && method === "POST") {
      const type = call.body?.type as number;
      // 4: reply, 5: deferred reply ("thinking..."); both create the @original message
      if (type === 4 || type === 5)
        this.originals.set(callback[2]!, this.message("interaction", call.body?.data ?? {}));
      return { status: 204 };
    }
    const original = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(path);
    if (original) {
      const token = original[2]!;
      if (!this.originals.has(token))
        return { status: 404, body: { message: "Unknown Message", code: 10008 } };
      if (method === "DELETE") {
        this.originals.delete(token);
        return { status: 204 };
      }
      const edited = this.message("interaction", call.body ?? {});
      this.originals.set(token, edited);
      return { status: 200, body: edited };
    }
    if (method === "POST" && /^\/webhooks\/(\d+)\/([^/]+)$/.test(path)) {
      return { status: 200, body: this.message("interaction", call.body ?? {}) };
    }
    const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (channel) {
      const channelId = channel[1]!;
      if (method === "GET") {
        const limit = Number(call.query.limit ?? 50);
        // Newest first, and without nonces: Discord does not return them on fetched messages.
        // With `after`, the `limit` messages just after that id (still newest first).
        const after = call.query.after === undefined ? undefined : BigInt(String(call.query.after));
        const all = this.channels.get(channelId) ?? [];
        const list =
          after === undefined
            ? [...all].reverse().slice(0, limit)
            : all
                .filter((m) => BigInt(String(m.id)) > after)
                .slice(0, limit)
                .reverse();
        return { status: 200, body: list.map(({ nonce: _nonce, ...rest }) => rest) };
      }
      if (method === "POST") return this.postMessage(channelId, call.body ?? {});
    }
    const commands = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (commands && method === "PUT") {
      const body = (call.body ?? []) as Json[];
      return {
        status: 200,
        body: body.map((c) => ({ ...c, id: snowflake(), application_id: commands[1], version: snowflake() })),
      };
    }
    return { status: 404, body: { message: "404: Not Found", code: 0 } };
  }

  private postMessage(channelId: string, body: Json): FakeResponse {
    const nonce = typeof body.nonce === "string" ? body.nonce : undefined;
    if (nonce && body.enforce_nonce === true) {
      const earlier = this.nonces.get(`${channelId}:${nonce}`);
      if (earlier) return { status: 200, body: earlier };
    }
    const message = this.message(channelId, body);
    if (nonce) this.nonces.set(`${channelId}:${nonce}`, message);
    const list = this.channels.get(channelId) ?? [];
    list.push(message);
    this.channels.set(channelId, list);
    return { status: 200, body: message };
  }

  /** A message object as Discord returns it. */
  private message(channelId: string, body: Json): Json {
    const reference = body.message_reference as Json | undefined;
    return botMessage(this.world, {
      channel_id: channelId === "interaction" ? this.world.channelId : channelId,
      content: body.content ?? "",
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      type: reference ? 19 : 0,
      flags: body.flags ?? 0,
      ...(body.nonce !== undefined ? { nonce: body.nonce } : {}),
      ...(reference ? { message_reference: { ...reference, channel_id: channelId } } : {}),
    });
  }
}
