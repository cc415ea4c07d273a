import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { Clock } from "../clock.js";
import { BriefbotError } from "../errors.js";
import { LANGS } from "../i18n/lang.js";
import type { Platform } from "../platform.js";
import { type Database, fromMs, type SubscriptionsTable } from "./db.js";
import type { SqlDialect } from "./dialect.js";
import { newSubscriptionId } from "./ids.js";
import { writeTransaction } from "./transaction.js";
import type { NewSubscription, Subscription, SubscriptionRepo } from "./types.js";
import { idSchema as id, PLATFORMS, parseOrThrow } from "./validate.js";

const POLICIES = ["late-once", "skip", "fold"] as const;
const STATES = ["active", "paused"] as const;
const QUIET = ["line", "skip"] as const;

const newSubscriptionSchema = z.object({
  platform: z.enum(PLATFORMS),
  workspaceId: id,
  channelId: id,
  briefingId: id,
  cron: z.string().trim().min(1).max(200),
  scheduleLabel: z.string().trim().min(1).max(200),
  timezone: z.string().trim().min(1).max(100),
  lang: z.enum(LANGS),
  createdBy: id,
  missedPolicy: z.enum(POLICIES).optional(),
  quiet: z.enum(QUIET).optional(),
});

/** Rows are read back through the same enums, so a hand-edited bad value fails loudly. */
function toSubscription(row: Selectable<SubscriptionsTable>): Subscription {
  return {
    id: row.id,
    platform: z.enum(PLATFORMS).parse(row.platform),
    workspaceId: row.workspace_id,
    channelId: row.channel_id,
    briefingId: row.briefing_id,
    cron: row.cron,
    scheduleLabel: row.schedule_label,
    timezone: row.timezone,
    lang: z.enum(LANGS).parse(row.lang),
    createdBy: row.created_by,
    state: z.enum(STATES).parse(row.state),
    pausedReason: row.paused_reason,
    missedPolicy: z.enum(POLICIES).parse(row.missed_policy),
    quiet: z.enum(QUIET).parse(row.quiet),
    createdAt: fromMs(row.created_at),
    updatedAt: fromMs(row.updated_at),
  };
}

export class SqlSubscriptionRepo implements SubscriptionRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: SqlDialect,
    private readonly clock: Clock,
  ) {}

  async upsert(input: NewSubscription): Promise<Subscription> {
    const s = parseOrThrow(newSubscriptionSchema, input, "subscription");
    const now = this.clock.now().getTime();
    const policy = s.missedPolicy ?? "late-once";
    // A second subscribe replaces the schedule and re-activates a paused subscription;
    // the id (and with it the delivery history) stays.
    const schedule = {
      cron: s.cron,
      schedule_label: s.scheduleLabel,
      timezone: s.timezone,
      lang: s.lang,
      created_by: s.createdBy,
      state: "active" as const,
      paused_reason: null,
      missed_policy: policy,
      quiet: s.quiet ?? "line",
      updated_at: now,
    };
    const row = await writeTransaction(this.db, this.dialect, (trx) =>
      trx
        .insertInto("subscriptions")
        .values({
          id: newSubscriptionId(),
          platform: s.platform,
          workspace_id: s.workspaceId,
          channel_id: s.channelId,
          briefing_id: s.briefingId,
          ...schedule,
          created_at: now,
        })
        .onConflict((oc) =>
          oc.columns(["platform", "workspace_id", "channel_id", "briefing_id"]).doUpdateSet(schedule),
        )
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    return toSubscription(row);
  }

  async remove(
    platform: Platform,
    workspaceId: string,
    channelId: string,
    briefingId?: string,
  ): Promise<boolean> {
    return writeTransaction(this.db, this.dialect, async (trx) => {
      let query = trx
        .deleteFrom("subscriptions")
        .where("platform", "=", platform)
        .where("workspace_id", "=", workspaceId)
        .where("channel_id", "=", channelId);
      if (briefingId !== undefined) query = query.where("briefing_id", "=", briefingId);
      const removed = await query.returning("id").execute();
      // What the channel received only matters while it is subscribed; the delivery ledger
      // stays as history.
      if (removed.length > 0) {
        await trx
          .deleteFrom("delivered_facts")
          .where(
            "subscription_id",
            "in",
            removed.map((r) => r.id),
          )
          .execute();
      }
      return removed.length > 0;
    });
  }

  async get(id: string): Promise<Subscription | undefined> {
    const row = await this.db.selectFrom("subscriptions").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toSubscription(row) : undefined;
  }

  async findByChannel(platform: Platform, workspaceId: string, channelId: string): Promise<Subscription[]> {
    const rows = await this.db
      .selectFrom("subscriptions")
      .selectAll()
      .where("platform", "=", platform)
      .where("workspace_id", "=", workspaceId)
      .where("channel_id", "=", channelId)
      .orderBy("briefing_id")
      .execute();
    return rows.map(toSubscription);
  }

  async list(filter: { state?: Subscription["state"]; platform?: Platform } = {}): Promise<Subscription[]> {
    let query = this.db.selectFrom("subscriptions").selectAll();
    if (filter.state !== undefined) query = query.where("state", "=", filter.state);
    if (filter.platform !== undefined) query = query.where("platform", "=", filter.platform);
    const rows = await query.orderBy("created_at").orderBy("id").execute();
    return rows.map(toSubscription);
  }

  async pause(id: string, reason: string): Promise<void> {
    await this.setState(id, "paused", reason.trim().slice(0, 1000) || "paused");
  }

  async resume(id: string): Promise<void> {
    await this.setState(id, "active", null);
  }

  private async setState(id: string, state: Subscription["state"], reason: string | null): Promise<void> {
    const result = await writeTransaction(this.db, this.dialect, (trx) =>
      trx
        .updateTable("subscriptions")
        .set({ state, paused_reason: reason, updated_at: this.clock.now().getTime() })
        .where("id", "=", id)
        .executeTakeFirst(),
    );
    if (result.numUpdatedRows === 0n) {
      throw new BriefbotError("STATE_ERROR", `no subscription with id ${id}`);
    }
  }
}
