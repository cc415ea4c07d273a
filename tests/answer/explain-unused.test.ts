import { beforeAll, describe, expect, it } from "vitest";
import { explainQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { BriefingStore } from "../../src/briefing/types.js";

/**
 * --explain says what happened to a fitting fact that was not used: a better fact answered
 * (only when the bot answered), the length limit cut it, or the bot refused, and why.
 */
let store: BriefingStore;
beforeAll(() => {
  store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
});

const BETTER = "not used: a better fact answers it";
const REFUSED = /^not used: the bot refused/;

describe("why a fitting fact was not used", () => {
  it.each([
    ["When did Ishiba visit Hanoi?", true],
    ["How many PhD students will Japan help train?", true],
    ["Who is Japan's prime minister now?", false],
    ["What will Japan and Vietnam agree in 2030?", false],
    ["How many Japanese PhD students will Vietnam accept?", false],
  ])("%s", (question, answered) => {
    const e = explainQuestion(question, store);
    expect(e.answer.answered).toBe(answered);
    const last = e.candidates.filter((c) => !c.used && c.fits).map((c) => c.reasons.at(-1)!);
    if (answered) for (const r of last) expect(r === BETTER || /length/.test(r), r).toBe(true);
    else for (const r of last) expect(r, r).toMatch(REFUSED);
  });

  it("names the refusal: beyond the briefing's period", () => {
    const e = explainQuestion("Who is Japan's prime minister now?", store);
    const fitting = e.candidates.filter((c) => c.fits);
    expect(fitting.length).toBeGreaterThan(0);
    expect(fitting[0]!.reasons.at(-1)).toMatch(/beyond the briefing's dates|period/);
  });
});
