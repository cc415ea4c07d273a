import type { FitContext } from "./context.js";

/**
 * One fit rule: a reason a fact that shares the question's words still does not answer it.
 * Its `name` is stable (tests, `--explain` and the explain templates use it).
 */
export interface FitRule {
  name: string;
  /**
   * Judged only while no rule has rejected the fact: the closer readings (what was said, which
   * event) that would only add noise to a fact already out.
   */
  onlyWhileFitting: boolean;
  check(ctx: FitContext): RuleVerdict | undefined;
}

/** Why a rule rejects: a template key (`rule` or `rule.variant`) and its arguments. */
export interface Reason {
  key: string;
  args?: Readonly<Record<string, string>>;
}

export interface RuleVerdict {
  reasons: Reason[];
  /** The rejection is the swapped-roles trap (an entity plays another role in the fact). */
  roleConflict?: boolean;
  /** The fact holds no number, date or person of the kind asked for. */
  wantMissing?: boolean;
  /** The fact's only figure is the whole the question asks a part of. */
  wholeOnly?: boolean;
  /** The fact says the content asked for was not published: no other fact may give it. */
  withheld?: boolean; // also: only the record of a piece whose summary is asked (title-not-content)
}

/** A verdict from reasons, or none when there are none. */
export function rejectIf(
  reasons: Reason[],
  flags: Omit<RuleVerdict, "reasons"> = {},
): RuleVerdict | undefined {
  return reasons.length > 0 ? { reasons, ...flags } : undefined;
}
