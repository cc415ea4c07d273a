import type { Kysely, Migration } from "kysely";

/**
 * The first schema. Column types are chosen to mean the same on SQLite and PostgreSQL:
 * text ids, BIGINT epoch milliseconds, 0/1 integers for booleans, double precision scores.
 * Migrations receive `Kysely<unknown>`: they must not depend on the current schema types.
 */
export const initial: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("subscriptions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("platform", "text", (c) => c.notNull())
      .addColumn("workspace_id", "text", (c) => c.notNull())
      .addColumn("channel_id", "text", (c) => c.notNull())
      .addColumn("briefing_id", "text", (c) => c.notNull())
      .addColumn("cron", "text", (c) => c.notNull())
      .addColumn("schedule_label", "text", (c) => c.notNull())
      .addColumn("timezone", "text", (c) => c.notNull())
      .addColumn("lang", "text", (c) => c.notNull())
      .addColumn("created_by", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull().defaultTo("active"))
      .addColumn("paused_reason", "text")
      .addColumn("missed_policy", "text", (c) => c.notNull().defaultTo("late-once"))
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addColumn("updated_at", "bigint", (c) => c.notNull())
      .addUniqueConstraint("subscriptions_channel_briefing_unique", [
        "platform",
        "workspace_id",
        "channel_id",
        "briefing_id",
      ])
      .execute();
    await db.schema.createIndex("subscriptions_state_idx").on("subscriptions").column("state").execute();

    await db.schema
      .createTable("deliveries")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("subscription_id", "text", (c) => c.notNull())
      .addColumn("scheduled_for", "bigint", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("owner", "text")
      .addColumn("lease_until", "bigint")
      .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("message_channel_id", "text")
      .addColumn("message_id", "text")
      .addColumn("error", "text")
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addColumn("updated_at", "bigint", (c) => c.notNull())
      .addUniqueConstraint("deliveries_slot_unique", ["subscription_id", "scheduled_for"])
      .execute();

    await db.schema
      .createTable("delivered_facts")
      .addColumn("subscription_id", "text", (c) => c.notNull())
      .addColumn("fact_id", "text", (c) => c.notNull())
      .addColumn("hash", "text", (c) => c.notNull())
      .addColumn("statement", "text", (c) => c.notNull())
      .addColumn("message_channel_id", "text")
      .addColumn("message_id", "text")
      .addColumn("delivered_at", "bigint", (c) => c.notNull())
      .addPrimaryKeyConstraint("delivered_facts_pk", ["subscription_id", "fact_id"])
      .execute();

    await db.schema
      .createTable("answers")
      .addColumn("answer_id", "text", (c) => c.primaryKey())
      .addColumn("platform", "text", (c) => c.notNull())
      .addColumn("briefing_id", "text", (c) => c.notNull())
      .addColumn("question", "text", (c) => c.notNull())
      .addColumn("question_norm", "text", (c) => c.notNull())
      .addColumn("lang", "text", (c) => c.notNull())
      .addColumn("answered", "integer", (c) => c.notNull())
      .addColumn("confidence", "double precision", (c) => c.notNull())
      .addColumn("fact_ids", "text", (c) => c.notNull())
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("answers_question_norm_idx").on("answers").column("question_norm").execute();
    await db.schema.createIndex("answers_created_at_idx").on("answers").column("created_at").execute();

    await db.schema
      .createTable("feedback")
      .addColumn("answer_id", "text", (c) => c.notNull())
      .addColumn("platform", "text", (c) => c.notNull())
      .addColumn("user_id", "text", (c) => c.notNull())
      .addColumn("helpful", "integer", (c) => c.notNull())
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addPrimaryKeyConstraint("feedback_pk", ["answer_id", "platform", "user_id"])
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    for (const table of ["feedback", "answers", "delivered_facts", "deliveries", "subscriptions"]) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  },
};
