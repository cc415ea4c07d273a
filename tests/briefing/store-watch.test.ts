import { cpSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BRIEFINGS_DIR_VAR, briefingsDir } from "../../src/briefing/env.js";
import { loadBriefing, loadBriefingsAt as loadBriefingAtRoot } from "../../src/briefing/load.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { briefingStoreOf, createBriefingStore } from "../../src/briefing/store.js";
import type { Briefing } from "../../src/briefing/types.js";
import { type BriefingWatcher, watchBriefings } from "../../src/briefing/watch.js";
import { BriefbotError, BriefingError } from "../../src/errors.js";
import { copyFixture, edit, FIXTURE_DIR } from "./helpers.js";

describe("createBriefingStore", () => {
  it("serves the briefings of a root, or of one briefing folder, with a default", () => {
    const { root, dir } = copyFixture();
    for (const path of [root, dir]) {
      const store = createBriefingStore(path);
      expect(store.defaultId()).toBe("harbor-2025");
      expect(store.get()?.facts).toHaveLength(3);
      expect(store.get("harbor-2025")).toBe(store.get());
      expect(store.get("other")).toBeUndefined();
      expect(store.list().map((b) => b.id)).toEqual(["harbor-2025"]);
    }
  });

  it("refuses a default briefing it does not hold, and a missing folder", () => {
    const { root } = copyFixture();
    expect(() => createBriefingStore(root, "nope")).toThrow(
      'default briefing "nope" not found (have: harbor-2025)',
    );
    expect(() => createBriefingStore(join(root, "missing"))).toThrow(BriefbotError);
  });

  it("throws every problem of an invalid briefing", () => {
    const { root, dir } = copyFixture();
    edit(join(dir, "facts.yaml"), "  date: 2025-03-10", "  date: 2025-02-30");
    expect(() => createBriefingStore(root)).toThrow(BriefingError);
  });

  it("replace() swaps the set at once, and keeps it when the default would go missing", () => {
    const briefing = loadBriefing(FIXTURE_DIR);
    const renamed: Briefing = { ...briefing, id: "renamed" };
    const store = briefingStoreOf([briefing], "harbor-2025");
    expect(() => store.replace([renamed])).toThrow('default briefing "harbor-2025" not found');
    expect(store.get()).toBe(briefing);
    store.replace([briefing, renamed]);
    expect(store.list().map((b) => b.id)).toEqual(["harbor-2025", "renamed"]);
  });
});

describe("briefingsDir", () => {
  it("uses BRIEFINGS_DIR when set, else the shipped briefings", () => {
    expect(briefingsDir({})).toBe(DEFAULT_BRIEFINGS_DIR);
    expect(briefingsDir({ [BRIEFINGS_DIR_VAR]: "  " })).toBe(DEFAULT_BRIEFINGS_DIR);
    expect(briefingsDir({ [BRIEFINGS_DIR_VAR]: "/srv/briefings" })).toBe("/srv/briefings");
  });
});

/** Saves an edit the way many editors do: a new file renamed over the old one. */
function editAtomically(file: string, from: string, to: string): void {
  const staged = join(dirname(file), ".staged-edit");
  cpSync(file, staged);
  edit(staged, from, to);
  renameSync(staged, file);
}

