import type { App, BlockButtonAction, webApi } from "@slack/bolt";
import type { Reply } from "../../commands/reply.js";
import type { Command, CommandContext } from "../../commands/types.js";
import { runExchange } from "../pipeline.js";
import type { AdapterDeps } from "../types.js";
import { fromSlackText } from "./escape.js";
import type { InFlight } from "./inflight.js";
import { SLASH_COMMAND } from "./manifest.js";
import type { ChannelPermissions } from "./permissions.js";
import { renderReply } from "./render.js";

const FEEDBACK_ACTIONS = /^feedback\.(helpful|not_helpful)$/;

export interface HandlerDeps {
  deps: AdapterDeps;
  permissions: ChannelPermissions;
  inflight: InFlight;
}

type Surface = "slash" | "dm" | "mention" | "button";

interface Where {
  workspaceId: string;
  channelId: string;
  userId: string;
  isDirect: boolean;
}

/** Sends a reply back to where the event came from (respond, DM, thread, ephemeral). */
type Send = (reply: Reply, command?: Command) => Promise<void>;

const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/**
 * Registers the /brief command, DMs, @mentions and the feedback buttons. Each acknowledges
 * first, then goes through the shared pipeline (src/adapters/pipeline.ts) and tracks itself
 * for stop(); this file only translates Slack's events and replies.
 */
export function registerHandlers(app: App, h: HandlerDeps): void {
  const { deps } = h;

  /** The shared pipeline, with Slack's context (users.info only for subscribe/unsubscribe). */
  function handle(
    surface: Surface,
    where: Where,
    input: string | Command,
    client: webApi.WebClient,
    send: Send,
  ) {
    return runExchange(deps, {
      platform: "slack",
      surface,
      input,
      context: (command) => contextFor(where, command, client),
      send: (reply, command) => send(reply, command),
    });
  }

  async function contextFor(
    where: Where,
    command: Command,
    client: webApi.WebClient,
  ): Promise<CommandContext> {
    // Only subscribe/unsubscribe need the users.info lookup.
    const manages = command.name === "subscribe" || command.name === "unsubscribe" || command.name === "use";
    const canManageChannel = manages
      ? await h.permissions.canManage(client, where.userId, where.isDirect)
      : false;
    return { platform: "slack", ...where, canManageChannel };
  }

  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    const where: Where = {
      workspaceId: command.team_id,
      channelId: command.channel_id,
      userId: command.user_id,
      isDirect: command.channel_name === "directmessage" || command.channel_id.startsWith("D"),
    };
    const text = fromSlackText(command.text ?? "").trim();
    await h.inflight.run(() =>
      handle("slash", where, `${SLASH_COMMAND} ${text}`.trim(), client, async (r, command) => {
        const question = !r.ephemeral && command?.name === "ask" ? command.question : undefined;
        await respond({
          response_type: r.ephemeral ? "ephemeral" : "in_channel",
          ...renderReply(r, question ? { question } : {}),
        });
      }),
    );
  });

  app.event("message", async ({ event, client, context }) => {
    // Only new, human DMs: edits, deletions and bot posts carry a subtype or a bot_id.
    if (event.subtype !== undefined || event.channel_type !== "im" || event.bot_id || !event.user) return;
    const text = fromSlackText(stripMention(event.text ?? "", context.botUserId)).trim();
    const where: Where = {
      workspaceId: event.team ?? context.teamId ?? "",
      channelId: event.channel,
      userId: event.user,
      isDirect: true,
    };
    const threadTs = event.thread_ts;
    await h.inflight.run(() =>
      handle("dm", where, text || "help", client, async (r) => {
        await client.chat.postMessage({
          channel: event.channel,
          ...(threadTs ? { thread_ts: threadTs } : {}),
          ...renderReply(r),
          ...NO_UNFURL,
        });
      }),
    );
  });

  app.event("app_mention", async ({ event, client, context }) => {
    if (event.bot_id || event.subtype || event.edited || !event.user) return;
    const user = event.user;
    const threadTs = event.thread_ts ?? event.ts;
    const text = fromSlackText(stripMention(event.text, context.botUserId)).trim();
    const where: Where = {
      workspaceId: event.team ?? context.teamId ?? "",
      channelId: event.channel,
      userId: user,
      isDirect: false,
    };
    await h.inflight.run(() =>
      handle("mention", where, text || "help", client, async (r) => {
        const message = { channel: event.channel, thread_ts: threadTs, ...renderReply(r) };
        if (r.ephemeral) await client.chat.postEphemeral({ ...message, user });
        else await client.chat.postMessage({ ...message, ...NO_UNFURL });
      }),
    );
  });

  app.action<BlockButtonAction>(FEEDBACK_ACTIONS, async ({ ack, action, body, respond, client }) => {
    await ack();
    const channelId = body.channel?.id ?? body.container?.channel_id ?? "";
    const where: Where = {
      workspaceId: body.team?.id ?? body.user.team_id ?? "",
      channelId,
      userId: body.user.id,
      isDirect: channelId.startsWith("D"),
    };
    const command: Command = {
      name: "feedback",
      answerId: action.value ?? "",
      helpful: action.action_id === "feedback.helpful",
    };
    await h.inflight.run(() =>
      handle("button", where, command, client, async (r) => {
        await respond({ response_type: "ephemeral", replace_original: false, ...renderReply(r) });
      }),
    );
  });
}

/** Removes the bot's own mention from Slack's wire text ("<@UBOT> what is …" asks "what is …"). */
function stripMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text;
  return text.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, "g"), " ").replace(/\s+/g, " ");
}
