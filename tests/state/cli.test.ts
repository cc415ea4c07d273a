import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as forget } from "../../src/cli/forget.js";
import { run as gaps } from "../../src/cli/gaps.js";
import { run as subscriptions } from "../../src/cli/subscriptions.js";
import { openState } from "../../src/state/index.js";
import { TestClock } from "./stores.js";

const tmp = mkdtempSync(join(tmpdir(), "briefbot-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(command: typeof gaps, args: string[], env: NodeJS.ProcessEnv) {
  let stdout = "";
  let stderr = "";
  const code = await command(args, {
    env,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

describe("briefbot subscriptions and gaps", () => {
  const env = { DATA_DIR: join(tmp, "data") };

  beforeAll(async () => {
    const clock = new TestClock("2026-02-01T00:00:00.000Z");
    const store = await openState({ dataDir: env.DATA_DIR, clock });
    const base = {
      workspaceId: "T1",
      briefingId: "japan-vietnam-2025",
      cron: "0 8 * * *",
      scheduleLabel: "daily 08:00",
      timezone: "Asia/Tokyo",
      lang: "en" as const,
      createdBy: "U1",
    };
    const a = await store.subscriptions.upsert({ ...base, platform: "slack", channelId: "C-news" });
    const b = await store.subscriptions.upsert({
      ...base,
      platform: "discord",
      workspaceId: "G1",
      channelId: "D-gone",
    });
    await store.subscriptions.pause(b.id, "channel not found (Discord 10003)");
    const d = await store.deliveries.claim(a.id, new Date("2026-02-01T23:00:00.000Z"), "cli-test", 60_000);
    await store.deliveries.markSent(d!, { channelId: "C-news", messageId: "1.2" }, []);
    // An earlier run whose owner died holding it, written off when a take-over found it overtaken.
    const dead = await store.deliveries.claim(a.id, new Date("2026-01-31T23:00:00.000Z"), "dead", 60_000);
    await store.deliveries.writeOff(
      dead!,
      "skipped",
      "not posted: its owner dead stopped before finishing; superseded by the run at 2026-02-01T23:00:00.000Z",
    );
    const q = {
      platform: "slack" as const,
      briefingId: "japan-vietnam-2025",
      lang: "en" as const,
      factIds: [],
    };
    await store.questions.record({
      ...q,
      answerId: "a1",
      question: "Who won the election?",
      answered: false,
      confidence: 0,
    });
    clock.advance(60_000);
    await store.questions.record({
      ...q,
      answerId: "a2",
      question: "who won the ELECTION",
      answered: false,
      confidence: 0,
    });
    await store.questions.record({
      ...q,
      answerId: "a3",
      question: "Rice exports?",
      answered: true,
      confidence: 0.2,
      factIds: ["rice"],
    });
    await store.close();
  });

  it("lists subscriptions with their state and paused reason", async () => {
    const { code, stdout } = await cli(subscriptions, [], env);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(
      /^ID\s+PLATFORM\s+WORKSPACE\s+CHANNEL\s+BRIEFING\s+SCHEDULE\s+TIME ZONE\s+LANG\s+LAST RUN\s+STATE\s+LAST NOT POSTED$/,
    );
    expect(stdout).toMatch(
      /active\s+2026-01-31T23:00:00.000Z skipped: not posted: its owner dead stopped before finishing; superseded by the run at 2026-02-01T23:00:00.000Z/,
    );
    expect(stdout).toMatch(
      /slack\s+T1\s+C-news\s+japan-vietnam-2025\s+daily 08:00\s+Asia\/Tokyo\s+en\s+2026-02-01T23:00:00.000Z\s+active/,
    );
    expect(stdout).toMatch(/discord\s+G1\s+D-gone .*paused: channel not found \(Discord 10003\)/);
    expect(stdout).toContain("2 subscriptions, 1 paused.");
  });

  it("filters and prints JSON", async () => {
    const { code, stdout } = await cli(subscriptions, ["--json", "--state", "paused"], env);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { channelId: string; pausedReason: string; lastRun: null }[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({
      channelId: "D-gone",
      pausedReason: "channel not found (Discord 10003)",
      lastRun: null,
    });
  });

  it("prints the curators' gap table and JSON", async () => {
    const table = await cli(gaps, [], env);
    expect(table.code).toBe(0);
    expect(table.stdout.split("\n")[0]).toMatch(/^KIND\s+COUNT\s+LAST ASKED \(UTC\)\s+FACTS\s+QUESTION$/);
    expect(table.stdout).toMatch(/unanswered\s+2\s+2026-02-01 00:01\s+-\s+who won the election/);
    expect(table.stdout).toMatch(/low-confidence\s+1\s+2026-02-01 00:01\s+rice\s+rice exports/);

    const json = await cli(gaps, ["--json", "--limit", "1"], env);
    const rows = JSON.parse(json.stdout) as { kind: string; count: number }[];
    expect(rows).toHaveLength(1);
    expect(await cli(gaps, ["--json", "--below", "0.1"], env).then((r) => JSON.parse(r.stdout))).toHaveLength(
      1,
    );
  });

  it.each([
    [subscriptions, ["--state", "sleeping"], /--state must be one of active, paused/],
    [subscriptions, ["--platform"], /argument missing|needs a value|--platform/],
    [subscriptions, ["extra"], /positional|unexpected/i],
    [gaps, ["--limit", "0"], /--limit must be a whole number from 1 to 10000, got "0"/],
    [gaps, ["--limit", "ten"], /--limit must be a whole number/],
    [gaps, ["--below", "1.5"], /--below must be a confidence between 0 and 1/],
    [gaps, ["--verbose"], /unknown option/i],
  ])("rejects bad flags with exit 2 and the usage line (%#)", async (command, args, message) => {
    const { code, stderr, stdout } = await cli(command, args, env);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/usage: briefbot/);
    expect(stdout).toBe("");
  });

  it("does not create a database just to report that there is none", async () => {
    const empty = { DATA_DIR: join(tmp, "never-used") };
    const { code, stdout } = await cli(subscriptions, [], empty);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^No subscriptions \(no state yet: .*briefbot\.sqlite does not exist/);
    expect((await cli(gaps, ["--json"], empty)).stdout).toBe("[]\n");
    expect(existsSync(empty.DATA_DIR)).toBe(false);
  });

  it("forget --user removes a person's questions and keeps their subscription without the author", async () => {
    const forgetEnv = { DATA_DIR: join(tmp, "forget") };
    const store = await openState({ dataDir: forgetEnv.DATA_DIR });
    const made = await store.subscriptions.upsert({
      platform: "slack",
      workspaceId: "T1",
      channelId: "C1",
      briefingId: "japan-vietnam-2025",
      cron: "0 8 * * *",
      scheduleLabel: "daily 08:00",
      timezone: "UTC",
      lang: "en",
      createdBy: "U-LEAVER",
    });
    await store.questions.record({
      answerId: "a-leaver",
      platform: "slack",
      userId: "U-LEAVER",
      briefingId: "japan-vietnam-2025",
      question: "What did I ask?",
      lang: "en",
      answered: false,
      confidence: 0,
      factIds: [],
    });
    await store.close();
    const { code, stdout } = await cli(forget, ["--user", "U-LEAVER"], forgetEnv);
    expect(code).toBe(0);
    expect(stdout).toBe(
      "Forgot U-LEAVER: 1 questions and 0 feedback removed; author dropped from 1 subscriptions (kept).\n",
    );
    const after = await openState({ dataDir: forgetEnv.DATA_DIR });
    expect(await after.questions.get("a-leaver")).toBeUndefined();
    expect(await after.subscriptions.get(made.id)).toMatchObject({ createdBy: "", state: "active" });
    await after.close();
    expect((await cli(forget, ["--json", "--user", "U-LEAVER"], forgetEnv)).stdout).toBe(
      '{"user":"U-LEAVER","questions":0,"feedback":0,"subscriptions":0}\n',
    );
    const bad = await cli(forget, [], forgetEnv);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--user needs the person's platform user id/);
  });

  it("a malformed DATABASE_URL exits 1 naming the variable, never the password", async () => {
    const { code, stderr } = await cli(gaps, [], { DATABASE_URL: "postgres://ops:topsecret@/x" });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^briefbot gaps: DATABASE_URL: expected postgres:\/\//);
    expect(stderr).not.toContain("topsecret");
  });
});
