import type { Kysely, Migration } from "kysely";

/**
 * Who asked each question (so `briefbot forget --user` can remove a person's questions), and
 * indexes for the retention purge, for forgetting a user, and for finding a subscription's
 * unfinished runs (claims whose owner stopped, failures a later run overtook).
 * The delivery fence needs no column: a claim's `attempts` rises on every take-over.
 */
export const ledgerAndPrivacy: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable("answers").addColumn("user_id", "text").execute();
    await db.schema.createIndex("answers_user_id_idx").on("answers").column("user_id").execute();
    await db.schema.createIndex("feedback_user_id_idx").on("feedback").column("user_id").execute();
    await db.schema.createIndex("feedback_created_at_idx").on("feedback").column("created_at").execute();
    await db.schema
      .createIndex("deliveries_unfinished_idx")
      .on("deliveries")
      .columns(["subscription_id", "status", "scheduled_for"])
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    for (const index of [
      "deliveries_unfinished_idx",
      "feedback_created_at_idx",
      "feedback_user_id_idx",
      "answers_user_id_idx",
    ]) {
      await db.schema.dropIndex(index).ifExists().execute();
    }
    await db.schema.alterTable("answers").dropColumn("user_id").execute();
  },
};
