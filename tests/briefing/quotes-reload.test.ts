import { cpSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readBriefing } from "../../src/briefing/load.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import type { Briefing } from "../../src/briefing/types.js";
import { type BriefingWatcher, watchBriefings } from "../../src/briefing/watch.js";
import type { BriefbotError, BriefingError } from "../../src/errors.js";
import { copyFixture, edit, FIXTURE_SOURCES } from "./helpers.js";

const SOURCE_FILE = "harbor-daily-2025-03-10.txt";

/** Replaces every `from` in a file, saved as editors do: a new file renamed over the old. */
function editAll(file: string, from: string, to: string): void {
  const staged = join(dirname(file), ".staged-edit");
  writeFileSync(staged, readFileSync(file, "utf8").replaceAll(from, to));
  renameSync(staged, file);
}

/** A fixture copy whose briefing keeps its source texts in `sources/` (sourcesDir). */
function copyWithTexts() {
  const { root, dir } = copyFixture();
  mkdirSync(join(dir, "sources"));
  cpSync(join(FIXTURE_SOURCES, SOURCE_FILE), join(dir, "sources", SOURCE_FILE));
  edit(join(dir, "briefing.yaml"), "sources:\n", "sourcesDir: sources\nsources:\n");
  return { root, dir };
}

describe("quotes verified on load and reload", () => {
  let watcher: BriefingWatcher | undefined;
  afterEach(() => watcher?.close());

  function watch(root: string, sourcesFallback?: string) {
    const store = createBriefingStore(root, undefined, { sourcesFallback });
    const events: Array<
      { kind: "reload"; b: readonly Briefing[] } | { kind: "error"; error: BriefbotError }
    > = [];
    let wake: (() => void) | undefined;
    const push = (e: (typeof events)[number]) => {
      events.push(e);
      wake?.();
    };
    watcher = watchBriefings(store, root, {
      debounceMs: 50,
      sourcesFallback,
      onReload: (b) => push({ kind: "reload", b }),
      onError: (error) => push({ kind: "error", error }),
    });
    const next = async () => {
      while (events.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      return events.shift()!;
    };
    return { store, next };
  }

  it("rejects an edit of statement and quote together when the quote is not in the source (sourcesDir)", async () => {
    const { root, dir } = copyWithTexts();
    const { store, next } = watch(root);
    const before = store.get()!;
    editAll(join(dir, "facts.yaml"), "carry 4,000 passengers", "carry 30,000 passengers");
    const event = await next();
    expect(event.kind).toBe("error");
    const issues = (event.kind === "error" ? (event.error as BriefingError) : undefined)?.issues ?? [];
    expect(issues.map((i) => `${i.line}:${i.col}: ${i.message}`)).toEqual([
      `36:14: fact "ferry-passengers" citations[0].quote: not found in ${SOURCE_FILE} (source "harbor-daily"): the first 4 words match (""This line will carry"), then the source reads "4,000 passengers a day," said Mayor" where the quote has "30,000 passengers a day," said Mayor"`,
    ]);
    expect(store.get()).toBe(before);
    expect(store.get()?.byId.fact.get("ferry-passengers")?.statement.en).toContain("4,000");

    // The quote put back to the source's words: an edit of the statement alone goes live.
    editAll(join(dir, "facts.yaml"), "carry 30,000 passengers", "carry 4,000 passengers");
    editAll(join(dir, "facts.yaml"), "4,000 passengers a day.", "4,000 passengers daily.");
    expect((await next()).kind).toBe("reload");
    expect(store.get()?.byId.fact.get("ferry-passengers")?.statement.en).toContain("passengers daily.");
  });

  it("checks against BRIEFING_SOURCES_DIR when the briefing names no sourcesDir", async () => {
    const { root, dir } = copyFixture();
    const { store, next } = watch(root, FIXTURE_SOURCES);
    const before = store.get()!;
    editAll(join(dir, "facts.yaml"), "carry 4,000 passengers", "carry 30,000 passengers");
    const event = await next();
    expect(event.kind).toBe("error");
    expect(store.get()).toBe(before);
  });

  it("a source without text loads and is cited; its quotes are unverified, neither error nor warning", () => {
    const { dir } = copyWithTexts();
    edit(join(dir, "briefing.yaml"), `    file: ${SOURCE_FILE}\n`, "");
    const reading = readBriefing(dir);
    expect(reading.issues).toEqual([]);
    expect(reading.briefing?.facts).toHaveLength(3);
    expect(reading.warnings).toEqual([]);
    expect(reading.quotes.withoutText).toEqual(["harbor-daily"]);
  });

  it("a named source text that is missing is an error", () => {
    const { dir } = copyWithTexts();
    edit(join(dir, "briefing.yaml"), "sourcesDir: sources", "sourcesDir: texts");
    expect(readBriefing(dir).issues.map((i) => i.message)).toEqual([
      `source "harbor-daily": its file "${SOURCE_FILE}" is not in ${join(dir, "texts")}`,
    ]);
  });
});
