/**
 * Run in a fresh process by bench/loop.ts: the shipped briefing loaded as the bot loads it,
 * optionally warmed up as the bot warms up at start, then the p99 of the first 1,000 answers
 * and of 3,000 answers after those (warmed-up figure). Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { answerQuestion } from "../src/answer/index.js";
import { briefingStoreOf } from "../src/briefing/store-of.js";
import { loadBriefingsOffThread } from "../src/runtime/briefing-loader.js";
import { warmUp } from "../src/runtime/warm-up.js";
import { percentile } from "./types.js";

const root = fileURLToPath(new URL("../../briefings", import.meta.url));
const questions = readFileSync(
  fileURLToPath(new URL("../../tests/answer/questions.jsonl", import.meta.url)),
  "utf8",
)
  .split("\n")
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { q: string }).q);

const store = briefingStoreOf(await loadBriefingsOffThread(root));
const warmed = process.argv[2] === "warm" ? await warmUp(store, answerQuestion) : 0;
const times = (n: number, offset: number) =>
  Array.from({ length: n }, (_, i) => {
    const started = performance.now();
    answerQuestion(questions[(offset + i) % questions.length]!, store);
    return performance.now() - started;
  });
const first = times(1_000, 0);
const later = times(3_000, 1_000);
process.stdout.write(
  `${JSON.stringify({ warmed, firstP99: percentile(first, 99), firstMax: Math.max(...first), laterP99: percentile(later, 99) })}\n`,
);
