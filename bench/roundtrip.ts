/**
 * What the Slack and Discord round-trip benchmarks share: the real command layer on the
 * shipped briefings with SQLite state in a temporary folder, and the latency cells of a row.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { answerQuestion, suggestQuestions } from "../src/answer/index.js";
import { loadBriefings } from "../src/briefing/load.js";
import type { BriefingStore } from "../src/briefing/types.js";
import { systemClock } from "../src/clock.js";
import { createCommandService } from "../src/commands/service.js";
import type { CommandRunner } from "../src/commands/types.js";
import { parseSchedule } from "../src/digest/schedule.js";
import { openState } from "../src/state/index.js";
import { ms, percentile } from "./types.js";

/** The round-trip target both chat benchmarks report against. */
export const TARGET_P99_MS = 50;

/**
 * The real command service on the shipped briefings (the first is the default), SQLite state
 * in a new temporary folder named after `name`, and no rate limit. `close` closes the state
 * and removes the folder.
 */
export async function benchCommandLayer(
  name: string,
): Promise<{ commands: CommandRunner; close(): Promise<void> }> {
  const root = fileURLToPath(new URL("../../briefings", import.meta.url));
  const briefings = loadBriefings(root);
  const first = briefings[0];
  if (!first) throw new Error(`no briefing under ${root}`);
  const store: BriefingStore = {
    get: (id) => briefings.find((b) => b.id === (id ?? first.id)),
    list: () => briefings,
    defaultId: () => first.id,
  };
  const dir = mkdtempSync(join(tmpdir(), `briefbot-bench-${name}-`));
  const state = await openState({ dataDir: dir });
  const commands = createCommandService({
    briefings: store,
    answers: { answerQuestion, suggestQuestions },
    state,
    schedule: parseSchedule,
    clock: systemClock,
    rateLimitPerMinute: 1_000_000,
  });
  return {
    commands,
    async close() {
      await state.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A row's latency cells: n, p50, p99, max (ms) and whether p99 meets TARGET_P99_MS. */
export function latencyCells(samples: number[]): (string | number)[] {
  const p99 = percentile(samples, 99);
  return [
    samples.length,
    ms(percentile(samples, 50)),
    ms(p99),
    ms(Math.max(...samples)),
    p99 <= TARGET_P99_MS ? "yes" : "NO",
  ];
}
