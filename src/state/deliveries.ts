import { type Kysely, type Selectable, sql } from "kysely";
import { z } from "zod";
import type { Clock } from "../clock.js";
import { BriefbotError } from "../errors.js";
import { type Database, type DeliveriesTable, fromMs, fromMsOrNull, toNumber } from "./db.js";
import type { SqlDialect } from "./dialect.js";
import { digestIdFor } from "./ids.js";
import { writeTransaction } from "./transaction.js";
import type { ClaimFence, DeliveredFact, Delivery, DeliveryLedger, MessageRef } from "./types.js";

const STATUSES = ["claimed", "sent", "failed", "skipped", "missed"] as const;
/** Rows per INSERT for delivered facts: far below both dialects' bound-parameter limits. */
const FACT_CHUNK = 200;
const MAX_ERROR_CHARS = 2000;

function toDelivery(row: Selectable<DeliveriesTable>): Delivery {
  return {
    id: row.id,
    subscriptionId: row.subscription_id,
    scheduledFor: fromMs(row.scheduled_for),
    status: z.enum(STATUSES).parse(row.status),
    owner: row.owner,
    leaseUntil: fromMsOrNull(row.lease_until),
    attempts: toNumber(row.attempts),
    message:
      row.message_channel_id !== null && row.message_id !== null
        ? { channelId: row.message_channel_id, messageId: row.message_id }
        : null,
    error: row.error,
    createdAt: fromMs(row.created_at),
    updatedAt: fromMs(row.updated_at),
  };
}

function checkTime(scheduledFor: Date, what: string): number {
  const ms = scheduledFor.getTime();
  if (!Number.isFinite(ms)) throw new BriefbotError("STATE_ERROR", `${what}: invalid scheduled time`);
  return ms;
}

/** An UPDATE of deliveries, which fenced() narrows with its WHERE clauses. */
type FencedQuery<Q> = {
  where(column: "id" | "status" | "owner", op: "=", value: string): Q;
  where(column: "attempts", op: "=", value: number): Q;
};

