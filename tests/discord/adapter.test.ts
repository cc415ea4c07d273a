import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIVE_MENTION } from "../../src/adapters/discord/escape.js";
import { embedLength } from "../../src/adapters/discord/render.js";
import { reply } from "../../src/commands/reply.js";
import {
  botMessage,
  buttonClick,
  directMessage,
  PERMISSIONS,
  type RestCall,
  slashCommand,
} from "../fakes/discord/index.js";
import {
  answer,
  type Harness,
  isCallback,
  isChannelPost,
  isEditOriginal,
  longDigest,
  startHarness,
} from "./support.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const EPHEMERAL = 64;

/** Pushes an interaction and waits for the call that finishes answering it. */
async function interact(payload: { id: string }, done: (c: RestCall) => boolean): Promise<RestCall[]> {
  const from = h.fake.calls.length;
  h.fake.dispatch("INTERACTION_CREATE", payload);
  await h.fake.waitForCall((c) => c.path.includes(payload.id) && done(c), from);
  return h.fake.calls
    .slice(from)
    .filter((c) => c.path.includes(payload.id) || c.path.includes(`token-${payload.id}`));
}

function expectNoMentions(body: { allowed_mentions?: unknown }): void {
  expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
}

describe("slash commands", () => {
  it("defers /brief ask (type 5), then edits @original with the answer embed, sources and buttons", async () => {
    const payload = slashCommand(h.fake.world, "ask", { question: "How many workers will Japan accept?" });
    const calls = await interact(payload, isEditOriginal);
    const callback = calls.find(isCallback)!;
    expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
    const edit = calls.find(isEditOriginal)!;
    expect(edit.path).toBe(`/webhooks/${h.fake.world.applicationId}/${payload.token}/messages/@original`);
    const embed = edit.body.embeds[0];
    expect(embed.description).toContain("600,000 Vietnamese workers");
    expect(embed.fields).toEqual([
      {
        name: "[1] VnExpress International · 2025-04-28",
        value:
          "[Japan to accept more Vietnamese workers](https://e.vnexpress.net/news/news/japan-vietnam-2025)\n> “Japan will receive 600,000 Vietnamese workers by 2030”",
      },
    ]);
    expect(edit.body.components[0].components.map((b: { custom_id: string }) => b.custom_id)).toEqual([
      "feedback.helpful:ans_1",
      "feedback.not_helpful:ans_1",
    ]);
    expectNoMentions(edit.body);
    expect(calls.filter(isCallback)).toHaveLength(1);
  });

  it("answers quick commands with one type 4 callback; help is ephemeral", async () => {
    const topics = await interact(slashCommand(h.fake.world, "topics"), isCallback);
    expect(topics[0]!.body.type).toBe(4);
    expect(topics[0]!.body.data.embeds[0].title).toBe("topics");
    expect(topics[0]!.body.data.flags ?? 0).toBe(0);
    expectNoMentions(topics[0]!.body.data);

    const help = await interact(slashCommand(h.fake.world, "help"), isCallback);
    expect(help[0]!.body.type).toBe(4);
    expect(help[0]!.body.data.flags).toBe(EPHEMERAL);
    expectNoMentions(help[0]!.body.data);
  });

  it("passes the user's locale and the channel, and shows suggestions when abstaining", async () => {
    const payload = slashCommand(h.fake.world, "ask", { question: "What's the weather?" }, { locale: "ja" });
    const calls = await interact(payload, isEditOriginal);
    const run = h.runner.runs.at(-1)!;
    expect(run.ctx).toMatchObject({
      platform: "discord",
      workspaceId: h.fake.world.guildId,
      channelId: h.fake.world.channelId,
      userId: "200000000000000001",
      isDirect: false,
      locale: "ja",
    });
    const embed = calls.find(isEditOriginal)!.body.embeds[0];
    expect(embed.fields.at(-1).value).toBe(
      "• How many Vietnamese workers will Japan accept?\n• What did the leaders sign?",
    );
  });

  it("passes the chosen answer language", async () => {
    await interact(
      slashCommand(h.fake.world, "ask", { question: "Who met in Hanoi?", language: "vi" }),
      isEditOriginal,
    );
    expect(h.runner.runs.at(-1)!.command).toEqual({ name: "ask", question: "Who met in Hanoi?", lang: "vi" });
  });

  it("never produces a live mention from injected text, and escapes markdown", async () => {
    h.runner.nextAnswer = answer(
      "You asked about @everyone and @here, <@123456789012345678> <@&223456789012345678> <#323456789012345678> **bold** [x](https://evil.example)",
    );
    const calls = await interact(
      slashCommand(h.fake.world, "ask", { question: "@everyone ping" }),
      isEditOriginal,
    );
    const edit = calls.find(isEditOriginal)!;
    const text = JSON.stringify(edit.body.embeds);
    expect(text).not.toMatch(LIVE_MENTION);
    expect(edit.body.embeds[0].description).toContain("\\*\\*bold\\*\\* \\[x\\]");
    expectNoMentions(edit.body);
  });

  it("cuts a huge answer to Discord's limits with a note", async () => {
    h.runner.nextAnswer = {
      ...answer("word ".repeat(3000)),
      citations: Array.from({ length: 30 }, (_, i) => ({
        sourceId: `s${i}`,
        publisher: `Publisher ${i}`,
        title: "T".repeat(300),
        url: "https://example.com/a",
        published: "2025-04-28",
        quote: "q".repeat(2000),
      })),
    };
    const calls = await interact(
      slashCommand(h.fake.world, "ask", { question: "everything?" }),
      isEditOriginal,
    );
    const embed = calls.find(isEditOriginal)!.body.embeds[0];
    expect(embed.description.length).toBeLessThanOrEqual(4096);
    expect(embed.fields.length).toBeLessThanOrEqual(25);
    for (const f of embed.fields) expect(f.value.length).toBeLessThanOrEqual(1024);
    expect(embedLength(embed)).toBeLessThanOrEqual(6000);
    expect(embed.footer.text).toContain("Cut to fit Discord's message limits.");
  });

  it("defers /brief digest and continues a long digest in a public follow-up", async () => {
    h.runner.fixed.digest = longDigest();
    try {
      const payload = slashCommand(h.fake.world, "digest");
      const followUpPath = `/webhooks/${h.fake.world.applicationId}/${payload.token}`;
      const calls = await interact(payload, (c) => c.method === "POST" && c.path === followUpPath);
      expect(calls.map((c) => `${c.method} ${c.path.split("/")[1]}`)).toEqual([
        "POST interactions",
        "PATCH webhooks",
        "POST webhooks",
      ]);
      expect(calls[0]!.body.type).toBe(5);
      const [edit, followUp] = [calls[1]!, calls[2]!];
      expect(edit.body.embeds[0].title).toBe("Japan–Vietnam briefing");
      expect(followUp.body.flags ?? 0).toBe(0);
      expect(followUp.body.embeds[0].footer.text).toBe("Sources as of 28 April 2025");
      expectNoMentions(followUp.body);
      const all = [...edit.body.embeds[0].fields, ...followUp.body.embeds[0].fields].map(
        (f: { value: string }) => f.value,
      );
      expect(all.join("\n")).toContain("Fact 12.6:");
    } finally {
      delete h.runner.fixed.digest;
    }
  });

  it("answers a duplicated interaction once", async () => {
    const payload = slashCommand(h.fake.world, "topics");
    const from = h.fake.calls.length;
    h.fake.dispatch("INTERACTION_CREATE", payload);
    h.fake.dispatch("INTERACTION_CREATE", payload);
    await h.fake.waitForCall((c) => isCallback(c) && c.path.includes(payload.id), from);
    // A later interaction's answer proves the second copy was processed (and ignored) by then.
    await interact(slashCommand(h.fake.world, "sources"), isCallback);
    expect(h.fake.calls.slice(from).filter((c) => c.path.includes(payload.id))).toHaveLength(1);
  });

  it("lets only members with Manage Channels subscribe a channel", async () => {
    const denied = await interact(
      slashCommand(
        h.fake.world,
        "subscribe",
        { schedule: "daily 08:00" },
        { permissions: PERMISSIONS.member },
      ),
      isCallback,
    );
    expect(h.runner.runs.at(-1)!.ctx.canManageChannel).toBe(false);
    expect(denied[0]!.body.data.flags).toBe(EPHEMERAL);
    expect(denied[0]!.body.data.content).toContain("Only people who can manage this channel");

    const allowed = await interact(
      slashCommand(
        h.fake.world,
        "subscribe",
        { schedule: "daily 08:00", timezone: "Asia/Tokyo", missed: "fold" },
        { permissions: PERMISSIONS.manager },
      ),
      isCallback,
    );
    expect(h.runner.runs.at(-1)).toMatchObject({
      ctx: { canManageChannel: true },
      command: { name: "subscribe", schedule: "daily 08:00", timezone: "Asia/Tokyo", missed: "fold" },
    });
    expect(allowed[0]!.body.data.content).toContain("Subscribed: daily 08:00");
  });

  it("lets a DM subscribe itself", async () => {
    await interact(
      slashCommand(h.fake.world, "subscribe", { schedule: "daily 08:00" }, { dm: true }),
      isCallback,
    );
    expect(h.runner.runs.at(-1)!.ctx).toMatchObject({
      isDirect: true,
      canManageChannel: true,
      workspaceId: "dm",
    });
  });

  it("records feedback clicks through the command runner and thanks privately", async () => {
    const message = botMessage(h.fake.world, { id: "400000000000000001" });
    const calls = await interact(
      buttonClick(h.fake.world, "feedback.not_helpful:ans_42", message),
      isCallback,
    );
    expect(h.runner.runs.at(-1)!.command).toEqual({ name: "feedback", answerId: "ans_42", helpful: false });
    expect(calls[0]!.body.type).toBe(4);
    expect(calls[0]!.body.data.flags).toBe(EPHEMERAL);
    expect(calls[0]!.body.data.content).toBe("Thanks for the feedback.");
    expectNoMentions(calls[0]!.body.data);
  });

  it("turns an error after deferral into a private reply: placeholder deleted, ephemeral follow-up", async () => {
    h.runner.nextAnswer = reply({ kind: "error", text: "Too many questions: wait a minute." });
    const payload = slashCommand(h.fake.world, "ask", { question: "again?" });
    const calls = await interact(
      payload,
      (c) => c.method === "POST" && c.path === `/webhooks/${h.fake.world.applicationId}/${payload.token}`,
    );
    expect(calls.map((c) => c.method)).toEqual(["POST", "DELETE", "POST"]);
    const followUp = calls.at(-1)!;
    expect(followUp.body.flags).toBe(EPHEMERAL);
    expect(followUp.body.content).toBe("Too many questions: wait a minute.");
    expectNoMentions(followUp.body);
  });

  it("turns a handler error into an apology, a log line and an error count", async () => {
    const before =
      (await h.metrics.errors.get()).values.find((v) => v.labels.platform === "discord")?.value ?? 0;
    h.runner.fail = true;
    try {
      const calls = await interact(slashCommand(h.fake.world, "ask", { question: "boom?" }), isEditOriginal);
      const edit = calls.find(isEditOriginal)!;
      expect(edit.body.content).toMatch(/^Sorry, something went wrong/);
      expect(edit.body.embeds).toEqual([]);
      expectNoMentions(edit.body);
    } finally {
      h.runner.fail = false;
    }
    const after =
      (await h.metrics.errors.get()).values.find((v) => v.labels.platform === "discord")?.value ?? 0;
    expect(after).toBe(before + 1);
  });

  it("apologises privately in the callback itself when a quick command fails", async () => {
    h.runner.fail = true;
    try {
      const calls = await interact(slashCommand(h.fake.world, "topics"), isCallback);
      const callback = calls.find(isCallback)!;
      expect(callback.body.type).toBe(4);
      expect(callback.body.data.flags).toBe(EPHEMERAL);
      expect(callback.body.data.content).toMatch(/^Sorry, something went wrong/);
      expectNoMentions(callback.body.data);
    } finally {
      h.runner.fail = false;
    }
  });

  it("times replies (questions are counted by the command layer: see service.test.ts)", async () => {
    const metrics = await h.metrics.registry.metrics();
    expect(metrics).toMatch(/briefbot_answer_latency_seconds_count\{platform="discord"\} [1-9]/);
  });
});

