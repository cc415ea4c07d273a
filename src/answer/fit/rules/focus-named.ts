import type { FitRule } from "../rule.js";
import { asksMembers } from "./members-named.js";

/**
 * "Which provinces…", "どんな合意", "tỉnh nào": the thing asked for, which the fact must name.
 * A class whose members have names ("which company", "which carmaker") is named by a member:
 * "the carmaker Jaguar Land Rover" answers "which company", as members-named judges.
 */
export const focusNamed: FitRule = {
  name: "focus-named",
  onlyWhileFitting: true,
  check(ctx) {
    const { q, coverage } = ctx;
    if (q.focus === undefined || !coverage.notInFact.includes(q.focus) || asksMembers(ctx)) return undefined;
    return { reasons: [{ key: this.name, args: { focus: q.focus } }] };
  },
};
