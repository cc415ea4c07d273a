import type { BriefingIssue } from "../errors.js";
import { LANGS } from "../i18n/lang.js";
import { describePath } from "./issues.js";
import type { FactEntry } from "./references.js";
import { locateKey, locateValue } from "./yaml-file.js";

/**
 * Rules within one valid fact that the schema cannot express: alternate questions are
 * translated like statements, and a fact that says it answers "how many" holds a number
 * (the answering engine relies on both), and a span's last day comes after its first.
 */
export function checkConsistency(entries: readonly FactEntry[]): BriefingIssue[] {
  const issues: BriefingIssue[] = [];
  for (const { parsed, index, fact } of entries) {
    if (!fact) continue;
    const label = `facts[${index}]`;
    const written = LANGS.filter((lang) => fact.questions[lang].length > 0);
    const first = written[0];
    if (first) {
      for (const lang of LANGS) {
        if (fact.questions[lang].length > 0) continue;
        const path = ["questions", lang];
        const count = fact.questions[first].length;
        issues.push({
          ...locateKey(parsed, [index, ...path]),
          message: `${describePath(label, path)}: missing translation (${first} has ${count} question${count === 1 ? "" : "s"}, ${lang} none)`,
        });
      }
    }
    if (fact.until !== undefined && !(fact.date?.length === 10 && fact.date < fact.until)) {
      issues.push({
        ...locateValue(parsed, [index, "until"]),
        message: `${label}.until: ${fact.until} must come after the fact's date, given to the day (date: ${fact.date ?? "none"})`,
      });
    }
    if (fact.answers.includes("number") && fact.numbers.length === 0) {
      issues.push({
        ...locateValue(parsed, [index, "answers"]),
        message: `${label}.answers: says it answers "number" but the fact has no numbers: (add the figure under numbers:, or drop "number")`,
      });
    }
  }
  return issues;
}
