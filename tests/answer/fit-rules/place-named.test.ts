import { describe, expect, it } from "vitest";
import { placeNamed } from "../../../src/answer/fit/rules/place-named.js";
import { judge, judgeIn, type RuleCase } from "./cases.js";

/** Rejects: where or which country is asked; the fact names no place beyond the question's own. */
const CASES: RuleCase[] = [
  // Japan and Vietnam only, Japan the actor: not where in Vietnam.
  ["洋上風力発電所はベトナムのどこに建設される予定ですか？", "energy-transformation-offshore-wind", true],
  ["Where in Vietnam will the offshore wind farms be built?", "energy-transformation-offshore-wind", true],
  // A place it is set in (the Philippines, Manila), or named in the statement ("in Vietnam's
  // infrastructure").
  ["ハノイの後、石破さんはどこに行って", "ishiba-depart-for-philippines-april-29", false],
  ["Where did Ishiba go after Hanoi?", "ishiba-meet-marcos-manila", false],
  ["Where did Xi offer to step up investment in Vietnam?", "xi-offers-agriculture-infrastructure", false],
  // No place asked: the rule has no say.
  ["Will Japan and Vietnam cooperate on offshore wind?", "energy-transformation-offshore-wind", false],
];

/** On the U.S.–UK briefing: "which country" is any country the fact names beyond the question's. */
const UK_CASES: RuleCase[] = [
  [
    "The UK's US deal came days after another trade deal — with which country?",
    "india-deal-same-week",
    false,
  ],
  [
    "The UK's US deal came days after another trade deal — with which country?",
    "first-deal-since-liberation-day",
    true,
  ],
  // "jobs in Scunthorpe": a place in the statement; "会社はどこ": a body asked.
  [
    "Where are the British Steel jobs the PM said he stepped in to save?",
    "british-steel-taken-under-control",
    false,
  ],
  ["英国のバイオエタノール生産を占める2社はどこですか", "ensus-second-producer-warns", false],
];

describe(`fit rule ${placeNamed.name}`, () => {
  it("has the stable name place-named", () => expect(placeNamed.name).toBe("place-named"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(placeNamed, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^place-named\b/);
  });
  const judgeUk = judgeIn("us-uk-2025");
  it.each(UK_CASES)("%s / %s → rejects: %s (U.S.–UK)", (question, factId, rejects) => {
    expect(judgeUk(placeNamed, question, factId).length > 0).toBe(rejects);
  });
});
