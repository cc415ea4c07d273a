import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appMention,
  buttonClick,
  dmMessage,
  eventCallback,
  FAKE_BOT_USER_ID,
  type RecordedCall,
  type ResponseUrlPost,
  slashCommand,
} from "../fakes/slack.js";
import { counterValue, realCommands, type SlackHarness, startSlack } from "./support.js";

let core: Awaited<ReturnType<typeof realCommands>>;
let h: SlackHarness;

beforeAll(async () => {
  core = await realCommands();
  h = await startSlack("socket", core.commands, { managers: ["U0MANAGER"] }, core.metrics);
  h.fake.users.set("U0ADMIN", { id: "U0ADMIN", is_admin: true });
  h.fake.users.set("U0PLAIN", { id: "U0PLAIN" });
});
afterAll(async () => {
  await h.stop();
  await core.close();
});

interface Element {
  type: string;
  text?: unknown;
  action_id?: string;
  value?: string;
}
interface Block {
  type: string;
  text?: { text: string };
  elements?: Element[];
}
interface Message {
  response_type?: string;
  text: string;
  blocks: Block[];
  thread_ts?: string;
  channel?: string;
  user?: string;
}

const PHD = "How many Vietnamese PhD students will Japan help train?";

/** Runs a /brief command over the socket; resolves with what the bot POSTed to response_url. */
async function slash(text: string, userId = "U0ASKER", channelId = "C0GENERAL"): Promise<Message> {
  const responseUrl = h.fake.responseUrl();
  const envelope = h.fake.pushEnvelope(
    "slash_commands",
    slashCommand({ text, responseUrl, userId, channelId }),
  );
  await h.fake.waitFor(() => h.fake.acks.find((a) => a.envelope_id === envelope), 5000, "ack");
  const post = await h.fake.waitFor(() =>
    h.fake.responses.find((r: ResponseUrlPost) => responseUrl.endsWith(`/${r.id}`)),
  );
  return post.body as unknown as Message;
}

/** Pushes an event; resolves with the first later call of `method` to the event's channel. */
async function event(payload: Record<string, unknown>, method: string, options = {}): Promise<Message> {
  const before = h.fake.callsTo(method).length;
  h.fake.pushEnvelope("events_api", eventCallback(payload), options);
  const call: RecordedCall = await h.fake.waitFor(
    () =>
      h.fake
        .callsTo(method)
        .slice(before)
        .find((c) => c.body.channel === payload.channel),
    5000,
    `${method} to ${String(payload.channel)}`,
  );
  return call.body as unknown as Message;
}

function sections(m: Message): string[] {
  return m.blocks.filter((b) => b.type === "section").map((b) => b.text?.text ?? "");
}

