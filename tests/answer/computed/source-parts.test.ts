import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../../src/briefing/paths.js";
import { createBriefingStore } from "../../../src/briefing/store.js";
import type { BriefingStore } from "../../../src/briefing/types.js";

// "Which outlet says A, and which one says B?": each part answered with the source of the fact
// that says it (answer.ts sourcePerPart); "この2本の記事を出した媒体は": the sources as a whole.
const NOW = new Date("2026-12-06T09:00:00Z");
let store: BriefingStore;
beforeAll(() => {
  store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);
});
const ask = (q: string, briefingId = "japan-vietnam-2025") =>
  answerQuestion(q, store, { now: NOW, briefingId });

/** The publishers cited for the fact that states `words`, in the order the answer gives them. */
function citedFor(answer: ReturnType<typeof ask>, words: string): string[] {
  return answer.citations.filter((c) => c.quote.includes(words)).map((c) => c.publisher);
}

describe("a source question in parts: each part with its own source", () => {
  it.each([
    "Which outlet says 'around 250 PhD students' and which one says 'half of the 500'?",
    "Which paper says around 250 PhD students, and which says half of the 500?",
    "bai bao nao noi 250 nghien cuu sinh, bai nao noi mot nua cua 500?",
    "báo nào nói Nhật nhận 250 nghiên cứu sinh, báo nào nói một nửa của 500?",
  ])("%s", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    const publishers = a.citations.map((c) => c.publisher);
    expect(publishers).toContain("Dailywrap (PAP)");
    expect(publishers).toContain("The Japan Times");
    // Each part's fact with its own publisher: the "around 250" words are Dailywrap's.
    expect(citedFor(a, "250")).toContain("Dailywrap (PAP)");
  });

  it("answers a part the briefing holds and says the rest is not covered", () => {
    const a = ask(
      "Which outlet says 'around 250 PhD students' and which one says Japan will build a nuclear plant?",
    );
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.publisher)).toContain("Dailywrap (PAP)");
    expect(a.text).toMatch(/does not cover the rest/);
  });

  it("stays refused when no part is held", () => {
    const a = ask("Which outlet says Japan will build a nuclear plant, and which one says it will buy rice?");
    expect(a.answered).toBe(false);
  });

  it("a one-part question about an outlet is answered as before", () => {
    const a = ask("Which outlet says 'around 250 PhD students'?");
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.publisher).toBe("Dailywrap (PAP)");
  });
});

describe("the outlets of the articles, asked with 媒体は…どこ", () => {
  it.each(["この2本の記事を出した媒体はそれぞれどこですか", "この記事の媒体はどこ？"])("%s", (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Dailywrap/);
    expect(a.text).toMatch(/Japan Times/);
  });

  it("「媒体はどこ？」 alone names no articles: refused", () => {
    expect(ask("媒体はどこ？").answered).toBe(false);
  });
});
