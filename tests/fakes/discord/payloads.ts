/**
 * Realistic Discord gateway payloads (API v10) for the fake: the shapes discord.js 14 parses
 * into ChatInputCommandInteraction, ButtonInteraction and a DM Message.
 */

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A snowflake with a real timestamp, so discord.js's createdTimestamp is sane. */
export function snowflake(): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (7n << 12n) | increment).toString();
}

export interface DiscordUserJson {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
}

export function user(id: string, username: string, bot = false): DiscordUserJson {
  return {
    id,
    username,
    discriminator: "0",
    global_name: username,
    avatar: null,
    ...(bot ? { bot: true } : {}),
  };
}

/** Permission bits as Discord sends them: decimal strings. */
export const PERMISSIONS = {
  /** View Channel + Send Messages. */
  member: ((1n << 10n) | (1n << 11n)).toString(),
  /** The above + Manage Channels. */
  manager: ((1n << 10n) | (1n << 11n) | (1n << 4n)).toString(),
} as const;

export interface World {
  applicationId: string;
  botUser: DiscordUserJson;
  guildId: string;
  channelId: string;
}

/** A message the bot posted, as the REST API returns it (the thing a button click refers to). */
export function botMessage(world: World, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: snowflake(),
    channel_id: world.channelId,
    author: world.botUser,
    content: "",
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    type: 0,
    flags: 0,
    ...fields,
  };
}

export function guildCreate(world: World, joinedAt: string) {
  return {
    id: world.guildId,
    name: "Test Server",
    icon: null,
    owner_id: snowflake(),
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: world.guildId,
        name: "@everyone",
        permissions: PERMISSIONS.member,
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: "en-US",
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: joinedAt,
    channels: [
      {
        id: world.channelId,
        type: 0,
        guild_id: world.guildId,
        name: "general",
        position: 0,
        permission_overwrites: [],
        topic: null,
        nsfw: false,
        last_message_id: null,
        rate_limit_per_user: 0,
        parent_id: null,
      },
    ],
    threads: [],
    members: [{ user: world.botUser, roles: [], joined_at: joinedAt, deaf: false, mute: false, flags: 0 }],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export interface InteractionWhere {
  /** A DM with the bot instead of the test server's #general. */
  dm?: boolean;
  userId?: string;
  locale?: string;
  /** Guild members' permissions (decimal string); PERMISSIONS.member by default. */
  permissions?: string;
  id?: string;
}

function common(world: World, where: InteractionWhere) {
  const id = where.id ?? snowflake();
  const asker = user(where.userId ?? "200000000000000001", "asker");
  const base = {
    id,
    application_id: world.applicationId,
    token: `interaction-token-${id}`,
    version: 1,
    locale: where.locale ?? "en-US",
    app_permissions: PERMISSIONS.manager,
    entitlements: [],
    attachment_size_limit: 8388608,
  };
  if (where.dm) {
    const channelId = `3${asker.id.slice(1)}`;
    return {
      ...base,
      channel_id: channelId,
      channel: { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [asker] },
      user: asker,
      authorizing_integration_owners: { "0": world.guildId },
      context: 1,
    };
  }
  return {
    ...base,
    guild_id: world.guildId,
    guild: { id: world.guildId, locale: "en-US", features: [] },
    guild_locale: "en-US",
    channel_id: world.channelId,
    channel: {
      id: world.channelId,
      type: 0,
      guild_id: world.guildId,
      name: "general",
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      permissions: where.permissions ?? PERMISSIONS.member,
    },
    member: {
      user: asker,
      roles: [],
      joined_at: "2025-01-01T00:00:00.000Z",
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      premium_since: null,
      communication_disabled_until: null,
      permissions: where.permissions ?? PERMISSIONS.member,
    },
    authorizing_integration_owners: { "0": world.guildId },
    context: 0,
  };
}

/** INTERACTION_CREATE for `/brief <subcommand> [options]`. */
export function slashCommand(
  world: World,
  subcommand: string,
  options: Record<string, string> = {},
  where: InteractionWhere = {},
) {
  return {
    ...common(world, where),
    type: 2,
    data: {
      id: "100000000000000042",
      name: "brief",
      type: 1,
      options: [
        {
          type: 1,
          name: subcommand,
          options: Object.entries(options).map(([name, value]) => ({ type: 3, name, value })),
        },
      ],
    },
  };
}

/** INTERACTION_CREATE for a click on a button of an earlier bot message. */
export function buttonClick(
  world: World,
  customId: string,
  message: Record<string, unknown>,
  where: InteractionWhere = {},
) {
  const base = common(world, where);
  return {
    ...base,
    type: 3,
    message: { ...message, channel_id: base.channel_id },
    data: { custom_id: customId, component_type: 2 },
  };
}

/** MESSAGE_CREATE for a direct message (channel_type 1 is what lets a partial DM channel be built). */
export function directMessage(content: string, from: { userId?: string; bot?: boolean; id?: string } = {}) {
  const defaultId = from.bot ? "200000000000000099" : "200000000000000001";
  const author = user(from.userId ?? defaultId, from.bot ? "otherbot" : "asker", from.bot ?? false);
  return {
    id: from.id ?? snowflake(),
    channel_id: `3${author.id.slice(1)}`,
    channel_type: 1,
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}
