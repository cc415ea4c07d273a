import { compilePattern } from "../../../lang/pattern.js";
import type { QuestionMention } from "../../analyze.js";
import { prepareQuestion } from "../../entities.js";
import { fold } from "../../normalize.js";
import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

/** A letter. */
const LETTER = compilePattern("\\p{L}", "u");

/** What separates words. */
const NOT_WORD = compilePattern("[^\\p{L}\\p{N}]+", "gu");

/** An entity whose every name stands for the whole of it: 「英米」 and 「イギリス車」 name one country. */
const WHOLE_KINDS = new Set(["country"]);

/**
 * "Ensus's Wilton plant": a question that names one entity by two names, neither a form of the
 * other, asks about the part or place the second name stands for. A fact that lists the entity
 * but does not write that name (the combined capacity of the sector) is about the whole. A
 * country has no such parts under its names (「英米の協定で、イギリス車の関税は」).
 */
export const everyNameStated: FitRule = {
  name: "every-name-stated",
  onlyWhileFitting: false,
  check(ctx) {
    return rejectIf(
      distinctNames(ctx.q.mentions, prepareQuestion(ctx.q.question))
        .filter((name) => !WHOLE_KINDS.has(ctx.index.briefing.byId.entity.get(name.id)?.kind ?? ""))
        .filter((name) => !squash(ctx.text).includes(name.surface))
        .map((name) => ({ key: this.name, args: { entity: name.id, name: name.surface } })),
    );
  },
};

/** The folded names of entities the question names more than once, where no name holds another. */
export function distinctNames(
  mentions: readonly QuestionMention[],
  text: string,
): { id: string; surface: string }[] {
  const out: { id: string; surface: string }[] = [];
  const ids = new Set(mentions.filter((m) => !m.external).map((m) => m.id));
  for (const id of ids) {
    const surfaces = [...new Set(mentions.filter((m) => m.id === id).map((m) => squash(fold(m.surface))))];
    if (
      surfaces.length < 2 ||
      appositive(
        mentions.filter((m) => m.id === id),
        text,
      )
    )
      continue;
    const apart = surfaces.every((s, i) =>
      surfaces.every((t, j) => i === j || (!s.includes(t) && !t.includes(s))),
    );
    if (apart) for (const surface of surfaces) out.push({ id, surface });
  }
  return out;
}

/** "thuế dịch vụ số (DST)": names with nothing but spaces or brackets between are one naming. */
function appositive(named: readonly QuestionMention[], text: string): boolean {
  const sorted = [...named].sort((a, b) => a.chars[0] - b.chars[0]);
  return sorted.some((m, i) => i > 0 && !LETTER.test(text.slice(sorted[i - 1]!.chars[1], m.chars[0])));
}

/** Letters and digits only: "Rolls-Royce" and "rolls royce" are one name. */
function squash(text: string): string {
  return text.replace(NOT_WORD, "");
}
