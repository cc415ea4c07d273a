import type { Kysely } from "kysely";
import { z } from "zod";
import type { Clock } from "../clock.js";
import { BriefbotError } from "../errors.js";
import { LANGS } from "../i18n/lang.js";
import { type Database, fromMs, toNumber } from "./db.js";
import type { SqlDialect } from "./dialect.js";
import { normaliseQuestion } from "./normalise.js";
import { writeTransaction } from "./transaction.js";
import type { AnswerRecord, FeedbackInput, ForgetReport, GapRow, QuestionLog } from "./types.js";
import { idSchema as id, PLATFORMS, parseOrThrow } from "./validate.js";

const answerSchema = z.object({
  answerId: id,
  platform: z.enum(PLATFORMS),
  userId: id.optional(),
  briefingId: z.string().max(200),
  question: z.string().max(4000),
  lang: z.enum(LANGS),
  answered: z.boolean(),
  confidence: z.number().min(0).max(1),
  factIds: z.array(z.string().max(200)).max(100),
});

const feedbackSchema = z.object({
  answerId: id,
  platform: z.enum(PLATFORMS),
  userId: id,
  helpful: z.boolean(),
});

/** How long questions and feedback are kept unless QUESTION_LOG_DAYS says otherwise. */
export const DEFAULT_QUESTION_LOG_DAYS = 90;
/** The author of a subscription whose creator asked to be forgotten. */
export const FORGOTTEN_AUTHOR = "";
const DAY_MS = 86_400_000;

const gapsOptionsSchema = z.object({
  lowConfidenceBelow: z.number().min(0).max(1).default(0.5),
  limit: z.number().int().min(1).max(10_000).default(50),
});

