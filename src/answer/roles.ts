import type { Role } from "../briefing/schema.js";
import type { Lang } from "../i18n/lang.js";
import type { Cue, CueSlot, RoleCues } from "../knowledge/cues.js";
import { languagePack } from "../knowledge/packs.js";
import { compilePattern } from "../lang/pattern.js";
import type { EntityMention, QuestionToken } from "./mention-types.js";
import { fold } from "./normalize.js";

/** Where a name stands in the question: all that its surroundings are read from. */
type Span = Pick<EntityMention, "tokens" | "chars">;

/** A hyphen joining a name to the word before it. */
const LETTER_THEN_HYPHEN = compilePattern("\\p{L}[-–]$", "u");

/** A hyphen joining a name to the word after it. */
const HYPHEN_THEN_LETTER = compilePattern("^[-–]\\p{L}", "u");

/**
 * Reads the role each entity plays in a question from its structure, the way a person would:
 * "Japanese PhD students" (origin), "will Vietnam accept" (agent), "tariff on Thailand",
 * "Vietnam face" (recipient), "from X" (origin), "in X" (location), "with X" (counterpart).
 * The words that say so are the language pack's role cues (roles.yaml), tried in order around
 * each name. When nothing in the sentence says, the role stays unknown and is not checked.
 */

export type QuestionRole = Extract<Role, "agent" | "recipient" | "origin" | "location" | "counterpart">;

/** Whether `phrase` is at `at` in `units`. */
function phraseAt(units: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > units.length) return false;
  return phrase.every((u, i) => units[at + i] === u);
}

/** Where one occurrence of a slot can end when it starts at `at`. */
function phraseEnds(units: readonly string[], at: number, slot: CueSlot): number[] {
  if (slot.anyUnit) return at < units.length ? [at + 1] : [];
  if (slot.unless.some((p) => phraseAt(units, at, p))) return [];
  return slot.phrases.filter((p) => p.length > 0 && phraseAt(units, at, p)).map((p) => at + p.length);
}

/** Whether `slots` read `units` from `at` on (backtracking over repeats, skips and phrase lengths). */
export function slotsFit(units: readonly string[], at: number, slots: readonly CueSlot[]): boolean {
  const [slot, ...rest] = slots;
  if (!slot) return true;
  const repeat = (pos: number, count: number): boolean => {
    if (count >= slot.min && slotsFit(units, pos, rest)) return true;
    if (count >= slot.max) return false;
    return phraseEnds(units, pos, slot).some((end) => repeat(end, count + 1));
  };
  return repeat(at, 0);
}

/** A name in its sentence, as the cues read it: outward from the name on each side. */
interface Surroundings {
  /** Nearest first. */
  before: string[];
  after: string[];
  name: string[];
}

function cueFits(cue: Cue, s: Surroundings): boolean {
  if (cue.before.length > 0 && !slotsFit(s.before, 0, cue.before)) return false;
  if (cue.after.length > 0 && !slotsFit(s.after, 0, cue.after)) return false;
  if (cue.unlessAfter.length > 0 && slotsFit(s.after, 0, cue.unlessAfter)) return false;
  if (cue.nameBegins.length > 0 && !cue.nameBegins.some((p) => phraseAt(s.name, 0, p))) return false;
  const reversedName = [...s.name].reverse();
  if (cue.nameEnds.length > 0 && !cue.nameEnds.some((p) => phraseAt(reversedName, 0, p))) return false;
  return true;
}

/** A comma, semicolon or colon ends a clause: "ngoài bán dẫn, Nhật…" ("besides chips, Japan…"). */
const CLAUSE_MARK = /[,;:，、；：]/u;

/** The first token of the clause the name at token `first` is in: the words before it do not reach past a comma. */
function clauseStart(prepared: string, toks: readonly QuestionToken[], first: number): number {
  for (let k = first - 1; k >= 0; k--) {
    const next = toks[k + 1];
    if (next && CLAUSE_MARK.test(prepared.slice(toks[k]!.end, next.start))) return k + 1;
  }
  return 0;
}

function surroundings(
  cues: RoleCues,
  prepared: string,
  toks: readonly QuestionToken[],
  m: Span,
): Surroundings | undefined {
  if (cues.byCharacters)
    return {
      before: Array.from(prepared.slice(0, m.chars[0])).reverse(),
      after: Array.from(prepared.slice(m.chars[1])),
      name: Array.from(prepared.slice(m.chars[0], m.chars[1])),
    };
  if (!m.tokens) return undefined;
  const words = toks.map((t) => t.folded);
  let at = m.tokens[0] - 1;
  while (at >= 0 && cues.skipBefore.has(words[at]!)) at--;
  return {
    before: words.slice(clauseStart(prepared, toks, m.tokens[0]), at + 1).reverse(),
    after: words.slice(m.tokens[1]),
    name: words.slice(m.tokens[0], m.tokens[1]),
  };
}

