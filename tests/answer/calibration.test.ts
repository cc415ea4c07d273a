import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CALIBRATION_VERSION,
  type Calibration,
  FEATURE_COUNT,
  savedCalibration,
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
    expect(fitted.heldOutPrecision).toBeGreaterThanOrEqual(0.97);
  });

  it("survives the compiled cache's JSON and rejects another version or shape", () => {
    expect(
      savedCalibration({ calibration: { ...fitted, version: CALIBRATION_VERSION - 1 } }),
    ).toBeUndefined();
    const short = { ...fitted, model: { ...fitted.model, weights: fitted.model.weights.slice(1) } };
    expect(savedCalibration({ calibration: short })).toBeUndefined();
    expect(savedCalibration({ calibration: { ...fitted, threshold: "high" } })).toBeUndefined();
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
  it("asks back, with the close facts' questions, when the fit says such answers are mostly wrong", () => {
    // A model whose threshold and margin cut take in every answer with a close runner-up.
    const store = storeWith({ ...fitted, threshold: 1, gateMargin: 1 });
    const a = answerQuestion(question, store, { now: NOW });
    expect(a.answered).toBe(false);
    expect(a.text).toContain("Did you mean");
    expect(a.suggestions.length).toBe(2);
  });

  it("answers when the fitted margin cut is 0 (on the shipped briefing no cut removed more wrong than right)", () => {
    const a = answerQuestion(question, storeWith({ ...fitted, gateMargin: 0 }), { now: NOW });
    expect(a.answered).toBe(true);
  });

  it("is off with gate: false (to measure what it removes)", () => {
    const store = storeWith({ ...fitted, threshold: 1, gateMargin: 1 });
    expect(answerQuestion(question, store, { now: NOW, gate: false }).answered).toBe(true);
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
