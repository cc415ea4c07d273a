import { digestChoiceMessages } from "../digest/messages.js";
import { ScheduleError } from "../errors.js";
import type { Lang } from "../i18n/lang.js";
import type { MissedRunPolicy, Subscription } from "../state/types.js";
import { briefingMessages } from "./briefing-messages.js";
import { channelBriefing, chooseBriefing } from "./channel-briefing.js";
import type { CommandServiceDeps, Handled, ParsedSchedule } from "./deps.js";
import { formatInZone, messages } from "./messages.js";
import { reply } from "./reply.js";
import type { Command, CommandContext } from "./types.js";

function refuse(text: string, lang: Lang, result: Handled["result"] = "invalid"): Handled {
  return { reply: reply({ kind: "error", text, lang }), result };
}

/** Checks who may change a channel's digest: its managers, or anyone for their own DM. */
function permission(ctx: CommandContext, lang: Lang): Handled | undefined {
  const m = messages(lang);
  if (ctx.platform === "terminal") return refuse(m.terminalNoSubscribe, lang);
  if (!ctx.isDirect && !ctx.canManageChannel) return refuse(m.notAllowed, lang, "denied");
  return undefined;
}

/**
 * `subscribe SCHEDULE [TIMEZONE] [LANG] [missed=POLICY]`: validates, stores, and says when the
 * next digest comes, in that zone. Subscribing again replaces the schedule and the policy.
 */
export async function handleSubscribe(
  deps: CommandServiceDeps,
  ctx: CommandContext,
  command: Extract<Command, { name: "subscribe" }>,
): Promise<Handled> {
  const { schedule, timezone, missed = "late-once", quiet = "line" } = command;
  const lang = command.lang ?? ctx.locale ?? "en";
  const m = messages(lang);
  const denied = permission(ctx, lang);
  if (denied) return denied;
  if (!deps.state) return refuse(m.stateUnavailable, lang);
  if (!deps.schedule) return refuse(m.scheduleUnavailable, lang);
  // A subscription names its briefing: the one asked for, else the channel's.
  const briefing = command.briefing ? deps.briefings.get(command.briefing) : await channelBriefing(deps, ctx);
  if (command.briefing && !briefing) {
    const ids = deps.briefings
      .list()
      .map((b) => b.id)
      .sort()
      .join(", ");
    return refuse(briefingMessages(lang).unknownBriefing(command.briefing.slice(0, 60), ids), lang);
  }
  if (!briefing)
    return deps.briefings.list().length > 0 ? chooseBriefing(deps, lang) : refuse(m.noBriefing, lang);

  let parsed: ParsedSchedule;
  try {
    parsed = deps.schedule(schedule, timezone ?? deps.defaultTimezone ?? "UTC", deps.clock.now());
  } catch (error) {
    if (error instanceof ScheduleError) {
      return refuse(m.scheduleRejected(error.message), lang);
    }
    throw error;
  }
  await deps.state.subscriptions.upsert({
    platform: ctx.platform,
    workspaceId: ctx.workspaceId,
    channelId: ctx.channelId,
    briefingId: briefing.id,
    cron: parsed.cron,
    scheduleLabel: parsed.label,
    timezone: parsed.timezone,
    lang,
    createdBy: ctx.userId,
    missedPolicy: missed,
    quiet,
  });
  deps.onSubscriptionsChanged?.();
  const next = formatInZone(parsed.next, parsed.timezone, lang);
  return {
    reply: reply({
      kind: "confirm",
      text: `${subscribedText(m, parsed, next, missed)}${quiet === "skip" ? ` ${digestChoiceMessages(lang).quietSkip}` : ""}`,
      lang,
    }),
    result: "ok",
  };
}

function subscribedText(
  m: ReturnType<typeof messages>,
  parsed: ParsedSchedule,
  next: string,
  missed: MissedRunPolicy,
): string {
  const text = m.subscribed(parsed.label, parsed.timezone, next);
  if (missed === "skip") return `${text} ${m.missedSkip}`;
  if (missed === "fold") return `${text} ${m.missedFold}`;
  return text;
}

export async function handleUnsubscribe(deps: CommandServiceDeps, ctx: CommandContext): Promise<Handled> {
  const lang = ctx.locale ?? "en";
  const m = messages(lang);
  const denied = permission(ctx, lang);
  if (denied) return denied;
  if (!deps.state) return refuse(m.stateUnavailable, lang);
  const removed = await deps.state.subscriptions.remove(ctx.platform, ctx.workspaceId, ctx.channelId);
  if (removed) deps.onSubscriptionsChanged?.();
  return {
    reply: reply({
      kind: "confirm",
      ephemeral: !removed,
      text: removed ? m.unsubscribed : m.notSubscribed,
      lang,
    }),
    result: "ok",
  };
}

/**
 * `digest [full] [LANG]`: the channel's briefing digest now, in this channel's language (its
 * subscription's, else the user's, unless LANG is asked): what changed since the channel's
 * last scheduled digest, or with `full` (or before any) the key-facts overview.
 */
export async function handleDigest(
  deps: CommandServiceDeps,
  ctx: CommandContext,
  asked?: Lang,
  full = false,
): Promise<Handled> {
  let lang: Lang = ctx.locale ?? "en";
  let timezone = deps.defaultTimezone;
  const briefing = await channelBriefing(deps, ctx);
  let subscription: Subscription | undefined;
  if (deps.state && ctx.platform !== "terminal") {
    const subs = await deps.state.subscriptions.findByChannel(ctx.platform, ctx.workspaceId, ctx.channelId);
    subscription = subs.find((s) => s.briefingId === briefing?.id) ?? (briefing ? undefined : subs[0]);
    if (subscription) {
      lang = subscription.lang;
      timezone = subscription.timezone;
    }
  }
  // A language asked for ("/digest ja") wins over the channel's subscription.
  if (asked) lang = asked;
  const m = messages(lang);
  if (!deps.digest) return refuse(m.digestUnavailable, lang);
  const chosen = briefing ?? (subscription ? deps.briefings.get(subscription.briefingId) : undefined);
  if (!chosen)
    return deps.briefings.list().length > 0 ? chooseBriefing(deps, lang) : refuse(m.noBriefing, lang);
  const delivered =
    subscription && deps.state?.deliveries ? await deps.state.deliveries.deliveredFacts(subscription.id) : [];
  const digest = await deps.digest({
    briefing: chosen,
    lang,
    ctx,
    now: deps.clock.now(),
    full,
    delivered,
    ...(timezone ? { timezone } : {}),
  });
  return { reply: { ...digest, lang: digest.lang ?? lang }, result: "ok" };
}
