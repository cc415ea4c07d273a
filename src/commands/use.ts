import { briefingMessages } from "./briefing-messages.js";
import { briefingSections, channelBriefing } from "./channel-briefing.js";
import type { CommandServiceDeps, Handled } from "./deps.js";
import { messages } from "./messages.js";
import { reply } from "./reply.js";
import type { CommandContext } from "./types.js";

/** `briefings`: every loaded briefing with its id, title, as-of date and fact count. */
export async function handleBriefings(deps: CommandServiceDeps, ctx: CommandContext): Promise<Handled> {
  const lang = ctx.locale ?? "en";
  const all = deps.briefings.list();
  if (all.length === 0)
    return { reply: reply({ kind: "error", text: messages(lang).noBriefing, lang }), result: "invalid" };
  const current = await channelBriefing(deps, ctx);
  const bm = briefingMessages(lang);
  return {
    reply: reply({
      kind: "info",
      title: bm.briefingsTitle,
      text: "",
      sections: briefingSections(all, lang, current?.id),
      footer: bm.briefingsHint,
      lang,
    }),
    result: "ok",
  };
}

/**
 * `use ID`: binds the channel to a briefing. Channel managers only, as for `subscribe`; anyone
 * in their own DM, and the terminal chat (one person, one "channel").
 */
export async function handleUse(deps: CommandServiceDeps, ctx: CommandContext, id: string): Promise<Handled> {
  const lang = ctx.locale ?? "en";
  const bm = briefingMessages(lang);
  const refuse = (text: string, result: Handled["result"] = "invalid"): Handled => ({
    reply: reply({ kind: "error", text, lang }),
    result,
  });
  if (ctx.platform !== "terminal" && !ctx.isDirect && !ctx.canManageChannel)
    return refuse(bm.notAllowedUse, "denied");
  if (!deps.state?.channels) return refuse(messages(lang).stateUnavailable);
  const wanted = id.trim();
  const briefing =
    deps.briefings.get(wanted) ?? deps.briefings.list().find((b) => b.id === wanted.toLowerCase());
  if (!briefing) {
    const ids = deps.briefings
      .list()
      .map((b) => b.id)
      .sort()
      .join(", ");
    return refuse(bm.unknownBriefing(wanted.slice(0, 60), ids));
  }
  await deps.state.channels.bind(
    { platform: ctx.platform, workspaceId: ctx.workspaceId, channelId: ctx.channelId },
    briefing.id,
    ctx.userId,
  );
  return {
    reply: reply({ kind: "confirm", text: bm.used(briefing.meta.title[lang], briefing.id), lang }),
    result: "ok",
  };
}
