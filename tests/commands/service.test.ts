import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion, suggestQuestions } from "../../src/answer/index.js";
import { type Clock, fixedClock } from "../../src/clock.js";
import type { CommandOutcome, CommandServiceDeps } from "../../src/commands/deps.js";
import { createCommandService } from "../../src/commands/service.js";
import type { Command, CommandContext } from "../../src/commands/types.js";
import { composeDigest, digestToReply } from "../../src/digest/compose.js";
import { parseSchedule } from "../../src/digest/schedule.js";
import { openState } from "../../src/state/index.js";
import type { StateStore } from "../../src/state/types.js";
import { context, fixedStore } from "./helpers.js";

const NOW = "2026-11-28T09:00:00Z";
let dir: string;
let state: StateStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-commands-"));
  state = await openState({ dataDir: dir });
});
afterAll(async () => {
  await state.close();
  rmSync(dir, { recursive: true, force: true });
});

function service(overrides: Partial<CommandServiceDeps> = {}) {
  const outcomes: CommandOutcome[] = [];
  let ids = 0;
  const commands = createCommandService({
    briefings: fixedStore(),
    // Two briefings ship: these tests are about the summit one, as DEFAULT_BRIEFING picks it.
    defaultBriefing: "japan-vietnam-2025",
    answers: { answerQuestion, suggestQuestions },
    state,
    schedule: parseSchedule,
    clock: fixedClock(NOW),
    newId: () => `answer-${++ids}-${Math.random().toString(36).slice(2)}`,
    onOutcome: (o) => outcomes.push(o),
    ...overrides,
  });
  const run = (command: Command, ctx: CommandContext = context()) => commands.run(ctx, command);
  const ask = (question: string, ctx?: CommandContext) => run({ name: "ask", question }, ctx);
  return { commands, run, ask, outcomes };
}

