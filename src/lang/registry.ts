import type { LanguageCode } from "../i18n/lang.js";
import { english } from "./en/index.js";
import { japanese } from "./ja/index.js";
import type { LanguageModule } from "./types.js";
import { vietnamese } from "./vi/index.js";

/**
 * The languages that need code, by pack code. A language whose pack is all it needs (its
 * words are data) has no entry; adding one with code is a folder under src/lang/ and a line here.
 */
const MODULES: Readonly<Record<LanguageCode, LanguageModule>> = { en: english, ja: japanese, vi: vietnamese };

const NO_CODE: LanguageModule = Object.freeze({});

/** The code of language `code` (an empty module for a language that needs none). */
export function languageModule(code: LanguageCode): LanguageModule {
  return Object.hasOwn(MODULES, code) ? MODULES[code]! : NO_CODE;
}

/** The modules that read a script written without spaces, with their codes. */
export function scriptModules(): readonly (readonly [LanguageCode, LanguageModule & { script: string }])[] {
  return Object.entries(MODULES).flatMap(([code, m]) =>
    m.script === undefined ? [] : [[code, m as LanguageModule & { script: string }] as const],
  );
}
