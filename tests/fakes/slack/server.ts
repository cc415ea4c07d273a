/**
 * A fake Slack on 127.0.0.1: the Web API methods briefbot calls, the response_url endpoint that
 * slash commands and buttons answer to, and a Socket Mode WebSocket server. It records every call
 * so tests assert on the exact payloads the real Bolt/WebClient sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/** Waits on the fake end here: a guard against hangs, inside vitest's 60 s test timeout. */
const HANG_GUARD_MS = 45_000;

/** One Web API call as the fake received it (form fields with JSON values decoded). */
export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  /** The bearer token the client sent, for asserting which token a call used. */
  token: string | undefined;
}

/** One POST to a response_url handed out by `responseUrl()`. */
export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

/** An acknowledgement a Socket Mode client sent for an envelope. */
export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

/** A canned failure for the next call(s) of a method. */
export interface ScriptedFailure {
  status?: number;
  headers?: Record<string, string>;
  /** JSON body; `{ ok: false, error }` for a Slack platform error. */
  body?: unknown;
  /** Drop the connection without answering, as a network failure would. */
  destroy?: boolean;
  /** Never answer: the connection stays open, as with a stuck proxy. */
  hang?: boolean;
}

export interface FakeUser {
  id: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
}

interface StoredMessage {
  ts: string;
  text?: unknown;
  blocks?: unknown;
  metadata?: unknown;
  thread_ts?: unknown;
  bot_id: string;
  user: string;
  type: "message";
}