describe("ask", () => {
  it("answers with citations and feedback buttons, and records the question", async () => {
    const { ask, outcomes } = service();
    const reply = await ask("How many Vietnamese PhD students will Japan help train?");
    expect(reply.kind).toBe("answer");
    expect(reply.ephemeral).toBe(false);
    expect(reply.text).toMatch(/250/);
    expect(reply.citations.length).toBeGreaterThan(0);
    for (const c of reply.citations) {
      expect(c.url).toMatch(/^https?:\/\//);
      expect(c.publisher).not.toBe("");
      expect(c.quote).not.toBe("");
    }
    expect(reply.answerId).toBeDefined();
    expect(reply.actions.map((a) => [a.id, a.value])).toEqual([
      ["feedback.helpful", reply.answerId],
      ["feedback.not_helpful", reply.answerId],
    ]);
    expect(reply.lang).toBe("en");
    expect(reply.footer).toBe("Briefing as of August 2, 2025");
    const record = await state.questions.get(reply.answerId!);
    expect(record).toMatchObject({
      answered: true,
      platform: "slack",
      lang: "en",
    });
    expect(record?.factIds.length).toBeGreaterThan(0);
    expect(outcomes).toEqual([
      expect.objectContaining({ platform: "slack", command: "ask", result: "answered" }),
    ]);
  });

  it("answers in the question's language, with buttons labelled in it", async () => {
    const { ask } = service();
    const reply = await ask("日本は何人のベトナム人博士課程学生の育成を支援しますか？");
    expect(reply.kind).toBe("answer");
    expect(reply.lang).toBe("ja");
    expect(reply.actions[0]?.label).toBe("役に立った");
    expect(reply.text).toMatch(/250/);
    expect(reply.footer).toBe("2025年8月2日 時点のブリーフィング");
  });

  it("shows no feedback buttons when there is no state to record them", async () => {
    const { ask } = service({ state: undefined });
    const reply = await ask("How many Vietnamese PhD students will Japan help train?");
    expect(reply.kind).toBe("answer");
    expect(reply.actions).toEqual([]);
  });

  it("abstains plainly with suggestions when the briefing does not cover it", async () => {
    const { ask, outcomes } = service();
    const reply = await ask("What is the population of Brazil?");
    expect(reply.kind).toBe("abstain");
    expect(reply.citations).toEqual([]);
    expect(reply.actions).toEqual([]);
    expect(reply.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(outcomes[0]?.result).toBe("abstained");
    expect((await state.questions.get(reply.answerId!))?.answered).toBe(false);
  });

  it("refuses a question over 1,000 characters clearly, in its language, ephemerally", async () => {
    const { ask, outcomes } = service();
    const reply = await ask("tariff ".repeat(200));
    expect(reply).toMatchObject({ kind: "error", ephemeral: true });
    expect(reply.text).toContain("1000");
    expect(outcomes[0]?.result).toBe("invalid");
    const ja = await ask("関税".repeat(600));
    expect(ja.text).toContain("文字");
  });

  it("measures as the CLI does: graphemes of the trimmed text", async () => {
    const { ask } = service();
    expect((await ask("😀".repeat(600))).text).not.toContain("1000");
    expect((await ask(`${" ".repeat(999)}What tariff would Vietnam face?`)).kind).not.toBe("error");
    const over = await ask("😀".repeat(1001));
    expect(over).toMatchObject({ kind: "error" });
    expect(over.text).toContain("1001 characters");
  });

  it("rate-limits each user, with a friendly reply, and lets others through", async () => {
    const { ask, outcomes } = service({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await ask("What tariff does Vietnam face?")).kind).not.toBe("error");
    const limited = await ask("What tariff does Vietnam face?");
    expect(limited).toMatchObject({ kind: "error", ephemeral: true });
    expect(limited.text).toMatch(/wait about \d+ s/);
    expect(outcomes.at(-1)?.result).toBe("rate_limited");
    const other = await ask("What tariff does Vietnam face?", context({ userId: "U2" }));
    expect(other.kind).not.toBe("error");
  });

  it("the limit window slides with the injected clock", async () => {
    let now = Date.parse(NOW);
    const clock: Clock = { now: () => new Date(now) };
    const { ask } = service({ rateLimitPerMinute: 1, clock });
    expect((await ask("What tariff does Vietnam face?")).kind).not.toBe("error");
    expect((await ask("What tariff does Vietnam face?")).kind).toBe("error");
    now += 61_000;
    expect((await ask("What tariff does Vietnam face?")).kind).not.toBe("error");
  });

  it("turns an exception inside a command into a short apology and a log line", async () => {
    const logged: object[] = [];
    const logger = { debug() {}, info() {}, warn() {}, error: (obj: object) => logged.push(obj) };
    const { ask, outcomes } = service({
      answers: {
        answerQuestion: () => {
          throw new Error("index corrupted");
        },
        suggestQuestions,
      },
      logger,
    });
    const reply = await ask("What tariff does Vietnam face?");
    expect(reply).toMatchObject({ kind: "error", ephemeral: true });
    expect(reply.text).toMatch(/^Sorry/);
    expect(reply.text).not.toContain("index corrupted");
    expect(outcomes[0]?.result).toBe("error");
    expect(logged[0]).toMatchObject({ platform: "slack", command: "ask", code: "UNEXPECTED" });
  });

  it("logs the question text only at debug level", async () => {
    const lines: { level: string; obj: object }[] = [];
    const logger = {
      debug: (obj: object) => lines.push({ level: "debug", obj }),
      info: (obj: object) => lines.push({ level: "info", obj }),
      warn: (obj: object) => lines.push({ level: "warn", obj }),
      error: (obj: object) => lines.push({ level: "error", obj }),
    };
    const { ask } = service({ logger });
    await ask("What tariff does Vietnam face?");
    for (const line of lines.filter((l) => l.level !== "debug"))
      expect(JSON.stringify(line.obj)).not.toContain("Vietnam face");
    expect(lines.find((l) => l.level === "info")?.obj).toMatchObject({ platform: "slack", command: "ask" });
    expect(lines.some((l) => l.level === "debug" && JSON.stringify(l.obj).includes("Vietnam face"))).toBe(
      true,
    );
  });
});

describe("feedback", () => {
  it("records helpful / not helpful against the answer and thanks the user", async () => {
    const { ask, run } = service();
    const answer = await ask("What tariff does Vietnam face?");
    const thanks = await run(
      { name: "feedback", answerId: answer.answerId!, helpful: false },
      context({ userId: "U9" }),
    );
    expect(thanks).toMatchObject({ kind: "confirm", ephemeral: true });
    expect(thanks.text).toMatch(/Thanks/);
    const gaps = await state.questions.gaps();
    expect(gaps.some((g) => g.kind === "not-helpful")).toBe(true);
  });

  it("says so when the answer is unknown", async () => {
    const { run } = service();
    const reply = await run({ name: "feedback", answerId: "no-such-answer", helpful: true });
    expect(reply).toMatchObject({ kind: "error", ephemeral: true });
  });
});

describe("topics, topic, sources, help", () => {
  it("lists the topics with fact counts", async () => {
    const { run } = service();
    const reply = await run({ name: "topics" });
    expect(reply.kind).toBe("info");
    expect(reply.sections.length).toBeGreaterThan(3);
    expect(reply.sections.map((s) => s.heading)).toContain("Semiconductors, technology and PhD training");
    expect(reply.sections[0]?.text).toMatch(/\d+ facts?/);
  });

  it("finds a topic by id, by a name in any language, or by keyword, and lists its facts", async () => {
    const { run } = service();
    for (const name of [
      "semiconductors-education",
      "chips",
      "半導体・技術・博士人材育成",
      "ban dan, cong nghe va dao tao tien si",
    ]) {
      const reply = await run({ name: "topic", topic: name });
      expect(reply.kind, name).toBe("info");
      expect(reply.text).toMatch(/250|PhD|博士|tiến sĩ/);
    }
    const ja = await run({ name: "topic", topic: "半導体" });
    expect(ja.lang).toBe("ja");
    expect(ja.text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it("names the known topics when none matches", async () => {
    const { run } = service();
    const reply = await run({ name: "topic", topic: "astronomy" });
    expect(reply).toMatchObject({ kind: "error", ephemeral: true });
    expect(reply.text).toContain("astronomy");
    expect(reply.text).toContain("Semiconductors");
    // The ids are what /topic takes: each is offered.
    for (const id of ["semiconductors-education", "trade-tariffs"]) expect(reply.text).toContain(id);
  });

  it("lists the sources with publisher, date and url", async () => {
    const { run } = service();
    const reply = await run({ name: "sources" });
    expect(reply.sections.length).toBeGreaterThan(0);
    for (const s of reply.sections) {
      expect(s.url).toMatch(/^https?:\/\//);
      expect(s.text).toMatch(/^\d{4}-\d{2}-\d{2}( \(date inferred\))? · https?:\/\//);
    }
    // Sources whose date the curator inferred say so.
    expect(reply.sections.find((s) => s.url?.includes("qdnd.vn"))?.text).toContain(
      "2025-04-28 (date inferred)",
    );
  });

  it("gives a short ephemeral guide in the user's language, with questions to try", async () => {
    const { run } = service();
    const en = await run({ name: "help" });
    expect(en).toMatchObject({ kind: "help", ephemeral: true });
    expect(en.text).toContain("topics");
    expect(en.suggestions.length).toBeGreaterThan(0);
    const vi = await run({ name: "help" }, context({ locale: "vi" }));
    expect(vi.title).toBe("Cách dùng briefbot");
  });

  it("writes commands as they are typed where the guide is read", async () => {
    const { run } = service();
    const slack = await run({ name: "help" });
    expect(slack.text).toContain("/brief ask QUESTION");
    expect(slack.text).toContain("/brief subscribe daily 08:00");
    for (const lang of ["en", "ja", "vi"] as const) {
      const terminal = await run({ name: "help" }, context({ platform: "terminal", locale: lang }));
      // The terminal chat cannot subscribe: its guide does not offer it.
      expect(terminal.text, lang).not.toMatch(/subscribe/);
      expect(terminal.text, lang).not.toContain("/brief");
      expect(terminal.text, lang).toMatch(/^\/ask /m);
      expect(terminal.text, lang).toContain("/quit");
    }
    const topics = await run({ name: "topics" }, context({ platform: "terminal" }));
    expect(topics.footer).toContain("Type /topic NAME");
  });
});

describe("digest now", () => {
  const digest: CommandServiceDeps["digest"] = ({ briefing, lang, ctx, now }) =>
    digestToReply(
      composeDigest(briefing, { lang, now }),
      {},
      { commandPrefix: ctx.platform === "terminal" ? "/" : "/brief " },
    );

  it("takes a language ('/digest ja') over the channel's", async () => {
    const { run } = service({ digest });
    const ja = await run({ name: "digest", lang: "ja" });
    expect(ja.lang).toBe("ja");
    expect(ja.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    const en = await run({ name: "digest" });
    expect(en.lang).toBe("en");
  });

  it("tells the terminal chat to type /topic, chat platforms /brief topic", async () => {
    const { run } = service({ digest });
    // A channel's first digest is the overview: it points to the topics for more.
    expect((await run({ name: "digest" }, context({ platform: "terminal" }))).footer).toContain(
      "Ask /topic NAME for more",
    );
    expect((await run({ name: "digest" })).footer).toContain("Ask /brief topic NAME for more");
  });
});

describe("subscribe and unsubscribe", () => {
  it("refuses people who do not manage the channel", async () => {
    const { run, outcomes } = service();
    const reply = await run({ name: "subscribe", schedule: "daily 08:00", timezone: "Asia/Tokyo" });
    expect(reply).toMatchObject({ kind: "error", ephemeral: true });
    expect(reply.text).toMatch(/manage this channel/);
    expect(outcomes[0]?.result).toBe("denied");
    expect(await state.subscriptions.findByChannel("slack", "T1", "C1")).toEqual([]);
  });

  it("subscribes a DM and says when the next digest comes, in that zone", async () => {
    const { run } = service();
    const ctx = context({ channelId: "D1", isDirect: true });
    const reply = await run({ name: "subscribe", schedule: "daily 08:00", timezone: "Asia/Tokyo" }, ctx);
    expect(reply.kind).toBe("confirm");
    // 09:00Z is 18:00 in Tokyo, so the next 08:00 there is tomorrow, 29 November.
    expect(reply.text).toContain("Sunday, 29 November 2026 at 08:00 (Asia/Tokyo)");
    const [sub] = await state.subscriptions.findByChannel("slack", "T1", "D1");
    expect(sub).toMatchObject({ cron: "0 8 * * *", timezone: "Asia/Tokyo", lang: "en", createdBy: "U1" });
  });

  it("stores the missed-run policy asked for, says it, and late-once when none is asked", async () => {
    const { run } = service();
    const ctx = context({ channelId: "D9", isDirect: true });
    const skip = await run({ name: "subscribe", schedule: "daily 08:00", missed: "skip" }, ctx);
    expect(skip.text).toMatch(/missed while the bot was down is skipped/);
    expect((await state.subscriptions.findByChannel("slack", "T1", "D9"))[0]?.missedPolicy).toBe("skip");
    const fold = await run({ name: "subscribe", schedule: "daily 08:00", missed: "fold" }, ctx);
    expect(fold.text).toMatch(/folded into the next one/);
    expect((await state.subscriptions.findByChannel("slack", "T1", "D9"))[0]?.missedPolicy).toBe("fold");
    const plain = await run({ name: "subscribe", schedule: "daily 08:00" }, ctx);
    expect(plain.text).not.toMatch(/missed/);
    expect((await state.subscriptions.findByChannel("slack", "T1", "D9"))[0]?.missedPolicy).toBe("late-once");
  });

  it("lets a channel manager subscribe, with the default zone, and tells the scheduler", async () => {
    let changed = 0;
    const { run } = service({ defaultTimezone: "Asia/Ho_Chi_Minh", onSubscriptionsChanged: () => changed++ });
    const ctx = context({ channelId: "C7", canManageChannel: true, locale: "vi" });
    const reply = await run({ name: "subscribe", schedule: "weekdays 07:30" }, ctx);
    expect(reply.kind).toBe("confirm");
    expect(reply.text).toContain("Asia/Ho_Chi_Minh");
    expect(changed).toBe(1);
    const removed = await run({ name: "unsubscribe" }, ctx);
    expect(removed.kind).toBe("confirm");
    expect(changed).toBe(2);
    expect(await state.subscriptions.findByChannel("slack", "T1", "C7")).toEqual([]);
    const again = await run({ name: "unsubscribe" }, ctx);
    expect(again.ephemeral).toBe(true);
  });

  it("names the field when the schedule or the zone is wrong", async () => {
    const { run } = service();
    const ctx = context({ isDirect: true, channelId: "D2" });
    const zone = await run({ name: "subscribe", schedule: "daily 08:00", timezone: "Mars/Olympus" }, ctx);
    expect(zone).toMatchObject({ kind: "error", ephemeral: true });
    expect(zone.text).toMatch(/timezone/);
    expect(zone.text).toContain("Mars/Olympus");
    const schedule = await run({ name: "subscribe", schedule: "every other tuesday" }, ctx);
    expect(schedule.text).toMatch(/schedule/);
    expect(await state.subscriptions.findByChannel("slack", "T1", "D2")).toEqual([]);
  });

  it("explains that the terminal chat has no digest delivery", async () => {
    const { run } = service();
    const reply = await run(
      { name: "subscribe", schedule: "daily 08:00" },
      context({ platform: "terminal", isDirect: true }),
    );
    expect(reply.kind).toBe("error");
    expect(reply.text).toMatch(/Slack and Discord/);
  });
});

describe("digest", () => {
  const digest: CommandServiceDeps["digest"] = ({ briefing, lang, now, timezone }) =>
    digestToReply(composeDigest(briefing, { lang, now, ...(timezone ? { timezone } : {}) }));

  it("shows the digest now, in the channel's subscription language", async () => {
    const { run } = service({ digest });
    const ctx = context({ channelId: "D3", isDirect: true });
    const en = await run({ name: "digest" }, ctx);
    expect(en.kind).toBe("digest");
    expect(en.lang).toBe("en");
    expect(en.sections.length).toBeGreaterThan(3);
    await run({ name: "subscribe", schedule: "daily 08:00", timezone: "Asia/Ho_Chi_Minh", lang: "vi" }, ctx);
    const vi = await run({ name: "digest" }, ctx);
    expect(vi.lang).toBe("vi");
    expect(JSON.stringify(vi)).toMatch(/[ăâđêôơư]/);
  });

  it("says so when no digest composer is wired", async () => {
    const { run } = service();
    expect(await run({ name: "digest" })).toMatchObject({ kind: "error", ephemeral: true });
  });
});
