import type { Answer, AnswerOptions, Explanation } from "../answer/types.js";
import type { Briefing, BriefingStore } from "../briefing/types.js";
import type { Clock } from "../clock.js";
import type { Lang } from "../i18n/lang.js";
import type {
  ChannelBriefingRepo,
  DeliveredFact,
  DeliveryLedger,
  QuestionLog,
  SubscriptionRepo,
} from "../state/types.js";
import type { Reply } from "./reply.js";
import type { CommandContext, CommandName, Platform } from "./types.js";

/** The answering engine (src/answer), injected so the command layer stays testable on its own. */
export interface AnswerEngine {
  answerQuestion(question: string, store: BriefingStore, options?: AnswerOptions): Answer;
  /** The answer with how the question was read; routing among briefings uses it when given. */
  explainQuestion?(question: string, store: BriefingStore, options?: AnswerOptions): Explanation;
  suggestQuestions(briefing: Briefing, lang: Lang, count?: number, topicId?: string): string[];
}

/** What a schedule parser (src/digest/schedule.ts) returns; it throws ScheduleError naming the field. */
export interface ParsedSchedule {
  cron: string;
  label: string;
  timezone: string;
  next: Date;
}
export type ScheduleParser = (text: string, timezone: string, now: Date) => ParsedSchedule;

/** Composes "the digest now" for a channel as a Reply (composeDigest + digestToReply). */
export type DigestComposer = (input: {
  briefing: Briefing;
  lang: Lang;
  ctx: CommandContext;
  now: Date;
  /** The channel's subscription zone, when it has one (for "today" in countdowns). */
  timezone?: string;
  /** The full key-facts overview (`digest full`), not only what changed since the last digest. */
  full?: boolean;
  /** What the channel's subscription to this briefing received, for "what changed". */
  delivered?: DeliveredFact[];
}) => Promise<Reply> | Reply;

/** The slice of a pino logger the core uses (pino's Logger fits it). */
export interface CommandLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export type CommandResult = "answered" | "abstained" | "invalid" | "rate_limited" | "denied" | "ok" | "error";

/** What a command handler returns: the reply, and how the command went (for metrics and logs). */
export interface Handled {
  reply: Reply;
  result: CommandResult;
}

/** One finished command, for metrics. */
export interface CommandOutcome {
  platform: Platform;
  command: CommandName;
  result: CommandResult;
  latencyMs: number;
}

export interface CommandServiceDeps {
  briefings: BriefingStore;
  answers: AnswerEngine;
  /** Durable state; without it, feedback and subscriptions reply that they are unavailable. */
  state?: {
    questions: QuestionLog;
    subscriptions: SubscriptionRepo;
    channels?: ChannelBriefingRepo;
    /** For `/brief digest`: what the channel's subscription received (what changed since). */
    deliveries?: Pick<DeliveryLedger, "deliveredFacts">;
  };
  schedule?: ScheduleParser;
  digest?: DigestComposer;
  clock: Clock;
  logger?: CommandLogger;
  /** Questions (and other commands, except feedback and help) per user per minute; default 20. */
  rateLimitPerMinute?: number;
  /**
   * DEFAULT_BRIEFING, when set: unbound channels use it. Unset with several briefings loaded,
   * each question is routed to the briefing that fits it best.
   */
  defaultBriefing?: string;
  /** Zone for `subscribe` when the user names none; default UTC. */
  defaultTimezone?: string;
  /** Answer ids; random by default. */
  newId?: () => string;
  /** Called after every command (metrics). */
  onOutcome?: (outcome: CommandOutcome) => void;
  /** Called after a subscription was added, changed or removed (the digest scheduler reloads). */
  onSubscriptionsChanged?: () => void;
}