describe("watchBriefings", () => {
  let watcher: BriefingWatcher | undefined;
  afterEach(() => watcher?.close());

  /** Starts a watcher whose events can be awaited one at a time. */
  function watchCopy() {
    const { root, dir } = copyFixture();
    const store = createBriefingStore(root);
    const events: Array<
      { kind: "reload"; briefings: readonly Briefing[] } | { kind: "error"; error: BriefbotError }
    > = [];
    let wake: (() => void) | undefined;
    const push = (event: (typeof events)[number]) => {
      events.push(event);
      wake?.();
    };
    watcher = watchBriefings(store, root, {
      debounceMs: 50,
      onReload: (briefings) => push({ kind: "reload", briefings }),
      onError: (error) => push({ kind: "error", error }),
    });
    const next = async () => {
      while (events.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      return events.shift()!;
    };
    return { root, dir, store, next };
  }

  it("puts a valid edit in service", async () => {
    const { dir, store, next } = watchCopy();
    const before = store.get()!;
    editAtomically(join(dir, "facts.yaml"), "carry 4,000 passengers a day.", "carry 5,000 passengers a day.");
    const event = await next();
    expect(event.kind).toBe("reload");
    const after = store.get()!;
    expect(after.version).not.toBe(before.version);
    expect(after.byId.fact.get("ferry-passengers")?.statement.en).toContain("5,000 passengers");
  });

  it("reports an invalid edit with the check messages and keeps serving the last good briefing", async () => {
    const { dir, store, next } = watchCopy();
    const before = store.get()!;
    editAtomically(join(dir, "facts.yaml"), "  date: 2025-03-10", "  date: 2025-02-30");
    const event = await next();
    expect(event.kind).toBe("error");
    const error = event.kind === "error" ? event.error : undefined;
    expect(error).toBeInstanceOf(BriefingError);
    expect((error as BriefingError).issues.map((i) => `${i.line}:${i.col}: ${i.message}`)).toEqual([
      '11:9: facts[0].date: "2025-02-30" is not a real calendar date',
    ]);
    expect(store.get()).toBe(before);

    // Fixing it brings the store up to date again.
    editAtomically(join(dir, "facts.yaml"), "  date: 2025-02-30", "  date: 2025-03-11");
    expect((await next()).kind).toBe("reload");
    expect(store.get()?.byId.fact.get("ferry-approved")?.date).toBe("2025-03-11");
  });

  it("sees a briefing folder added after it started", async () => {
    const { root, store, next } = watchCopy();
    // Prepared outside and moved in at once, as a checkout or a deploy would.
    const staging = mkdtempSync(join(tmpdir(), "briefbot-staging-"));
    try {
      const other = join(staging, "other-2025");
      cpSync(FIXTURE_DIR, other, { recursive: true });
      editAtomically(join(other, "briefing.yaml"), "id: harbor-2025", "id: other-2025");
      renameSync(other, join(root, "other-2025"));
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    expect((await next()).kind).toBe("reload");
    expect(store.list().map((b) => b.id)).toEqual(["harbor-2025", "other-2025"]);
    expect(store.defaultId()).toBe("harbor-2025");

    // And it watches inside the new folder too.
    edit(
      join(root, "other-2025", "facts.yaml"),
      "carry 4,000 passengers a day.",
      "carry 6,000 passengers a day.",
    );
    expect((await next()).kind).toBe("reload");
    expect(store.get("other-2025")?.byId.fact.get("ferry-passengers")?.statement.en).toContain("6,000");
  });

  it("with an async loader, keeps serving until the new set is ready, and loads one at a time", async () => {
    const { root, dir } = copyFixture();
    const store = createBriefingStore(root);
    const before = store.get()!;
    let inFlight = 0;
    let most = 0;
    const started: (() => void)[] = [];
    const gates: (() => void)[] = [];
    const loads: Promise<void>[] = [];
    let reloaded: (() => void) | undefined;
    const reload = new Promise<void>((resolve) => (reloaded = resolve));
    const load = async (path: string) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise<void>((resolve) => {
        gates.push(resolve);
        started.shift()?.();
      });
      inFlight--;
      return loadBriefingAtRoot(path);
    };
    const nextLoad = () => {
      const p = new Promise<void>((resolve) => started.push(resolve));
      loads.push(p);
      return p;
    };
    const first = nextLoad();
    watcher = watchBriefings(store, root, { debounceMs: 20, load, onReload: () => reloaded?.() });
    editAtomically(join(dir, "facts.yaml"), "carry 4,000 passengers a day.", "carry 5,000 passengers a day.");
    await first;
    // While the first load is held, another save comes: no second load starts yet.
    const second = nextLoad();
    editAtomically(join(dir, "facts.yaml"), "carry 5,000 passengers a day.", "carry 7,000 passengers a day.");
    expect(store.get()).toBe(before);
    gates.shift()!();
    await reload;
    expect(store.get()!.byId.fact.get("ferry-passengers")?.statement.en).toContain("7,000 passengers");
    // The save during the load asks for one more load after it, never alongside it.
    await second;
    gates.shift()!();
    expect(most).toBe(1);
  });
});
