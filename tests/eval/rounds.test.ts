import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { BriefingStore } from "../../src/briefing/types.js";
import {
  briefingOf,
  casesOf,
  isTrialRound,
  judge,
  keptBaseline,
  NOW,
  roundFiles,
  TRIAL_BRIEFINGS_DIR,
} from "./kept-rounds.js";

/**
 * The fresh rounds, kept as regression sets once their first-seen score was reported: each
 * round, asked of the briefing it was written for and judged as ../shared/eval/score.mjs
 * judges, may not lose right answers nor gain wrong ones against rounds/baseline.json. The
 * baseline is what the engine scored when it was last raised; never quote it as a result (the
 * first-seen score is the figure). After a change that improves a round,
 * `UPDATE_ROUND_BASELINE=1 npx vitest run tests/eval/rounds.test.ts` raises it.
 */

const baseline = keptBaseline("baseline.json");
let store: BriefingStore;
let trials: BriefingStore;
beforeAll(() => {
  store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
  trials = createBriefingStore(TRIAL_BRIEFINGS_DIR);
});

describe("kept rounds do not regress", () => {
  it("has a baseline for every round", () => {
    const names = baseline.names();
    if (names) expect(names).toEqual(roundFiles.map((f) => f.replace(/\.jsonl$/, "")));
  });
  it.each(roundFiles)("%s", (file) => {
    const outcomes = casesOf(file).map((c) => ({
      id: c.id,
      outcome: judge(
        c,
        answerQuestion(c.q, isTrialRound(file) ? trials : store, { now: NOW, briefingId: briefingOf(file) }),
      ),
    }));
    baseline.check(file.replace(/\.jsonl$/, ""), outcomes);
  });
  it("writes the baseline when asked", () => baseline.write());
});
