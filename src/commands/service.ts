import { randomUUID } from "node:crypto";
import { asBriefbotError } from "../errors.js";
import { handleAsk, handleFeedback } from "./ask.js";
import { handleHelp, handleSources, handleTopic, handleTopics } from "./browse.js";
import type { CommandServiceDeps, Handled } from "./deps.js";
import { guessLang, messages } from "./messages.js";
import { parseCommand } from "./parse.js";
import { RateLimiter } from "./rate-limit.js";
import { reply } from "./reply.js";
import { handleDigest, handleSubscribe, handleUnsubscribe } from "./subscribe.js";
import type { Command, CommandContext, CommandRunner } from "./types.js";
import { handleBriefings, handleUse } from "./use.js";

export type { CommandServiceDeps } from "./deps.js";

/** Commands that never count against the per-user limit: clicking a button, asking for help. */
const UNLIMITED = new Set<Command["name"]>(["feedback", "help"]);

/**
 * The platform-neutral command layer every adapter calls. Each command runs in its own
 * boundary: whatever goes wrong becomes a short apology and a log line, never a crash.
 */
export function createCommandService(deps: CommandServiceDeps): CommandRunner {
  const limiter = new RateLimiter(deps.rateLimitPerMinute ?? 20, () => deps.clock.now().getTime());
  const newId = deps.newId ?? randomUUID;

  async function dispatch(ctx: CommandContext, command: Command): Promise<Handled> {
    switch (command.name) {
      case "ask":
        return handleAsk(deps, ctx, command.question, command.lang, newId);
      case "feedback":
        return handleFeedback(deps, ctx, command.answerId, command.helpful);
      case "topics":
        return handleTopics(deps, ctx);
      case "topic":
        return handleTopic(deps, ctx, command.topic);
      case "sources":
        return handleSources(deps, ctx);
      case "help":
        return handleHelp(deps, ctx);
      case "digest":
        return handleDigest(deps, ctx, command.lang, command.full === true);
      case "subscribe":
        return handleSubscribe(deps, ctx, command);
      case "use":
        return handleUse(deps, ctx, command.briefingId);
      case "briefings":
        return handleBriefings(deps, ctx);
      case "unsubscribe":
        return handleUnsubscribe(deps, ctx);
    }
  }

  function rateLimited(ctx: CommandContext, command: Command): Handled | undefined {
    if (UNLIMITED.has(command.name)) return undefined;
    const waitMs = limiter.take(`${ctx.platform}:${ctx.workspaceId}:${ctx.userId}`);
    if (waitMs === 0) return undefined;
    const lang =
      command.name === "ask"
        ? (command.lang ?? guessLang(command.question, ctx.locale ?? "en"))
        : (ctx.locale ?? "en");
    return {
      reply: reply({ kind: "error", text: messages(lang).rateLimited(Math.ceil(waitMs / 1000)), lang }),
      result: "rate_limited",
    };
  }

  return {
    parse: parseCommand,
    async run(ctx, command) {
      const started = performance.now();
      let handled: Handled;
      try {
        handled = rateLimited(ctx, command) ?? (await dispatch(ctx, command));
      } catch (thrown) {
        const error = asBriefbotError(thrown);
        deps.logger?.error(
          { err: error, code: error.code, platform: ctx.platform, command: command.name },
          "command failed",
        );
        const lang = ctx.locale ?? "en";
        handled = { reply: reply({ kind: "error", text: messages(lang).apology, lang }), result: "error" };
      }
      const latencyMs = performance.now() - started;
      const outcome = { platform: ctx.platform, command: command.name, result: handled.result, latencyMs };
      deps.logger?.info({ ...outcome, latencyMs: Math.round(latencyMs * 1000) / 1000 }, "command");
      if (command.name === "ask")
        deps.logger?.debug({ platform: ctx.platform, question: command.question }, "question");
      try {
        deps.onOutcome?.(outcome);
      } catch {
        // Metrics must never turn an answer into an error.
      }
      return handled.reply;
    },
  };
}
