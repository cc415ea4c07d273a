import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadBriefingsAt } from "../../src/briefing/load.js";
import { type DerivedCache, openBriefingStore } from "../../src/briefing/open.js";
import { BriefingError } from "../../src/errors.js";
import { copyFixture, edit } from "./helpers.js";

const caches: string[] = [];
afterEach(() => {
  for (const dir of caches.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-cache-"));
  caches.push(dir);
  return dir;
}
const entries = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".json"));

describe("compiled briefing cache", () => {
  it("gives back the briefing it saved, equal to one read from the YAML", () => {
    const { root } = copyFixture();
    const dir = cacheDir();
    const fresh = loadBriefingsAt(root, { cacheDir: false });
    const first = loadBriefingsAt(root, { cacheDir: dir });
    expect(entries(dir)).toHaveLength(1);
    const second = loadBriefingsAt(root, { cacheDir: dir });
    expect(second).toEqual(fresh);
    expect(first).toEqual(fresh);
    expect(second[0]!.byId.fact.get(fresh[0]!.facts[0]!.id)).toEqual(fresh[0]!.facts[0]);
    expect(second[0]!.positions?.quote.get(fresh[0]!.facts[0]!.id)).toEqual(
      fresh[0]!.positions?.quote.get(fresh[0]!.facts[0]!.id),
    );
  });

  it("gives every fact the same keys in the same order, from the YAML and from the cache", () => {
    // One object shape for all facts (optional date and deadline present as undefined): the
    // answering code reads facts on every question and runs faster on a single shape.
    const { root } = copyFixture();
    const dir = cacheDir();
    const fresh = loadBriefingsAt(root, { cacheDir: false });
    loadBriefingsAt(root, { cacheDir: dir });
    const cached = loadBriefingsAt(root, { cacheDir: dir });
    const keys = (b: typeof fresh) => b.flatMap((x) => x.facts.map((f) => Object.keys(f).join(",")));
    const shapes = new Set([...keys(fresh), ...keys(cached)]);
    expect(shapes.size).toBe(1);
    expect([...shapes][0]).toContain("date");
    expect(fresh[0]!.facts.some((f) => f.date === undefined)).toBe(true);
  });

  it("is read instead of the YAML while the files are unchanged, and not once they change", () => {
    const { root, dir: briefingDir } = copyFixture();
    const dir = cacheDir();
    const original = loadBriefingsAt(root, { cacheDir: dir })[0]!.facts[0]!.statement.en;
    // Mark the saved copy: a load that returns the mark read the cache.
    const [entry] = entries(dir);
    const file = join(dir, entry!);
    writeFileSync(file, readFileSync(file, "utf8").replace(JSON.stringify(original), '"FROM THE CACHE"'));
    expect(loadBriefingsAt(root, { cacheDir: dir })[0]!.facts[0]!.statement.en).toBe("FROM THE CACHE");
    // Any edit of a briefing file makes a new key: the YAML is read again and replaces the entry.
    appendFileSync(join(briefingDir, "briefing.yaml"), "\n# a curator's comment\n");
    expect(loadBriefingsAt(root, { cacheDir: dir })[0]!.facts[0]!.statement.en).toBe(original);
    expect(entries(dir)).toHaveLength(1);
    expect(entries(dir)[0]).not.toBe(entry);
  });

  it("keeps nothing for an invalid briefing, which fails as without a cache", () => {
    const { root, dir: briefingDir } = copyFixture();
    const dir = cacheDir();
    edit(join(briefingDir, "briefing.yaml"), "id: harbor-2025", "id: Harbor 2025!");
    expect(() => loadBriefingsAt(root, { cacheDir: dir })).toThrow(BriefingError);
    expect(entries(dir)).toHaveLength(0);
  });

  it("loads from the YAML when the cache can be neither written nor read", () => {
    const { root } = copyFixture();
    const blocked = join(cacheDir(), "a-file");
    writeFileSync(blocked, "not a folder");
    expect(loadBriefingsAt(root, { cacheDir: blocked })[0]!.id).toBe("harbor-2025");
  });

  it("ignores an entry it cannot parse", () => {
    const { root } = copyFixture();
    const dir = cacheDir();
    const expected = loadBriefingsAt(root, { cacheDir: dir });
    writeFileSync(join(dir, entries(dir)[0]!), "{ broken");
    expect(loadBriefingsAt(root, { cacheDir: dir })).toEqual(expected);
  });

  it("openBriefingStore serves the cache on a hit and loads (and saves) the YAML on a miss", async () => {
    const { root } = copyFixture();
    const dir = cacheDir();
    const missed = await openBriefingStore(root, dir);
    expect(entries(dir)).toHaveLength(1);
    const original = missed.get()!.facts[0]!.statement.en;
    const file = join(dir, entries(dir)[0]!);
    writeFileSync(file, readFileSync(file, "utf8").replace(JSON.stringify(original), '"FROM THE CACHE"'));
    const hit = await openBriefingStore(root, dir);
    expect(hit.get()!.facts[0]!.statement.en).toBe("FROM THE CACHE");
    expect(hit.defaultId()).toBe("harbor-2025");
  });

  it("keeps what is built from the briefings beside them, per builder tag, until a file changes", async () => {
    const { root, dir: briefingDir } = copyFixture();
    const dir = cacheDir();
    const calls: string[] = [];
    const derived = (tag: string): DerivedCache => ({
      tag,
      adopt: (briefings, data) => {
        calls.push(`adopt ${tag} ${String(data)}`);
        return data === `built from ${briefings[0]!.facts.length} facts`;
      },
      build: (briefings) => {
        calls.push(`build ${tag}`);
        return `built from ${briefings[0]!.facts.length} facts`;
      },
    });
    await openBriefingStore(root, dir, derived("engine 1"));
    await openBriefingStore(root, dir, derived("engine 1"));
    expect(calls).toEqual(["build engine 1", "adopt engine 1 built from 3 facts"]);
    // Another engine never reads the first one's build; its own replaces it.
    calls.length = 0;
    await openBriefingStore(root, dir, derived("engine 2"));
    await openBriefingStore(root, dir, derived("engine 2"));
    expect(calls).toEqual(["build engine 2", "adopt engine 2 built from 3 facts"]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".v8"))).toHaveLength(1);
    // A changed file is a new entry: built again, and the old entry's build is gone.
    calls.length = 0;
    appendFileSync(join(briefingDir, "briefing.yaml"), "\n# edited\n");
    await openBriefingStore(root, dir, derived("engine 2"));
    expect(calls).toEqual(["build engine 2"]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".v8"))).toHaveLength(1);
    // Data that does not fit is built anew.
    calls.length = 0;
    const picky: DerivedCache = { ...derived("engine 2"), adopt: () => false };
    await openBriefingStore(root, dir, picky);
    expect(calls).toEqual(["build engine 2"]);
  });
});
