import { LANGS, type Lang } from "../i18n/lang.js";
import { languagePack } from "../knowledge/packs.js";

/** The language a briefing written in `declared` answers an asker of `asked` in: theirs, or the first of LANGS it has. */
export function servedLanguage(declared: readonly Lang[], asked: Lang): Lang {
  if (declared.includes(asked)) return asked;
  return LANGS.find((l) => declared.includes(l)) ?? asked;
}

/** "(This briefing is in English; the answer is in English.)", in the asker's language, from their pack. */
export function languageNote(asked: Lang, served: Lang): string | undefined {
  const pack = languagePack(asked);
  const template = pack.answeredInOtherLanguage;
  if (!template) return undefined;
  return template.replaceAll("{served}", pack.languageNames[served] ?? served);
}
