/** Realistic Slack payloads (slash commands, events, button clicks) for the fakes and tests. */
import { FAKE_BOT_USER_ID, FAKE_TEAM_ID } from "./server.js";

let counter = 0;
function next(): number {
  counter += 1;
  return counter;
}

export interface SlashCommandInput {
  text: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
  channelName?: string;
  teamId?: string;
  triggerId?: string;
}

/** The form fields of a `/brief` slash command (Socket Mode sends the same fields as JSON). */
export function slashCommand(input: SlashCommandInput): Record<string, string> {
  const n = next();
  const channelId = input.channelId ?? "C0GENERAL";
  return {
    token: "verification-token-unused",
    team_id: input.teamId ?? FAKE_TEAM_ID,
    team_domain: "fake",
    channel_id: channelId,
    channel_name: input.channelName ?? (channelId.startsWith("D") ? "directmessage" : "general"),
    user_id: input.userId ?? "U0ASKER",
    user_name: "asker",
    command: "/brief",
    text: input.text,
    api_app_id: "A0FAKE",
    is_enterprise_install: "false",
    response_url: input.responseUrl,
    trigger_id: input.triggerId ?? `trigger-${n}.${Date.now()}`,
  };
}

/** An Events API envelope (`event_callback`) around one event. */
export function eventCallback(event: Record<string, unknown>, options: { eventId?: string } = {}) {
  const n = next();
  return {
    token: "verification-token-unused",
    team_id: FAKE_TEAM_ID,
    api_app_id: "A0FAKE",
    event,
    type: "event_callback",
    event_id: options.eventId ?? `Ev${String(n).padStart(8, "0")}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: FAKE_TEAM_ID,
        user_id: FAKE_BOT_USER_ID,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: `ctx-${n}`,
  };
}

function ts(): string {
  const n = next();
  return `${1_764_100_000 + n}.${String(n).padStart(6, "0")}`;
}

/** A direct message to the bot (message.im). */
export function dmMessage(input: {
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  extra?: object;
}) {
  return {
    type: "message",
    channel_type: "im",
    channel: input.channel ?? "D0ASKER",
    user: input.user ?? "U0ASKER",
    text: input.text,
    ts: input.ts ?? ts(),
    event_ts: input.ts ?? ts(),
    team: FAKE_TEAM_ID,
    ...input.extra,
  };
}

/** An @mention of the bot in a channel (app_mention). */
export function appMention(input: {
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  threadTs?: string;
}) {
  const at = input.ts ?? ts();
  return {
    type: "app_mention",
    channel: input.channel ?? "C0GENERAL",
    user: input.user ?? "U0ASKER",
    text: `<@${FAKE_BOT_USER_ID}> ${input.text}`,
    ts: at,
    event_ts: at,
    team: FAKE_TEAM_ID,
    ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
  };
}

/** A click on a button of a bot message (block_actions). */
export function buttonClick(input: {
  actionId: string;
  value: string;
  responseUrl: string;
  user?: string;
  channel?: string;
  triggerId?: string;
}) {
  const n = next();
  const messageTs = ts();
  return {
    type: "block_actions",
    user: { id: input.user ?? "U0ASKER", username: "asker", name: "asker", team_id: FAKE_TEAM_ID },
    api_app_id: "A0FAKE",
    token: "verification-token-unused",
    container: {
      type: "message",
      message_ts: messageTs,
      channel_id: input.channel ?? "C0GENERAL",
      is_ephemeral: false,
    },
    trigger_id: input.triggerId ?? `trigger-click-${n}`,
    team: { id: FAKE_TEAM_ID, domain: "fake" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: input.channel ?? "C0GENERAL", name: "general" },
    message: { type: "message", ts: messageTs, text: "answer", user: FAKE_BOT_USER_ID, bot_id: "BBOTBRIEF" },
    response_url: input.responseUrl,
    actions: [
      {
        type: "button",
        action_id: input.actionId,
        block_id: "feedback",
        text: { type: "plain_text", text: "Helpful", emoji: true },
        value: input.value,
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}
