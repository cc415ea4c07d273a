import type { Lang } from "../i18n/lang.js";
import type { Platform } from "../platform.js";

/** What to do with a digest run that was missed while the bot was down. */
export type MissedRunPolicy = "late-once" | "skip" | "fold";

/** What a scheduled digest with nothing new posts: one short line, or nothing at all. */
export type QuietPolicy = "line" | "skip";

export interface Subscription {
  id: string;
  platform: Platform;
  workspaceId: string;
  channelId: string;
  briefingId: string;
  /** A cron expression (presets are stored as their cron form). */
  cron: string;
  /** As the user wrote it: "daily 08:00", "weekly mon 09:00", or the cron text. */
  scheduleLabel: string;
  /** IANA zone, e.g. Asia/Tokyo. */
  timezone: string;
  lang: Lang;
  createdBy: string;
  state: "active" | "paused";
  pausedReason: string | null;
  missedPolicy: MissedRunPolicy;
  quiet: QuietPolicy;
  createdAt: Date;
  updatedAt: Date;
}

/** What `subscribe` supplies; `missedPolicy` defaults to "late-once". */
export type NewSubscription = Omit<
  Subscription,
  "id" | "state" | "pausedReason" | "createdAt" | "updatedAt" | "missedPolicy" | "quiet"
> & {
  missedPolicy?: MissedRunPolicy;
  /** Default "line". */
  quiet?: QuietPolicy;
};

export interface SubscriptionRepo {
  /** One subscription per (platform, workspace, channel, briefing): a second subscribe replaces the schedule. */
  upsert(input: NewSubscription): Promise<Subscription>;
  /** Removes the channel's subscription(s); true when there was one. */
  remove(platform: Platform, workspaceId: string, channelId: string, briefingId?: string): Promise<boolean>;
  get(id: string): Promise<Subscription | undefined>;
  findByChannel(platform: Platform, workspaceId: string, channelId: string): Promise<Subscription[]>;
  list(filter?: { state?: Subscription["state"]; platform?: Platform }): Promise<Subscription[]>;
  pause(id: string, reason: string): Promise<void>;
  resume(id: string): Promise<void>;
}

/** A channel and where it is: the key of a channel's briefing binding. */
export interface ChannelKey {
  platform: Platform;
  workspaceId: string;
  channelId: string;
}

/** Which briefing a channel answers from (`/brief use ID`); unbound channels route each question. */
export interface ChannelBriefingRepo {
  /** Binds the channel to the briefing, replacing an earlier binding. */
  bind(channel: ChannelKey, briefingId: string, boundBy: string): Promise<void>;
  /** The channel's briefing id, or undefined when it is not bound. */
  get(channel: ChannelKey): Promise<string | undefined>;
  /** Removes the binding; true when there was one. */
  unbind(channel: ChannelKey): Promise<boolean>;
}

/** Where a posted message is, so it can be found again (dedupe) or threaded under (corrections). */
export interface MessageRef {
  channelId: string;
  /** Slack ts, Discord message id. */
  messageId: string;
}

export type DeliveryStatus = "claimed" | "sent" | "failed" | "skipped" | "missed";

export interface Delivery {
  /** Stable digest id: derived from subscription id and scheduled time; tags the posted message. */
  id: string;
  subscriptionId: string;
  scheduledFor: Date;
  status: DeliveryStatus;
  /** Which process holds the claim, and until when. */
  owner: string | null;
  leaseUntil: Date | null;
  attempts: number;
  message: MessageRef | null;
  error: string | null;
  /** When the run was first claimed (or recorded): no message of it can be older. */
  createdAt: Date;
  updatedAt: Date;
}

/** A fact as a channel last received it, for "what changed" and corrections. */
export interface DeliveredFact {
  factId: string;
  hash: string;
  /** The statement as the channel read it (its language). */
  statement: string;
  /** The digest message that carried it, for posting a correction in its thread. */
  message: MessageRef | null;
  deliveredAt: Date;
}

/**
 * What fences a claim: the delivery, the owner that claimed it, and the attempt number the
 * claim got. Every take-over raises `attempts`, so a write that names an older attempt (an
 * owner whose lease ran out while its post hung) changes nothing.
 */
export type ClaimFence = Pick<Delivery, "id" | "owner" | "attempts">;

