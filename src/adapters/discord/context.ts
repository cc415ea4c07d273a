import {
  type ChatInputCommandInteraction,
  type Message,
  PermissionFlagsBits,
  type RepliableInteraction,
} from "discord.js";
import type { Command, CommandContext } from "../../commands/types.js";
import { isLang, type Lang } from "../../i18n/lang.js";
import { SUBCOMMANDS, type SubcommandName } from "./commands.js";

/** Discord locales ("ja", "vi", "en-US", "en-GB") as our languages; others give no hint. */
export function langFromLocale(locale: string | null | undefined): Lang | undefined {
  if (!locale) return undefined;
  const base = locale.toLowerCase().split("-")[0];
  return base === "ja" || base === "vi" || base === "en" ? base : undefined;
}

/** Who is asking, where, and what they may do, from an interaction. */
export function interactionContext(interaction: RepliableInteraction): CommandContext {
  const isDirect = !interaction.inGuild();
  const locale = langFromLocale(interaction.locale);
  return {
    platform: "discord",
    workspaceId: interaction.guildId ?? "dm",
    channelId: interaction.channelId ?? `dm:${interaction.user.id}`,
    userId: interaction.user.id,
    isDirect,
    // Subscribing a channel is for people who manage it; in a DM the user manages their own.
    canManageChannel:
      isDirect || (interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false),
    ...(locale ? { locale } : {}),
  };
}

/** The context of a direct message (only DMs reach the bot as messages: no MessageContent intent). */
export function directMessageContext(message: Message): CommandContext {
  return {
    platform: "discord",
    workspaceId: "dm",
    channelId: message.channelId,
    userId: message.author.id,
    isDirect: true,
    canManageChannel: true,
  };
}

/** The `/brief <subcommand>` the user ran, as a platform-neutral command. */
export function commandFromInteraction(interaction: ChatInputCommandInteraction): Command | undefined {
  const sub = interaction.options.getSubcommand(false);
  if (!sub || !(SUBCOMMANDS as readonly string[]).includes(sub)) return undefined;
  switch (sub as SubcommandName) {
    case "ask": {
      const lang = interaction.options.getString("language", false);
      return {
        name: "ask",
        question: interaction.options.getString("question", true),
        ...(isLang(lang) ? { lang } : {}),
      };
    }
    case "topic":
      return { name: "topic", topic: interaction.options.getString("name", true) };
    case "subscribe": {
      const timezone = interaction.options.getString("timezone", false);
      const missed = interaction.options.getString("missed", false);
      const quiet = interaction.options.getString("quiet", false);
      const briefing = interaction.options.getString("briefing", false);
      return {
        name: "subscribe",
        schedule: interaction.options.getString("schedule", true),
        ...(timezone ? { timezone } : {}),
        ...(quiet === "line" || quiet === "skip" ? { quiet } : {}),
        ...(briefing ? { briefing } : {}),
        // Discord only sends one of the offered choices; anything else is ignored.
        ...(missed === "late-once" || missed === "skip" || missed === "fold" ? { missed } : {}),
      };
    }
    case "topics":
      return { name: "topics" };
    case "sources":
      return { name: "sources" };
    case "digest": {
      const lang = interaction.options.getString("language", false);
      const full = interaction.options.getBoolean("full", false) === true;
      // Discord only sends one of the offered choices.
      return {
        name: "digest",
        ...(lang === "en" || lang === "ja" || lang === "vi" ? { lang } : {}),
        ...(full ? { full } : {}),
      };
    }
    case "use":
      return { name: "use", briefingId: interaction.options.getString("id", true) };
    case "briefings":
      return { name: "briefings" };
    case "unsubscribe":
      return { name: "unsubscribe" };
    case "help":
      return { name: "help" };
  }
}

/** A feedback button's custom id, "feedback.helpful:<answerId>", as a command. */
export function commandFromCustomId(customId: string): Command | undefined {
  const colon = customId.indexOf(":");
  if (colon < 0) return undefined;
  const action = customId.slice(0, colon);
  const answerId = customId.slice(colon + 1);
  if (!answerId) return undefined;
  if (action === "feedback.helpful") return { name: "feedback", answerId, helpful: true };
  if (action === "feedback.not_helpful") return { name: "feedback", answerId, helpful: false };
  return undefined;
}
