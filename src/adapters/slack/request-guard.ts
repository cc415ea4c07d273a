import type { IncomingMessage, ServerResponse } from "node:http";
import type { Clock } from "../../clock.js";

/** Slack's own limit on how far a request's timestamp may be from now, either way. */
export const MAX_CLOCK_SKEW_SEC = 5 * 60;
/** Slack's payloads are a few KB; anything near this is not from Slack. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type Refusal = { status: 401 | 411 | 413; reason: string };

/**
 * Checks what can be checked from the headers alone, before a byte of the body is read:
 * the signature headers are present, the timestamp is within five minutes of now (past or
 * future), and the declared length is at most 1 MB. Bolt then verifies the signature itself.
 * Returns undefined when the request may be read.
 */
export function screenSlackRequest(req: IncomingMessage, nowMs: number): Refusal | undefined {
  const signature = req.headers["x-slack-signature"];
  const timestamp = req.headers["x-slack-request-timestamp"];
  if (typeof signature !== "string" || !signature.startsWith("v0=") || typeof timestamp !== "string") {
    return { status: 401, reason: "unsigned" };
  }
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_SEC) {
    return { status: 401, reason: "timestamp more than five minutes from now" };
  }
  const length = req.headers["content-length"];
  // Slack always sends a length; without one the body could only be bounded by reading it.
  if (length === undefined) return { status: 411, reason: "no content-length" };
  if (!/^\d+$/.test(length) || Number(length) > MAX_BODY_BYTES)
    return { status: 413, reason: "body over 1 MB" };
  return undefined;
}

/**
 * Wraps Bolt's request listener with screenSlackRequest. A refused request is answered and
 * its connection closed without reading the body, so an unsigned 300 MB POST costs nothing.
 */
export function guardSlackRequests(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  clock: Clock,
  onRefused: (refusal: Refusal) => void = () => undefined,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const refusal = screenSlackRequest(req, clock.now().getTime());
    if (!refusal) {
      listener(req, res);
      return;
    }
    onRefused(refusal);
    res.shouldKeepAlive = false;
    res.writeHead(refusal.status, { "content-type": "text/plain", connection: "close" });
    res.end(`${refusal.reason}\n`, () => req.socket.destroy());
  };
}
