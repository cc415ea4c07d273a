import { type LoadOptions, loadBriefingsAt } from "./load.js";
import { briefingStoreOf, type ReloadableBriefingStore } from "./store-of.js";

export { briefingStoreOf, type ReloadableBriefingStore } from "./store-of.js";

/**
 * Loads the briefings under `root` (a folder of briefings, or one briefing folder) into a
 * store. Throws a BriefingError listing every problem when any briefing is invalid, and a
 * BriefbotError when `root` is missing or `defaultId` is not among them.
 */
export function createBriefingStore(
  root: string,
  defaultId?: string,
  options: LoadOptions = {},
): ReloadableBriefingStore {
  return briefingStoreOf(loadBriefingsAt(root, options), defaultId);
}
