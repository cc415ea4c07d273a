import type { Kysely, Migration } from "kysely";

/**
 * Several briefings in one bot: which briefing a channel is bound to (`/brief use ID`), and
 * what a subscription posts when nothing changed (`quiet`: one short line, or nothing).
 */
export const channelBriefings: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("channel_briefings")
      .addColumn("platform", "text", (c) => c.notNull())
      .addColumn("workspace_id", "text", (c) => c.notNull())
      .addColumn("channel_id", "text", (c) => c.notNull())
      .addColumn("briefing_id", "text", (c) => c.notNull())
      .addColumn("bound_by", "text", (c) => c.notNull())
      .addColumn("updated_at", "bigint", (c) => c.notNull())
      .addPrimaryKeyConstraint("channel_briefings_pk", ["platform", "workspace_id", "channel_id"])
      .execute();
    await db.schema
      .alterTable("subscriptions")
      .addColumn("quiet", "text", (c) => c.notNull().defaultTo("line"))
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable("subscriptions").dropColumn("quiet").execute();
    await db.schema.dropTable("channel_briefings").ifExists().execute();
  },
};
