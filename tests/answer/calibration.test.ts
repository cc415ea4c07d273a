import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CALIBRATION_VERSION,
  type Calibration,
  FEATURE_COUNT,
  savedCalibration,
  TARGET_PRECISION,
} from "../../src/answer/calibration/index.js";
import { answerQuestion, calibrationDerive } from "../../src/answer/index.js";
import { loadBriefingsAt } from "../../src/briefing/load.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { briefingStoreOf, createBriefingStore } from "../../src/briefing/store.js";
import type { Briefing } from "../../src/briefing/types.js";

const NOW = new Date("2025-05-01T12:00:00Z");
let shipped: Briefing;
let fitted: Calibration;
beforeAll(() => {
  shipped = createBriefingStore(DEFAULT_BRIEFINGS_DIR).get()!;
  const derived = calibrationDerive.of(shipped);
  fitted = savedCalibration(JSON.parse(JSON.stringify(derived)))!;
});

/** A store whose briefing carries this calibration, as the compiled cache gives it. */
const storeWith = (calibration: Calibration) => briefingStoreOf([{ ...shipped, derived: { calibration } }]);

describe("the fitted model", () => {
  it("is fitted on held-out answers of the briefing's alternates and their negatives", () => {
    expect(fitted.version).toBe(CALIBRATION_VERSION);
    expect(fitted.facts).toBe(shipped.facts.length);
    expect(fitted.examples).toBeGreaterThan(100);
    expect(fitted.model.weights).toHaveLength(FEATURE_COUNT);
    // The threshold comes from the fit: the held-out answers at or above it meet the target.
    expect(fitted.threshold).toBeGreaterThan(0);
    expect(fitted.threshold).toBeLessThanOrEqual(1);
    expect(fitted.heldOutPrecision).toBeGreaterThanOrEqual(TARGET_PRECISION);
    // The penalty is one of those tried, chosen on the held-out answers.
    expect(fitted.penalty).toBeGreaterThan(0);
  });

  it("survives the compiled cache's JSON and rejects another version or shape", () => {
    expect(
      savedCalibration({ calibration: { ...fitted, version: CALIBRATION_VERSION - 1 } }),
    ).toBeUndefined();
    const short = { ...fitted, model: { ...fitted.model, weights: fitted.model.weights.slice(1) } };
    expect(savedCalibration({ calibration: short })).toBeUndefined();
    expect(savedCalibration({ calibration: { ...fitted, threshold: "high" } })).toBeUndefined();
    expect(savedCalibration({ calibration: { ...fitted, penalty: undefined } })).toBeUndefined();
    expect(savedCalibration(undefined)).toBeUndefined();
  });

  it("gives an answer a probability, and a right answer more than a weak one", () => {
    const store = storeWith(fitted);
    const strong = answerQuestion("How many Vietnamese PhD students will Japan help train?", store, {
      now: NOW,
    });
    expect(strong.answered).toBe(true);
    expect(strong.confidence).toBeGreaterThan(0);
    expect(strong.confidence).toBeLessThan(1);
  });
});

describe("the did-you-mean gate", () => {
  const question = "Who did Ishiba meet on the day he arrived?";
  // A model whose threshold and margin cut take in every answer with a close runner-up.
  const asking = () => storeWith({ ...fitted, threshold: 1, gateMargin: 1 });
  it.each([
    ["en", question, "Did you mean"],
    ["ja", "石破首相は到着した日に誰と会いましたか？", "次のどれかのことですか"],
  ])(
    "asks back in %s, with the close facts' questions, when the fit says such answers are mostly wrong",
    (_, q, words) => {
      const a = answerQuestion(q, asking(), { now: NOW });
      expect(a.answered).toBe(false);
      expect(a.text).toContain(words);
      expect(a.factIds).toEqual([]);
      expect(a.suggestions.length).toBeGreaterThanOrEqual(2);
      expect(a.suggestions.length).toBeLessThanOrEqual(3);
    },
  );

  it("answers when the fitted margin cut is 0 and no fact ties (on the shipped briefing no cut removed more wrong than right)", () => {
    const a = answerQuestion(question, storeWith({ ...fitted, gateMargin: 0 }), { now: NOW });
    expect(a.answered).toBe(true);
  });

  it("answers, however wide the cut, when no other fitting fact competes", () => {
    const a = answerQuestion("How many Vietnamese PhD students will Japan accept?", asking(), { now: NOW });
    expect(a.answered).toBe(true);
  });

  it("answers, however wide the cut, when the close facts give the same person (agreeing-rival.ts)", () => {
    const a = answerQuestion("石破首相はハノイで誰と会談しましたか？", asking(), { now: NOW });
    expect(a.answered).toBe(true);
    expect(a.text).toContain("チン");
  });

  it("is off with gate: false (to measure what it removes)", () => {
    expect(answerQuestion(question, asking(), { now: NOW, gate: false }).answered).toBe(true);
  });
});

describe("fitted when the briefing is compiled, kept in the compiled cache", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "briefbot-calibration-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("derives once, reads the saved model on the next load, and derives again for a new version", () => {
    let calls = 0;
    const derive = (version: string) => ({
      version,
      of: (b: Briefing) => {
        calls++;
        return { calibration: { ...fitted, facts: b.facts.length } };
      },
    });
    const first = loadBriefingsAt(DEFAULT_BRIEFINGS_DIR, { cacheDir: dir, derive: derive("v1") });
    expect(calls).toBe(first.length);
    const again = loadBriefingsAt(DEFAULT_BRIEFINGS_DIR, { cacheDir: dir, derive: derive("v1") });
    expect(calls).toBe(first.length);
    expect(savedCalibration(again[0]!.derived)).toEqual(savedCalibration(first[0]!.derived));
    loadBriefingsAt(DEFAULT_BRIEFINGS_DIR, { cacheDir: dir, derive: derive("v2") });
    expect(calls).toBe(2 * first.length);
  });
});
