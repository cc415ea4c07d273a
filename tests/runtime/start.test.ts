import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSilentServer } from "../fakes/silent-server.js";

/** `npm test` builds first; run `npm run build` before running this file alone. */
const MAIN = resolve("dist/cli/main.js");
let dataDir: string;

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first`);
  dataDir = mkdtempSync(join(tmpdir(), "briefbot-start-"));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Run {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs `briefbot start` with a clean environment: no tokens from the machine leak in. */
function start(env: Record<string, string> = {}, nodeArgs: string[] = [], args = ["--terminal"]): Run {
  const child = spawn(process.execPath, [...nodeArgs, MAIN, "start", ...args], {
    // Away from the repo, so a developer's ./.env (which the CLI reads) cannot add tokens.
    cwd: dataDir,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: dataDir, ...env },
    stdio: "pipe",
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (c: Buffer) => {
    out += c.toString("utf8");
  });
  child.stderr.on("data", (c: Buffer) => {
    err += c.toString("utf8");
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on("close", (code, signal) => done({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exit };
}

describe("briefbot start (spawned)", () => {
  it("with no tokens, opens the terminal chat, answers what is typed, and exits 0 when stdin closes", async () => {
    const run = start({ DEFAULT_BRIEFING: "japan-vietnam-2025" });
    run.child.stdin.write("/sources\n");
    run.child.stdin.write("How many Vietnamese PhD students will Japan help train?\n");
    run.child.stdin.end("What is the population of Brazil?\n");
    const { code } = await run.exit;
    expect(run.stderr()).toBe("");
    expect(code).toBe(0);
    expect(run.stdout()).toMatch(/^briefbot: ask a question about “Japan–Vietnam summit/);
    expect(run.stdout()).toContain("== Sources of");
    expect(run.stdout()).toMatch(/250[\s\S]*Sources:\n\[1\] [^\n]+, 2025-04-2\d(: [^\n]+)?\n {4}https:\/\//);
    expect(run.stdout()).toContain("You could ask:");
  });

  it("exits 0 on SIGTERM while the chat is open, with /healthz served until then", async () => {
    const run = start({ PORT: "0", LOG_LEVEL: "info" });
    await vi.waitFor(() => expect(run.stdout()).toContain("/quit to leave"), { timeout: 60_000 });
    await vi.waitFor(() => expect(run.stderr()).toContain("health and metrics listening"), {
      timeout: 60_000,
    });
    const listening = run
      .stderr()
      .split("\n")
      .find((line) => line.includes("health and metrics listening"));
    const port = (JSON.parse(listening ?? "{}") as { port?: number }).port;
    expect(port).toBeGreaterThan(0);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    run.child.kill("SIGTERM");
    const { code, signal } = await run.exit;
    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(run.stderr()).toContain("stopped cleanly");
    // Two waits and an exit, each guarded alone: the test's guard covers them all.
  }, 180_000);

  it("stops on a malformed token with one line naming it, never any part of the token", async () => {
    const secret = "QZ7kJ9wV2qP4mX8rT6yB3nC5hG1fD0sL";
    const run = start({ DISCORD_TOKEN: secret });
    const { code } = await run.exit;
    expect(code).toBe(1);
    const lines = run.stderr().trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^briefbot start: configuration error: DISCORD_TOKEN: expected a Discord bot token/,
    );
    const all = run.stdout() + run.stderr();
    for (let i = 0; i + 4 <= secret.length; i++) expect(all).not.toContain(secret.slice(i, i + 4));
  });

  it("stops with one line naming DEFAULT_BRIEFING when no such briefing exists", async () => {
    const run = start({ DEFAULT_BRIEFING: "no-such-briefing" });
    const { code } = await run.exit;
    expect(code).toBe(1);
    expect(run.stderr()).toMatch(
      /^briefbot start: configuration error: DEFAULT_BRIEFING: expected the id of a briefing in BRIEFINGS_DIR \(one of: japan-vietnam-2025, us-uk-2025\)\n$/,
    );
  });

  it("stops with the curator's file:line:col messages when a briefing does not load", async () => {
    const root = mkdtempSync(join(tmpdir(), "briefbot-bad-briefing-"));
    mkdirSync(join(root, "broken"));
    writeFileSync(join(root, "broken", "briefing.yaml"), "id: broken\ntitle: [unclosed\n");
    try {
      const run = start({ BRIEFINGS_DIR: root });
      const { code } = await run.exit;
      expect(code).toBe(1);
      expect(run.stderr()).toContain("briefbot start: the briefings do not load:");
      expect(run.stderr()).toMatch(/briefing\.yaml:\d+:\d+: /);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("never loads the Slack or Discord libraries for the terminal chat", async () => {
    // Reports, at exit, which CommonJS modules of those SDKs the process loaded.
    const probe = `data:text/javascript,${encodeURIComponent(
      [
        'import { createRequire } from "node:module";',
        'const cache = createRequire(process.cwd() + "/").cache;',
        'process.on("exit", () => process.stderr.write("SDK modules: " + Object.keys(cache).filter((p) => /node_modules[\\/](discord\\.js|@discordjs|@slack)[\\/]/.test(p)).length + "\\n"));',
      ].join("\n"),
    )}`;
    const run = start({}, ["--import", probe]);
    run.child.stdin.end("/help\n");
    expect((await run.exit).code).toBe(0);
    expect(run.stderr()).toBe("SDK modules: 0\n");
    // The probe does see them when they are loaded.
    const control = spawn(
      process.execPath,
      ["--import", probe, "-e", 'import("discord.js").then(() => {})'],
      {
        stdio: "pipe",
      },
    );
    let err = "";
    control.stderr.on("data", (c: Buffer) => {
      err += c.toString("utf8");
    });
    await new Promise((done) => control.on("close", done));
    expect(err).toMatch(/^SDK modules: [1-9]\d*\n$/);
  });

  it("stops with one line naming DATABASE_URL when PostgreSQL is unreachable, without its password", async () => {
    const run = start({ DATABASE_URL: "postgres://bob:Sup3rS3cretPw@127.0.0.1:1/test" });
    const { code } = await run.exit;
    expect(code).toBe(1);
    const lines = run.stderr().trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^briefbot start: configuration error: DATABASE_URL: /);
    expect(run.stderr()).not.toContain("Sup3r");
  });

  it("with nothing configured and no terminal attached, exits 1 saying what to set", async () => {
    const run = start({}, [], []);
    run.child.stdin.end();
    const { code } = await run.exit;
    expect(code).toBe(1);
    expect(run.stderr()).toMatch(
      /^briefbot start: no chat platform is configured and no terminal is attached: set SLACK_BOT_TOKEN .* or DISCORD_TOKEN/,
    );
    expect(run.stdout()).toBe("");
  });

  it("warns about a misspelt variable with a did-you-mean, never its value", async () => {
    const run = start({ SLACK_TOKEN: "xoxb-misspelt-1234567", DATABSE_URL: "postgres://x@h/db" }, [], []);
    run.child.stdin.end();
    const { code } = await run.exit;
    expect(code).toBe(1);
    expect(run.stderr()).toContain(
      "briefbot start: warning: DATABSE_URL is not a briefbot variable and is ignored; did you mean DATABASE_URL?",
    );
    expect(run.stderr()).toContain(
      "briefbot start: warning: SLACK_TOKEN is not a briefbot variable and is ignored; did you mean SLACK_BOT_TOKEN or SLACK_APP_TOKEN?",
    );
    expect(run.stderr()).not.toContain("misspelt");
  });

  it("reports every bad variable at once, one line each", async () => {
    const run = start({ PORT: "70000", LOG_LEVEL: "verbose", DEFAULT_TIMEZONE: "Mars/Base" });
    const { code } = await run.exit;
    expect(code).toBe(1);
    const lines = run.stderr().trimEnd().split("\n");
    expect(lines.map((l) => /configuration error: (\w+):/.exec(l)?.[1])).toEqual([
      "DEFAULT_TIMEZONE",
      "PORT",
      "LOG_LEVEL",
    ]);
  });

  it("on SIGTERM during start-up (Slack never answering), closes in order and exits 0", async () => {
    const silent = await startSilentServer();
    try {
      const run = start(
        {
          SLACK_BOT_TOKEN: "xoxb-1-sigterm-test",
          SLACK_APP_TOKEN: "xapp-1-sigterm-test",
          SLACK_API_URL: `${silent.url}/api/`,
          LOG_LEVEL: "debug",
        },
        [],
        [],
      );
      await vi.waitFor(() => expect(silent.requests).toContain("POST /api/auth.test"), { timeout: 60_000 });
      run.child.kill("SIGTERM");
      const { code, signal } = await run.exit;
      expect(signal).toBeNull();
      expect(code).toBe(0);
      // Not the terminal chat: logs go to stdout.
      const logs = run.stdout();
      expect(logs).toContain("start-up cancelled by a signal");
      expect(logs).toMatch(/"step":"state".*"msg":"shutdown: closed"/);
      expect(logs).toContain("stopped cleanly");
      expect(logs + run.stderr()).not.toContain("xoxb-1-sigterm-test");
    } finally {
      await silent.close();
    }
  });
});
