import type { Role } from "../briefing/schema.js";
import type { Fact } from "../briefing/types.js";
import { LANGS, type Lang } from "../i18n/lang.js";
import type { QuestionAnalysis } from "./analyze.js";
import { termsOfFact } from "./fact-entries.js";
import type { BriefingIndex } from "./index-build.js";
import { fold } from "./normalize.js";
import { factHolds, HARD_WANTS } from "./question-intent.js";
import type { QuestionRole } from "./roles.js";
import { indexTerms } from "./term-ids.js";

/**
 * The fit check: does this fact answer this question, or only share its words? A fact is
 * rejected when the question names an entity the fact lacks, when an entity plays a role in
 * the question that contradicts its role in the fact, or when the question asks for a number,
 * date or person the fact does not hold. Otherwise it gets a coverage: the share of the
 * question's content words (weighted by rarity) the fact speaks to.
 */

export interface Fit {
  ok: boolean;
  /** Rejected because an entity plays another role in the fact (the swapped-roles trap). */
  roleConflict: boolean;
  /** The question's country is covered only as one of "every country" the fact speaks of. */
  broad: boolean;
  /** Rejected because the fact holds no number, date or person the question asks for. */
  wantMissing: boolean;
  /** Rejected because its only figure is the whole the question asks a part of. */
  wholeOnly: boolean;
  /** The question's words this fact does not state. */
  uncovered: string[];
  /** 0–1: share of the question's content the fact covers. */
  coverage: number;
  reasons: string[];
}

/** Roles that cannot be the same participant: who gives is not who receives. */
const CONFLICTS: Record<QuestionRole, readonly Role[]> = {
  agent: ["recipient", "origin"],
  origin: ["agent"],
  recipient: ["agent"],
  location: [],
  counterpart: [],
};

/**
 * Words naming an event a yes/no question asks about (as the question's words are written:
 * folded, before stemming): a fact must state it to answer "did … happen?".
 */
const EVENT_WORDS: ReadonlySet<string> = new Set([
  ...["sign", "signed", "signs", "ink", "inked", "ratify", "ratified", "conclude", "concluded"],
  ...["meet", "met", "visit", "visited", "call", "called", "phone", "phoned", "announce", "announced"],
  ...["impose", "imposed", "attend", "attended", "cancel", "cancelled", "canceled", "sanction", "sanctioned"],
  ...["ky", "ky ket", "gap", "tham", "goi", "cong bo", "ap"],
  ...["署名", "調印", "締結", "会談", "訪問", "電話", "発表"],
]);
/** Events a "when" question may ask the date of, as the question writes them (folded, unstemmed). */
const DATED_EVENT_WORDS: ReadonlySet<string> = new Set([
  ...[
    "meeting",
    "meetings",
    "session",
    "sign",
    "signed",
    "signing",
    "ratify",
    "ratified",
    "visit",
    "visited",
  ],
  ...["call", "called", "phone", "phoned", "impose", "imposed", "launch", "launched"],
  // (Not Vietnamese: its syllables read in context, and the statements often word events otherwise.)
  ...["会合", "会議", "署名", "調印", "訪問", "電話", "発動", "開始"],
]);
/** A fact about what was planned or scheduled, not what happened. */
const PLANNED_STATEMENT =
  /\b(?:was|were) (?:to|set to|due to|scheduled to|expected to)\b|\b(?:will|plans? to|planned to)\b/;
/** A fact that reports what someone said, pledged, proposed or asked, or what they will do. */
const REPORTS_WORDS =
  /\b(?:will|would|plans?|planned|aims?|said|says|say|told|tells|urged|urges|called (?:on|for)|calls (?:on|for)|promised|pledged|pledging|assured|stated|expressed|noted|asked|offered|offers|proposed|agreed|discussed|talked about|discuss|described|referred|thanked|welcomed|vowed|warned|stressed)\b|"/;
const WEEKDAY_QUESTION = /\b(day of the week|what weekday|which weekday|thu may)\b|何曜日/u;
const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const JA_AGREEMENT_KIND = /(\p{Script=Han}{2,})(?:協定|条約|協約)/gu;
/** "a trade deal", "free trade agreement", "thỏa thuận thương mại": the kind of agreement asked about. */
const AGREEMENT_KIND =
  /\b([a-z]+) (?:deal|agreement|pact|treaty|accord)s?\b|\b(?:thoa thuan|hiep dinh) ([a-z]+)\b/g;

