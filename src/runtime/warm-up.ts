import type { AnswerOptions } from "../answer/types.js";
import type { BriefingStore } from "../briefing/types.js";
import { LANGS, type Lang } from "../i18n/lang.js";
import { computedWords } from "../knowledge/computed-words.js";
import { languagePack } from "../knowledge/packs.js";

/** Questions asked at most, and time spent at most, before the bot takes events. */
const MAX_QUESTIONS = 400;
const MAX_MS = 1_500;

type Answerer = (question: string, store: BriefingStore, options?: AnswerOptions) => unknown;

/** Every regular expression in `value`: a field, a list of them, or a rewrite's `pattern`. */
function patternsIn(value: unknown, out: RegExp[], depth = 0): RegExp[] {
  if (value instanceof RegExp) out.push(value);
  else if (Array.isArray(value)) for (const v of value) patternsIn(v, out, depth + 1);
  else if (value !== null && typeof value === "object" && depth < 4)
    for (const v of Object.values(value)) patternsIn(v, out, depth + 1);
  return out;
}

/**
 * Runs each pattern of a language's pack and of its computed answers' words twice on
 * `sample` (V8 compiles a pattern on its first run, and to machine code on its second), and
 * puts back where a global pattern's next search starts. The alternate questions never take
 * some paths (comparisons, yes/no questions about agreements, time questions), whose patterns
 * the first real question on that path compiled instead (up to ~10 ms each). Returns how many.
 */
export function warmPatterns(lang: Lang, sample: string): number {
  const patterns = patternsIn([languagePack(lang), computedWords(lang)], []);
  for (const re of patterns) {
    const next = re.lastIndex;
    re.test(sample);
    re.lastIndex = next;
    re.test(sample);
    re.lastIndex = next;
  }
  return patterns.length;
}

/**
 * Runs the language packs' patterns (warmPatterns), then asks the default briefing's own
 * alternate questions (every language, facts taken in turn) as the bot starts: the first answers after a start ran while V8 still compiled and
 * optimised the answering code (p99 of the first 1,000 answers 5-27 ms against 0.5 ms later).
 * Runs beside the adapters (start-up does not wait for it), yielding to the event loop
 * between questions, so a real question waits at most one answer; stops when `signal` aborts.
 */
export async function warmUp(
  store: BriefingStore,
  answer: Answerer,
  options: { signal?: AbortSignal; clock?: () => number } = {},
): Promise<number> {
  const clock = options.clock ?? (() => performance.now());
  const briefing = store.get();
  if (!briefing) return 0;
  const started = clock();
  for (const lang of LANGS) {
    warmPatterns(lang, briefing.facts[0]?.questions[lang][0] ?? briefing.meta.title[lang]);
    if (clock() - started > MAX_MS || options.signal?.aborted) return 0;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  let asked = 0;
  for (let round = 0; asked < MAX_QUESTIONS; round++) {
    let any = false;
    for (const fact of briefing.facts) {
      for (const lang of LANGS) {
        const question = fact.questions[lang][round];
        if (question === undefined) continue;
        any = true;
        answer(question, store);
        if (++asked >= MAX_QUESTIONS || clock() - started > MAX_MS || options.signal?.aborted) return asked;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    if (!any) break;
  }
  return asked;
}