export interface DeliveryLedger {
  /**
   * Claims (subscription, scheduledFor) inside a transaction. Returns the delivery when this
   * caller now holds it; undefined when it is already sent, skipped, or held by another owner
   * whose lease has not expired. Exactly-once hinges on this.
   * A claimed or failed slot whose lease has expired is taken over (attempts + 1). The same
   * owner is not re-entrant: a second claim while its own lease lives also gets undefined.
   * The delivery id is `digestIdFor(subscriptionId, scheduledFor)` (src/state/ids.ts).
   */
  claim(
    subscriptionId: string,
    scheduledFor: Date,
    owner: string,
    leaseMs: number,
  ): Promise<Delivery | undefined>;
  /**
   * Extends a live claim's lease to now + leaseMs. Returns the new end, or undefined when the
   * claim is no longer this one's (taken over, written off, or already finished).
   */
  renew(claim: ClaimFence, leaseMs: number): Promise<Date | undefined>;
  /**
   * Marks the claimed delivery sent with its message; each fact's `message` defaults to that
   * message. Only the claim's current holder may: returns false, and writes nothing, when the
   * claim was taken over or written off. Throws when there is no such delivery.
   */
  markSent(
    claim: ClaimFence,
    message: MessageRef,
    facts: Omit<DeliveredFact, "deliveredAt">[],
  ): Promise<boolean>;
  /**
   * Records the error of the claim's holder (false when the claim is no longer its own). The
   * lease is released, so the next claim may retry at once, unless `retryAfter` is given: a
   * post whose outcome is unknown (timed out) keeps the slot until then, so that the late
   * message can land and be found by its tag before anyone posts again.
   */
  markFailed(claim: ClaimFence, error: string, options?: { retryAfter?: Date }): Promise<boolean>;
  /** Records a run that was not posted (too old to catch up, or skipped by policy). */
  markMissed(
    subscriptionId: string,
    scheduledFor: Date,
    status: "missed" | "skipped",
    reason: string,
  ): Promise<void>;
  /** The claim's holder writes its run off ("missed" or "skipped") with the reason; false when not its own. */
  writeOff(claim: ClaimFence, status: "missed" | "skipped", reason: string): Promise<boolean>;
  /**
   * The subscription's runs scheduled before `before` that are still claimed by an owner whose
   * lease ran out, or failed and free to retry: oldest first. A later run going out leaves
   * these behind; the scheduler takes each over to record or write it off.
   */
  unfinished(subscriptionId: string, before: Date): Promise<Delivery[]>;
  get(deliveryId: string): Promise<Delivery | undefined>;
  /** The latest scheduled time that was sent, skipped or missed: where catch-up starts from. */
  lastRun(subscriptionId: string): Promise<Date | undefined>;
  /** Every recorded run of the subscription, oldest scheduled time first. */
  list(subscriptionId: string): Promise<Delivery[]>;
  /** The latest version of each fact this subscription's channel received. */
  deliveredFacts(subscriptionId: string): Promise<DeliveredFact[]>;
}

export interface FeedbackInput {
  answerId: string;
  platform: Platform;
  userId: string;
  helpful: boolean;
}

export interface AnswerRecord {
  answerId: string;
  platform: Platform;
  /** Who asked (platform user id), so `briefbot forget --user` can remove it; absent for the terminal. */
  userId?: string;
  briefingId: string;
  question: string;
  lang: Lang;
  answered: boolean;
  confidence: number;
  factIds: string[];
}

/** Curators' view: what people asked that the briefing could not answer well. */
export interface GapRow {
  kind: "unanswered" | "low-confidence" | "not-helpful";
  /** The question, normalised for grouping. */
  question: string;
  count: number;
  lastAsked: Date;
  factIds: string[];
}

/** What `forget` removed for one person. */
export interface ForgetReport {
  questions: number;
  feedback: number;
  /** Subscriptions kept, with the person's id as their author dropped. */
  subscriptions: number;
}

export interface QuestionLog {
  /**
   * Questions and feedback are kept this many days (QUESTION_LOG_DAYS); 0 keeps nothing:
   * record and recordFeedback then write nothing.
   */
  readonly retentionDays: number;
  /** Every answered or abstained question; the text is kept for curators' gap reports. */
  record(answer: AnswerRecord): Promise<void>;
  get(answerId: string): Promise<AnswerRecord | undefined>;
  recordFeedback(feedback: FeedbackInput): Promise<void>;
  gaps(options?: { lowConfidenceBelow?: number; limit?: number }): Promise<GapRow[]>;
  /** Deletes questions and feedback older than the retention; returns how many rows went. */
  purge(): Promise<{ questions: number; feedback: number }>;
  /**
   * Removes one person's questions and feedback, and drops them as the author of the
   * subscriptions they created (the subscriptions stay: a channel's digest is the channel's).
   */
  forgetUser(userId: string): Promise<ForgetReport>;
}

/** The durable state of the bot: SQLite by default, PostgreSQL when DATABASE_URL says so. */
export interface StateStore {
  readonly kind: "sqlite" | "postgres";
  subscriptions: SubscriptionRepo;
  channels: ChannelBriefingRepo;
  deliveries: DeliveryLedger;
  questions: QuestionLog;
  close(): Promise<void>;
}
