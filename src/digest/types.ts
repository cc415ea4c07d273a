import type { Reply } from "../commands/reply.js";
import type { MessageRef, Subscription } from "../state/types.js";

/** Bounds on one platform call, from the scheduler. */
export interface PlatformCallOptions {
  /** Aborted when the call timed out or the claim behind it was lost: stop, post nothing more. */
  signal?: AbortSignal;
}

/** Where findTagged looks: messages from `since` on, at most `maxPages` pages of history. */
export interface FindTaggedOptions extends PlatformCallOptions {
  /** No message of this digest can be older (its run was first claimed then, less clock skew). */
  since: Date;
}

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
    options?: PlatformCallOptions,
  ): Promise<MessageRef>;
  /**
   * Looks for a message of ours tagged with `digestId`, posted since `options.since`: the
   * channel's history from then on, page by page up to a bound, never just its last N messages.
   */
  findTagged(
    sub: Pick<Subscription, "workspaceId" | "channelId">,
    digestId: string,
    options: FindTaggedOptions,
  ): Promise<MessageRef | undefined>;
  /** Posts in the thread of an earlier message (corrections). */
  postInThread(
    sub: Pick<Subscription, "workspaceId" | "channelId">,
    parent: MessageRef,
    reply: Reply,
    options?: PlatformCallOptions,
  ): Promise<MessageRef>;
}
