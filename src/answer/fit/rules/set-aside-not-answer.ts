import type { FitRule, Reason } from "../rule.js";
import { rejectIf } from "../rule.js";

/**
 * "Apart from Chinh, who…": a fact naming Chinh answers only if it names another of that kind
 * in the same role ("the East and South China Seas" for "besides the South China Sea, which
 * waters…"); one named in passing (To Lam's call before Trump's) is not it.
 */
export const setAsideNotAnswer: FitRule = {
  name: "set-aside-not-answer",
  onlyWhileFitting: false,
  check({ q, fact, index }) {
    const reasons: Reason[] = [];
    for (const id of q.excludedEntities) {
      const roles = fact.entities.filter((e) => e.entity === id).map((e) => e.role);
      if (roles.length === 0) continue;
      const kind = index.briefing.byId.entity.get(id)?.kind;
      const another = fact.entities.some(
        (e) =>
          e.entity !== id &&
          roles.includes(e.role) &&
          !q.excludedEntities.includes(e.entity) &&
          !q.entityIds.has(e.entity) &&
          index.briefing.byId.entity.get(e.entity)?.kind === kind,
      );
      if (!another) reasons.push({ key: this.name, args: { entity: id, kind: kind ?? "" } });
    }
    return rejectIf(reasons);
  },
};
