import { allPacks } from "../../../knowledge/packs.js";
import type { FitRule } from "../rule.js";

/**
 * "Who wrote the AirlineGeeks piece?", 「Hogan Lovellsの記事の執筆者は誰」: the author of a
 * source the question names is that source's own record of who wrote it: a fact citing it
 * that says so ("was written by", 執筆, "do … viết"). Another source's authors, or some fact
 * of the named source, do not answer; with no such record the bot abstains.
 */
export const authorOfNamedSource: FitRule = {
  name: "author-of-named-source",
  onlyWhileFitting: false,
  check({ q, fact }) {
    if (!q.asksAuthor || q.sources.length === 0) return undefined;
    const cites = fact.citations.some((c) => q.sources.includes(c.source));
    const says = allPacks().some((p) => p.authorship?.test(fact.statement[p.lang] ?? "") ?? false);
    if (cites && says) return undefined;
    return { reasons: [{ key: this.name }] };
  },
};
