import type { Briefing } from "../briefing/types.js";
import type { Lang } from "../i18n/lang.js";
import { briefingMessages } from "./briefing-messages.js";
import type { CommandServiceDeps, Handled } from "./deps.js";
import { messages } from "./messages.js";
import { reply } from "./reply.js";
import type { CommandContext } from "./types.js";

/**
 * Which briefing a channel uses: its binding (`/brief use ID`), else DEFAULT_BRIEFING, else
 * the only one loaded. With several and neither, undefined: questions are routed, and
 * commands that need one briefing ask the person to choose.
 */
export async function channelBriefing(
  deps: CommandServiceDeps,
  ctx: CommandContext,
): Promise<Briefing | undefined> {
  if (deps.state?.channels) {
    const bound = await deps.state.channels.get({
      platform: ctx.platform,
      workspaceId: ctx.workspaceId,
      channelId: ctx.channelId,
    });
    // A binding to a briefing that is no longer loaded falls back like an unbound channel.
    const briefing = bound === undefined ? undefined : deps.briefings.get(bound);
    if (briefing) return briefing;
  }
  return fixedBriefing(deps);
}

/** DEFAULT_BRIEFING when set, else the only briefing; undefined when questions must be routed. */
export function fixedBriefing(deps: CommandServiceDeps): Briefing | undefined {
  if (deps.defaultBriefing !== undefined) return deps.briefings.get(deps.defaultBriefing);
  const all = deps.briefings.list();
  return all.length === 1 ? all[0] : undefined;
}

/** The briefings as reply sections: title, then id · as of · facts. */
export function briefingSections(briefings: readonly Briefing[], lang: Lang, currentId?: string) {
  const bm = briefingMessages(lang);
  return [...briefings]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((b) => ({
      heading: `${b.meta.title[lang]}${b.id === currentId ? ` ${bm.thisChannel}` : ""}`,
      text: `${b.id} · ${bm.briefingLine(b.meta.asOf, b.facts.length)}`,
    }));
}

/** "Choose a briefing with /brief use ID", with the choices, for commands that need one. */
export function chooseBriefing(deps: CommandServiceDeps, lang: Lang): Handled {
  const all = deps.briefings.list();
  if (all.length === 0)
    return { reply: reply({ kind: "error", text: messages(lang).noBriefing, lang }), result: "invalid" };
  return {
    reply: reply({
      kind: "info",
      ephemeral: true,
      text: briefingMessages(lang).chooseBriefing,
      sections: briefingSections(all, lang),
      lang,
    }),
    result: "invalid",
  };
}
