import { performance } from "node:perf_hooks";
import { guessLang, messages } from "../commands/messages.js";
import { reply as makeReply, type Reply } from "../commands/reply.js";
import type { Command, CommandContext } from "../commands/types.js";
import type { Lang } from "../i18n/lang.js";
import type { Platform } from "../platform.js";
import { safeError } from "./safe-error.js";
import type { AdapterDeps } from "./types.js";

/**
 * One inbound event's way through the bot, the same on every platform: parse → (defer) →
 * run → send → log and time it; any failure becomes a log line, an error count and an
 * apology in the user's language. Adapters supply only the translation: where the context
 * comes from, how a reply is sent, how a deferral and an apology go out.
 */
export interface Exchange {
  platform: Platform;
  /** Where the event came in ("slash", "dm", "mention", "button", "command", "line"): for logs. */
  surface: string;
  /** The user's text, to be parsed; or a command the platform already gave in parts. */
  input: string | Command;
  /** Who is asking, where (may look something up, e.g. Slack's users.info for subscribe). */
  context(command: Command): CommandContext | Promise<CommandContext>;
  /** Called before the command runs, for a deferral that must go out before any work. */
  beforeRun?(command: Command, ctx: CommandContext): Promise<void>;
  /** Sends the reply back where the event came from. `command` is undefined for a parse error. */
  send(reply: Reply, command: Command | undefined, ctx: CommandContext | undefined): Promise<void>;
  /** Sends the apology after a failure (default: `send` of an error reply). */
  apologise?(text: string, lang: Lang): Promise<void>;
  /** The language to apologise in when the text does not tell (a client locale). */
  locale?: Lang;
}

/** Runs one exchange to its end; never throws (a failure to apologise is logged). */
export async function runExchange(deps: AdapterDeps, ex: Exchange): Promise<void> {
  const { platform, surface } = ex;
  const started = performance.now();
  let name = "unparsed";
  let ctx: CommandContext | undefined;
  try {
    const parsed =
      typeof ex.input === "string" ? deps.commands.parse(ex.input) : { ok: true as const, command: ex.input };
    let out: Reply;
    let command: Command | undefined;
    if (!parsed.ok) {
      out = makeReply({ kind: "error", text: parsed.error, ...(ex.locale ? { lang: ex.locale } : {}) });
    } else {
      command = parsed.command;
      name = command.name;
      ctx = await ex.context(command);
      await ex.beforeRun?.(command, ctx);
      // Questions are counted by the command layer (metrics.recordCommand), from its own result.
      out = await deps.commands.run(ctx, command);
    }
    await ex.send(out, command, ctx);
    const seconds = (performance.now() - started) / 1000;
    deps.metrics.latency.observe({ platform }, seconds);
    deps.logger.info(
      { platform, surface, command: name, kind: out.kind, latencyMs: Math.round(seconds * 1e6) / 1e3 },
      `${platform} reply`,
    );
    if (typeof ex.input === "string")
      deps.logger.debug({ platform, surface, text: ex.input }, `${platform} text`);
  } catch (error) {
    deps.metrics.errors.inc({ platform });
    deps.logger.error(
      { platform, surface, command: name, err: safeError(error) },
      `${platform} handler failed`,
    );
    const lang = typeof ex.input === "string" ? guessLang(ex.input, ex.locale ?? "en") : (ex.locale ?? "en");
    const text = messages(lang).apology;
    try {
      if (ex.apologise) await ex.apologise(text, lang);
      else await ex.send(makeReply({ kind: "error", text, lang }), undefined, ctx);
    } catch (sendError) {
      deps.logger.warn({ platform, surface, err: safeError(sendError) }, "could not send the apology either");
    }
  }
}