const termCache = new WeakMap<Fact, Set<string>>();
const textCache = new WeakMap<Fact, string>();

const pairedCache = new WeakMap<Fact, Set<string>>();

/** The Vietnamese syllables the fact has in a pair with a neighbour ("thoi" in "thoi_han"). */
function pairedSyllables(fact: Fact): Set<string> {
  let paired = pairedCache.get(fact);
  if (!paired) {
    paired = new Set<string>();
    for (const t of factTerms(fact)) {
      const at = t.indexOf("_");
      if (at > 0 && /^[a-z_]+$/.test(t)) {
        paired.add(t.slice(0, at));
        paired.add(t.slice(at + 1));
      }
    }
    pairedCache.set(fact, paired);
  }
  return paired;
}

function factTerms(fact: Fact): Set<string> {
  let terms = termCache.get(fact);
  if (!terms) {
    terms = new Set(termsOfFact(fact));
    termCache.set(fact, terms);
  }
  return terms;
}

/** All renderings of the fact, folded: to find an entity the curator did not list. */
function factText(fact: Fact): string {
  let text = textCache.get(fact);
  if (text === undefined) {
    text = LANGS.map((l) => fold(fact.statement[l])).join("\n");
    textCache.set(fact, text);
  }
  return text;
}

function mentionsEntity(index: BriefingIndex, fact: Fact, entityId: string): boolean {
  const entity = index.briefing.byId.entity.get(entityId);
  if (!entity) return false;
  const text = factText(fact);
  return LANGS.some((l) =>
    entity.names[l].some((n) => {
      const name = fold(n);
      if (name.length < 3 && !/[^\u0020-\u024f]/.test(name)) return false;
      const at = text.indexOf(name);
      if (at < 0) return false;
      // Whole words for Latin names ("Lam" is not in "Islam").
      const before = text[at - 1] ?? " ";
      const after = text[at + name.length] ?? " ";
      return /[^\u0020-\u024f]/.test(name) || (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after));
    }),
  );
}

const UNIVERSAL = /^(?:nearly |almost )?(?:every|all) (?:country|countries|nation|nations)$/;

/**
 * Words that ask how much of a measure, or on what in general ("rate", "imports", "goods",
 * 税率, 輸入品, mức thuế, hàng hóa): with "every country", they do not make a question about
 * one country's rate specific to the fact (a 25% tariff on everyone's cars is not China's rate).
 */
const MEASURE_WORDS_BY_LANG: Record<Lang, string> = {
  en: "rate rates percent percentage level levels amount import imports imported goods products product",
  ja: "税率 率 割合 水準 輸入 輸入品 製品 商品 品目",
  vi: "mức thuế suất tỷ lệ phần trăm hàng hóa hàng nhập khẩu sản phẩm",
};
/** Their index terms, on first need (a rare path: not worth tokenizing at start-up). */
let measureTerms: Set<string> | undefined;
function isMeasureTerm(term: string): boolean {
  measureTerms ??= new Set(LANGS.flatMap((lang) => indexTerms(MEASURE_WORDS_BY_LANG[lang], lang)));
  return measureTerms.has(term);
}
const universalCache = new WeakMap<BriefingIndex, Set<string>>();

/** Groups that stand for every country ("nearly every country"), read from their English names. */
function universalGroups(index: BriefingIndex): Set<string> {
  let ids = universalCache.get(index);
  if (!ids) {
    ids = new Set(
      index.briefing.entities
        .filter((e) => e.kind === "group" && e.names.en.some((n) => UNIVERSAL.test(fold(n))))
        .map((e) => e.id),
    );
    universalCache.set(index, ids);
  }
  return ids;
}

/** The fact's origin entities: listed with role origin, or implied by a group it names. */
function originsOf(fact: Fact, index: BriefingIndex): Set<string> {
  const out = new Set<string>();
  for (const e of fact.entities) {
    if (e.role === "origin") out.add(e.entity);
    for (const o of index.impliedOrigins.get(e.entity) ?? []) out.add(o);
  }
  return out;
}

