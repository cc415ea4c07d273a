import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTerminalAdapter } from "../../src/adapters/terminal/index.js";
import { answerQuestion, suggestQuestions } from "../../src/answer/index.js";
import { fixedClock } from "../../src/clock.js";
import { createCommandService } from "../../src/commands/service.js";
import type { CommandRunner } from "../../src/commands/types.js";
import { silentLogger } from "../../src/runtime/logger.js";
import { BotMetrics } from "../../src/runtime/metrics.js";
import { openState } from "../../src/state/index.js";
import type { StateStore } from "../../src/state/types.js";
import { fixedStore } from "../commands/helpers.js";

let dir: string;
let state: StateStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-repl-"));
  state = await openState({ dataDir: dir });
});
afterAll(async () => {
  await state.close();
  rmSync(dir, { recursive: true, force: true });
});

function chat(prompt = "") {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  });
  const commands = createCommandService({
    briefings: fixedStore(),
    defaultBriefing: "japan-vietnam-2025",
    answers: { answerQuestion, suggestQuestions },
    state,
    clock: fixedClock("2026-11-28T09:00:00Z"),
  });
  const adapter = createTerminalAdapter(
    { commands, logger: silentLogger(), metrics: new BotMetrics() },
    { input, output, prompt, greeting: "briefbot: ask away" },
  );
  return { input, adapter, printed: () => printed };
}

describe("terminal chat", () => {
  it("holds a whole conversation in order and ends on /quit", async () => {
    const { input, adapter, printed } = chat();
    await adapter.start();
    expect(adapter.health().connected).toBe(true);
    input.write("/help\n");
    input.write("\n");
    input.write("/topics\n");
    input.write("/topic chips\n");
    input.write("/sources\n");
    input.write("What is the population of Brazil?\n");
    input.write("/frobnicate\n");
    input.write("/helpful\n");
    input.write("How many Vietnamese PhD students will Japan help train?\n");
    input.write("/not-helpful\n");
    input.write("/quit\n");
    input.write("What tariff does Vietnam face?\n");
    await adapter.closed;
    const out = printed();
    expect(adapter.health().connected).toBe(false);
    const order = [
      "briefbot: ask away",
      "== How to use briefbot ==",
      "== Topics in “Japan–Vietnam summit in Hanoi, April 2025” ==",
      "== Semiconductors, technology and PhD training ==",
      "== Sources of",
      "You could ask:",
      '! unknown command "/frobnicate"; try /help',
      "! There is no answer to rate yet.",
      "250",
      "Sources:\n[1] ",
      "Was this helpful? /helpful or /not-helpful",
      "Thanks for telling us",
    ];
    // Each piece appears after the one before it.
    let at = 0;
    for (const piece of order) {
      const found = out.indexOf(piece, at);
      expect(found, piece).toBeGreaterThanOrEqual(0);
      at = found + piece.length;
    }
    expect(out).toMatch(/https:\/\//);
    // Nothing after /quit is answered.
    expect(out.match(/Vietnam face/g)).toBeNull();
    const gaps = await state.questions.gaps();
    expect(gaps.some((g) => g.kind === "not-helpful")).toBe(true);
  });

  it("answers what was typed before end of input (Ctrl-D), then closes", async () => {
    const { input, adapter, printed } = chat("> ");
    await adapter.start();
    input.end("/ask What is the population of Brazil?\n");
    await adapter.closed;
    expect(printed()).toMatch(/^briefbot: ask away\n> /);
    expect(printed()).toContain("You could ask:");
  });

  it("stop() closes the chat", async () => {
    const { adapter } = chat();
    await adapter.start();
    await adapter.stop();
    await adapter.closed;
    expect(adapter.health()).toEqual({ connected: false, detail: "terminal chat closed" });
  });

  it("stop() finishes the reply in flight before it resolves", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (c: Buffer) => {
      printed += c.toString("utf8");
    });
    const real = createCommandService({
      briefings: fixedStore(),
      defaultBriefing: "japan-vietnam-2025",
      answers: { answerQuestion, suggestQuestions },
      clock: fixedClock("2026-11-28T09:00:00Z"),
    });
    // The CommandRunner contract with a gate in front of the real layer, to hold a reply in flight.
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let started!: () => void;
    const running = new Promise<void>((r) => {
      started = r;
    });
    const commands: CommandRunner = {
      parse: real.parse,
      async run(ctx, command) {
        started();
        await gate;
        return real.run(ctx, command);
      },
    };
    const adapter = createTerminalAdapter(
      { commands, logger: silentLogger(), metrics: new BotMetrics() },
      { input, output, prompt: "" },
    );
    await adapter.start();
    input.write("/sources\n");
    await running;
    let stopped = false;
    const stopping = adapter.stop().then(() => {
      stopped = true;
    });
    await new Promise((r) => setImmediate(r));
    expect(stopped).toBe(false);
    expect(adapter.health().connected).toBe(false);
    release();
    await stopping;
    expect(printed).toContain("== Sources of");
  });
});
