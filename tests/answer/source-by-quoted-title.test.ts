import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { BriefingStore } from "../../src/briefing/types.js";

/**
 * A source question that quotes a headline is about that source, whatever fact its other words
 * find (src/answer/computed/source.ts: a quoted run of a title names it); the publishing words
 * of a department or a fact sheet read a few words apart (knowledge/lang/en|vi/frames.yaml).
 */
describe("sources named by a quoted headline, and when a named piece was published", () => {
  let store: BriefingStore;
  beforeAll(() => {
    store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
  });
  const ask = (q: string) =>
    answerQuestion(q, store, { now: new Date("2026-12-06T09:00:00Z"), briefingId: "us-uk-2025" });

  it.each([
    [
      "Which UK government department published the release titled 'UK-US trade deal kicks into gear'?",
      "Business and Trade",
    ],
    ["「UK-US trade deal kicks into gear」という記事を出したのはどのメディア？", "Business and Trade"],
    ["Báo nào đăng bài 'UK-US trade deal kicks into gear'?", "Business and Trade"],
    ["Which outlet ran 'Second UK bioethanol supplier warns of closure'?", "S&P Global"],
    ["When was the White House fact sheet on implementing the general terms published?", "June 17, 2025"],
    [
      "Which ministry put out the press release on tariff cuts for autos and aerospace?",
      "Business and Trade",
    ],
  ])("%s", (q, term) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toContain(term);
  });

  it.each([
    // A quoted phrase no headline holds names no source.
    ["Which outlet ran 'UK whisky exports soar after the deal'?"],
    // A department asked for what it does, not what it published.
    ["Which department handles the car quota?"],
  ])("refuses %s", (q) => {
    expect(ask(q).answered).toBe(false);
  });
});
