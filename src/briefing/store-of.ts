import { BriefbotError } from "../errors.js";
import type { Briefing, BriefingStore } from "./types.js";

/** A BriefingStore whose briefings the watcher can swap for a newer set. */
export interface ReloadableBriefingStore extends BriefingStore {
  /**
   * Puts a new set of briefings in service at once. Throws (and keeps the current set)
   * when the set is empty or lacks the default briefing.
   */
  replace(briefings: readonly Briefing[]): void;
}

function byIdOf(briefings: readonly Briefing[], defaultId: string | undefined): Map<string, Briefing> {
  if (briefings.length === 0) throw new BriefbotError("BRIEFING_INVALID", "no briefings to serve");
  const byId = new Map(briefings.map((b) => [b.id, b]));
  if (defaultId !== undefined && !byId.has(defaultId)) {
    const have = [...byId.keys()].join(", ");
    throw new BriefbotError("BRIEFING_INVALID", `default briefing "${defaultId}" not found (have: ${have})`);
  }
  return byId;
}

/**
 * A store over briefings already loaded (tests, benchmarks, the watcher). The default is
 * `defaultId` when given, else the first briefing by id.
 */
export function briefingStoreOf(briefings: readonly Briefing[], defaultId?: string): ReloadableBriefingStore {
  let byId = byIdOf(briefings, defaultId);
  // Without an explicit default, a reload that drops the current one falls back to the first.
  const fixedDefault = defaultId;
  let currentDefault = defaultId ?? [...byId.keys()].sort()[0]!;
  return {
    get: (id) => byId.get(id ?? currentDefault),
    list: () => [...byId.values()],
    defaultId: () => currentDefault,
    replace(next) {
      byId = byIdOf(next, fixedDefault);
      currentDefault =
        fixedDefault ?? (byId.has(currentDefault) ? currentDefault : [...byId.keys()].sort()[0]!);
    },
  };
}
