import type { Migration, MigrationProvider } from "kysely";
import { initial } from "./001-initial.js";
import { ledgerAndPrivacy } from "./002-ledger-and-privacy.js";
import { channelBriefings } from "./003-channel-briefings.js";

/**
 * Every migration, by name, in order. Names sort lexically (kysely applies them in that
 * order), so each new file is `NNN-name.ts` and is added here; never edit one that shipped.
 */
export const migrations: Record<string, Migration> = {
  "001-initial": initial,
  "002-ledger-and-privacy": ledgerAndPrivacy,
  "003-channel-briefings": channelBriefings,
};

/** In-code provider: works from `src` under vitest and from `dist` alike, no directory scan. */
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
