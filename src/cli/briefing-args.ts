import { calibrationDerive } from "../answer/index.js";
import { DEFAULT_CACHE_DIR } from "../briefing/compiled-cache.js";
import { briefingsDir, formatIssueFor } from "../briefing/env.js";
import { suggest } from "../briefing/issues.js";
import { createBriefingStore } from "../briefing/store.js";
import type { Briefing, BriefingStore } from "../briefing/types.js";
import { BriefingError } from "../errors.js";
import { isLang, LANGS, type Lang } from "../i18n/lang.js";
import { type CommandOptions, parseCommandArgs, UsageError } from "./command-args.js";

export { parseCommandArgs, UsageError } from "./command-args.js";

/** `--lang`: en, ja or vi; English when not given. */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined) return "en";
  if (!isLang(value)) throw new UsageError(`--lang must be one of ${LANGS.join(", ")}, got "${value}"`);
  return value;
}

/**
 * The briefing a listing command works on: `--briefing ID` or the default, from
 * BRIEFINGS_DIR or the shipped briefings. Load problems are printed as `briefbot check`
 * prints them; the result is then an exit code (1 for invalid briefings, 2 for a bad ID).
 */
export function briefingForCommand(command: string, id: string | undefined): Briefing | number {
  const root = briefingsDir();
  let store: BriefingStore;
  try {
    store = createBriefingStore(root, undefined, { cacheDir: DEFAULT_CACHE_DIR, derive: calibrationDerive });
  } catch (error) {
    if (error instanceof BriefingError) {
      for (const issue of error.issues) process.stderr.write(`${formatIssueFor(issue)}\n`);
      process.stderr.write(
        `briefbot ${command}: the briefings have problems (see above; briefbot check lists them)\n`,
      );
    } else process.stderr.write(`briefbot ${command}: ${(error as Error).message}\n`);
    return 1;
  }
  const briefing = store.get(id);
  if (briefing) return briefing;
  const ids = store.list().map((b) => b.id);
  process.stderr.write(
    `briefbot ${command}: --briefing: no briefing "${id}"${suggest(id ?? "", ids, "briefings")}\n`,
  );
  return 2;
}

/** The flags every briefing listing (`briefbot facts`, `briefbot topics`) takes. */
const LISTING_OPTIONS: CommandOptions = {
  lang: { type: "string" },
  briefing: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

type ListingValues = { lang?: string; briefing?: string; json?: boolean; help?: boolean };

/**
 * The start every briefing listing shares: its flags (the shared ones plus the string flags
 * `extra`) and `--lang` are checked (a mistake prints it and the usage: exit 2), `--help`
 * prints the usage (exit 0), then the briefing is loaded (see briefingForCommand). Returns
 * the exit code when the command stops there.
 */
export function startListing<K extends string>(
  command: string,
  usage: string,
  args: string[],
  extra: readonly K[] = [],
): number | { values: ListingValues & Partial<Record<K, string>>; lang: Lang; briefing: Briefing } {
  const options: CommandOptions = { ...LISTING_OPTIONS };
  for (const flag of extra) options[flag] = { type: "string" };
  let values: ListingValues & Partial<Record<K, string>>;
  let lang: Lang;
  try {
    // The cast states what the options above declare: `extra` are strings, the rest as listed.
    values = parseCommandArgs(args, options).values as ListingValues & Partial<Record<K, string>>;
    lang = parseLang(values.lang);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`briefbot ${command}: ${error.message}\n${usage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const briefing = briefingForCommand(command, values.briefing);
  if (typeof briefing === "number") return briefing;
  return { values, lang, briefing };
}
