import type { webApi } from "@slack/bolt";

/** The slash command the app registers and the handlers listen for. */
export const SLASH_COMMAND = "/brief";

/** Slack's manifest type (from the Web API client), so the manifest is checked against it. */
export type SlackManifest = webApi.AppsManifestCreateArguments["manifest"];

/** Bot display names allow only a-z, 0-9, `-`, `_` and `.` (up to 80 characters). */
export function botDisplayName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return slug || "briefbot";
}

/** Bot scopes, each for a reason a workspace admin can check. */
export const BOT_SCOPES = [
  "commands", // /brief
  "chat:write", // answers, thread replies, digests
  "app_mentions:read", // @briefbot in channels
  "im:history", // direct messages to the bot
  "im:read",
  "im:write",
  "users:read", // is the user an admin or owner (subscribe/unsubscribe)
  "channels:history", // find a digest already posted (message metadata) after a crash
  "groups:history", // the same in private channels
] as const;

export const BOT_EVENTS = ["app_mention", "message.im"] as const;

export interface ManifestOptions {
  name?: string;
  /** HTTP mode: the public URL of `/slack/events`. Without it the manifest enables Socket Mode. */
  requestUrl?: string;
}

/**
 * The Slack app manifest a workspace admin pastes at api.slack.com/apps → "From a manifest":
 * scopes, the /brief command, the events, interactivity (feedback buttons), the App Home
 * messages tab (DMs), and Socket Mode unless a request URL is given for HTTP mode.
 */
export function slackManifest(options: ManifestOptions = {}): SlackManifest {
  const name = options.name ?? "briefbot";
  const url = options.requestUrl;
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: "Answers questions from a curated, cited briefing and posts scheduled digests.",
      long_description:
        "Ask with /brief, by direct message, or by mentioning the bot in a channel (it answers in a thread). " +
        "Every answer cites its sources: publisher, date, link and the quoted words. When the briefing does not " +
        "hold the answer, the bot says so and suggests what it can answer. Channel managers can subscribe a " +
        "channel to a scheduled digest with /brief subscribe.",
      background_color: "#1d3557",
    },
    features: {
      app_home: {
        home_tab_enabled: false,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: botDisplayName(name), always_online: true },
      slash_commands: [
        {
          command: SLASH_COMMAND,
          description: "Ask the briefing, list topics and sources, manage digests",
          usage_hint:
            "ask QUESTION | topics | topic NAME | sources | digest | subscribe daily 08:00 [ZONE] | unsubscribe | help",
          should_escape: false,
          ...(url ? { url } : {}),
        },
      ],
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...(url ? { request_url: url } : {}), bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, ...(url ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: !url,
      token_rotation_enabled: false,
    },
  };
}
