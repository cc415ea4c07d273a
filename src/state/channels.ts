import type { Kysely } from "kysely";
import { z } from "zod";
import type { Clock } from "../clock.js";
import type { Database } from "./db.js";
import type { SqlDialect } from "./dialect.js";
import { writeTransaction } from "./transaction.js";
import type { ChannelBriefingRepo, ChannelKey } from "./types.js";
import { idSchema as id, PLATFORMS, parseOrThrow } from "./validate.js";

const bindingSchema = z.object({
  platform: z.enum(PLATFORMS),
  workspaceId: id,
  channelId: id,
  briefingId: id,
  boundBy: id,
});

/** Channel → briefing bindings (`/brief use ID`), one per channel. */
export class SqlChannelBriefingRepo implements ChannelBriefingRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: SqlDialect,
    private readonly clock: Clock,
  ) {}

  async bind(channel: ChannelKey, briefingId: string, boundBy: string): Promise<void> {
    const b = parseOrThrow(bindingSchema, { ...channel, briefingId, boundBy }, "channel binding");
    const now = this.clock.now().getTime();
    await writeTransaction(this.db, this.dialect, (trx) =>
      trx
        .insertInto("channel_briefings")
        .values({
          platform: b.platform,
          workspace_id: b.workspaceId,
          channel_id: b.channelId,
          briefing_id: b.briefingId,
          bound_by: b.boundBy,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc
            .columns(["platform", "workspace_id", "channel_id"])
            .doUpdateSet({ briefing_id: b.briefingId, bound_by: b.boundBy, updated_at: now }),
        )
        .execute(),
    );
  }

  async get(channel: ChannelKey): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("channel_briefings")
      .select("briefing_id")
      .where("platform", "=", channel.platform)
      .where("workspace_id", "=", channel.workspaceId)
      .where("channel_id", "=", channel.channelId)
      .executeTakeFirst();
    return row?.briefing_id;
  }

  async unbind(channel: ChannelKey): Promise<boolean> {
    const result = await writeTransaction(this.db, this.dialect, (trx) =>
      trx
        .deleteFrom("channel_briefings")
        .where("platform", "=", channel.platform)
        .where("workspace_id", "=", channel.workspaceId)
        .where("channel_id", "=", channel.channelId)
        .executeTakeFirst(),
    );
    return result.numDeletedRows > 0n;
  }
}
