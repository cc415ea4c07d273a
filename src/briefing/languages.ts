import { LANGS, type Lang } from "../i18n/lang.js";

/**
 * A briefing declares the languages it is written in (`languages: [en]`). Texts in a language
 * it does not declare are not required: before validation, each localized field ({en, ja, vi})
 * lacking such a language gets the English one, so the rest of the code always finds all
 * three, and a question in that language is answered in English, saying so (answer.ts).
 * A declared language that is missing is still reported as a missing translation.
 */

/** The declared languages, when the raw metadata lists valid ones (validation reports the rest). */
export function declaredLanguages(rawMeta: unknown): Lang[] {
  const list = (rawMeta as { languages?: unknown } | null)?.languages;
  if (!Array.isArray(list)) return [...LANGS];
  const langs = list.filter((l): l is Lang => (LANGS as readonly string[]).includes(l as string));
  return langs.length > 0 ? langs : [...LANGS];
}

function isLocalized(value: object): value is Record<string, unknown> {
  const keys = Object.keys(value);
  return keys.includes("en") && keys.every((k) => (LANGS as readonly string[]).includes(k));
}

/** Fills, in place, every localized field's undeclared languages from its English text. */
export function fillUndeclared(raw: unknown, declared: readonly Lang[]): void {
  const missing = LANGS.filter((l) => !declared.includes(l));
  if (missing.length === 0) return;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (value === null || typeof value !== "object") return;
    if (isLocalized(value)) {
      for (const l of missing) value[l] ??= value.en;
      return;
    }
    for (const v of Object.values(value)) visit(v);
  };
  visit(raw);
}
