import { isLang, type Lang } from "../i18n/lang.js";
import type { MissedRunPolicy, QuietPolicy } from "../state/types.js";
import type { Command, ParsedCommand } from "./types.js";

/** Commands that take no argument. */
const BARE = new Set(["topics", "sources", "unsubscribe", "help", "briefings"]);
const KNOWN = new Set([...BARE, "ask", "topic", "subscribe", "digest", "use"]);

export const USAGE = {
  ask: "ask QUESTION",
  topic: "topic NAME",
  digest: "digest [full] [en|ja|vi]",
  subscribe:
    "subscribe SCHEDULE [TIMEZONE] [en|ja|vi] [missed=late-once|skip|fold] [quiet=line|skip] [briefing=ID] (e.g. subscribe daily 08:00 Asia/Tokyo)",
  use: "use BRIEFING_ID (see briefings)",
} as const;

/** An IANA zone name ("Asia/Tokyo", "America/Argentina/Buenos_Aires") or UTC/GMT. */
const ZONE_LIKE = /^(?:UTC|GMT|[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)+)$/;

/** True when a token reads as a time zone rather than part of a schedule. */
export function looksLikeTimezone(token: string): boolean {
  return ZONE_LIKE.test(token);
}

const MISSED_POLICIES: readonly MissedRunPolicy[] = ["late-once", "skip", "fold"];
const MISSED = /^missed=(.*)$/i;
const QUIET = /^quiet=(.*)$/i;
const BRIEFING = /^briefing=(.*)$/i;

function parseSubscribe(args: string[]): ParsedCommand {
  // `missed=`, `quiet=` and `briefing=` may stand anywhere: schedules and zones never contain "=".
  let missed: MissedRunPolicy | undefined;
  let quiet: QuietPolicy | undefined;
  let briefing: string | undefined;
  const tokens: string[] = [];
  for (const token of args) {
    const policy = MISSED.exec(token)?.[1]?.toLowerCase();
    const quietly = QUIET.exec(token)?.[1]?.toLowerCase();
    const named = BRIEFING.exec(token)?.[1];
    if (quietly !== undefined) {
      if (quietly !== "line" && quietly !== "skip")
        return { ok: false, error: `quiet= takes line or skip (got "${quietly.slice(0, 20)}")` };
      quiet = quietly;
    } else if (named !== undefined) {
      if (named === "") return { ok: false, error: "briefing= takes a briefing id (see briefings)" };
      briefing = named;
    } else if (policy === undefined) tokens.push(token);
    else if ((MISSED_POLICIES as readonly string[]).includes(policy)) missed = policy as MissedRunPolicy;
    else return { ok: false, error: `missed= takes late-once, skip or fold (got "${policy.slice(0, 20)}")` };
  }
  let lang: Lang | undefined;
  let timezone: string | undefined;
  // Optional trailing language code, then optional trailing zone: "daily 08:00 Asia/Tokyo ja".
  const last = tokens[tokens.length - 1];
  if (tokens.length > 1 && last !== undefined && isLang(last.toLowerCase())) {
    lang = last.toLowerCase() as Lang;
    tokens.pop();
  }
  const zone = tokens[tokens.length - 1];
  if (tokens.length > 1 && zone !== undefined && looksLikeTimezone(zone)) {
    timezone = zone;
    tokens.pop();
  }
  if (tokens.length === 0) return { ok: false, error: `usage: ${USAGE.subscribe}` };
  const command: Command = { name: "subscribe", schedule: tokens.join(" ") };
  if (timezone) command.timezone = timezone;
  if (lang) command.lang = lang;
  if (missed) command.missed = missed;
  if (quiet) command.quiet = quiet;
  if (briefing) command.briefing = briefing;
  return { ok: true, command };
}

/**
 * Reads a user's text as a command. Accepts "/brief ask Q", "ask Q", "/ask Q" (terminal) and
 * a bare question. A slash form with an unknown name is an error; bare text that does not fit
 * a command's shape is a question, so "help me with tariffs" is asked, not a usage error.
 */
export function parseCommand(input: string): ParsedCommand {
  let text = input.trim();
  let explicit = false;
  const brief = /^\/brief(?:\s+|$)/i.exec(text);
  if (brief) {
    text = text.slice(brief[0].length).trim();
    explicit = true;
    if (text === "") return { ok: true, command: { name: "help" } };
  }
  let slashed = false;
  if (text.startsWith("/")) {
    text = text.slice(1);
    slashed = true;
  }
  const match = /^(\S+)\s*([\s\S]*)$/.exec(text);
  if (!match) return { ok: false, error: `usage: ${USAGE.ask}` };
  const word = match[1]!.toLowerCase();
  const rest = match[2]!.trim();

  if (!KNOWN.has(word)) {
    if (slashed) return { ok: false, error: `unknown command "/${word.slice(0, 30)}"; try /help` };
    return { ok: true, command: { name: "ask", question: explicit || slashed ? text : input.trim() } };
  }
  // Bare text that merely starts with a command word ("topics covered?") stays a question.
  const strict = explicit || slashed;
  if (BARE.has(word)) {
    if (rest === "") return { ok: true, command: { name: word } as Command };
    if (word === "topics" && strict) return { ok: true, command: { name: "topic", topic: rest } };
    if (strict) return { ok: false, error: `"${word}" takes no arguments` };
    return { ok: true, command: { name: "ask", question: input.trim() } };
  }
  if (word === "digest") {
    // "digest", "digest ja", "digest full", "digest full ja" (either order).
    const command: Extract<Command, { name: "digest" }> = { name: "digest" };
    for (const token of rest === "" ? [] : rest.toLowerCase().split(/\s+/)) {
      if (token === "full" && !command.full) command.full = true;
      else if (isLang(token) && !command.lang) command.lang = token;
      else return strict ? { ok: false, error: `usage: ${USAGE.digest}` } : ask(input);
    }
    return { ok: true, command };
  }
  if (word === "ask") {
    if (rest === "") return { ok: false, error: `usage: ${USAGE.ask}` };
    return { ok: true, command: { name: "ask", question: rest } };
  }
  if (word === "use") {
    if (rest === "") return strict ? { ok: false, error: `usage: ${USAGE.use}` } : ask(input);
    // Bare "use of force in the South China Sea?" is a question; a briefing id is one word.
    if (!strict && /\s/.test(rest)) return ask(input);
    if (/\s/.test(rest)) return { ok: false, error: `usage: ${USAGE.use}` };
    return { ok: true, command: { name: "use", briefingId: rest } };
  }
  if (word === "topic") {
    if (rest === "") return strict ? { ok: false, error: `usage: ${USAGE.topic}` } : ask(input);
    return { ok: true, command: { name: "topic", topic: rest } };
  }
  // subscribe
  if (rest === "") return strict ? { ok: false, error: `usage: ${USAGE.subscribe}` } : ask(input);
  return parseSubscribe(rest.split(/\s+/));
}

function ask(input: string): ParsedCommand {
  return { ok: true, command: { name: "ask", question: input.trim() } };
}
