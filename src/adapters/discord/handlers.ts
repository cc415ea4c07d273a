import { performance } from "node:perf_hooks";
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
import { guessLang, messages } from "../../commands/messages.js";
import { reply as makeReply, type Reply } from "../../commands/reply.js";
import type { Command, CommandContext } from "../../commands/types.js";
import type { Lang } from "../../i18n/lang.js";
import type { RecentIds } from "../../runtime/dedupe.js";
import type { AdapterDeps } from "../types.js";
import { BRIEF_COMMAND_NAME } from "./commands.js";
import {
  commandFromCustomId,
  commandFromInteraction,
  directMessageContext,
  interactionContext,
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
 * Turns Discord events into command runs and their replies into Discord messages. Each
 * event runs inside its own error boundary: a failure becomes an apology and a log line.
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
    const started = performance.now();
    try {
      const ctx = directMessageContext(message);
      const parsed = this.deps.commands.parse(text);
      const result = parsed.ok
        ? await this.run(ctx, parsed.command)
        : makeReply({ kind: "error", text: parsed.error });
      for (const part of renderMessages(result)) {
        await message.reply({ ...toOptions(part) } satisfies MessageReplyOptions);
      }
      this.observe(started, parsed.ok ? parsed.command.name : "invalid", result);
    } catch (thrown) {
      this.failed(thrown, "dm", message.id);
      await message
        .reply({ content: apology(guessLang(message.content, "en")), allowedMentions: NO_MENTIONS })
        .catch((e: unknown) =>
          this.deps.logger.warn({ err: e, platform: PLATFORM }, "discord apology failed"),
        );
    }
  }

  private async handleCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const started = performance.now();
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
    const deferred = DEFERRED.has(command.name);
    // The command runs while the deferral travels, not after it.
    const running = this.run(ctx, command);
    // Answers and digests are for the channel; a deferral cannot be made ephemeral later.
    if (deferred) {
      running.catch(() => {}); // awaited below; this only keeps a failure from going unhandled meanwhile
      await interaction.deferReply();
    }
    const result = await running;
    const [first, ...rest] = renderMessages(result, ctx.locale ? { lang: ctx.locale } : {});
    if (!first) return;
    if (!deferred) {
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
    this.observe(started, command.name, result);
  }

  private async handleFeedback(interaction: ButtonInteraction): Promise<void> {
    const started = performance.now();
    const ctx = interactionContext(interaction);
    const command = commandFromCustomId(interaction.customId);
    if (!command) return;
    const result = await this.run(ctx, command);
    const message = renderReply({ ...result, ephemeral: true }, ctx.locale ? { lang: ctx.locale } : {});
    await interaction.reply({ ...toOptions(message), flags: MessageFlags.Ephemeral });
    this.observe(started, command.name, result);
  }

  private async run(ctx: CommandContext, command: Command): Promise<Reply> {
    if (command.name === "ask")
      this.deps.logger.debug({ platform: PLATFORM, question: command.question }, "question");
    return this.deps.commands.run(ctx, command);
  }

  private async guard(
    interaction: RepliableInteraction,
    kind: string,
    handle: () => Promise<void>,
  ): Promise<void> {
    try {
      await handle();
    } catch (thrown) {
      this.failed(thrown, kind, interaction.id);
      const text = apology(interactionContext(interaction).locale);
      try {
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
          await interaction.reply({
            content: text,
            flags: MessageFlags.Ephemeral,
            allowedMentions: NO_MENTIONS,
          });
        }
      } catch (e) {
        this.deps.logger.warn(
          { err: e, platform: PLATFORM, interactionId: interaction.id },
          "discord apology failed",
        );
      }
    }
  }

  private failed(thrown: unknown, kind: string, id: string): void {
    this.deps.metrics.errors.inc({ platform: PLATFORM });
    this.deps.logger.error({ err: thrown, platform: PLATFORM, event: kind, id }, "discord handler failed");
  }

  private duplicate(id: string): void {
    this.deps.logger.info({ platform: PLATFORM, id }, "discord event already handled, ignoring the repeat");
  }

  private observe(started: number, command: string, result: Reply): void {
    const latencyMs = performance.now() - started;
    // Questions are counted by the command layer (metrics.recordCommand), from its own result.
    this.deps.metrics.latency.observe({ platform: PLATFORM }, latencyMs / 1000);
    this.deps.logger.info(
      { platform: PLATFORM, command, kind: result.kind, latencyMs: Math.round(latencyMs * 10) / 10 },
      "discord reply sent",
    );
  }
}

function flags(message: DiscordMessage): { flags?: MessageFlags.Ephemeral } {
  return message.flags ? { flags: MessageFlags.Ephemeral } : {};
}
