import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonClick, dmMessage, eventCallback, postSigned, slashCommand } from "../fakes/slack.js";
import { realCommands, SIGNING_SECRET, type SlackHarness, startSlack } from "./support.js";

let core: Awaited<ReturnType<typeof realCommands>>;
let h: SlackHarness;

beforeAll(async () => {
  core = await realCommands();
  h = await startSlack("http", core.commands);
});
afterAll(async () => {
  await h.stop();
  await core.close();
});

/**
 * Sends the headers and one 64 KB chunk of a request whose declared body is much larger, and
 * resolves with the status of the response that arrives without the rest.
 */
function sendHeadersOnly(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; bodyBytesSent: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, bodyBytesSent: 64 * 1024 });
      req.destroy();
    });
    req.on("error", (error) => {
      // The server closes the connection after answering; only an error before that counts.
      if (!req.destroyed) reject(error);
    });
    req.write(Buffer.alloc(64 * 1024, 0x20));
  });
}

const PHD = "How many Vietnamese PhD students will Japan help train?";
const secret = SIGNING_SECRET;

describe("Slack over HTTP, signed requests to Bolt's receiver", () => {
  it("listens on the configured address and reports the link up", () => {
    expect(h.adapter.mode).toBe("http");
    expect(h.adapter.health().connected).toBe(true);
    expect(h.adapter.health().detail).toMatch(/^http mode listening on port \d+$/);
  });

  it("acks a signed /brief with 200, then responds via response_url", async () => {
    const responseUrl = h.fake.responseUrl();
    const res = await postSigned(
      h.eventsUrl,
      { kind: "form", fields: slashCommand({ text: `ask ${PHD}`, responseUrl }) },
      { secret },
    );
    expect(res.status).toBe(200);
    const post = await h.fake.waitFor(() => h.fake.responses.find((r) => responseUrl.endsWith(`/${r.id}`)));
    expect(post.body).toMatchObject({ response_type: "in_channel" });
    expect(JSON.stringify(post.body.blocks)).toMatch(/feedback\.helpful/);
  });

  it("refuses a bad signature with 401 and does not run the command", async () => {
    const responseUrl = h.fake.responseUrl();
    const res = await postSigned(
      h.eventsUrl,
      { kind: "form", fields: slashCommand({ text: "help", responseUrl }) },
      { secret, signature: `v0=${"0".repeat(64)}` },
    );
    expect(res.status).toBe(401);
    const wrongSecret = await postSigned(
      h.eventsUrl,
      { kind: "form", fields: slashCommand({ text: "help", responseUrl }) },
      { secret: "another-secret-entirely-123456" },
    );
    expect(wrongSecret.status).toBe(401);
    expect(h.fake.responses.some((r) => responseUrl.endsWith(`/${r.id}`))).toBe(false);
  });

  it("refuses a stale timestamp with 401, even when correctly signed", async () => {
    const responseUrl = h.fake.responseUrl();
    const res = await postSigned(
      h.eventsUrl,
      { kind: "form", fields: slashCommand({ text: "help", responseUrl }) },
      { secret, timestampSec: Math.floor(Date.now() / 1000) - 10 * 60 },
    );
    expect(res.status).toBe(401);
  });

  it("refuses a timestamp more than five minutes in the future, and takes one within it", async () => {
    const now = Math.floor(Date.now() / 1000);
    const ahead = await postSigned(
      h.eventsUrl,
      { kind: "form", fields: slashCommand({ text: "help", responseUrl: h.fake.responseUrl() }) },
      { secret, timestampSec: now + 10 * 60 },
    );
    expect(ahead.status).toBe(401);
    const within = await postSigned(
      h.eventsUrl,
      { kind: "form", fields: slashCommand({ text: "help", responseUrl: h.fake.responseUrl() }) },
      { secret, timestampSec: now + 4 * 60 },
    );
    expect(within.status).toBe(200);
  });

  it("refuses an unsigned request before reading its body: the answer comes while 300 MB are still unsent", async () => {
    const { status, bodyBytesSent } = await sendHeadersOnly(h.eventsUrl, {
      "content-type": "application/json",
      "content-length": String(300 * 1024 * 1024),
    });
    expect(status).toBe(401);
    expect(bodyBytesSent).toBeLessThan(1024 * 1024);
  });

  it("refuses a signed request declaring more than 1 MB with 413, unread", async () => {
    const ts = Math.floor(Date.now() / 1000);
    const { status } = await sendHeadersOnly(h.eventsUrl, {
      "content-type": "application/json",
      "content-length": String(2 * 1024 * 1024),
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": `v0=${"a".repeat(64)}`,
    });
    expect(status).toBe(413);
  });

  it("answers an event once when Slack retries it (x-slack-retry-num)", async () => {
    const payload = eventCallback(dmMessage({ text: PHD, channel: "D0RETRY" }));
    const first = await postSigned(h.eventsUrl, { kind: "json", value: payload }, { secret });
    const retry = await postSigned(h.eventsUrl, { kind: "json", value: payload }, { secret, retryNum: 1 });
    const again = await postSigned(h.eventsUrl, { kind: "json", value: payload }, { secret, retryNum: 2 });
    expect([first.status, retry.status, again.status]).toEqual([200, 200, 200]);
    const sentinel = eventCallback(dmMessage({ text: PHD, channel: "D0LATER" }));
    await postSigned(h.eventsUrl, { kind: "json", value: sentinel }, { secret });
    await h.fake.waitFor(() => h.fake.callsTo("chat.postMessage").find((c) => c.body.channel === "D0LATER"));
    await h.fake.waitFor(() => h.fake.callsTo("chat.postMessage").find((c) => c.body.channel === "D0RETRY"));
    expect(h.fake.callsTo("chat.postMessage").filter((c) => c.body.channel === "D0RETRY")).toHaveLength(1);
  });

  it("acks a feedback click and replies ephemerally", async () => {
    const responseUrl = h.fake.responseUrl();
    const res = await postSigned(
      h.eventsUrl,
      {
        kind: "interactive",
        payload: buttonClick({ actionId: "feedback.helpful", value: "no-such-answer", responseUrl }),
      },
      { secret },
    );
    expect(res.status).toBe(200);
    const post = await h.fake.waitFor(() => h.fake.responses.find((r) => responseUrl.endsWith(`/${r.id}`)));
    expect(post.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
  });

  it("answers Slack's url_verification challenge", async () => {
    const res = await postSigned(
      h.eventsUrl,
      { kind: "json", value: { type: "url_verification", challenge: "c-123" } },
      { secret },
    );
    expect(res.status).toBe(200);
    expect(res.text).toContain("c-123");
  });
});

describe("Slack HTTP mode on the runtime's own server (listen: false)", () => {
  let other: SlackHarness;
  let server: Server;
  let url = "";
  beforeAll(async () => {
    other = await startSlack("http", core.commands, { listen: false });
    const listener = other.adapter.httpRequestListener!;
    // Stands in for the runtime's server with /healthz: Slack's path goes to the adapter.
    server = createServer((req, res) => {
      if (req.url === "/healthz") res.writeHead(200).end("ok");
      else listener(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await other.stop();
    await new Promise((resolve) => server.close(resolve));
  });

  it("opens no port of its own and serves signed requests through the listener", async () => {
    expect(other.adapter.address()).toBeUndefined();
    expect(other.adapter.health().connected).toBe(true);
    const responseUrl = other.fake.responseUrl();
    const ok = await postSigned(
      `${url}/slack/events`,
      { kind: "form", fields: slashCommand({ text: "help", responseUrl }) },
      { secret },
    );
    expect(ok.status).toBe(200);
    await other.fake.waitFor(() => other.fake.responses.find((r) => responseUrl.endsWith(`/${r.id}`)));
    const bad = await postSigned(
      `${url}/slack/events`,
      { kind: "form", fields: slashCommand({ text: "help", responseUrl }) },
      { secret, signature: "v0=bad" },
    );
    expect(bad.status).toBe(401);
    expect((await fetch(`${url}/slack/other`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

describe("Slack HTTP mode stop()", () => {
  it("closes the port and reports the link stopped", async () => {
    const own = await startSlack("http", core.commands);
    const url = own.eventsUrl;
    expect(own.adapter.health().connected).toBe(true);
    await own.stop();
    expect(own.adapter.health()).toEqual({ connected: false, detail: "stopped" });
    const refused = await fetch(url, { method: "POST", body: "" }).then(
      () => "answered",
      (e: unknown) => String((e as { cause?: { code?: string } }).cause?.code),
    );
    expect(refused).toBe("ECONNREFUSED");
  });
});