/** The delivery ledger: one row per (subscription, scheduled time), keyed by the digest id. */
export class SqlDeliveryLedger implements DeliveryLedger {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: SqlDialect,
    private readonly clock: Clock,
  ) {}

  async claim(
    subscriptionId: string,
    scheduledFor: Date,
    owner: string,
    leaseMs: number,
  ): Promise<Delivery | undefined> {
    const slot = checkTime(scheduledFor, "claim");
    if (owner.trim() === "") throw new BriefbotError("STATE_ERROR", "claim: owner must not be empty");
    if (!Number.isFinite(leaseMs) || leaseMs <= 0) {
      throw new BriefbotError("STATE_ERROR", `claim: leaseMs must be a positive number, got ${leaseMs}`);
    }
    const id = digestIdFor(subscriptionId, scheduledFor);
    const now = this.clock.now().getTime();
    const leaseUntil = now + leaseMs;
    return writeTransaction(this.db, this.dialect, async (trx) => {
      // First claim of the slot: the insert wins, everyone else's does nothing. On PostgreSQL a
      // concurrent insert waits for the winner's commit, then does nothing.
      const inserted = await trx
        .insertInto("deliveries")
        .values({
          id,
          subscription_id: subscriptionId,
          scheduled_for: slot,
          status: "claimed",
          owner,
          lease_until: leaseUntil,
          attempts: 1,
          message_channel_id: null,
          message_id: null,
          error: null,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) return toDelivery(inserted);
      // Take-over: only a claimed or failed slot whose lease ran out. The WHERE is re-checked
      // on the locked row (PostgreSQL) or under the write lock (SQLite), so one caller wins.
      const taken = await trx
        .updateTable("deliveries")
        .set({
          status: "claimed",
          owner,
          lease_until: leaseUntil,
          attempts: sql<number>`attempts + 1`,
          updated_at: now,
        })
        .where("id", "=", id)
        .where("subscription_id", "=", subscriptionId)
        .where("scheduled_for", "=", slot)
        .where("status", "in", ["claimed", "failed"])
        .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", now)]))
        .returningAll()
        .executeTakeFirst();
      return taken ? toDelivery(taken) : undefined;
    });
  }

  /** The claim's row, still claimed by this owner at this attempt: every fenced write's WHERE. */
  private fenced<Q extends FencedQuery<Q>>(query: Q, claim: ClaimFence): Q {
    return query
      .where("id", "=", claim.id)
      .where("status", "=", "claimed")
      .where("owner", "=", claim.owner ?? "")
      .where("attempts", "=", claim.attempts);
  }

  /** Throws when no delivery has this id (a caller's bug, not a lost claim). */
  private async mustExist(trx: Kysely<Database>, deliveryId: string, what: string): Promise<void> {
    const exists = await trx
      .selectFrom("deliveries")
      .select("id")
      .where("id", "=", deliveryId)
      .executeTakeFirst();
    if (!exists) throw new BriefbotError("STATE_ERROR", `${what}: no delivery with id ${deliveryId}`);
  }

  async renew(claim: ClaimFence, leaseMs: number): Promise<Date | undefined> {
    if (!Number.isFinite(leaseMs) || leaseMs <= 0) {
      throw new BriefbotError("STATE_ERROR", `renew: leaseMs must be a positive number, got ${leaseMs}`);
    }
    const now = this.clock.now().getTime();
    const leaseUntil = now + leaseMs;
    const result = await writeTransaction(this.db, this.dialect, (trx) =>
      this.fenced(trx.updateTable("deliveries").set({ lease_until: leaseUntil, updated_at: now }), claim)
        // A lease that already ran out is not revived: another owner may be taking it over.
        .where("lease_until", ">", now)
        .executeTakeFirst(),
    );
    return result.numUpdatedRows > 0n ? new Date(leaseUntil) : undefined;
  }

  async markSent(
    claim: ClaimFence,
    message: MessageRef,
    facts: Omit<DeliveredFact, "deliveredAt">[],
  ): Promise<boolean> {
    const now = this.clock.now().getTime();
    // One row per fact (the last one given wins), in id order so that concurrent writers
    // lock rows in the same order and cannot deadlock.
    const byId = new Map(facts.map((f) => [f.factId, f]));
    const rows = [...byId.values()].sort((a, b) => (a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0));
    return writeTransaction(this.db, this.dialect, async (trx) => {
      // Fenced: only the claim's current holder records the send. An owner whose lease ran
      // out (and was taken over) learns it here and records nothing.
      const delivery = await this.fenced(
        trx.updateTable("deliveries").set({
          status: "sent",
          message_channel_id: message.channelId,
          message_id: message.messageId,
          lease_until: null,
          error: null,
          updated_at: now,
        }),
        claim,
      )
        .returning("subscription_id")
        .executeTakeFirst();
      if (!delivery) {
        await this.mustExist(trx, claim.id, "markSent");
        return false;
      }
      for (let i = 0; i < rows.length; i += FACT_CHUNK) {
        await trx
          .insertInto("delivered_facts")
          .values(
            rows.slice(i, i + FACT_CHUNK).map((f) => ({
              subscription_id: delivery.subscription_id,
              fact_id: f.factId,
              hash: f.hash,
              statement: f.statement,
              message_channel_id: f.message?.channelId ?? message.channelId,
              message_id: f.message?.messageId ?? message.messageId,
              delivered_at: now,
            })),
          )
          .onConflict((oc) =>
            oc.columns(["subscription_id", "fact_id"]).doUpdateSet((eb) => ({
              hash: eb.ref("excluded.hash"),
              statement: eb.ref("excluded.statement"),
              message_channel_id: eb.ref("excluded.message_channel_id"),
              message_id: eb.ref("excluded.message_id"),
              delivered_at: eb.ref("excluded.delivered_at"),
            })),
          )
          .execute();
      }
      return true;
    });
  }

  async markFailed(claim: ClaimFence, error: string, options: { retryAfter?: Date } = {}): Promise<boolean> {
    const now = this.clock.now().getTime();
    const retryAfter = options.retryAfter ? checkTime(options.retryAfter, "markFailed") : null;
    return writeTransaction(this.db, this.dialect, async (trx) => {
      // Failing releases the lease (or holds it to retryAfter). Fenced like markSent: a late
      // failure report from an owner that lost the claim must not touch the new owner's row.
      const result = await this.fenced(
        trx.updateTable("deliveries").set({
          status: "failed",
          error: error.slice(0, MAX_ERROR_CHARS),
          lease_until: retryAfter,
          updated_at: now,
        }),
        claim,
      ).executeTakeFirst();
      if (result.numUpdatedRows > 0n) return true;
      await this.mustExist(trx, claim.id, "markFailed");
      return false;
    });
  }

  async writeOff(claim: ClaimFence, status: "missed" | "skipped", reason: string): Promise<boolean> {
    const now = this.clock.now().getTime();
    return writeTransaction(this.db, this.dialect, async (trx) => {
      const result = await this.fenced(
        trx.updateTable("deliveries").set({
          status,
          error: reason.slice(0, MAX_ERROR_CHARS),
          lease_until: null,
          updated_at: now,
        }),
        claim,
      ).executeTakeFirst();
      if (result.numUpdatedRows > 0n) return true;
      await this.mustExist(trx, claim.id, "writeOff");
      return false;
    });
  }

  async unfinished(subscriptionId: string, before: Date): Promise<Delivery[]> {
    const limit = checkTime(before, "unfinished");
    const now = this.clock.now().getTime();
    const rows = await this.db
      .selectFrom("deliveries")
      .selectAll()
      .where("subscription_id", "=", subscriptionId)
      .where("status", "in", ["claimed", "failed"])
      .where("scheduled_for", "<", limit)
      .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", now)]))
      .orderBy("scheduled_for")
      .execute();
    return rows.map(toDelivery);
  }

  async markMissed(
    subscriptionId: string,
    scheduledFor: Date,
    status: "missed" | "skipped",
    reason: string,
  ): Promise<void> {
    const slot = checkTime(scheduledFor, "markMissed");
    const now = this.clock.now().getTime();
    const error = reason.slice(0, MAX_ERROR_CHARS);
    await writeTransaction(this.db, this.dialect, (trx) =>
      trx
        .insertInto("deliveries")
        .values({
          id: digestIdFor(subscriptionId, scheduledFor),
          subscription_id: subscriptionId,
          scheduled_for: slot,
          status,
          owner: null,
          lease_until: null,
          attempts: 0,
          message_channel_id: null,
          message_id: null,
          error,
          created_at: now,
          updated_at: now,
        })
        // The first final word on a slot stands; only a failed slot, or a claim whose owner
        // is gone (lease expired), may be written off.
        .onConflict((oc) =>
          oc
            .columns(["subscription_id", "scheduled_for"])
            .doUpdateSet({ status, error, owner: null, lease_until: null, updated_at: now })
            .where((eb) =>
              eb.or([
                eb("deliveries.status", "=", "failed"),
                eb.and([
                  eb("deliveries.status", "=", "claimed"),
                  eb.or([eb("deliveries.lease_until", "is", null), eb("deliveries.lease_until", "<=", now)]),
                ]),
              ]),
            ),
        )
        .execute(),
    );
  }

  async get(deliveryId: string): Promise<Delivery | undefined> {
    const row = await this.db
      .selectFrom("deliveries")
      .selectAll()
      .where("id", "=", deliveryId)
      .executeTakeFirst();
    return row ? toDelivery(row) : undefined;
  }

  async lastRun(subscriptionId: string): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom("deliveries")
      .select((eb) => eb.fn.max("scheduled_for").as("last"))
      .where("subscription_id", "=", subscriptionId)
      .where("status", "in", ["sent", "skipped", "missed"])
      .executeTakeFirst();
    return row?.last === null || row?.last === undefined ? undefined : fromMs(row.last);
  }

  async list(subscriptionId: string): Promise<Delivery[]> {
    const rows = await this.db
      .selectFrom("deliveries")
      .selectAll()
      .where("subscription_id", "=", subscriptionId)
      .orderBy("scheduled_for")
      .execute();
    return rows.map(toDelivery);
  }

  async deliveredFacts(subscriptionId: string): Promise<DeliveredFact[]> {
    const rows = await this.db
      .selectFrom("delivered_facts")
      .selectAll()
      .where("subscription_id", "=", subscriptionId)
      .orderBy("fact_id")
      .execute();
    return rows.map((row) => ({
      factId: row.fact_id,
      hash: row.hash,
      statement: row.statement,
      message:
        row.message_channel_id !== null && row.message_id !== null
          ? { channelId: row.message_channel_id, messageId: row.message_id }
          : null,
      deliveredAt: fromMs(row.delivered_at),
    }));
  }
}
