/** The languages a briefing is written and answered in. */
export const LANGS = ["en", "ja", "vi"] as const;
export type Lang = (typeof LANGS)[number];
/** The code of a language pack (knowledge/lang/<code>/): a Lang, or a pack not registered in LANGS yet. */
export type LanguageCode = string;

/** A text in each of the three languages. */
export type Localized<T = string> = Record<Lang, T>;

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}
