import { describe, expect, it } from "vitest";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import { LANGS } from "../../src/i18n/lang.js";
import { computedWords } from "../../src/knowledge/computed-words.js";
import { languagePack } from "../../src/knowledge/packs.js";
import { warmPatterns, warmUp } from "../../src/runtime/warm-up.js";

// The warm-up the bot runs at start (src/runtime/warm-up.ts), with a stand-in answerer and clock.
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);

describe("warmPatterns", () => {
  it.each(LANGS)(
    "runs every pattern of the %s pack and computed words, leaving them as they were",
    (lang) => {
      const pack = languagePack(lang);
      const words = computedWords(lang);
      const globals = [...pack.help, ...words.higher, ...words.elapsed.ago.map((r) => r.pattern)].filter(
        (re) => re.global || re.sticky,
      );
      for (const re of globals) re.lastIndex = 0;
      const count = warmPatterns(lang, "Did Japan and Vietnam sign an agreement more than 3 years ago?");
      // The cue lists of both files at least (help, injection, opinion; higher, lower, choice).
      expect(count).toBeGreaterThan(pack.help.length + words.higher.length + words.lower.length);
      for (const re of globals) expect(re.lastIndex).toBe(0);
    },
  );
});

describe("warmUp", () => {
  it("asks the default briefing's alternates, every language, up to its limit", async () => {
    const asked: string[] = [];
    const count = await warmUp(store, (q) => asked.push(q), { clock: () => 0 });
    expect(count).toBe(asked.length);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(400);
    const facts = store.get()!.facts;
    for (const lang of LANGS) expect(asked).toContain(facts[0]!.questions[lang][0]);
  });

  it("stops when its time is up or it is told to", async () => {
    let now = 0;
    const slow = await warmUp(store, () => (now += 1_000), { clock: () => now });
    expect(slow).toBe(2);
    const controller = new AbortController();
    controller.abort();
    expect(await warmUp(store, () => undefined, { signal: controller.signal })).toBe(0);
  });
});
