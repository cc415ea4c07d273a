#!/usr/bin/env node
// Calibration table: answers scored question sets (the format of ../shared/eval/dev.jsonl:
// {id, q, expect: "answer"|"abstain", must?: [[alt, ...], ...]}) with the built engine (dist/,
// `npm run build` first) and prints, per confidence bin, how many answers were given and the
// share of them that were right (scored as ../shared/eval/score.mjs does), plus the briefing's
// fitted threshold and the model's build time.
// usage: node scripts/calibration.mjs FILE.jsonl [FILE.jsonl ...] [--now YYYY-MM-DD]
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const { answerQuestion } = await import("../dist/answer/index.js");
const { createBriefingStore } = await import("../dist/briefing/store.js");
const { indexFor } = await import("../dist/answer/index-build.js");
const { calibrationFor } = await import("../dist/answer/calibration/index.js");

const args = process.argv.slice(2);
const nowAt = args.indexOf("--now");
const now = nowAt >= 0 ? new Date(`${args[nowAt + 1]}T12:00:00Z`) : new Date();
const files = args.filter((a, i) => !a.startsWith("--") && i !== nowAt + 1);
if (files.length === 0) {
  console.error("usage: node scripts/calibration.mjs FILE.jsonl [FILE.jsonl ...] [--now YYYY-MM-DD]");
  process.exit(2);
}

function normalise(s) {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .replace(/(\d)[,.\u00a0\u202f' ](?=\d{3}(?!\d))/g, "$1");
}
function matches(text, alt) {
  const prefix = alt.endsWith("*");
  const word = normalise(prefix ? alt.slice(0, -1) : alt);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at U+0000 on purpose (as score.mjs).
  if (/[^\u0000-\u024f]/.test(word)) return text.includes(word);
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(
    `(?<![\\p{Script=Latin}\\p{N}])${esc}${prefix ? "" : "(?![\\p{Script=Latin}\\p{N}])"}`,
    "u",
  );
  return re.test(text);
}
/** Right as score.mjs counts it: an answer to an answerable question, cited, short, with every must group. */
function right(c, a) {
  if (c.expect !== "answer") return false;
  const text = normalise(String(a.text ?? ""));
  const cited = a.citations.some((x) => x?.url);
  return cited && a.text.length <= 700 && (c.must ?? []).every((g) => g.some((alt) => matches(text, alt)));
}

const store = createBriefingStore(
  process.env.BRIEFINGS_DIR ?? new URL("../briefings", import.meta.url).pathname,
);
const briefing = store.get();
const index = indexFor(briefing);
// The first answer fits the model; time it apart from the index.
const t0 = performance.now();
// (Any question that reaches the fit check fits it; the model is cached with the index.)
answerQuestion(briefing.facts[0].questions.en[0], store, { now });
const cal = calibrationFor(index, () => undefined);
const fitMs = performance.now() - t0;

const BINS = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001];
const bins = BINS.slice(0, -1).map(() => ({ n: 0, right: 0 }));
let abstained = 0;
let total = 0;
for (const file of files) {
  const cases = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  for (const c of cases) {
    total++;
    const a = answerQuestion(c.q, store, { now });
    if (!a.answered) {
      abstained++;
      continue;
    }
    const i = BINS.findIndex((b, k) => a.confidence >= b && a.confidence < BINS[k + 1]);
    bins[i].n++;
    if (right(c, a)) bins[i].right++;
  }
}
const pct = (x, n) => (n ? `${((100 * x) / n).toFixed(1)}%` : "n/a");
console.log(
  `briefing ${briefing.id}: ${briefing.facts.length} facts; ${total} questions from ${files.length} file(s)`,
);
if (cal)
  console.log(
    `model: fitted on ${cal.examples} answered training questions (${cal.heldOut} held out) in ${fitMs.toFixed(0)} ms; threshold ${cal.threshold.toFixed(3)} (held-out precision ${pct(cal.heldOutPrecision, 1)})`,
  );
else console.log(`model: not fitted (too few training answers); ${fitMs.toFixed(0)} ms`);
console.log("| confidence | answered | right | share right |");
console.log("|---|---|---|---|");
bins.forEach((b, i) => {
  const hi = BINS[i + 1] > 1 ? "1.00" : BINS[i + 1].toFixed(2);
  console.log(`| ${BINS[i].toFixed(2)}–${hi} | ${b.n} | ${b.right} | ${pct(b.right, b.n)} |`);
});
const hi = bins.slice(4);
const n9 = hi.reduce((s, b) => s + b.n, 0);
const r9 = hi.reduce((s, b) => s + b.right, 0);
console.log(`confidence ≥ 0.90: ${r9}/${n9} right (${pct(r9, n9)}); abstained ${abstained}/${total}`);
