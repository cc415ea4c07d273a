/** Signed requests to Bolt's HTTP receiver, as Slack sends them (v0 HMAC-SHA256 of `v0:ts:body`). */
import { createHmac } from "node:crypto";

export function slackSignature(secret: string, timestampSec: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestampSec}:${body}`).digest("hex")}`;
}

export interface SignedPostOptions {
  secret: string;
  /** Seconds since the epoch; defaults to now. A stale one must be refused. */
  timestampSec?: number;
  /** Slack's retry header for events it thinks were missed. */
  retryNum?: number;
  /** Overrides the signature (a bad one must be refused). */
  signature?: string;
}

export type SlackHttpBody =
  | { kind: "json"; value: unknown }
  | { kind: "form"; fields: Record<string, string> }
  | { kind: "interactive"; payload: unknown };

export function encodeBody(body: SlackHttpBody): { text: string; contentType: string } {
  switch (body.kind) {
    case "json":
      return { text: JSON.stringify(body.value), contentType: "application/json" };
    case "form":
      return {
        text: new URLSearchParams(body.fields).toString(),
        contentType: "application/x-www-form-urlencoded",
      };
    case "interactive":
      return {
        text: new URLSearchParams({ payload: JSON.stringify(body.payload) }).toString(),
        contentType: "application/x-www-form-urlencoded",
      };
  }
}

/** POSTs a signed request to `url` (Bolt's `/slack/events`) and returns the status and body. */
export async function postSigned(
  url: string,
  body: SlackHttpBody,
  options: SignedPostOptions,
): Promise<{ status: number; text: string }> {
  const { text, contentType } = encodeBody(body);
  const ts = options.timestampSec ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": contentType,
    "x-slack-request-timestamp": String(ts),
    "x-slack-signature": options.signature ?? slackSignature(options.secret, ts, text),
  };
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  const res = await fetch(url, { method: "POST", headers, body: text });
  return { status: res.status, text: await res.text() };
}
