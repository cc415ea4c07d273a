import { loadBriefings } from "../../src/briefing/load.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import type { Briefing, BriefingStore } from "../../src/briefing/types.js";
import type { CommandContext } from "../../src/commands/types.js";

let shipped: Briefing[] | undefined;

/** The shipped briefings, loaded once per test file. */
export function shippedBriefings(): Briefing[] {
  shipped ??= loadBriefings(DEFAULT_BRIEFINGS_DIR);
  return shipped;
}

/** A BriefingStore over fixed briefings: the contract in src/briefing/types.ts, nothing more. */
export function fixedStore(briefings: Briefing[] = shippedBriefings()): BriefingStore {
  const first = briefings[0];
  if (!first) throw new Error("no briefing");
  return {
    get: (id) => briefings.find((b) => b.id === (id ?? first.id)),
    list: () => briefings,
    defaultId: () => first.id,
  };
}

export function context(overrides: Partial<CommandContext> = {}): CommandContext {
  return {
    platform: "slack",
    workspaceId: "T1",
    channelId: "C1",
    userId: "U1",
    isDirect: false,
    canManageChannel: false,
    ...overrides,
  };
}
