import type { webApi } from "@slack/bolt";
import type { Reply } from "../../commands/reply.js";
import type { DigestPoster } from "../../digest/types.js";
import type { MessageRef, Subscription } from "../../state/types.js";
import { toPlatformError } from "./platform-errors.js";
import { renderReply } from "./render.js";

/** The message metadata event type that tags every digest we post. */
export const DIGEST_EVENT_TYPE = "briefbot_digest";
/** How many recent channel messages findTagged looks through. */
const HISTORY_LIMIT = 100;

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

  async findTagged(sub: Target, digestId: string): Promise<MessageRef | undefined> {
    let res: webApi.ConversationsHistoryResponse;
    try {
      res = await this.client.conversations.history({
        channel: sub.channelId,
        include_all_metadata: true,
        limit: HISTORY_LIMIT,
      });
    } catch (error) {
      throw toPlatformError(error, `conversations.history of ${sub.channelId}`);
    }
    const found = (res.messages ?? []).find((m) => {
      // The SDK types event_payload as {}; ours is always { digest_id }.
      const payload = m.metadata?.event_payload as { digest_id?: unknown } | undefined;
      return m.metadata?.event_type === DIGEST_EVENT_TYPE && payload?.digest_id === digestId;
    });
    return found?.ts ? { channelId: sub.channelId, messageId: found.ts } : undefined;
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
