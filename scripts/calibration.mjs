#!/usr/bin/env node
// Calibration table: answers scored question sets (the format of ../shared/eval/dev.jsonl:
// {id, q, expect: "answer"|"abstain", must?: [[alt, ...], ...]}) with the built engine (dist/,
// `npm run build` first) and prints, per confidence bin, how many answers were given and the
// share of them that were right (scored as ../shared/eval/score.mjs does), plus the briefing's
// fitted threshold, the fit time, and per file the wrong and right answers without the "did you
// mean" gate (gate: false) and with it.
// Per file also the Brier score and the expected calibration error (ECE, over the same bins) of
// the gated answers' confidence against right/wrong.
// usage: node scripts/calibration.mjs FILE.jsonl [FILE.jsonl ...] [--now YYYY-MM-DD] [--briefing ID]
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const { answerQuestion, calibrationDerive } = await import("../dist/answer/index.js");
const { createBriefingStore } = await import("../dist/briefing/store.js");
const { indexFor } = await import("../dist/answer/index-build.js");

const args = process.argv.slice(2);
const nowAt = args.indexOf("--now");
const now = nowAt >= 0 ? new Date(`${args[nowAt + 1]}T12:00:00Z`) : new Date();
const briefingAt = args.indexOf("--briefing");
const briefingId = briefingAt >= 0 ? args[briefingAt + 1] : undefined;
const files = args.filter(
  (a, i) => !a.startsWith("--") && (nowAt < 0 || i !== nowAt + 1) && (briefingAt < 0 || i !== briefingAt + 1),
);
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

// The model is fitted when the briefing is compiled (as the CLI does): time the fit apart.
const dir = process.env.BRIEFINGS_DIR ?? new URL("../briefings", import.meta.url).pathname;
const t0 = performance.now();
const store = createBriefingStore(dir, undefined, { derive: calibrationDerive });
const loadMs = performance.now() - t0;
const briefing = store.get(briefingId);
if (!briefing) {
  console.error(`no briefing ${briefingId}`);
  process.exit(2);
}
const cal = briefing.derived?.calibration;
const t1 = performance.now();
indexFor(briefing);
const indexMs = performance.now() - t1;

const BINS = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001];
const bins = BINS.slice(0, -1).map(() => ({ n: 0, right: 0 }));
const perFile = [];
let abstained = 0;
let total = 0;
for (const file of files) {
  const cases = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const row = {
    file: file.split("/").pop(),
    n: cases.length,
    wrongBefore: 0,
    wrongAfter: 0,
    rightBefore: 0,
    rightAfter: 0,
    gateRight: 0,
    gateWrong: 0,
    scored: [],
  };
  perFile.push(row);
  for (const c of cases) {
    total++;
    const a = answerQuestion(c.q, store, { now, briefingId: briefing.id });
    const u = answerQuestion(c.q, store, { now, gate: false, briefingId: briefing.id });
    const rightU = u.answered && right(c, u);
    const rightA = a.answered && right(c, a);
    if (u.answered && !rightU) row.wrongBefore++;
    if (a.answered && !rightA) row.wrongAfter++;
    if (rightU) row.rightBefore++;
    if (rightA) row.rightAfter++;
    // The gate fired: an ungated answer became "did you mean".
    if (u.answered && !a.answered) rightU ? row.gateRight++ : row.gateWrong++;
    if (!a.answered) {
      abstained++;
      continue;
    }
    row.scored.push({ p: a.confidence, y: rightA ? 1 : 0 });
    const i = BINS.findIndex((b, k) => a.confidence >= b && a.confidence < BINS[k + 1]);
    bins[i].n++;
    if (rightA) bins[i].right++;
  }
}
const pct = (x, n) => (n ? `${((100 * x) / n).toFixed(1)}%` : "n/a");
console.log(
  `briefing ${briefing.id}: ${briefing.facts.length} facts; ${total} questions from ${files.length} file(s)`,
);
console.log(`load and compile ${loadMs.toFixed(0)} ms (YAML, no cache); index ${indexMs.toFixed(0)} ms`);
if (cal)
  console.log(
    `model: fitted on ${cal.examples} held-out answers over ${cal.facts} facts in ${cal.fitMs} ms; threshold ${cal.threshold.toFixed(3)} (held-out precision ${pct(cal.heldOutPrecision, 1)}), gate margin < ${cal.gateMargin}, L2 ${cal.penalty}`,
  );
else console.log("model: not fitted (too few training answers)");
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
console.log("");
/** Brier score and expected calibration error (over BINS) of answers' confidence against right. */
function calibrationScores(scored) {
  if (scored.length === 0) return { brier: "n/a", ece: "n/a" };
  const brier = scored.reduce((s, x) => s + (x.p - x.y) ** 2, 0) / scored.length;
  let ece = 0;
  for (let k = 0; k < BINS.length - 1; k++) {
    const inBin = scored.filter((x) => x.p >= BINS[k] && x.p < BINS[k + 1]);
    if (inBin.length === 0) continue;
    const conf = inBin.reduce((s, x) => s + x.p, 0) / inBin.length;
    const acc = inBin.reduce((s, x) => s + x.y, 0) / inBin.length;
    ece += (inBin.length / scored.length) * Math.abs(conf - acc);
  }
  return { brier: brier.toFixed(3), ece: ece.toFixed(3) };
}
console.log(
  "| file | questions | wrong ungated → gated | right ungated → gated | gate removed right / wrong | Brier | ECE |",
);
console.log("|---|---|---|---|---|---|---|");
for (const r of perFile) {
  const { brier, ece } = calibrationScores(r.scored);
  console.log(
    `| ${r.file} | ${r.n} | ${r.wrongBefore} → ${r.wrongAfter} | ${r.rightBefore} → ${r.rightAfter} | ${r.gateRight} / ${r.gateWrong} | ${brier} | ${ece} |`,
  );
}
const all = calibrationScores(perFile.flatMap((r) => r.scored));
console.log(`all answers: Brier ${all.brier}, ECE ${all.ece}`);
