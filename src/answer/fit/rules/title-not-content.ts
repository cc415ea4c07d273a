import type { Briefing, Fact, Source } from "../../../briefing/types.js";
import { allPacks, languagePack } from "../../../knowledge/packs.js";
import { cueIn } from "../../cue.js";
import { fold } from "../../normalize.js";
import type { FitRule } from "../rule.js";
import { asksContent } from "./content-withheld.js";

/**
 * A publisher's name as a statement writes it: "S&P Global", not "(via …)" or ", English
 * edition"; a leading stop word ("The Japan Times") dropped, as "the Japan Times' report" may
 * read "Japan Times".
 */
function writtenName(publisher: string): string {
  const name = fold(publisher)
    .replace(/\s*\(.*?\)\s*/g, " ")
    .replace(/,.*$/, "")
    .trim();
  const [first = "", ...rest] = name.split(/\s+/);
  const stop = allPacks().some((p) => p.stop.has(first.toLowerCase()));
  return stop && rest.length > 0 ? rest.join(" ") : name;
}

/**
 * The cited source whose record the fact gives: its title ("Hogan Lovells published '… – Key
 * takeaways'"), or its publisher with when it was published or who wrote it ("The U.S. Chamber
 * of Commerce's assessment, published on May 16, was written by …"; `recordStated`).
 */
export function recordOf(fact: Fact, briefing: Briefing, text: string): Source | undefined {
  const cited = fact.citations.map((c) => briefing.byId.source.get(c.source));
  const titled = cited.find(
    (s) => s?.title !== undefined && s.title.length > 0 && text.includes(fold(s.title)),
  );
  if (titled) return titled;
  if (!allPacks().some((p) => cueIn(p.recordStated, fact.statement[p.lang] ?? ""))) return undefined;
  return cited.find(
    (s) => s !== undefined && [s.publisher, ...(s.aliases ?? [])].some((n) => text.includes(writtenName(n))),
  );
}

/**
 * "What are the key takeaways in the Hogan Lovells article?": a fact that gives a cited
 * source's record (its title, when it was published, who wrote it) says the document was
 * published, not what it says; the question's words it states are the title's. "When was the
 * Hogan Lovells piece published?" asks for the record and is answered by it. A question asking
 * the piece's own summary ("its key takeaways", `summaryAsked`) is refused when this is the
 * closest fact: the briefing holds the piece's record, not its summary (`withheld`).
 */
export const titleNotContent: FitRule = {
  name: "title-not-content",
  onlyWhileFitting: false,
  check({ q, fact, index, text }) {
    if (!asksContent(q)) return undefined;
    const record = recordOf(fact, index.briefing, text);
    if (!record) return undefined;
    // "What are the key takeaways?": the piece's own summary, which no other fact gives either.
    const summary = cueIn(languagePack(q.lang).summaryAsked, q.question);
    return {
      reasons: [{ key: this.name, args: { source: record.publisher } }],
      wantMissing: true,
      ...(summary ? { withheld: true } : {}),
    };
  },
};
