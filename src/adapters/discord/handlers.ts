import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type Message,
  MessageFlags,
  type MessageReplyOptions,
  type RepliableInteraction,
} from "discord.js";
import { messages } from "../../commands/messages.js";
import type { Command } from "../../commands/types.js";
import type { Lang } from "../../i18n/lang.js";
import type { RecentIds } from "../../runtime/dedupe.js";
import { runExchange } from "../pipeline.js";
import { safeError } from "../safe-error.js";
import type { AdapterDeps } from "../types.js";
import { BRIEF_COMMAND_NAME } from "./commands.js";
import {
  commandFromCustomId,
  commandFromInteraction,
  directMessageContext,
  interactionContext,
  langFromLocale,
} from "./context.js";
import { type DiscordMessage, renderMessages, renderReply } from "./render.js";

const PLATFORM = "discord";

/** Commands whose answer may take longer than Discord's 3-second window: always deferred. */
const DEFERRED: ReadonlySet<Command["name"]> = new Set(["ask", "digest"]);

/** The core's apology, in the user's language. */
function apology(lang: Lang | undefined): string {
  return messages(lang ?? "en").apology;
}

/** Never ping anyone: not the user replied to, not a role, not @everyone. */
const NO_MENTIONS = { parse: [], repliedUser: false } as const;

/** The rendered payload in discord.js's option shape; allowedMentions is always empty. */
function toOptions(message: DiscordMessage) {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: NO_MENTIONS,
  };
}

/**
 * Turns Discord events into exchanges of the shared pipeline (src/adapters/pipeline.ts) and
 * its replies into Discord messages; this class only translates. Answers and digests are
 * deferred before any work, so the deferral is out within Discord's 3 seconds.
 */
export class DiscordHandlers {
  constructor(
    private readonly deps: AdapterDeps,
    private readonly seen: RecentIds,
  ) {}

  async onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isChatInputCommand()) {
      if (interaction.commandName !== BRIEF_COMMAND_NAME) return;
      if (!this.seen.firstSeen(`i:${interaction.id}`)) return this.duplicate(interaction.id);
      await this.guard(interaction, "command", () => this.handleCommand(interaction));
    } else if (interaction.isButton()) {
      if (!interaction.customId.startsWith("feedback.")) return;
      if (!this.seen.firstSeen(`i:${interaction.id}`)) return this.duplicate(interaction.id);
      await this.guard(interaction, "feedback", () => this.handleFeedback(interaction));
    }
  }

  async onMessage(message: Message): Promise<void> {
    // Only direct messages: the bot has no MessageContent intent, and other bots are not people.
    if (message.author.bot || message.system || message.inGuild()) return;
    if (!this.seen.firstSeen(`m:${message.id}`)) return this.duplicate(message.id);
    const text = message.content.trim();
    if (!text) return;
    await runExchange(this.deps, {
      platform: PLATFORM,
      surface: "dm",
      input: text,
      context: () => directMessageContext(message),
      send: async (result) => {
        for (const part of renderMessages(result)) {
          await message.reply({ ...toOptions(part) } satisfies MessageReplyOptions);
        }
      },
      apologise: async (content) => {
        await message.reply({ content, allowedMentions: NO_MENTIONS });
      },
    });
  }

  private async handleCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const ctx = interactionContext(interaction);
    const command = commandFromInteraction(interaction);
    if (!command) {
      await interaction.reply({
        content: apology(ctx.locale),
        flags: MessageFlags.Ephemeral,
        allowedMentions: NO_MENTIONS,
      });
      return;
    }
    const lang = ctx.locale ? { lang: ctx.locale } : {};
    await runExchange(this.deps, {
      platform: PLATFORM,
      surface: "command",
      input: command,
      ...(ctx.locale ? { locale: ctx.locale } : {}),
      context: () => ctx,
      // Answers and digests are for the channel (a deferral cannot be made ephemeral later).
      // The deferral goes out before the command runs: building an index after a reload must
      // not hold it past Discord's 3 seconds.
      beforeRun: async (c) => {
        if (DEFERRED.has(c.name)) await interaction.deferReply();
      },
      send: async (result) => {
        const [first, ...rest] = renderMessages(result, lang);
        if (!first) return;
        if (!interaction.deferred) {
          await interaction.reply({ ...toOptions(first), ...flags(first) } satisfies InteractionReplyOptions);
        } else if (result.ephemeral) {
          // An error or help after a public deferral: remove the placeholder, answer privately.
          await interaction.deleteReply();
          await interaction.followUp({ ...toOptions(first), flags: MessageFlags.Ephemeral });
        } else {
          await interaction.editReply(toOptions(first) satisfies InteractionEditReplyOptions);
        }
        // A digest longer than one message continues in follow-ups.
        for (const part of rest) await interaction.followUp({ ...toOptions(part), ...flags(part) });
      },
      apologise: (text) => this.apologise(interaction, text),
    });
  }

  private async handleFeedback(interaction: ButtonInteraction): Promise<void> {
    const ctx = interactionContext(interaction);
    const command = commandFromCustomId(interaction.customId);
    if (!command) return;
    await runExchange(this.deps, {
      platform: PLATFORM,
      surface: "button",
      input: command,
      ...(ctx.locale ? { locale: ctx.locale } : {}),
      context: () => ctx,
      send: async (result) => {
        const message = renderReply({ ...result, ephemeral: true }, ctx.locale ? { lang: ctx.locale } : {});
        await interaction.reply({ ...toOptions(message), flags: MessageFlags.Ephemeral });
      },
      apologise: (text) => this.apologise(interaction, text),
    });
  }

  /** Errors before the pipeline (reading the interaction itself) still get an apology. */
  private async guard(
    interaction: RepliableInteraction,
    kind: string,
    handle: () => Promise<void>,
  ): Promise<void> {
    try {
      await handle();
    } catch (thrown) {
      this.deps.metrics.errors.inc({ platform: PLATFORM });
      this.deps.logger.error(
        { err: safeError(thrown), platform: PLATFORM, surface: kind, id: interaction.id },
        "discord handler failed",
      );
      await this.apologise(interaction, apology(langFromLocale(interaction.locale))).catch((e: unknown) =>
        this.deps.logger.warn(
          { err: safeError(e), platform: PLATFORM, interactionId: interaction.id },
          "discord apology failed",
        ),
      );
    }
  }

  /** The apology where the interaction allows it: in the deferral, as a follow-up, or as the reply. */
  private async apologise(interaction: RepliableInteraction, text: string): Promise<void> {
    if (interaction.deferred && !interaction.replied) {
      await interaction.editReply({
        content: text,
        embeds: [],
        components: [],
        allowedMentions: NO_MENTIONS,
      });
    } else if (interaction.replied) {
      await interaction.followUp({
        content: text,
        flags: MessageFlags.Ephemeral,
        allowedMentions: NO_MENTIONS,
      });
    } else {
      await interaction.reply({ content: text, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    }
  }

  private duplicate(id: string): void {
    this.deps.logger.info({ platform: PLATFORM, id }, "discord event already handled, ignoring the repeat");
  }
}

function flags(message: DiscordMessage): { flags?: MessageFlags.Ephemeral } {
  return message.flags ? { flags: MessageFlags.Ephemeral } : {};
}
