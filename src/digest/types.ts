import type { Reply } from "../commands/reply.js";
import type { MessageRef, Subscription } from "../state/types.js";

/**
 * What an adapter offers the digest scheduler: post a tagged message, find one by its tag
 * (so a crash between posting and recording never double-posts), and reply in a thread.
 * Implemented by the Slack and Discord adapters, and by the test fakes' clients.
 */
export interface DigestPoster {
  readonly platform: Subscription["platform"];
  /** Posts the digest, tagged with `digestId` (Slack message metadata; Discord nonce). */
  post(
    sub: Pick<Subscription, "workspaceId" | "channelId">,
    reply: Reply,
    digestId: string,
  ): Promise<MessageRef>;
  /** Looks for a recent message of ours tagged with `digestId`. */
  findTagged(
    sub: Pick<Subscription, "workspaceId" | "channelId">,
    digestId: string,
  ): Promise<MessageRef | undefined>;
  /** Posts in the thread of an earlier message (corrections). */
  postInThread(
    sub: Pick<Subscription, "workspaceId" | "channelId">,
    parent: MessageRef,
    reply: Reply,
  ): Promise<MessageRef>;
}
