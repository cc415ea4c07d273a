import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { knownNeeds, needsFile, preloadNeeds, readNeeds, writeNeeds } from "../../src/cli/needs-cache.js";
import { cueSource } from "../../src/knowledge/cue-source.js";
import { allPacks } from "../../src/knowledge/packs.js";
import { compilePattern } from "../../src/lang/pattern.js";
import {
  learnedNeeds,
  type Needs,
  neededStrings,
  needsKey,
  needsOf,
  rememberNeeds,
} from "../../src/lang/pattern-needs.js";

/**
 * The needed strings of the long patterns, kept between runs (src/cli/needs-cache.ts): keyed
 * by the engine's tag in the file's name and by each pattern's flags and source, so a change
 * to either misses, and a miss works them out as before.
 */
const dirs: string[] = [];
function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-needs-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  rememberNeeds(new Map());
});

/** Long sources of the packs' cues, as a cold ask screens them. */
function packSources(): string[] {
  return allPacks()
    .flatMap((pack) => pack.asks.map((a) => a.cue.words))
    .filter((w) => w !== undefined)
    .map((w) => cueSource(w))
    .filter((s) => s.length >= 64);
}

describe("needs cache", () => {
  it("reads back what was written, the same as working the needs out", () => {
    const dir = cacheDir();
    const file = needsFile("briefbot 0.1.0 abc", dir);
    const sources = [...packSources(), "(?:a|)x|\\d+", "\\b(?:which outlet|what outlet)\\b"];
    expect(sources.length).toBeGreaterThan(3);
    const learned = new Map<string, Needs>(
      sources.flatMap((s) => ["u", "iu", ""].map((f) => [needsKey(s, f), neededStrings(s, f)] as const)),
    );
    writeNeeds(file, new Map(), learned);
    const read = readNeeds(file);
    expect([...read]).toEqual([...learned]);
    expect([...read.values()].some((n) => n === undefined)).toBe(true);
  });

  it("keeps what a snapshot's build read while the file is unchanged, and reads a rewritten one", () => {
    const dir = cacheDir();
    const tag = "briefbot 0.1.0 snap";
    const file = needsFile(tag, dir);
    writeNeeds(file, new Map(), new Map([[needsKey("abc", ""), ["abc"]]]));
    preloadNeeds(tag, dir);
    const first = knownNeeds(file);
    expect([...first]).toEqual([[needsKey("abc", ""), ["abc"]]]);
    // Unchanged: the same entries, not parsed again.
    expect(knownNeeds(file)).toBe(first);
    // A run learned more and saved the file (a new file each time): read whole.
    writeNeeds(file, first, new Map([[needsKey("abd", ""), ["abd"]]]));
    const second = knownNeeds(file);
    expect(second).not.toBe(first);
    expect([...second.keys()]).toEqual([needsKey("abc", ""), needsKey("abd", "")]);
    // Another file (another engine tag) is never answered from the preloaded one.
    expect(knownNeeds(needsFile("briefbot 0.1.0 other", dir)).size).toBe(0);
  });

  it("misses for another engine tag (code or knowledge changed), and keeps one tag's file", () => {
    const dir = cacheDir();
    const before = needsFile("briefbot 0.1.0 aaaa", dir);
    writeNeeds(before, new Map(), new Map([[needsKey("abc", ""), ["abc"]]]));
    const after = needsFile("briefbot 0.1.0 bbbb", dir);
    expect(after).not.toBe(before);
    expect(readNeeds(after).size).toBe(0);
    writeNeeds(after, new Map(), new Map([[needsKey("abd", ""), ["abd"]]]));
    expect(readdirSync(dir)).toEqual([after.slice(dir.length + 1)]);
  });

  it("works out a changed source's needs, and records it to be saved", () => {
    const source = "(?:how many people|how many residents) (?:live|reside) in (?:the country|this country)";
    const changed = source.replace("residents", "citizens");
    rememberNeeds(new Map([[needsKey(source, "i"), ["stale, never read for another source"]]]));
    expect(needsOf(source, "i")).toEqual(["stale, never read for another source"]);
    expect(needsOf(changed, "i")).toEqual(neededStrings(changed, "i"));
    expect(needsOf(changed, "")).toEqual(neededStrings(changed, ""));
    expect([...learnedNeeds().keys()]).toEqual([needsKey(changed, "i"), needsKey(changed, "")]);
  });

  it("matches the same with remembered needs as without", () => {
    const source = "\\b(?:how many people live in|what is the population of|how many residents)\\b";
    rememberNeeds(new Map([[needsKey(source, "iu"), neededStrings(source, "iu")]]));
    for (const text of ["How many people live in Tokyo?", "Population?", "how many residents", "ſ"]) {
      expect(compilePattern(source, "iu").test(text)).toBe(new RegExp(source, "iu").test(text));
    }
  });

  it("leaves out a damaged file or entry", () => {
    const dir = cacheDir();
    const file = needsFile("t", dir);
    writeFileSync(file, "{not json");
    expect(readNeeds(file).size).toBe(0);
    writeFileSync(
      file,
      JSON.stringify([["u/ab", ["ab"]], ["u/cd", [1]], ["u/ef"], [3, null], ["u/gh", null]]),
    );
    expect([...readNeeds(file)]).toEqual([
      ["u/ab", ["ab"]],
      ["u/gh", undefined],
    ]);
    expect(readFileSync(file, "utf8").length).toBeGreaterThan(0);
  });
});
