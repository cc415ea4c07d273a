import { describe, expect, it } from "vitest";
import { nameGiven } from "../../../src/answer/fit/rules/name-given.js";
import { judge, judgeStatement } from "./cases.js";

/** A fixture statement (on a shipped fact's frame) for a case the shipped briefings do not hold. */
type StatementCase = [question: string, statement: Partial<Record<"en" | "vi", string>>, rejects: boolean];

const UNNAMED = "Many saw the deal as a capitulation, as a government official wrote.";
const NAMED = "Many saw the deal as a capitulation, as the government official Jane Doe wrote.";

const STATEMENT_CASES: StatementCase[] = [
  // A name asked; the fact writes the official only as "a government official".
  ["What's the name of the official who wrote that?", { en: UNNAMED }, true],
  // The fact names the official.
  ["What's the name of the official who wrote that?", { en: NAMED }, false],
  // No name asked: the rule has no say ("who" is judged by asked-kind-held).
  ["Which official wrote that?", { en: UNNAMED }, false],
  [
    "Tên của nhà bình luận đó là gì?",
    { vi: "Nhiều người coi đây là sự đầu hàng, như một nhà bình luận viết." },
    true,
  ],
  [
    "Tên của nhà bình luận đó là gì?",
    { vi: "Nhiều người coi đây là sự đầu hàng, như nhà bình luận Jane Doe viết." },
    false,
  ],
];

describe(`fit rule ${nameGiven.name}`, () => {
  it("has the stable name name-given", () => expect(nameGiven.name).toBe("name-given"));
  it.each(STATEMENT_CASES)("%s / %j → rejects: %s", (question, statement, rejects) => {
    const reasons = judgeStatement(nameGiven, question, "japanese-companies-tariff-concerns", statement);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^name-given\b/);
  });
  // An office holder's name asked of the fact that names him: let through.
  it("lets the fact naming the deputy prime minister through", () => {
    const q = "what's the name of the deputy prime minister Vietnam sent to Washington?";
    expect(judge(nameGiven, q, "phoc-met-bessent-lutnick-april-10")).toEqual([]);
  });
});
