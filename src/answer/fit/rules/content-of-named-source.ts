import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";
import { asksContent } from "./content-withheld.js";

/**
 * "What does the S&P Global report conclude?", "What does the Hogan Lovells article say about
 * beef?": what a named source says is asked. Only a fact citing that source says what it
 * says; a fact from another source that shares the question's words ("the first framework
 * concluded since then") is not that source's content, however close.
 */
export const contentOfNamedSource: FitRule = {
  name: "content-of-named-source",
  onlyWhileFitting: true,
  check({ q, fact }) {
    if (q.sources.length === 0 || !asksContent(q)) return undefined;
    if (fact.citations.some((c) => q.sources.includes(c.source))) return undefined;
    return rejectIf([{ key: this.name, args: { source: q.sources.join(", ") } }]);
  },
};
