import type { Briefing, Topic } from "../briefing/types.js";
import type { Lang } from "../i18n/lang.js";
import { channelBriefing, chooseBriefing } from "./channel-briefing.js";
import type { CommandServiceDeps, Handled } from "./deps.js";
import { guessLang, messages } from "./messages.js";
import { commandPrefix } from "./prefix.js";
import { reply } from "./reply.js";
import type { CommandContext } from "./types.js";

/** How many facts `topic NAME` lists before "…and N more". */
const TOPIC_FACTS_SHOWN = 8;

/** Case-, width- and diacritic-insensitive form for matching names (đ folded by hand). */
export function fold(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/đ/g, "d")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s_-]+/g, " ")
    .trim();
}

function topicNames(topic: Topic): string[] {
  return [topic.id, topic.name.en, topic.name.ja, topic.name.vi, ...topic.keywords];
}

/** The topic a person means by NAME: exact id/name/keyword first, then a name that contains it. */
export function findTopic(briefing: Briefing, name: string): Topic | undefined {
  const wanted = fold(name);
  if (wanted === "") return undefined;
  const exact = briefing.topics.find((t) => topicNames(t).some((n) => fold(n) === wanted));
  if (exact) return exact;
  return briefing.topics.find((t) =>
    topicNames(t).some((n) => {
      const f = fold(n);
      return f.includes(wanted) || (f.length >= 3 && wanted.includes(f));
    }),
  );
}

function noBriefing(lang: Lang): Handled {
  return { reply: reply({ kind: "error", text: messages(lang).noBriefing, lang }), result: "invalid" };
}

export async function handleTopics(deps: CommandServiceDeps, ctx: CommandContext): Promise<Handled> {
  const lang = ctx.locale ?? "en";
  const briefing = await channelBriefing(deps, ctx);
  if (!briefing) return deps.briefings.list().length > 0 ? chooseBriefing(deps, lang) : noBriefing(lang);
  const m = messages(lang);
  const sections = briefing.topics.map((t) => ({
    heading: t.name[lang],
    text: `${m.topicFacts(briefing.facts.filter((f) => f.topics.includes(t.id)).length)} · topic ${t.id}`,
  }));
  return {
    reply: reply({
      kind: "info",
      title: m.topicsTitle(briefing.meta.title[lang]),
      text: briefing.meta.summary[lang],
      sections,
      footer: `${m.topicsHint(commandPrefix(ctx.platform))} ${m.asOf(briefing.meta.asOf)}`,
      lang,
    }),
    result: "ok",
  };
}

export async function handleTopic(
  deps: CommandServiceDeps,
  ctx: CommandContext,
  name: string,
): Promise<Handled> {
  // A name in Japanese or Vietnamese script answers in that language; Latin text keeps the user's.
  const script = guessLang(name);
  const lang = script === "en" ? (ctx.locale ?? "en") : script;
  const briefing = await channelBriefing(deps, ctx);
  if (!briefing) return deps.briefings.list().length > 0 ? chooseBriefing(deps, lang) : noBriefing(lang);
  const m = messages(lang);
  const topic = findTopic(briefing, name);
  if (!topic) {
    // The ids are what /topic takes; the names say which is which.
    const list = briefing.topics.map((t) => `${t.id} (${t.name[lang]})`).join(", ");
    return {
      reply: reply({ kind: "error", text: m.topicNotFound(name.slice(0, 80), list), lang }),
      result: "invalid",
    };
  }
  const facts = briefing.facts.filter((f) => f.topics.includes(topic.id));
  // Key facts lead, as in the digest.
  const ordered = [...facts.filter((f) => f.key), ...facts.filter((f) => !f.key)];
  const shown = ordered.slice(0, TOPIC_FACTS_SHOWN);
  const more = ordered.length - shown.length;
  return {
    reply: reply({
      kind: "info",
      title: topic.name[lang],
      text:
        shown.map((f) => `• ${f.statement[lang]}`).join("\n") + (more > 0 ? `\n${m.topicMore(more)}` : ""),
      suggestions: deps.answers.suggestQuestions(briefing, lang, 3, topic.id),
      footer: m.asOf(briefing.meta.asOf),
      lang,
    }),
    result: "ok",
  };
}

export async function handleSources(deps: CommandServiceDeps, ctx: CommandContext): Promise<Handled> {
  const lang = ctx.locale ?? "en";
  const briefing = await channelBriefing(deps, ctx);
  if (!briefing) return deps.briefings.list().length > 0 ? chooseBriefing(deps, lang) : noBriefing(lang);
  const m = messages(lang);
  return {
    reply: reply({
      kind: "info",
      title: m.sourcesTitle(briefing.meta.title[lang]),
      text: "",
      sections: briefing.sources.map((s) => ({
        heading: s.title ? `${s.publisher}: ${s.title}` : s.publisher,
        text: `${s.published}${s.publishedInferred ? ` (${m.dateInferred})` : ""} · ${s.url}`,
        url: s.url,
      })),
      footer: m.asOf(briefing.meta.asOf),
      lang,
    }),
    result: "ok",
  };
}

export async function handleHelp(deps: CommandServiceDeps, ctx: CommandContext): Promise<Handled> {
  const lang = ctx.locale ?? "en";
  const m = messages(lang);
  const briefing = (await channelBriefing(deps, ctx)) ?? deps.briefings.get();
  return {
    reply: reply({
      kind: "help",
      title: m.helpTitle,
      text: m.help(commandPrefix(ctx.platform), ctx.platform !== "terminal"),
      suggestions: briefing ? deps.answers.suggestQuestions(briefing, lang, 3) : [],
      lang,
    }),
    result: "ok",
  };
}
