import type { Entity, Fact } from "../../../briefing/types.js";
import type { MemberFrame } from "../../../knowledge/packs.js";
import { languagePack } from "../../../knowledge/packs.js";
import { compilePattern } from "../../../lang/pattern.js";
import { CueText, escapeRegExp } from "../../cue.js";
import { prepareQuestion, withoutMentions } from "../../entities.js";
import type { FitContext } from "../context.js";
import type { FitRule } from "../rule.js";

/** Entity kinds that stand for a class or a setting, not a member with a name of its own. */
const NOT_MEMBERS: ReadonlySet<string> = new Set(["country", "place", "group"]);

/** The class a question asks the members of by name ("which Japanese companies"), if any. */
export function classAsked(question: string, frame: MemberFrame): { cls: number; word: string } | undefined {
  const text = new CueText(question).form(frame.form);
  for (const re of frame.asked) {
    const word = re.exec(text)?.groups?.cls;
    if (word === undefined) continue;
    const cls = frame.classes.findIndex((c) => c.words.includes(word));
    if (cls >= 0) return { cls, word };
  }
  return undefined;
}

/**
 * The question with the names it gives blanked out, but for groups: "Which Business and Trade
 * Secretary…" names a person by office, not a class; "which Japanese companies operating in
 * Vietnam" names a group, whose members are asked for.
 */
function questionBesideNames({ q, index }: FitContext): string {
  const names = q.mentions.filter((m) => index.briefing.byId.entity.get(m.id)?.kind !== "group");
  return withoutMentions(prepareQuestion(q.question), names);
}

/** Whether the question asks for members of a class by name: members-named judges what names them. */
export function asksMembers(ctx: FitContext): boolean {
  const frame = languagePack(ctx.q.lang).members;
  return frame !== undefined && classAsked(questionBesideNames(ctx), frame) !== undefined;
}

/** Where a text writes each match of `re` (a global expression): [start, end) in characters. */
function spans(re: RegExp, text: string): [number, number][] {
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

/** How far apart two spans are: characters, or words (spaces) where words are spaced. */
function distance(text: string, a: [number, number], b: [number, number], byCharacters: boolean): number {
  const [from, to] = a[1] <= b[0] ? [a[1], b[0]] : b[1] <= a[0] ? [b[1], a[0]] : [0, 0];
  const between = text.slice(from, to);
  return byCharacters ? between.length : between.split(/\s+/).filter((w) => w.length > 0).length;
}

/** The fact's entities that may be members (not a country, place or group) the question does not name. */
function members(ctx: FitContext): Entity[] {
  const { fact, index, q } = ctx;
  return fact.entities
    .map((e) => index.briefing.byId.entity.get(e.entity))
    .filter(
      (e): e is Entity => e !== undefined && !NOT_MEMBERS.has(e.kind) && !q.entityIdsForPerson.has(e.id),
    );
}

/** The names of the fact's members, as the text's form writes them. */
function memberNames(ctx: FitContext, frame: MemberFrame): string[] {
  return members(ctx)
    .flatMap((e) => e.names[ctx.q.lang].map((n) => new CueText(n).form(frame.form)))
    .filter((n) => n.length > 1);
}

/** Whether the statement names a member within the window of one of the class's words. */
function namedNear(fact: Fact, ctx: FitContext, frame: MemberFrame, cls: number): boolean | undefined {
  const text = new CueText(fact.statement[ctx.q.lang] ?? "").form(frame.form);
  const classSpans = spans(frame.classIn[cls]!, text);
  // A fact that does not speak of the class is judged by the other rules.
  if (classSpans.length === 0) return undefined;
  const edge = frame.byCharacters ? "" : "(?<![\\p{L}\\p{N}])";
  const end = frame.byCharacters ? "" : "(?![\\p{L}\\p{N}])";
  return memberNames(ctx, frame).some((name) => {
    const re = compilePattern(`${edge}${escapeRegExp(name)}${end}`, "gu");
    return spans(re, text).some((n) =>
      classSpans.some((c) => distance(text, c, n, frame.byCharacters) <= frame.window),
    );
  });
}

/**
 * "Which Japanese companies complained about the tariffs?", "Names of the deputy ministers on
 * the 2+2?": the question asks for members of a class by name. A fact that speaks of the class
 * ("the concerns of Japanese companies", "at the level of deputy ministers") answers only when
 * it names one beside it: one of its entities (not a country, place or group) the question does
 * not already name, written within the pack's window of the class's word. One that does not
 * speak of the class must hold a member of its kind ("which companies announced investments":
 * a pledge to facilitate investment names no company).
 */
export const membersNamed: FitRule = {
  name: "members-named",
  onlyWhileFitting: false,
  check(ctx) {
    const frame = languagePack(ctx.q.lang).members;
    if (!frame) return undefined;
    const asked = classAsked(questionBesideNames(ctx), frame);
    if (asked === undefined) return undefined;
    const near = namedNear(ctx.fact, ctx, frame, asked.cls);
    if (near === true) return undefined;
    const args = { class: asked.word };
    if (near === false) return { reasons: [{ key: this.name, args }], wantMissing: true };
    // Not speaking of the class, the fact must hold a member of its kind.
    const kinds = frame.classes[asked.cls]!.kinds;
    if (members(ctx).some((e) => kinds.includes(e.kind))) return undefined;
    return { reasons: [{ key: "members-named.none", args }], wantMissing: true };
  },
};