describe("direct messages", () => {
  it("answers a DM (channel_type 1) in its channel with an embed and no pings", async () => {
    const dm = directMessage("How many workers will Japan accept?");
    const from = h.fake.calls.length;
    h.fake.dispatch("MESSAGE_CREATE", dm);
    const post = await h.fake.waitForCall(
      (c) => isChannelPost(c) && c.path === `/channels/${dm.channel_id}/messages`,
      from,
    );
    expect(post.body.embeds[0].description).toContain("600,000");
    expect(post.body.message_reference).toMatchObject({ message_id: dm.id });
    expectNoMentions(post.body);
    expect(h.runner.runs.at(-1)!.ctx).toMatchObject({
      isDirect: true,
      workspaceId: "dm",
      channelId: dm.channel_id,
    });
  });

  it("turns a failure while answering a DM into an apology in the DM, never a silent drop", async () => {
    const errors = async () =>
      (await h.metrics.errors.get()).values.find((v) => v.labels.platform === "discord")?.value ?? 0;
    const before = await errors();
    h.runner.fail = true;
    try {
      const dm = directMessage("What did <@200000000000000009> say about @everyone?");
      const from = h.fake.calls.length;
      h.fake.dispatch("MESSAGE_CREATE", dm);
      const post = await h.fake.waitForCall(
        (c) => isChannelPost(c) && c.path === `/channels/${dm.channel_id}/messages`,
        from,
      );
      expect(post.body.content).toMatch(/^Sorry, something went wrong/);
      expect(post.body.embeds ?? []).toEqual([]);
      expect(JSON.stringify(post.body)).not.toContain("200000000000000009");
      expectNoMentions(post.body);
    } finally {
      h.runner.fail = false;
    }
    expect(await errors()).toBe(before + 1);
  });

  it("ignores other bots and answers a repeated message id once", async () => {
    const from = h.fake.calls.length;
    const runsBefore = h.runner.runs.length;
    h.fake.dispatch("MESSAGE_CREATE", directMessage("hello from a bot", { bot: true }));
    const dm = directMessage("help");
    h.fake.dispatch("MESSAGE_CREATE", dm);
    h.fake.dispatch("MESSAGE_CREATE", dm);
    await h.fake.waitForCall(isChannelPost, from);
    const last = directMessage("topics");
    h.fake.dispatch("MESSAGE_CREATE", last);
    await h.fake.waitForCall(
      (c) => isChannelPost(c) && c.body.message_reference?.message_id === last.id,
      from,
    );
    expect(h.fake.calls.slice(from).filter(isChannelPost)).toHaveLength(2);
    expect(h.runner.runs.length - runsBefore).toBe(2);
  });
});
