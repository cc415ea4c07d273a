import { compilePattern } from "../lang/pattern.js";
import type { RoleCueData, RolesData, SlotData } from "./schema.js";

/**
 * Role cues compiled for matching: phrases split into the units a language is read in (folded
 * words, or characters for a language written without spaces), lists resolved, and the slots
 * before a name turned around so that both sides are read outward from the name.
 */

export type CueUnits = "words" | "characters";

/**
 * One position of a cue: one of `phrases` (none of `unless` at the same place), min..max times;
 * with `anyUnit`, min..max units of any kind (a skip).
 */
export interface CueSlot {
  phrases: string[][];
  unless: string[][];
  min: number;
  max: number;
  anyUnit: boolean;
}

export interface Cue {
  /** The role it marks; undefined: the sentence says the name takes no role ("compared with X"). */
  role: Exclude<RoleCueData["role"], "none"> | undefined;
  /** Read outward from the name: the nearest word first. */
  before: CueSlot[];
  after: CueSlot[];
  /** Where these fit after the name, the cue does not. */
  unlessAfter: CueSlot[];
  nameBegins: string[][];
  /** Turned around, like `before`. */
  nameEnds: string[][];
  /** Reads only a name joined by a hyphen to the word after it ("US-made"). */
  joined: boolean;
}

export interface RoleCues {
  /** Read character by character (a language written without spaces), not by folded words. */
  byCharacters: boolean;
  /** Words passed over before the name (articles: "the Japanese"). */
  skipBefore: ReadonlySet<string>;
  cues: Cue[];
  /** Frames that make a common syllable typed without marks a name (roles.yaml `unmarkedNames`). */
  unmarkedNames: Cue[];
  /** Sending verbs anywhere in the question: who acts is where people or goods come from. */
  sending: CueSlot | undefined;
  /** A question asking who was sent (an envoy): the sender acts after all. */
  envoyQuestion: RegExp | undefined;
  /** People sent on a mission ("an envoy", "特使"): named anywhere beside a sending verb, the sender acts. */
  sentPeople: CueSlot | undefined;
}

function units(phrase: string, mode: CueUnits): string[] {
  return mode === "characters" ? Array.from(phrase) : phrase.split(/\s+/).filter(Boolean);
}

/** Every phrase of a slot, read in `mode`, turned around when `reversed`. */
function compileSlot(slot: SlotData, data: RolesData, mode: CueUnits, reversed: boolean): CueSlot {
  if (!Array.isArray(slot) && typeof slot === "object" && "skip" in slot)
    return {
      phrases: [],
      unless: [],
      min: 0,
      max: slot.skip === "any" ? Number.POSITIVE_INFINITY : slot.skip,
      anyUnit: true,
    };
  const spec = typeof slot === "string" ? { lists: [slot] } : Array.isArray(slot) ? { words: slot } : slot;
  const words: string[] = [...(spec.words ?? [])];
  const unless: string[] = [...(spec.unless ?? [])];
  for (const name of spec.lists ?? []) {
    const list = data.lists?.[name] ?? [];
    if (Array.isArray(list)) words.push(...list);
    else {
      words.push(...(list.words ?? []));
      unless.push(...(list.unless ?? []));
    }
  }
  const read = (p: string) => (reversed ? units(p, mode).reverse() : units(p, mode));
  const upTo = "upTo" in spec ? spec.upTo : undefined;
  return {
    phrases: words.map(read),
    unless: unless.map(read),
    min: upTo ? 0 : 1,
    max: upTo ?? 1,
    anyUnit: false,
  };
}

export function compileRoleCues(data: RolesData): RoleCues {
  const mode = data.units ?? "words";
  const slots = (list: SlotData[] | undefined, reversed: boolean) =>
    (reversed ? [...(list ?? [])].reverse() : (list ?? [])).map((s) => compileSlot(s, data, mode, reversed));
  const cue = (c: RoleCueData): Cue => ({
    role: c.role === "none" ? undefined : c.role,
    before: slots(c.before, true),
    after: slots(c.after, false),
    unlessAfter: slots(c.unlessAfter, false),
    nameBegins: (c.nameBegins ?? []).map((p) => units(p, mode)),
    nameEnds: (c.nameEnds ?? []).map((p) => units(p, mode).reverse()),
    joined: c.joined ?? false,
  });
  return {
    byCharacters: mode === "characters",
    skipBefore: new Set(data.skipBefore ?? []),
    cues: (data.cues ?? []).map(cue),
    unmarkedNames: (data.unmarkedNames ?? []).map(cue),
    sending: data.sending ? compileSlot(data.sending, data, mode, false) : undefined,
    envoyQuestion: data.envoyQuestion
      ? compilePattern(data.envoyQuestion.source, data.envoyQuestion.flags ?? "")
      : undefined,
    sentPeople: data.sentPeople ? compileSlot(data.sentPeople, data, mode, false) : undefined,
  };
}
