import type { Briefing, Fact } from "../../../briefing/types.js";
import type { Lang } from "../../../i18n/lang.js";
import { allPacks } from "../../../knowledge/packs.js";
import { worldKnowledge } from "../../../knowledge/world.js";
import { compilePattern } from "../../../lang/pattern.js";
import { fold } from "../../normalize.js";
import type { FitRule } from "../rule.js";

const NO_LATIN = compilePattern("^[^\\p{Script=Latin}]+$", "u");

/** Folded, with the packs' office spellings made one ("defence" → "defense"). */
function folded(text: string): string {
  let out = fold(text);
  for (const p of allPacks())
    for (const [variant, canonical] of Object.entries(p.officeSpellings))
      out = out.replaceAll(variant, canonical);
  return out;
}

/** Whether the fact's statement names the office, as the question's language writes it (English also read). */
export function statesOffice(fact: Fact, office: string, lang: Lang): boolean {
  // Japanese is compared as written: folding would not change its offices (防衛相).
  const own = NO_LATIN.test(office) ? fact.statement[lang] : folded(fact.statement[lang]);
  return own.includes(office) || folded(fact.statement.en).includes(office);
}

/**
 * "Who is Japan's defence minister?": a fact that names that office, not one that mentions
 * ministers of defence in passing.
 */
export const officeNamed: FitRule = {
  name: "office-named",
  onlyWhileFitting: false,
  check({ q, fact, index }) {
    if (!q.wants.includes("person") || !q.office) return undefined;
    if (
      statesOffice(fact, q.office, q.lang) &&
      holderActsForAsked(fact, q.office, q.mentions, index.briefing) &&
      holderPostedAsked(fact, q.office, q.mentions, index.briefing)
    )
      return undefined;
    return { reasons: [{ key: this.name, args: { office: q.office } }] };
  },
};

/**
 * "Who is Vietnam's state president?": the office of the country asked. A fact whose holders
 * of that office (people recorded with it) all act for countries the question does not name
 * (China's president on a "state visit" to Vietnam, the US president on a call with Vietnam's
 * party chief) names another country's holder. A question naming no country, a holder the
 * question names itself ("米財務長官"), or a fact with no recorded holder is not held to it.
 */
function holderActsForAsked(
  fact: Fact,
  office: string,
  mentions: readonly { id: string }[],
  briefing: Briefing,
): boolean {
  const entity = (id: string) => briefing.byId.entity.get(id);
  const named = new Set(mentions.map((m) => m.id));
  const countries = [...named].filter((id) => entity(id)?.kind === "country");
  if (countries.length === 0) return true;
  const holders = fact.entities
    .map((e) => entity(e.entity))
    .filter((e) => e?.kind === "person" && e.office && e.actsFor && holds(e.office, office));
  if (holders.length === 0) return true;
  return holders.some((h) => named.has(h!.id) || countries.includes(h!.actsFor!));
}

/** Roles that name where an office between two countries is held: "to the UK", "in Washington". */
const POSTED_ROLES: ReadonlySet<string | undefined> = new Set(["recipient", "location"]);

/**
 * "Who is the US ambassador to the UK?": an office held by one country toward another (world
 * `between`) is asked in a direction. A holder recorded with the country they act for and the
 * one they are posted to answers only when each country the question names is on its side: a
 * country it is held "to" or "in" is where they are posted, any other is whom they act for.
 * A question naming the holder, or a fact with no such holder, is not held to it.
 */
function holderPostedAsked(
  fact: Fact,
  office: string,
  mentions: readonly { id: string; role?: string | undefined }[],
  briefing: Briefing,
): boolean {
  const entity = (id: string) => briefing.byId.entity.get(id);
  const countryOf = (id: string) => {
    const e = entity(id);
    return e?.kind === "country" ? id : e?.capitalOf;
  };
  const asked = mentions.flatMap((m) => {
    const country = countryOf(m.id);
    return country ? [{ country, posted: POSTED_ROLES.has(m.role) }] : [];
  });
  if (asked.length === 0) return true;
  const holders = fact.entities
    .map((e) => entity(e.entity))
    .filter((e) => e?.kind === "person" && e.office && e.actsFor && e.postedTo && between(e.office, office));
  if (holders.length === 0) return true;
  const named = new Set(mentions.map((m) => m.id));
  return holders.some(
    (h) =>
      named.has(h!.id) ||
      asked.every(({ country, posted }) => country === (posted ? h!.postedTo : h!.actsFor)),
  );
}

/** Whether the world's office `id` is held between two countries and named `office`. */
function between(id: string, office: string): boolean {
  return worldKnowledge().offices.some((o) => o.id === id && o.between) && holds(id, office);
}

/** Whether the world's office `id` is named `office` in some language (folded as asked). */
function holds(id: string, office: string): boolean {
  const names = worldKnowledge().offices.find((o) => o.id === id)?.names;
  if (!names) return false;
  return Object.values(names).some((list) => list.some((n) => n === office || folded(n) === office));
}
