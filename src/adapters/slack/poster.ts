import type { webApi } from "@slack/bolt";
import type { Reply } from "../../commands/reply.js";
import type { DigestPoster, FindTaggedOptions } from "../../digest/types.js";
import { BriefbotError } from "../../errors.js";
import type { MessageRef, Subscription } from "../../state/types.js";
import { toPlatformError } from "./platform-errors.js";
import { renderReply } from "./render.js";

/** The message metadata event type that tags every digest we post. */
export const DIGEST_EVENT_TYPE = "briefbot_digest";
/** Messages per page of channel history (Slack's recommended page size). */
const HISTORY_PAGE = 200;
/** Pages findTagged reads at most: 2,000 messages since the run was claimed. */
const HISTORY_MAX_PAGES = 10;

type Target = Pick<Subscription, "workspaceId" | "channelId">;

/**
 * Posts digests to Slack, tagged with message metadata `{ digest_id }` so that after a crash
 * between posting and recording, the scheduler finds the post instead of posting twice.
 * The client should reject rate-limited calls and not retry: the scheduler decides when to retry,
 * from the PlatformError each failure becomes.
 */
export class SlackDigestPoster implements DigestPoster {
  readonly platform = "slack" as const;

  constructor(private readonly client: webApi.WebClient) {}

  async post(sub: Target, reply: Reply, digestId: string): Promise<MessageRef> {
    const message = renderReply(reply);
    try {
      const res = await this.client.chat.postMessage({
        channel: sub.channelId,
        ...message,
        unfurl_links: false,
        unfurl_media: false,
        metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { digest_id: digestId } },
      });
      return { channelId: res.channel ?? sub.channelId, messageId: String(res.ts) };
    } catch (error) {
      throw toPlatformError(error, `chat.postMessage to ${sub.channelId}`);
    }
  }

  /**
   * Reads the channel's history from `since` on (Slack's `oldest`), newest first, page by page
   * up to HISTORY_MAX_PAGES: a busy channel cannot push the digest out of sight, and a quiet
   * one is read in a single call. The WebClient takes no abort signal; the scheduler bounds
   * each call in time and stops between pages when its signal is aborted.
   */
  async findTagged(
    sub: Target,
    digestId: string,
    options: FindTaggedOptions,
  ): Promise<MessageRef | undefined> {
    const oldest = (options.since.getTime() / 1000).toFixed(6);
    let cursor: string | undefined;
    for (let page = 0; page < HISTORY_MAX_PAGES; page++) {
      options.signal?.throwIfAborted();
      let res: webApi.ConversationsHistoryResponse;
      try {
        res = await this.client.conversations.history({
          channel: sub.channelId,
          include_all_metadata: true,
          oldest,
          limit: HISTORY_PAGE,
          ...(cursor ? { cursor } : {}),
        });
      } catch (error) {
        throw toPlatformError(error, `conversations.history of ${sub.channelId}`);
      }
      const found = (res.messages ?? []).find((m) => {
        // The SDK types event_payload as {}; ours is always { digest_id }.
        const payload = m.metadata?.event_payload as { digest_id?: unknown } | undefined;
        return m.metadata?.event_type === DIGEST_EVENT_TYPE && payload?.digest_id === digestId;
      });
      if (found?.ts) return { channelId: sub.channelId, messageId: found.ts };
      cursor = res.response_metadata?.next_cursor;
      if (!res.has_more || !cursor) return undefined;
    }
    // Not a PlatformError: retrying the same reading at once would not end differently.
    throw new BriefbotError(
      "PLATFORM_ERROR",
      `looked through ${HISTORY_MAX_PAGES * HISTORY_PAGE} messages of ${sub.channelId} since ${options.since.toISOString()} without reaching the start; not posting blind`,
    );
  }

  async postInThread(sub: Target, parent: MessageRef, reply: Reply): Promise<MessageRef> {
    const message = renderReply(reply);
    try {
      const res = await this.client.chat.postMessage({
        channel: parent.channelId,
        thread_ts: parent.messageId,
        ...message,
        unfurl_links: false,
        unfurl_media: false,
      });
      return { channelId: res.channel ?? parent.channelId, messageId: String(res.ts) };
    } catch (error) {
      throw toPlatformError(error, `thread reply in ${sub.channelId}`);
    }
  }
}
