import type { Reply } from "../../src/commands/reply.js";
import type { DigestPoster, FindTaggedOptions } from "../../src/digest/types.js";
import { PlatformError } from "../../src/errors.js";
import type { MessageRef, Subscription } from "../../src/state/types.js";

type Target = Pick<Subscription, "workspaceId" | "channelId">;

/**
 * A tiny DigestPoster over HTTP for the fake digest platform: maps 429 + Retry-After, 5xx and
 * "channel_not_found" to PlatformError the way the Slack and Discord adapters do.
 */
export class HttpDigestPoster implements DigestPoster {
  /** Every HTTP call made, for tests that count lookups. */
  calls = 0;
  constructor(
    private readonly baseUrl: string,
    readonly platform: Subscription["platform"] = "slack",
  ) {}

  private async call(path: string, init?: RequestInit): Promise<{ messageId: string | null }> {
    this.calls++;
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl}${path}`, init);
    } catch (error) {
      throw new PlatformError(this.platform, `network error: ${String(error)}`, { cause: error });
    }
    const body = (await res.json().catch(() => ({}))) as { messageId?: string | null; error?: string };
    if (res.status === 429) {
      const seconds = Number(res.headers.get("retry-after") ?? "1");
      throw new PlatformError(this.platform, "rate limited", { retryAfterMs: seconds * 1000 });
    }
    if (res.status === 404 && (body.error === "channel_not_found" || body.error === "not_in_channel")) {
      throw new PlatformError(this.platform, `${body.error}: the channel is gone or the bot was removed`, {
        permanent: true,
      });
    }
    if (!res.ok) throw new PlatformError(this.platform, `HTTP ${res.status}: ${body.error ?? "error"}`);
    return { messageId: body.messageId ?? null };
  }

  private postJson(body: unknown): Promise<{ messageId: string | null }> {
    return this.call("/post", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  }

  async post(sub: Target, reply: Reply, digestId: string): Promise<MessageRef> {
    const { messageId } = await this.postJson({ ...sub, tag: digestId, reply });
    if (!messageId) throw new PlatformError(this.platform, "post returned no message id");
    return { channelId: sub.channelId, messageId };
  }

  async findTagged(
    sub: Target,
    digestId: string,
    options?: FindTaggedOptions,
  ): Promise<MessageRef | undefined> {
    const q = new URLSearchParams({ channelId: sub.channelId, tag: digestId });
    if (options) q.set("since", String(options.since.getTime()));
    const { messageId } = await this.call(`/tagged?${q}`);
    return messageId ? { channelId: sub.channelId, messageId } : undefined;
  }

  async postInThread(sub: Target, parent: MessageRef, reply: Reply): Promise<MessageRef> {
    const { messageId } = await this.postJson({ ...sub, parentId: parent.messageId, reply });
    if (!messageId) throw new PlatformError(this.platform, "post returned no message id");
    return { channelId: sub.channelId, messageId };
  }
}
