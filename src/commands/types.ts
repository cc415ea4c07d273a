import type { Lang } from "../i18n/lang.js";
import type { Platform } from "../platform.js";
import type { MissedRunPolicy, QuietPolicy } from "../state/types.js";

export type { Platform } from "../platform.js";

/** Who is asking, where: everything the command layer needs to know about the platform. */
export interface CommandContext {
  platform: Platform;
  /** Slack team id, Discord guild id, or "dm" / "local". */
  workspaceId: string;
  channelId: string;
  userId: string;
  /** A direct message with the bot. */
  isDirect: boolean;
  /** May subscribe/unsubscribe this channel (Slack admin/owner or allow-listed; Discord Manage Channels). */
  canManageChannel: boolean;
  /** The user's client locale when the platform tells it (Discord does): a hint, not a rule. */
  locale?: Lang;
}

/** The platform-neutral commands every adapter offers, as `/brief <name> ...`. */
export type Command =
  | { name: "ask"; question: string; lang?: Lang }
  | { name: "topics" }
  | { name: "topic"; topic: string }
  | { name: "sources" }
  /** The digest now; `lang` asks for it in that language ("/digest ja"); `full`, the key-facts overview. */
  | { name: "digest"; lang?: Lang; full?: boolean }
  | {
      name: "subscribe";
      schedule: string;
      timezone?: string;
      lang?: Lang;
      /** What to do with runs missed while the bot was down; default late-once. */
      missed?: MissedRunPolicy;
      /** With nothing new: one short line (default) or no post. */
      quiet?: QuietPolicy;
      /** The briefing to post; the channel's briefing by default. */
      briefing?: string;
    }
  | { name: "use"; briefingId: string }
  | { name: "briefings" }
  | { name: "unsubscribe" }
  | { name: "help" }
  | { name: "feedback"; answerId: string; helpful: boolean };

export type CommandName = Command["name"];

/** The outcome of reading a user's text as a command. */
export type ParsedCommand = { ok: true; command: Command } | { ok: false; error: string };

/**
 * The narrow interface of the core that adapters receive: read text as a command, run a
 * command for a context. Adapters never see the briefing store or the state directly.
 */
export interface CommandRunner {
  /** Reads "/brief ask ...", "ask ...", or a bare question (as `ask`). */
  parse(text: string): ParsedCommand;
  run(ctx: CommandContext, command: Command): Promise<import("./reply.js").Reply>;
}
