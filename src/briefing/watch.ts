import { existsSync, type FSWatcher, readdirSync, statSync, watch } from "node:fs";
import { join } from "node:path";
import { asBriefbotError, type BriefbotError } from "../errors.js";
import type { ReloadableBriefingStore } from "./store.js";
import type { Briefing } from "./types.js";

export interface WatchOptions {
  /** A valid edit is in service: the new set of briefings. */
  onReload?: (briefings: readonly Briefing[]) => void;
  /**
   * An edit did not load (a BriefingError carries every located problem) or the folder
   * could not be watched; the last good briefings stay in service.
   */
  onError?: (error: BriefbotError) => void;
  /** Quiet time after the last file event before reloading (editors write in bursts). */
  debounceMs?: number;
  /**
   * How a reload reads the folder. Default: on this thread (loadBriefingsAt). The running bot
   * gives one that reads, validates and indexes on a worker thread, so a curator's save of a
   * large briefing does not hold up answers; the new set is swapped in whole when ready.
   */
  load?: (root: string) => Briefing[] | Promise<Briefing[]>;
  /**
   * BRIEFING_SOURCES_DIR, for briefings without `sourcesDir` (default loader only; a `load`
   * given applies it itself): an edit whose quote is not in its source's text is rejected
   * like any other error.
   */
  sourcesFallback?: string | undefined;
}

export interface BriefingWatcher {
  close(): void;
}

// fs.watch is natively recursive on macOS and Windows; on Linux (Node 20) one watcher per
// folder is the dependable way, re-listed after each event so new folders are seen.
const NATIVE_RECURSIVE = process.platform === "darwin" || process.platform === "win32";

function foldersUnder(root: string): string[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return []; // removed, or not a folder: nothing to watch there
  }
  const found = [root];
  for (const name of names) {
    if (name.startsWith(".")) continue;
    const path = join(root, name);
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) found.push(...foldersUnder(path));
  }
  return found;
}

function signature(briefings: readonly Briefing[]): string {
  return briefings
    .map((b) => `${b.id}@${b.version}`)
    .sort()
    .join(" ");
}

/**
 * Watches the briefings under `root` and swaps a valid edit into `store` within about
 * `debounceMs` (default 300 ms) of the last change. An invalid edit goes to `onError`
 * with the same messages as `briefbot check`, and the store keeps serving what it had.
 */
export function watchBriefings(
  store: ReloadableBriefingStore,
  root: string,
  options: WatchOptions = {},
): BriefingWatcher {
  const debounceMs = options.debounceMs ?? 300;
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  // The same broken content saved again (or a burst of events) is reported once.
  let lastReported: string | undefined;
  const report = (error: unknown) => {
    if (closed) return;
    const wrapped = asBriefbotError(error);
    if (wrapped.message === lastReported) return;
    lastReported = wrapped.message;
    options.onError?.(wrapped);
  };

  // The YAML loader is imported on first use: the bot's loader (a worker) never needs it here.
  const load =
    options.load ??
    (async (dir: string) =>
      (await import("./load.js")).loadBriefingsAt(dir, { sourcesFallback: options.sourcesFallback }));
  /** A reload in progress; events meanwhile ask for one more after it (`again`). */
  let loading = false;
  let again = false;

  const reload = async () => {
    timer = undefined;
    if (closed) return;
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    syncWatchers();
    try {
      const next = await load(root);
      if (closed) return;
      lastReported = undefined;
      if (signature(next) === signature(store.list())) return;
      store.replace(next);
      options.onReload?.(next);
    } catch (error) {
      report(error);
    } finally {
      loading = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };

  const schedule = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void reload(), debounceMs);
  };

  const add = (dir: string, recursive: boolean) => {
    try {
      const watcher = watch(dir, { recursive }, schedule);
      watcher.on("error", (error) => {
        watcher.close();
        watchers.delete(dir);
        // A folder that was removed is expected; anything else is worth saying.
        if (existsSync(dir)) report(error);
        schedule();
      });
      watchers.set(dir, watcher);
    } catch (error) {
      report(error);
    }
  };

  function syncWatchers() {
    if (NATIVE_RECURSIVE) {
      if (!watchers.has(root)) add(root, true);
      return;
    }
    const wanted = new Set(foldersUnder(root));
    for (const [dir, watcher] of watchers) {
      if (!wanted.has(dir)) {
        watcher.close();
        watchers.delete(dir);
      }
    }
    for (const dir of wanted) if (!watchers.has(dir)) add(dir, false);
  }

  syncWatchers();
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