function roleOf(cues: RoleCues, s: Surroundings, joined: boolean): QuestionRole | undefined {
  return cues.cues.find((c) => c.joined === joined && cueFits(c, s))?.role;
}

/** "the Ishiba-Chinh meeting": a name joined by a hyphen to the word before it takes no role. */
function joinedBefore(prepared: string, m: Span): boolean {
  return LETTER_THEN_HYPHEN.test(prepared.slice(0, m.chars[0]));
}

/**
 * A name joined by a hyphen to the word after it ("Ishiba-Chinh", "US-made"): only the cues
 * marked `joined` read it ("US-made engines": the goods' origin); otherwise it takes no role.
 */
function joinedAfter(prepared: string, m: Span): boolean {
  return HYPHEN_THEN_LETTER.test(prepared.slice(m.chars[1]));
}

/**
 * Whether the words around tokens `at`..`end` frame them as a name (roles.yaml `unmarkedNames`):
 * a common syllable typed without marks ("my", "anh") read as the name it folds from only
 * where the sentence puts a name there ("my giam thue": who cuts a tariff).
 */
export function framedAsName(
  prepared: string,
  toks: readonly QuestionToken[],
  at: number,
  end: number,
  lang: Lang,
): boolean {
  const cues = languagePack(lang).roleCues;
  if (cues.unmarkedNames.length === 0 || cues.byCharacters) return false;
  const first = toks[at]!;
  const last = toks[end - 1]!;
  const s = surroundings(cues, prepared, toks, { tokens: [at, end], chars: [first.start, last.end] });
  return s !== undefined && cues.unmarkedNames.some((c) => cueFits(c, s));
}

/** The role of each mention in the question, where the sentence makes it clear. */
export function readRoles(
  prepared: string,
  toks: QuestionToken[],
  mentions: readonly EntityMention[],
  lang: Lang,
  kindOf: (id: string) => string | undefined = () => undefined,
): (QuestionRole | undefined)[] {
  const cues = languagePack(lang).roleCues;
  const roles = mentions.map((m) => {
    if (joinedBefore(prepared, m)) return undefined;
    const s = surroundings(cues, prepared, toks, m);
    return s ? personRole(roleOf(cues, s, joinedAfter(prepared, m)), kindOf(m.id)) : undefined;
  });
  // With "send"-type verbs the one who acts is where the people or goods come from, and the
  // other side ("to Japan") is the one that takes them in: read the roles that way.
  const whole = cues.byCharacters ? Array.from(prepared) : toks.map((t) => t.folded);
  const sending = cues.sending && whole.some((_, i) => slotsFit(whole, i, [cues.sending!]));
  // "Who did Vietnam send to Washington?", "did Vietnam send an envoy?": a person sent on a
  // mission; the sender acts.
  const form = cues.byCharacters ? prepared : fold(prepared);
  const envoy = cues.sentPeople && whole.some((_, i) => slotsFit(whole, i, [cues.sentPeople!]));
  if (!sending) return roles;
  // An envoy sent "to Washington" goes there: the place, not one who takes people or goods in.
  if (envoy || cues.envoyQuestion?.test(form)) return roles.map((r) => (r === "recipient" ? "location" : r));
  // "ベトナムの輸出の何%をアメリカが占める": when the question says whose exports they are, the
  // one who acts is the side that takes them in, not their origin too.
  const stated = roles.includes("origin");
  const asAgent = stated ? undefined : "origin";
  return roles.map((r) => (r === "agent" ? asAgent : r === "recipient" ? undefined : r));
}

/**
 * A person is no one's place of origin: "the tariff Japan faces from Trump", "a call from
 * Ishiba" name who acts. A firm before goods ("the Wilton bioethanol plant", "Toyota cars") is
 * their maker, which a fact may write as the one who acts or the origin: left unchecked.
 * Countries and places keep the role their cue gave.
 */
export function personRole(
  role: QuestionRole | undefined,
  kind: string | undefined,
): QuestionRole | undefined {
  if (role !== "origin") return role;
  return kind === "person" ? "agent" : kind === "organization" ? undefined : role;
}
