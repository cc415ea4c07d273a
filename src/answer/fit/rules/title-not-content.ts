import { fold } from "../../normalize.js";
import type { FitRule } from "../rule.js";
import { asksContent } from "./content-withheld.js";

/**
 * "What are the key takeaways the Hogan Lovells article lists?": a fact that gives a cited
 * source's title ("… – Key takeaways") says the document was published, not what it says; the
 * question's words it states are the title's.
 */
export const titleNotContent: FitRule = {
  name: "title-not-content",
  onlyWhileFitting: false,
  check({ q, fact, index, text }) {
    if (!asksContent(q)) return undefined;
    const titled = fact.citations
      .map((c) => index.briefing.byId.source.get(c.source))
      .find((s) => s?.title !== undefined && s.title.length > 0 && text.includes(fold(s.title)));
    if (!titled) return undefined;
    return { reasons: [{ key: this.name, args: { source: titled.publisher } }], wantMissing: true };
  },
};
