import { OTHER_VARIABLES, OWN_PREFIXES, VARIABLES } from "./schema.js";

/** A variable that looks meant for briefbot but is not one of its names. */
export interface UnknownVariable {
  name: string;
  /** The nearest known names (empty when none is close). */
  suggestions: string[];
}

const KNOWN: readonly string[] = [...Object.keys(VARIABLES), ...OTHER_VARIABLES];

/** Levenshtein distance; names are short, so the plain table is fine. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known names nearest to `name`: edit distance, less two for each word they share
 * (SLACK_TOKEN is nearer SLACK_BOT_TOKEN than SLACK_PORT), if plausible for a typo.
 */
function nearest(name: string): string[] {
  const words = name.split("_").filter(Boolean);
  const scored = KNOWN.map((known) => {
    const d = distance(name, known);
    const shared = words.filter((w) => known.split("_").includes(w)).length;
    return { known, d, score: d - 2 * shared };
  });
  const plausible = scored.filter((s) => s.d <= Math.max(4, Math.floor(name.length / 2)));
  if (plausible.length === 0) return [];
  const best = Math.min(...plausible.map((s) => s.score));
  return plausible.filter((s) => s.score === best).map((s) => s.known);
}

/**
 * Variables with one of briefbot's prefixes (SLACK_, DISCORD_, …) that it does not know, and
 * any variable within two edits of a known name (DATABSE_URL): they are ignored, so a person
 * who misspelt one must be told, or a bot meant for Slack quietly starts without it.
 */
export function findUnknownVariables(env: Record<string, string | undefined>): UnknownVariable[] {
  const out: UnknownVariable[] = [];
  for (const name of Object.keys(env).sort()) {
    if (KNOWN.includes(name) || env[name] === undefined) continue;
    const upper = name.toUpperCase();
    const ours = OWN_PREFIXES.some((prefix) => upper.startsWith(prefix));
    const close = KNOWN.some((known) => distance(upper, known) <= 2);
    if (ours || close) out.push({ name, suggestions: nearest(upper) });
  }
  return out;
}

/** The warning line for one unknown variable; names only, never its value. */
export function describeUnknownVariable(unknown: UnknownVariable): string {
  const hint = unknown.suggestions.length > 0 ? `; did you mean ${unknown.suggestions.join(" or ")}?` : "";
  return `${unknown.name} is not a briefbot variable and is ignored${hint}`;
}