describe("Slack over Socket Mode, the real Bolt App against the fake", () => {
  it("connects with the app token, verifies the bot token, and reports the link up", () => {
    expect(h.fake.callsTo("apps.connections.open")[0]?.token).toBe("xapp-1-test-app-token");
    expect(h.fake.callsTo("auth.test")[0]?.token).toBe("xoxb-1-test-bot-token");
    expect(h.adapter.health()).toEqual({ connected: true, detail: "socket mode connected" });
  });

  it("acks /brief ask, then responds in channel with the answer, cited sources and feedback buttons", async () => {
    const body = await slash(`ask ${PHD}`);
    expect(body.response_type).toBe("in_channel");
    expect(body.text).toMatch(/PhD|doctoral/i);
    expect(sections(body)[0]).toMatch(/PhD|doctoral/i);
    // Others in the channel never saw the command's text: the question is shown above the answer.
    expect(body.blocks[0]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: `:speech_balloon: ${PHD}` }],
    });
    const source = String(body.blocks.filter((b) => b.type === "context")[1]?.elements?.[0]?.text ?? "");
    expect(source).toMatch(/^<https?:\/\/[^|>]+\|[^>]+> · \d{4}-\d{2}-\d{2}/);
    expect(source).toMatch(/\n“.+”$/s);
    const actions = body.blocks.find((b) => b.type === "actions");
    expect(actions?.elements?.map((e) => e.action_id)).toEqual(["feedback.helpful", "feedback.not_helpful"]);
    expect(actions?.elements?.[0]?.value).toMatch(/\S{8,}/);
    expect(
      await counterValue(h.metrics, "briefbot_questions_total", { platform: "slack", result: "answered" }),
    ).toBe(1);
    // The reply is logged (and timed) once respond() has returned, just after the fake got it.
    const line = await h.fake.waitFor(() =>
      h.logs.lines.find((l) => l.msg === "slack reply" && l.surface === "slash"),
    );
    const latency = await h.metrics.registry.getSingleMetric("briefbot_answer_latency_seconds")?.get();
    // Histogram values carry their series name (…_count) next to the labels.
    const values = (latency?.values ?? []) as {
      metricName?: string;
      labels: Record<string, unknown>;
      value: number;
    }[];
    const count = values.find((v) => v.metricName === "briefbot_answer_latency_seconds_count");
    expect(count?.labels.platform).toBe("slack");
    expect(count?.value).toBeGreaterThanOrEqual(1);
    expect(line).toMatchObject({ level: 30, platform: "slack", command: "ask", kind: "answer" });
    // The question text is logged at debug level only.
    expect(JSON.stringify(line)).not.toContain("PhD");
  });

  it("records a feedback click through the command layer and thanks the user ephemerally", async () => {
    const answer = await slash(`ask ${PHD}`);
    const answerId = answer.blocks.find((b) => b.type === "actions")?.elements?.[1]?.value ?? "";
    const responseUrl = h.fake.responseUrl();
    const envelope = h.fake.pushEnvelope(
      "interactive",
      buttonClick({ actionId: "feedback.not_helpful", value: answerId, responseUrl, user: "U0CLICK" }),
    );
    await h.fake.waitFor(() => h.fake.acks.find((a) => a.envelope_id === envelope), 5000, "ack");
    const post = await h.fake.waitFor(() => h.fake.responses.find((r) => responseUrl.endsWith(`/${r.id}`)));
    expect(post.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(String(post.body.text)).toMatch(/^Thanks/);
    const gaps = await core.state.questions.gaps();
    expect(gaps.some((g) => g.kind === "not-helpful")).toBe(true);
  });

  it("answers help and errors ephemerally", async () => {
    const help = await slash("help");
    expect(help.response_type).toBe("ephemeral");
    const bare = await slash("");
    expect(bare.response_type).toBe("ephemeral");
    const wrong = await slash("sources please");
    expect(wrong.response_type).toBe("ephemeral");
    expect(wrong.text).toMatch(/no arguments/);
  });

  it("counts questions by the command layer's result: over-long is invalid, a greeting abstains, help is no question", async () => {
    const count = (result: string) =>
      counterValue(h.metrics, "briefbot_questions_total", { platform: "slack", result });
    const [invalid, abstained, answered] = [
      await count("invalid"),
      await count("abstained"),
      await count("answered"),
    ];
    const long = await slash(`ask ${"why ".repeat(300)}`);
    expect(long.response_type).toBe("ephemeral");
    expect(await count("invalid")).toBe(invalid + 1);
    await slash("ask What is the population of Brazil?");
    expect(await count("abstained")).toBe(abstained + 1);
    // A greeting gets the help reply: no answer, so it is not counted as answered.
    await slash("ask hello");
    await slash("help");
    await slash("topics");
    expect([await count("invalid"), await count("abstained"), await count("answered")]).toEqual([
      invalid + 1,
      abstained + 2,
      answered,
    ]);
  });

  it("lets admins and configured managers subscribe a channel, and refuses others after users.info", async () => {
    const refused = await slash("subscribe daily 08:00 Asia/Tokyo", "U0PLAIN");
    expect(refused.response_type).toBe("ephemeral");
    expect(h.fake.callsTo("users.info").some((c) => c.body.user === "U0PLAIN")).toBe(true);
    const admin = await slash("subscribe daily 08:00 Asia/Tokyo", "U0ADMIN", "C0ADMINS");
    expect(admin.response_type).toBe("in_channel");
    const manager = await slash("subscribe weekdays 09:00", "U0MANAGER", "C0MANAGED");
    expect(manager.response_type).toBe("in_channel");
    const subs = await core.state.subscriptions.list({ platform: "slack" });
    expect(subs.map((s) => s.channelId).sort()).toEqual(["C0ADMINS", "C0MANAGED"]);
    expect(subs.find((s) => s.channelId === "C0ADMINS")).toMatchObject({
      workspaceId: "T0FAKE",
      createdBy: "U0ADMIN",
    });
  });

  it("treats a failed users.info lookup as not allowed, and lets anyone subscribe their own DM", async () => {
    h.fake.fail("users.info", { status: 500 });
    const refused = await slash("subscribe daily 07:00", "U0ADMIN", "C0LOOKUPFAIL");
    expect(refused.response_type).toBe("ephemeral");
    expect(h.logs.lines.some((l) => l.msg === "users.info failed; treating the user as not a manager")).toBe(
      true,
    );
    const lookups = h.fake.callsTo("users.info").length;
    const own = await slash("subscribe daily 07:00", "U0PLAIN", "D0OWNDM");
    expect(own.response_type).toBe("in_channel");
    expect(h.fake.callsTo("users.info").length).toBe(lookups);
    const subs = await core.state.subscriptions.list({ platform: "slack" });
    expect(subs.map((s) => s.channelId)).toContain("D0OWNDM");
    expect(subs.map((s) => s.channelId)).not.toContain("C0LOOKUPFAIL");
  });

  it("answers a direct message in the DM, without a thread", async () => {
    const reply = await event(dmMessage({ text: PHD, channel: "D0DM1" }), "chat.postMessage");
    expect(reply.channel).toBe("D0DM1");
    expect(reply.thread_ts).toBeUndefined();
    expect(sections(reply)[0]).toMatch(/PhD|doctoral/i);
    expect(reply.blocks.some((b) => b.type === "actions")).toBe(true);
  });

  it("answers an @mention in a thread under the mention, or in the thread it was in", async () => {
    const mention = appMention({ text: PHD, channel: "C0TEAM" });
    const reply = await event(mention, "chat.postMessage");
    expect(reply).toMatchObject({ channel: "C0TEAM", thread_ts: mention.ts });
    const inThread = appMention({
      text: "What is the population of Brazil?",
      channel: "C0TEAM",
      threadTs: "1764000000.000001",
    });
    const abstain = await event(inThread, "chat.postMessage");
    expect(abstain.thread_ts).toBe("1764000000.000001");
    expect(abstain.text).toMatch(/does not cover/);
    expect(abstain.blocks.some((b) => b.type === "section" && /:bulb:/.test(b.text?.text ?? ""))).toBe(true);
  });

  it("answers a bare @mention with help, ephemerally, in the thread", async () => {
    const mention = appMention({ text: "", channel: "C0TEAM", user: "U0HELP" });
    const reply = await event(mention, "chat.postEphemeral");
    expect(reply).toMatchObject({ channel: "C0TEAM", user: "U0HELP", thread_ts: mention.ts });
  });

  it("ignores bot messages and edits", async () => {
    const before = h.fake.callsTo("chat.postMessage").length;
    h.fake.pushEnvelope("events_api", eventCallback(dmMessage({ text: PHD, extra: { bot_id: "B0OTHER" } })));
    h.fake.pushEnvelope(
      "events_api",
      eventCallback(dmMessage({ text: PHD, extra: { subtype: "message_changed", message: { text: PHD } } })),
    );
    // A real question after them: once it is answered, the two before it have been handled.
    const reply = await event(dmMessage({ text: PHD, channel: "D0AFTER" }), "chat.postMessage");
    expect(reply.channel).toBe("D0AFTER");
    expect(h.fake.callsTo("chat.postMessage").length).toBe(before + 1);
  });

  it("answers a duplicated envelope and a retried event once", async () => {
    const before = h.fake.callsTo("chat.postMessage").length;
    const payload = eventCallback(dmMessage({ text: PHD, channel: "D0TWICE" }));
    h.fake.pushEnvelope("events_api", payload, { envelopeId: "env-dup" });
    h.fake.pushEnvelope("events_api", payload, { envelopeId: "env-dup" });
    h.fake.pushEnvelope("events_api", payload, { envelopeId: "env-retry", retryAttempt: 1 });
    const commandUrl = h.fake.responseUrl();
    const command = slashCommand({ text: "topics", responseUrl: commandUrl });
    h.fake.pushEnvelope("slash_commands", command, { envelopeId: "env-cmd" });
    h.fake.pushEnvelope("slash_commands", command, { envelopeId: "env-cmd" });
    const sentinel = await event(dmMessage({ text: PHD, channel: "D0SENTINEL" }), "chat.postMessage");
    expect(sentinel.channel).toBe("D0SENTINEL");
    const posts = h.fake.callsTo("chat.postMessage").slice(before);
    expect(posts.filter((c) => c.body.channel === "D0TWICE")).toHaveLength(1);
    // Every delivery is acknowledged, duplicates included, so Slack stops resending them.
    for (const id of ["env-dup", "env-retry", "env-cmd"]) {
      await h.fake.waitFor(() => h.fake.acks.some((a) => a.envelope_id === id), 5000, `ack ${id}`);
    }
    await h.fake.waitFor(() => h.fake.responses.some((r) => commandUrl.endsWith(`/${r.id}`)));
    expect(h.fake.responses.filter((r) => commandUrl.endsWith(`/${r.id}`))).toHaveLength(1);
  });

  it("never turns injected mentions into live ones, in any payload", async () => {
    const injected =
      "<!channel> <!here> @everyone @channel <@U0VICTIM> <#C0SECRET|secret> <!subteam^S1|@admins>";
    const echoed = await slash(`topic ${injected}`);
    const asked = await slash(`ask ${injected} PhD?`);
    const dm = await event(dmMessage({ text: `${injected} what is the tariff?` }), "chat.postMessage");
    const mention = await event(appMention({ text: injected }), "chat.postMessage");
    for (const payload of [echoed, asked, dm, mention]) {
      const json = JSON.stringify(payload);
      expect(json).not.toMatch(/<[!@#]/);
      expect(json).not.toMatch(/@(everyone|channel|here)\b/i);
    }
    expect(echoed.text).toMatch(/everyone/);
    // Slack's `<!channel>` arrives as markup, is read as the word @channel, and is shown broken.
    expect(JSON.stringify(asked.blocks[0])).toContain("@\u2060channel @\u2060here @\u2060everyone");
    expect(
      h.fake.callsTo("chat.postMessage").every((c) => !JSON.stringify(c.body).includes("<@U0VICTIM>")),
    ).toBe(true);
    expect(FAKE_BOT_USER_ID).toBe("UBOTBRIEF");
  });

  // Runs last: by now slash commands, DMs, mentions and clicks have all been logged.
  it("logs what people typed at debug level only, on every surface", () => {
    const typed = ["Vietnamese PhD students", "population of Brazil", "what is the tariff"];
    const carries = (l: Record<string, unknown>) => typed.some((t) => JSON.stringify(l).includes(t));
    const above = h.logs.lines.filter((l) => Number(l.level) > 20);
    expect(above.length).toBeGreaterThan(10);
    expect(above.filter(carries)).toEqual([]);
    expect(h.logs.lines.some((l) => l.level === 20 && carries(l))).toBe(true);
  });
});
