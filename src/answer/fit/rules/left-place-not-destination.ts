import type { Fact } from "../../../briefing/types.js";
import { LANGS } from "../../../i18n/lang.js";
import { languagePack } from "../../../knowledge/packs.js";
import type { BriefingIndex } from "../../index-build.js";
import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

/**
 * The places a question leaves, with the country a city left is the capital of and the capital
 * of a country left: "after Manila" leaves the Philippines' stay, "after Vietnam" Hanoi's.
 */
export function leftSet(leftPlaces: readonly string[], index: BriefingIndex): Set<string> {
  const left = new Set(leftPlaces);
  for (const id of leftPlaces) {
    const capitalOf = index.briefing.byId.entity.get(id)?.capitalOf;
    if (capitalOf) left.add(capitalOf);
  }
  for (const e of index.briefing.entities) if (e.capitalOf && left.has(e.capitalOf)) left.add(e.id);
  return left;
}

/** Latin names are whole words ("Lam" is not in "Islam"). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether some rendering of the fact names one of the places as the one its trip leaves or as
 * the stay that came before ("to leave Hanoi for", 「ハノイを発ち」, "rời Hà Nội", "after his stop
 * in Manila", 「マニラ訪問後」): each language's reading.yaml cues around the name.
 */
export function statesLeaving(fact: Fact, places: ReadonlySet<string>, index: BriefingIndex): boolean {
  return LANGS.some((lang) => {
    const statement = fact.statement[lang];
    if (!statement) return false;
    const r = languagePack(lang).reading;
    const before = [r.leavesBefore, r.leftBefore, r.leaving?.before?.re].filter((x) => x !== undefined);
    const after = [r.leavesAfter, r.leftAfter, r.leaving?.after?.re].filter((x) => x !== undefined);
    const text = statement.toLowerCase();
    for (const id of places) {
      for (const n of index.briefing.byId.entity.get(id)?.names[lang] ?? []) {
        const name = n.toLowerCase();
        if (name.length === 0) continue;
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          const end = at + name.length;
          if (!r.byCharacters && (WORD_CHAR.test(text[at - 1] ?? " ") || WORD_CHAR.test(text[end] ?? " ")))
            continue;
          const pre = statement.slice(0, at);
          const post = statement.slice(end);
          if (before.some((re) => re.test(pre)) || after.some((re) => re.test(post))) return true;
        }
      }
    }
    return false;
  });
}

/** The last day of the stay in the places: the latest date of a fact set there that does not leave them. */
const stayEnds = new WeakMap<BriefingIndex, Map<string, string>>();
function stayEnd(places: ReadonlySet<string>, index: BriefingIndex): string {
  const key = [...places].sort().join(",");
  let ends = stayEnds.get(index);
  if (!ends) {
    ends = new Map();
    stayEnds.set(index, ends);
  }
  let end = ends.get(key);
  if (end === undefined) {
    end = "";
    for (const f of index.briefing.facts) {
      if (!f.entities.some((e) => places.has(e.entity) && e.role === "location")) continue;
      if (statesLeaving(f, places, index)) continue;
      const last = f.until ?? f.date ?? "";
      if (last > end) end = last;
    }
    ends.set(key, end);
  }
  return end;
}

/**
 * "Where did Ishiba go after Manila?", 「マニラの後はどこへ」, "sau Manila ông đi đâu": a fact
 * that names the place left (its country, its capital) answers only if it states leaving it
 * (sets out from it, or comes after the stay there) or is dated after the stay. Otherwise it is
 * the way there (leaving Hanoi for the Philippines) or the stay itself, not what came next.
 */
export const leftPlaceNotDestination: FitRule = {
  name: "left-place-not-destination",
  onlyWhileFitting: false,
  check({ q, fact, index }) {
    if (q.leftPlaces.length === 0) return undefined;
    const left = leftSet(q.leftPlaces, index);
    if (!fact.entities.some((e) => left.has(e.entity))) return undefined;
    if (statesLeaving(fact, left, index)) return undefined;
    const end = stayEnd(left, index);
    const date = fact.date ?? "";
    if (date !== "" && end !== "" && date > end) return undefined;
    return rejectIf([{ key: this.name, args: { entity: q.leftPlaces.join(", ") } }]);
  },
};