export const FAKE_BOT_USER_ID = "UBOTBRIEF";
export const FAKE_BOT_ID = "BBOTBRIEF";
export const FAKE_TEAM_ID = "T0FAKE";

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  readonly acks: SocketAck[] = [];
  readonly users = new Map<string, FakeUser>();
  /** Messages posted per channel, oldest first (conversations.history serves them newest first). */
  readonly messages = new Map<string, StoredMessage[]>();
  /** How many Socket Mode connections were opened so far. */
  socketConnections = 0;

  private readonly failures = new Map<string, ScriptedFailure[]>();
  private readonly responseWaiters = new Map<string, (post: ResponseUrlPost) => void>();
  private readonly sockets = new Set<WebSocket>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private seq = 0;

  private constructor(private readonly server: Server) {
    this.wss.on("connection", (ws) => this.onSocket(ws));
  }

  /** Starts the fake on an ephemeral port of 127.0.0.1. */
  static async start(): Promise<FakeSlack> {
    const server = createServer();
    const fake = new FakeSlack(server);
    server.on("request", (req, res) => {
      fake.onRequest(req, res).catch((error: unknown) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(error));
      });
    });
    server.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/link")) return socket.destroy();
      fake.wss.handleUpgrade(req, socket, head, (ws) => fake.wss.emit("connection", ws, req));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Base URL for the WebClient's `slackApiUrl`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A fresh response_url for a slash command or button payload. */
  responseUrl(): string {
    this.seq += 1;
    return `http://127.0.0.1:${this.port}/respond/${this.seq}`;
  }

  /** The next `times` calls of `method` fail as scripted. */
  fail(method: string, failure: ScriptedFailure, times = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(failure);
    this.failures.set(method, queue);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Sends a Socket Mode envelope to every open connection; returns its envelope id. */
  pushEnvelope(
    type: "events_api" | "slash_commands" | "interactive",
    payload: unknown,
    options: { envelopeId?: string; retryAttempt?: number } = {},
  ): string {
    this.seq += 1;
    const envelopeId = options.envelopeId ?? `env-${this.seq}`;
    const message = {
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: type !== "events_api",
      ...(type === "events_api" ? { retry_attempt: options.retryAttempt ?? 0, retry_reason: "" } : {}),
    };
    const text = JSON.stringify(message);
    for (const ws of this.sockets) ws.send(text);
    return envelopeId;
  }

  /** True while at least one Socket Mode client is connected. */
  get socketOpen(): boolean {
    return this.sockets.size > 0;
  }

  /** Asks the clients to reconnect, as Slack does before recycling a connection. */
  requestRefresh(): void {
    const text = JSON.stringify({
      type: "disconnect",
      reason: "refresh_requested",
      debug_info: { host: "fake-slack" },
    });
    for (const ws of this.sockets) ws.send(text);
  }

  /** Kills the Socket Mode connections without a close frame, as a network drop would. */
  dropSockets(): void {
    for (const ws of this.sockets) ws.terminate();
    this.sockets.clear();
  }

  /** Resolves with the first truthy value of `pick()`, polling; rejects after `timeoutMs`. */
  async waitFor<T>(
    pick: () => T | undefined | false,
    timeoutMs = HANG_GUARD_MS,
    what = "condition",
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = pick();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`fake slack: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /**
   * Resolves the moment a POST to `responseUrl` arrives (no polling), for round-trip timing.
   * Register it before sending the command.
   */
  nextResponseTo(responseUrl: string): Promise<ResponseUrlPost> {
    const id = responseUrl.slice(responseUrl.lastIndexOf("/") + 1);
    return new Promise((resolve) => this.responseWaiters.set(id, resolve));
  }

  /** Waits for the n-th (1-based) call of a method. */
  waitForCall(method: string, n = 1, timeoutMs = HANG_GUARD_MS): Promise<RecordedCall> {
    return this.waitFor(() => this.callsTo(method)[n - 1], timeoutMs, `${method} #${n}`);
  }

  /** Waits for the n-th (1-based) response_url POST. */
  waitForResponse(n = 1, timeoutMs = 5000): Promise<ResponseUrlPost> {
    return this.waitFor(() => this.responses[n - 1], timeoutMs, `response_url post #${n}`);
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.sockets.clear();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onSocket(ws: WebSocket): void {
    this.socketConnections += 1;
    this.sockets.add(ws);
    ws.on("close", () => this.sockets.delete(ws));
    ws.on("message", (data) => {
      const parsed = JSON.parse(data.toString()) as SocketAck;
      if (typeof parsed.envelope_id === "string") this.acks.push(parsed);
    });
    ws.send(
      JSON.stringify({
        type: "hello",
        num_connections: this.sockets.size,
        debug_info: { host: "fake-slack", approximate_connection_time: 18060 },
        connection_info: { app_id: "A0FAKE" },
      }),
    );
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname.startsWith("/respond/")) {
      const post = { id: url.pathname.slice("/respond/".length), body: parseBody(raw, req) };
      this.responses.push(post);
      this.responseWaiters.get(post.id)?.(post);
      this.responseWaiters.delete(post.id);
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("ok");
      return;
    }
    if (!url.pathname.startsWith("/api/")) {
      res.writeHead(404);
      res.end();
      return;
    }
    const method = url.pathname.slice("/api/".length);
    const body = parseBody(raw, req);
    const auth = req.headers.authorization;
    const token = auth?.startsWith("Bearer ")
      ? auth.slice(7)
      : typeof body.token === "string"
        ? body.token
        : undefined;
    this.calls.push({ method, body, token });

    const failure = this.failures.get(method)?.shift();
    if (failure?.hang) return;
    if (failure?.destroy) {
      req.socket.destroy();
      return;
    }
    if (failure) {
      const status = failure.status ?? 200;
      res.writeHead(status, { "content-type": "application/json", ...failure.headers });
      res.end(JSON.stringify(failure.body ?? { ok: status === 200 }));
      return;
    }
    json(res, this.answer(method, body));
  }

  private answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://fake.slack.test/",
          team: "Fake",
          user: "briefbot",
          team_id: FAKE_TEAM_ID,
          user_id: FAKE_BOT_USER_ID,
          bot_id: FAKE_BOT_ID,
        };
      case "apps.connections.open":
        return { ok: true, url: `ws://127.0.0.1:${this.port}/link/?ticket=${++this.seq}` };
      case "chat.postMessage": {
        const channel = String(body.channel ?? "");
        if (!channel) return { ok: false, error: "channel_not_found" };
        const message: StoredMessage = {
          type: "message",
          ts: this.nextTs(),
          text: body.text,
          blocks: body.blocks,
          metadata: body.metadata,
          thread_ts: body.thread_ts,
          bot_id: FAKE_BOT_ID,
          user: FAKE_BOT_USER_ID,
        };
        const list = this.messages.get(channel) ?? [];
        list.push(message);
        this.messages.set(channel, list);
        return { ok: true, channel, ts: message.ts, message };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: this.nextTs() };
      case "conversations.history": {
        const channel = String(body.channel ?? "");
        const limit = Number(body.limit ?? 100);
        const withMetadata = body.include_all_metadata === true || body.include_all_metadata === "true";
        // Newest first, after `oldest` (exclusive, as Slack), paged by an offset cursor.
        const oldest = Number(body.oldest ?? 0);
        const offset = Number(body.cursor ?? 0);
        const all = [...(this.messages.get(channel) ?? [])]
          .filter((m) => m.thread_ts === undefined && Number(m.ts) > oldest)
          .reverse();
        const list = all.slice(offset, offset + limit);
        const messages = list.map(({ metadata, ...rest }) =>
          withMetadata && metadata ? { ...rest, metadata } : rest,
        );
        const hasMore = offset + limit < all.length;
        return {
          ok: true,
          messages,
          has_more: hasMore,
          ...(hasMore ? { response_metadata: { next_cursor: String(offset + limit) } } : {}),
        };
      }
      case "users.info": {
        const id = String(body.user ?? "");
        const user = this.users.get(id);
        return user
          ? { ok: true, user: { name: id.toLowerCase(), ...user } }
          : { ok: false, error: "user_not_found" };
      }
      default:
        return { ok: false, error: "unknown_method" };
    }
  }

  private nextTs(): string {
    this.seq += 1;
    return `${1_764_000_000 + this.seq}.${String(this.seq).padStart(6, "0")}`;
  }
}

function json(res: ServerResponse, value: unknown): void {
  res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(value));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of req) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString("utf8");
}

/** JSON bodies as they are; form bodies field by field, decoding fields that hold JSON. */
function parseBody(raw: string, req: IncomingMessage): Record<string, unknown> {
  if (!raw) return {};
  if ((req.headers["content-type"] ?? "").includes("application/json")) {
    return JSON.parse(raw) as Record<string, unknown>;
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}