function parseFactIds(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

/** The distinct fact ids of a group, from its newline-joined JSON arrays. */
function groupFactIds(joined: string | null): string[] {
  if (joined === null) return [];
  return [...new Set(joined.split("\n").flatMap(parseFactIds))].sort();
}

interface GroupRow {
  question_norm: string;
  count: number | string | bigint;
  last: number | string | bigint | null;
  fact_ids: string | null;
}

function toGap(kind: GapRow["kind"], row: GroupRow): GapRow {
  return {
    kind,
    question: row.question_norm,
    count: toNumber(row.count),
    lastAsked: fromMs(row.last ?? 0),
    factIds: groupFactIds(row.fact_ids),
  };
}

/** The question log and feedback, and the curators' gap report over them. */
export class SqlQuestionLog implements QuestionLog {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: SqlDialect,
    private readonly clock: Clock,
    readonly retentionDays: number = DEFAULT_QUESTION_LOG_DAYS,
  ) {
    if (!Number.isInteger(retentionDays) || retentionDays < 0) {
      throw new BriefbotError(
        "STATE_ERROR",
        `question log retention must be a whole number of days, got ${retentionDays}`,
      );
    }
  }

  async record(answer: AnswerRecord): Promise<void> {
    const a = parseOrThrow(answerSchema, answer, "answer record");
    if (this.retentionDays === 0) return;
    const now = this.clock.now().getTime();
    // An answer id is recorded once; a repeat (a retried event) changes nothing.
    await writeTransaction(this.db, this.dialect, (trx) =>
      trx
        .insertInto("answers")
        .values({
          answer_id: a.answerId,
          platform: a.platform,
          briefing_id: a.briefingId,
          question: a.question,
          question_norm: normaliseQuestion(a.question),
          lang: a.lang,
          answered: a.answered ? 1 : 0,
          confidence: a.confidence,
          fact_ids: JSON.stringify(a.factIds),
          user_id: a.userId ?? null,
          created_at: now,
        })
        .onConflict((oc) => oc.column("answer_id").doNothing())
        .execute(),
    );
  }

  async get(answerId: string): Promise<AnswerRecord | undefined> {
    const row = await this.db
      .selectFrom("answers")
      .selectAll()
      .where("answer_id", "=", answerId)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      answerId: row.answer_id,
      platform: z.enum(PLATFORMS).parse(row.platform),
      ...(row.user_id !== null ? { userId: row.user_id } : {}),
      briefingId: row.briefing_id,
      question: row.question,
      lang: z.enum(LANGS).parse(row.lang),
      answered: toNumber(row.answered) === 1,
      confidence: toNumber(row.confidence),
      factIds: parseFactIds(row.fact_ids),
    };
  }

  async recordFeedback(feedback: FeedbackInput): Promise<void> {
    const f = parseOrThrow(feedbackSchema, feedback, "feedback");
    if (this.retentionDays === 0) return;
    const now = this.clock.now().getTime();
    // One vote per user per answer: a later click replaces the earlier one.
    await writeTransaction(this.db, this.dialect, (trx) =>
      trx
        .insertInto("feedback")
        .values({
          answer_id: f.answerId,
          platform: f.platform,
          user_id: f.userId,
          helpful: f.helpful ? 1 : 0,
          created_at: now,
        })
        .onConflict((oc) =>
          oc
            .columns(["answer_id", "platform", "user_id"])
            .doUpdateSet({ helpful: f.helpful ? 1 : 0, created_at: now }),
        )
        .execute(),
    );
  }

  async gaps(options: { lowConfidenceBelow?: number; limit?: number } = {}): Promise<GapRow[]> {
    const { lowConfidenceBelow, limit } = parseOrThrow(gapsOptionsSchema, options, "gaps options");
    const agg = this.dialect.stringAgg;

    // Answers grouped by the normalised question, newest group first: those never answered,
    // or (given a bound) answered with a confidence below it.
    const groupedAnswers = (answered: 0 | 1, confidenceBelow?: number) => {
      let query = this.db
        .selectFrom("answers")
        .select((eb) => [
          "question_norm",
          eb.fn.countAll().as("count"),
          eb.fn.max("created_at").as("last"),
          agg(eb.ref("fact_ids")).as("fact_ids"),
        ])
        .where("answered", "=", answered);
      if (confidenceBelow !== undefined) query = query.where("confidence", "<", confidenceBelow);
      return query.groupBy("question_norm").orderBy("last", "desc").limit(limit).execute();
    };
    const unanswered = await groupedAnswers(0);
    const lowConfidence = await groupedAnswers(1, lowConfidenceBelow);

    const notHelpful = await this.db
      .selectFrom("feedback as f")
      .innerJoin("answers as a", "a.answer_id", "f.answer_id")
      .select((eb) => [
        "a.question_norm",
        eb.fn.countAll().as("count"),
        eb.fn.max("a.created_at").as("last"),
        agg(eb.ref("a.fact_ids")).as("fact_ids"),
      ])
      .where("f.helpful", "=", 0)
      .groupBy("a.question_norm")
      .orderBy("last", "desc")
      .limit(limit)
      .execute();

    const rows = [
      ...unanswered.map((r) => toGap("unanswered", r)),
      ...lowConfidence.map((r) => toGap("low-confidence", r)),
      ...notHelpful.map((r) => toGap("not-helpful", r)),
    ];
    rows.sort((a, b) => b.lastAsked.getTime() - a.lastAsked.getTime() || b.count - a.count);
    return rows.slice(0, limit);
  }

  async purge(): Promise<{ questions: number; feedback: number }> {
    const cutoff = this.clock.now().getTime() - this.retentionDays * DAY_MS;
    return writeTransaction(this.db, this.dialect, async (trx) => {
      // Feedback goes with its answer, and on its own once it is as old.
      const feedback = await trx
        .deleteFrom("feedback")
        .where((eb) =>
          eb.or([
            eb("created_at", "<", cutoff),
            eb(
              "answer_id",
              "in",
              eb.selectFrom("answers").select("answer_id").where("created_at", "<", cutoff),
            ),
          ]),
        )
        .executeTakeFirst();
      const questions = await trx.deleteFrom("answers").where("created_at", "<", cutoff).executeTakeFirst();
      return { questions: Number(questions.numDeletedRows), feedback: Number(feedback.numDeletedRows) };
    });
  }

  async forgetUser(userId: string): Promise<ForgetReport> {
    const user = parseOrThrow(id, userId, "user id");
    return writeTransaction(this.db, this.dialect, async (trx) => {
      // Everyone's feedback on this person's questions goes with them: it quotes nothing, but
      // joined to nothing it is noise in the gaps report.
      const feedback = await trx
        .deleteFrom("feedback")
        .where((eb) =>
          eb.or([
            eb("user_id", "=", user),
            eb("answer_id", "in", eb.selectFrom("answers").select("answer_id").where("user_id", "=", user)),
          ]),
        )
        .executeTakeFirst();
      const questions = await trx.deleteFrom("answers").where("user_id", "=", user).executeTakeFirst();
      const subscriptions = await trx
        .updateTable("subscriptions")
        .set({ created_by: FORGOTTEN_AUTHOR })
        .where("created_by", "=", user)
        .executeTakeFirst();
      return {
        questions: Number(questions.numDeletedRows),
        feedback: Number(feedback.numDeletedRows),
        subscriptions: Number(subscriptions.numUpdatedRows),
      };
    });
  }
}