export function checkFit(
  q: QuestionAnalysis,
  fact: Fact,
  index: BriefingIndex,
  personIds: ReadonlySet<string>,
): Fit {
  const reasons: string[] = [];
  let ok = true;
  let roleConflict = false;
  let broad = false;
  let wantMissing = false;
  let wholeOnly = false;

  const origins = originsOf(fact, index);
  // "Apart from Chinh, who…": a fact naming Chinh answers only if it names another of that kind
  // in the same role ("the East and South China Seas" for "besides the South China Sea, which
  // waters…").
  for (const id of q.excludedEntities) {
    const roles = fact.entities.filter((e) => e.entity === id).map((e) => e.role);
    if (roles.length === 0) continue;
    const kind = index.briefing.byId.entity.get(id)?.kind;
    // Another of that kind in the same role: named in passing (To Lam's call before Trump's) is not it.
    const another = fact.entities.some(
      (e) =>
        e.entity !== id &&
        roles.includes(e.role) &&
        !q.excludedEntities.includes(e.entity) &&
        !q.entityIds.has(e.entity) &&
        index.briefing.byId.entity.get(e.entity)?.kind === kind,
    );
    if (!another) {
      ok = false;
      reasons.push(`the question sets ${id} aside; this fact names no other ${kind ?? "entity"}`);
    }
  }
  for (const m of q.mentions) {
    // People or goods from X are not those from Y: origin is exclusive.
    const isGroup = index.impliedOrigins.has(m.id);
    if (!m.external && !isGroup && m.role === "origin" && origins.size > 0 && !origins.has(m.id)) {
      ok = false;
      reasons.push(
        `the question is about ${m.id} as origin; this fact's origin is ${[...origins].join("/")}`,
      );
      continue;
    }
    if (m.external) {
      if (!factText(fact).includes(fold(m.surface))) {
        ok = false;
        reasons.push(`the question names ${m.surface} (${m.id}), which this briefing does not cover`);
      }
      continue;
    }
    const roles = fact.entities.filter((e) => e.entity === m.id).map((e) => e.role);
    // "Japan and Vietnam": a fact about either one still speaks to the question.
    const partner =
      m.group !== undefined &&
      q.mentions.some(
        (o) =>
          o !== m &&
          o.group === m.group &&
          (fact.entities.some((e) => e.entity === o.id) || mentionsEntity(index, fact, o.id)),
      );
    if (roles.length === 0 && partner && !mentionsEntity(index, fact, m.id)) continue;
    if (roles.length === 0) {
      // A capital stands for its government; a leader for their country when it acts in the fact.
      const capital = m.role !== "location" ? index.capitalOf.get(m.id) : undefined;
      if (
        capital &&
        (fact.entities.some((e) => e.entity === capital) || mentionsEntity(index, fact, capital))
      )
        continue;
      // "in Hanoi" is in Vietnam: a fact set in the capital's country is set there too.
      const country = m.role === "location" ? index.capitalOf.get(m.id) : undefined;
      if (country && fact.entities.some((e) => e.entity === country && e.role === "location")) continue;
      const led = index.leaderOf.get(m.id);
      if (
        led &&
        fact.entities.some((e) => e.entity === led && (e.role === "agent" || e.role === "counterpart"))
      )
        continue;
      // A measure on imports from every country applies to this country's goods too.
      if (
        m.role !== "agent" &&
        m.role !== "location" &&
        index.briefing.byId.entity.get(m.id)?.kind === "country" &&
        fact.entities.some((e) => e.role === "recipient" && universalGroups(index).has(e.entity))
      ) {
        broad = true;
        continue;
      }
      if (!mentionsEntity(index, fact, m.id)) {
        ok = false;
        reasons.push(`entity ${m.id} is named in the question but not part of this fact`);
      }
      continue;
    }
    // "in X" where the fact has X as whose people they are, and places them elsewhere.
    if (
      m.role === "location" &&
      (roles.includes("origin") || roles.includes("agent")) &&
      !roles.includes("location") &&
      fact.entities.some((e) => e.role === "location" && e.entity !== m.id)
    ) {
      ok = false;
      roleConflict = true;
      reasons.push(`entity ${m.id} is a location in the question but the origin in the fact`);
      continue;
    }
    // "Japanese firms" where the fact names the group "Japanese companies in Vietnam": the
    // origin the group implies is that role, whatever else Japan does in the fact.
    if (m.role === "origin" && origins.has(m.id)) continue;
    if (m.role) {
      const conflicting = CONFLICTS[m.role];
      if (roles.every((r) => conflicting.includes(r))) {
        ok = false;
        roleConflict = true;
        reasons.push(`entity ${m.id} has role ${m.role} in the question but ${roles.join("/")} in the fact`);
      }
    }
  }

  // "Did Ishiba meet Xi?": two people and a meeting need a fact where one meets the other.
  if (q.meeting) {
    const people = q.mentions.filter((m) => !m.external && personIds.has(m.id)).map((m) => m.id);
    if (people.length >= 2) {
      const roles = fact.entities.filter((e) => people.includes(e.entity)).map((e) => e.role);
      if (!roles.includes("counterpart") && !(roles.filter((r) => r === "agent").length >= 2)) {
        ok = false;
        reasons.push("the question asks about a meeting between the people it names; this fact has none");
      }
    }
  }

  // "Which day of the week…", "何曜日", "thứ mấy": only a fact that names the weekday answers.
  if (WEEKDAY_QUESTION.test(fold(q.question)) && !WEEKDAY.test(fact.statement.en)) {
    ok = false;
    reasons.push("the question asks for a day of the week; this fact names none");
  }

  for (const year of q.years) {
    if (!factText(fact).includes(year) && !fact.date?.startsWith(year)) {
      ok = false;
      reasons.push(`the question asks about ${year}; this fact is not about that year`);
    }
  }

  // "Who is Japan's defence minister?": a fact that names that office, not one that mentions
  // ministers of defence in passing.
  if (q.wants.includes("person") && q.office && !statesOffice(fact, q.office, q.lang)) {
    ok = false;
    reasons.push(`the question asks who holds the office "${q.office}"; this fact does not name it`);
  }

  for (const want of q.wants) {
    // "Which Chinese leader…": the person named by office is the one asked for.
    const named = want === "person" ? q.entityIdsForPerson : q.entityIds;
    if (HARD_WANTS.has(want) && !factHolds(fact, want, named, personIds, q.numberKind)) {
      ok = false;
      wantMissing = true;
      reasons.push(`the question asks for a ${want}; this fact holds none`);
    }
  }

  const terms = factTerms(fact);
  const topicTerms = fact.topics.map((t) => index.topicTerms.get(t)).filter((s) => s !== undefined);
  let total = 0;
  let covered = 0;
  const missing: string[] = [];
  const notInFact: string[] = [];
  for (const w of q.words) {
    total += w.weight;
    // A Vietnamese syllable is read in the sense of its neighbours ("thời tiết" is not "thời
    // hạn"); where the fact has it only beside stop words ("đạt được đồng thuận"), there is no
    // neighbour to compare and the syllable stands.
    const inSense =
      w.context.length === 0 ||
      w.context.some((t) => terms.has(t)) ||
      w.terms.every((t) => !pairedSyllables(fact).has(t));
    if (inSense && w.terms.some((t) => terms.has(t) || (t.length === 1 && factText(fact).includes(t))))
      covered += w.weight;
    else {
      notInFact.push(w.word);
      if (w.terms.some((t) => topicTerms.some((s) => s.has(t)))) covered += 0.6 * w.weight;
      else missing.push(w.word);
    }
  }
  // A question with one topical word besides its names ("When did Trump *visit* Vietnam?") is
  // about that word: a fact that does not speak to it is about something else.
  const topical = q.words.filter((w) => !/^\d/.test(w.word));
  if (ok && topical.length === 1 && notInFact.includes(topical[0]!.word) && q.mentions.length > 0) {
    ok = false;
    reasons.push(`does not speak to "${topical[0]!.word}", the one thing asked besides the names`);
  }
  // "How much of the $20 billion is Japan putting in?": a fact whose only numbers are that whole
  // restates the question; the part is what is asked.
  if (
    ok &&
    q.partOf.length > 0 &&
    fact.numbers.length > 0 &&
    fact.numbers.every((n) => q.partOf.includes(String(n.value)))
  ) {
    ok = false;
    wholeOnly = true;
    reasons.push(`holds only ${q.partOf.join(", ")}, the whole the question asks a part of`);
  }
  // "What did Ishiba tell Trump on the phone?": a fact that the call took place does not say
  // what was said; only one that reports someone's words, pledges or proposals does. (Not
  // "what does the Japan Times / the briefing say about…": that asks what a source reports.)
  if (
    ok &&
    q.asksWords &&
    !q.asksDifference &&
    q.sources.length === 0 &&
    q.mentions.some((m) => personIds.has(m.id)) &&
    !REPORTS_WORDS.test(fact.statement.en)
  ) {
    ok = false;
    reasons.push("the question asks what was said; this fact reports no one's words");
  }
  // "What did To Lam tell Xi?" is not what Xi told To Lam: whose words they are must agree.
  if (ok && q.asksWords) {
    const speaker = q.mentions.find((m) => m.role === "agent" && !m.external && personIds.has(m.id));
    if (speaker && !fact.entities.some((e) => e.entity === speaker.id && e.role === "agent")) {
      ok = false;
      roleConflict = true;
      reasons.push(`the question asks what ${speaker.id} said; in this fact ${speaker.id} does not speak`);
    }
  }
  // "What came of the Marcos meeting?": a fact that it was planned says nothing of its outcome.
  if (ok && q.asksOutcome && PLANNED_STATEMENT.test(fact.statement.en)) {
    ok = false;
    reasons.push("the question asks how something turned out; this fact only reports it as planned");
  }
  // "Which provinces…", "どんな合意", "tỉnh nào": the thing asked for, which the fact must name.
  if (ok && q.focus !== undefined && notInFact.includes(q.focus)) {
    ok = false;
    reasons.push(`does not name the ${q.focus} the question asks for`);
  }
  // "When will the dialogue hold its first meeting?": a date answers when its event happened; a
  // fact dated by another event (the dialogue's announcement) does not.
  if (ok && q.wants.includes("date") && !q.wants.includes("yesno")) {
    const unstated = notInFact.filter((w) => DATED_EVENT_WORDS.has(w));
    if (unstated.length > 0) {
      ok = false;
      reasons.push(
        `the question asks when something happened that this fact does not state: ${unstated.join(", ")}`,
      );
    }
  }
  // "Did Vietnam and the US sign a trade deal?": a yes/no question asks whether an event took
  // place. A fact that does not state its event (signing, meeting, visiting…), or states
  // another kind of agreement than the one asked about ("trade deal" vs cooperation documents),
  // is a neighbouring fact, and answering with it would read as a yes.
  if (ok && q.wants.includes("yesno")) {
    // "…during the visit": when it happened, not what is asked about.
    const unstated = notInFact.filter((w) => EVENT_WORDS.has(w) && !q.settingWords.has(w));
    const folded = fold(q.question);
    for (const m of folded.matchAll(AGREEMENT_KIND)) {
      const kind = m[1] ?? m[2];
      if (kind && notInFact.includes(kind)) unstated.push(kind);
    }
    // Japanese: "自由貿易協定", "防衛条約": the kind is the kanji before the agreement word.
    for (const m of q.question.matchAll(JA_AGREEMENT_KIND)) {
      const kind = m[1];
      if (kind && !factText(fact).includes(kind)) unstated.push(kind);
    }
    if (unstated.length > 0) {
      ok = false;
      reasons.push(`a yes/no question about an event this fact does not state: ${unstated.join(", ")}`);
    }
  }
  // "What tariff does China face?" is not answered by the tariff on every country's cars: a
  // fact that covers the country only as one of "every country" must state something the
  // question asks about beyond the topic itself (the cars, the steel).
  if (ok && broad) {
    const specific = q.words.some(
      (w) =>
        !notInFact.includes(w.word) &&
        !/^\d/.test(w.word) &&
        !w.terms.every((t) => topicTerms.some((s) => s.has(t)) || isMeasureTerm(t)),
    );
    if (!specific) {
      ok = false;
      reasons.push("covers the country only as one of every country, and states nothing else asked");
    }
  }
  // Entities the fact holds count as covered content.
  const entityWeight = q.entityWeight;
  const coverage =
    total + entityWeight > 0 ? (covered + (ok ? entityWeight : 0)) / (total + entityWeight) : 0;
  if (missing.length > 0) reasons.push(`does not cover: ${missing.join(", ")}`);
  return { ok, roleConflict, broad, wantMissing, wholeOnly, uncovered: notInFact, coverage, reasons };
}

/** Whether the fact's statement names the office, as the question's language writes it (English also read). */
function statesOffice(fact: Fact, office: string, lang: Lang): boolean {
  const folded = (text: string) => fold(text).replaceAll("defence", "defense");
  const own = lang === "ja" ? fact.statement.ja : folded(fact.statement[lang]);
  return own.includes(office) || folded(fact.statement.en).includes(office);
}
