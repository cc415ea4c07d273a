import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cachedKnowledge } from "../../src/knowledge/cache.js";

// The knowledge cache serves a warm start without reading or validating the files (nor loading
// yaml and zod): any change to a data file must be read again.
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function knowledgeFolder(): { root: string; cacheDir: string } {
  const base = mkdtempSync(join(tmpdir(), "briefbot-knowledge-cache-"));
  made.push(base);
  const root = join(base, "knowledge");
  mkdirSync(join(root, "lang", "en"), { recursive: true });
  writeFileSync(join(root, "world.yaml"), "entities: []\n");
  writeFileSync(join(root, "lang", "en", "stop.yaml"), "words: [the]\n");
  writeFileSync(join(root, "lang", "en", "computed.json"), '{"compare": {}}\n');
  return { root, cacheDir: join(base, "cache") };
}

/** Loads through the cache, counting the reads that the cache did not spare. */
function loader(root: string, cacheDir: string) {
  let reads = 0;
  const load = () =>
    cachedKnowledge(
      root,
      () => {
        reads += 1;
        return { reads };
      },
      cacheDir,
    );
  return { load, reads: () => reads };
}

describe("the knowledge cache", () => {
  it("reads the files once, then serves what it saved", () => {
    const { root, cacheDir } = knowledgeFolder();
    const k = loader(root, cacheDir);
    expect(k.load()).toEqual({ reads: 1 });
    expect(k.load()).toEqual({ reads: 1 });
    expect(k.reads()).toBe(1);
  });

  it.each([
    ["a pack's YAML", join("lang", "en", "stop.yaml"), "words: [the, a]\n"],
    ["the world file", "world.yaml", "entities: [] # edited\n"],
    ["the computed answers' words (JSON)", join("lang", "en", "computed.json"), '{"compare": {"x": 1}}\n'],
    ["a new language's file", join("lang", "en", "extra.yaml"), "x: 1\n"],
  ])("reads again after a change to %s", (_what, file, text) => {
    const { root, cacheDir } = knowledgeFolder();
    const k = loader(root, cacheDir);
    k.load();
    writeFileSync(join(root, file), text);
    expect(k.load()).toEqual({ reads: 2 });
    // …and the new version is what the next start finds.
    expect(k.load()).toEqual({ reads: 2 });
  });

  it("ignores files that are not knowledge data", () => {
    const { root, cacheDir } = knowledgeFolder();
    const k = loader(root, cacheDir);
    k.load();
    writeFileSync(join(root, "lang", "en", "NOTES.md"), "curator's notes\n");
    expect(k.load()).toEqual({ reads: 1 });
  });
});
