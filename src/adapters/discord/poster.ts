import { createHash } from "node:crypto";
import { type APIMessage, REST, Routes } from "discord.js";
import type { Reply } from "../../commands/reply.js";
import type { DigestPoster, FindTaggedOptions, PlatformCallOptions } from "../../digest/types.js";
import { BriefbotError } from "../../errors.js";
import type { Lang } from "../../i18n/lang.js";
import type { MessageRef, Subscription } from "../../state/types.js";
import { toPlatformError } from "./platform-error.js";
import { type DiscordMessage, renderMessages } from "./render.js";

type Target = Pick<Subscription, "workspaceId" | "channelId">;

/** Discord nonces are at most 25 characters. */
const MAX_NONCE = 25;
/** Messages per page of channel history: Discord's largest page. */
const HISTORY_PAGE = 100;
/** Pages findTagged reads at most: 1,000 messages since the run was claimed. */
const HISTORY_MAX_PAGES = 10;
/** Discord's epoch (2015-01-01T00:00:00Z): snowflakes count milliseconds from it. */
const DISCORD_EPOCH = 1_420_070_400_000n;

/** The smallest snowflake of a message sent at `at`: `after` it lists what came since. */
export function snowflakeAt(at: Date): string {
  const ms = BigInt(Math.max(0, at.getTime())) - DISCORD_EPOCH;
  return String((ms > 0n ? ms : 0n) << 22n);
}

/**
 * The nonce for a digest: the id itself when it fits, else a stable hash of it. With
 * `enforce_nonce`, Discord returns the earlier message instead of posting a second one when
 * the same nonce comes again within a few minutes.
 */
export function digestNonce(digestId: string): string {
  if (digestId.length <= MAX_NONCE && /^[\w-]+$/.test(digestId)) return digestId;
  return createHash("sha256").update(digestId).digest("base64url").slice(0, MAX_NONCE);
}

/**
 * The visible tag in the footer of a digest. Fetched messages do not carry their nonce, so
 * after a crash this is what findTagged matches.
 */
export function digestTag(digestId: string): string {
  return `digest ${digestId}`;
}

export interface DiscordPosterOptions {
  token: string;
  /** Test seam: the REST base, e.g. "http://127.0.0.1:PORT/api". */
  apiUrl?: string;
  /** Language of the renderer's own small print. */
  lang?: (sub: Target) => Lang;
}

/**
 * Posts digests through Discord's REST API. Rate limits are not waited out here: a 429
 * becomes a PlatformError with retryAfterMs so the scheduler decides (and other channels go on).
 */
export class DiscordDigestPoster implements DigestPoster {
  readonly platform = "discord" as const;
  private readonly rest: REST;

  constructor(private readonly options: DiscordPosterOptions) {
    this.rest = new REST({
      version: "10",
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
      rejectOnRateLimit: () => true,
      retries: 0,
      offset: 0,
      timeout: 15_000,
    }).setToken(options.token);
  }

  /**
   * Posts the digest; a digest longer than one message continues in up to two more, each
   * with its own nonce. The first message (returned) carries the tag findTagged looks for.
   */
  async post(
    sub: Target,
    reply: Reply,
    digestId: string,
    options: PlatformCallOptions = {},
  ): Promise<MessageRef> {
    const [first, ...rest] = this.render(sub, reply, digestId);
    const ref = await this.send(
      sub.channelId,
      { ...first, nonce: digestNonce(digestId), enforce_nonce: true },
      "post digest",
      options.signal,
    );
    for (const [i, part] of rest.entries()) {
      const nonce = digestNonce(`${digestId}#${i + 2}`);
      await this.send(
        sub.channelId,
        { ...part, nonce, enforce_nonce: true },
        "post digest continuation",
        options.signal,
      );
    }
    return ref;
  }

  /**
   * Reads the channel's messages sent since `since` (`after` the snowflake of that instant),
   * a page at a time from the oldest on, up to HISTORY_MAX_PAGES: never just the last page.
   */
  async findTagged(
    sub: Target,
    digestId: string,
    options: FindTaggedOptions,
  ): Promise<MessageRef | undefined> {
    const tag = digestTag(digestId);
    let after = snowflakeAt(options.since);
    for (let page = 0; page < HISTORY_MAX_PAGES; page++) {
      let messages: APIMessage[];
      try {
        messages = (await this.rest.get(Routes.channelMessages(sub.channelId), {
          query: new URLSearchParams({ after, limit: String(HISTORY_PAGE) }),
          ...(options.signal ? { signal: options.signal } : {}),
        })) as APIMessage[];
      } catch (thrown) {
        throw toPlatformError(thrown, "find digest");
      }
      const found = messages.find((m) =>
        m.embeds.some((e) => e.footer?.text === tag || e.footer?.text.endsWith(` · ${tag}`)),
      );
      if (found) return { channelId: found.channel_id, messageId: found.id };
      if (messages.length < HISTORY_PAGE) return undefined;
      // Pages come newest first: the next one starts after the newest seen.
      after = messages.reduce((max, m) => (BigInt(m.id) > BigInt(max) ? m.id : max), after);
    }
    // Not a PlatformError: retrying the same reading at once would not end differently.
    throw new BriefbotError(
      "PLATFORM_ERROR",
      `looked through ${HISTORY_MAX_PAGES * HISTORY_PAGE} messages of ${sub.channelId} since ${options.since.toISOString()} without reaching the end; not posting blind`,
    );
  }

  async postInThread(
    sub: Target,
    parent: MessageRef,
    reply: Reply,
    options: PlatformCallOptions = {},
  ): Promise<MessageRef> {
    const reference = {
      message_id: parent.messageId,
      channel_id: parent.channelId,
      fail_if_not_exists: false,
    };
    let first: MessageRef | undefined;
    for (const part of this.render(sub, reply)) {
      const body = { ...part, message_reference: reference };
      const ref = await this.send(parent.channelId || sub.channelId, body, "post correction", options.signal);
      first ??= ref;
    }
    return first!;
  }

  private render(sub: Target, reply: Reply, digestId?: string): DiscordMessage[] {
    const lang = this.options.lang?.(sub);
    const messages = renderMessages(
      { ...reply, ephemeral: false },
      { ...(lang ? { lang } : {}), ...(digestId ? { tag: digestTag(digestId) } : {}) },
    );
    for (const m of messages) delete m.flags;
    return messages;
  }

  private async send(
    channelId: string,
    body: object,
    what: string,
    signal?: AbortSignal,
  ): Promise<MessageRef> {
    try {
      const message = (await this.rest.post(Routes.channelMessages(channelId), {
        body,
        ...(signal ? { signal } : {}),
      })) as APIMessage;
      return { channelId: message.channel_id, messageId: message.id };
    } catch (thrown) {
      throw toPlatformError(thrown, what);
    }
  }
}
