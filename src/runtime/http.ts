import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ChatAdapter } from "../adapters/types.js";
import type { BriefingStore } from "../briefing/types.js";
import type { Logger } from "./logger.js";
import type { BotMetrics } from "./metrics.js";

export interface HealthReport {
  ok: boolean;
  adapters: { name: string; connected: boolean; detail: string }[];
  briefing: { loaded: boolean; id?: string; version?: string; facts?: number; asOf?: string };
}

/** What /healthz reports: 200 only when every adapter is connected and a briefing is loaded. */
export function healthReport(adapters: readonly ChatAdapter[], briefings: BriefingStore): HealthReport {
  const links = adapters.map((a) => {
    try {
      return { name: a.name, ...a.health() };
    } catch (error) {
      return { name: a.name, connected: false, detail: `health check failed: ${(error as Error).message}` };
    }
  });
  const b = briefings.get();
  const briefing = b
    ? { loaded: true, id: b.id, version: b.version, facts: b.facts.length, asOf: b.meta.asOf }
    : { loaded: false };
  return { ok: links.every((l) => l.connected) && briefing.loaded, adapters: links, briefing };
}

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

export interface HealthServerOptions {
  port: number;
  /** Loopback by default in tests; all interfaces in production so probes can reach it. */
  host?: string;
  adapters: () => readonly ChatAdapter[];
  briefings: BriefingStore;
  metrics: BotMetrics;
  logger: Logger;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(body);
}

/** GET /healthz (JSON) and GET /metrics (Prometheus text) on PORT. */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" && req.method !== "HEAD")
      return send(res, 405, "text/plain", "method not allowed\n");
    if (path === "/healthz") {
      const report = healthReport(options.adapters(), options.briefings);
      return send(res, report.ok ? 200 : 503, "application/json", `${JSON.stringify(report)}\n`);
    }
    if (path === "/metrics") {
      const body = await options.metrics.registry.metrics();
      return send(res, 200, options.metrics.registry.contentType, body);
    }
    return send(res, 404, "text/plain", "not found: try /healthz or /metrics\n");
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.logger.error({ err: error, path: req.url }, "health server request failed");
      if (!res.headersSent) send(res, 500, "text/plain", "internal error\n");
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  options.logger.info({ port }, "health and metrics listening");
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
