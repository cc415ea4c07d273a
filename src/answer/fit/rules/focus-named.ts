import type { FitRule } from "../rule.js";

/** "Which provinces…", "どんな合意", "tỉnh nào": the thing asked for, which the fact must name. */
export const focusNamed: FitRule = {
  name: "focus-named",
  onlyWhileFitting: true,
  check({ q, coverage }) {
    if (q.focus === undefined || !coverage.notInFact.includes(q.focus)) return undefined;
    return { reasons: [{ key: this.name, args: { focus: q.focus } }] };
  },
};
