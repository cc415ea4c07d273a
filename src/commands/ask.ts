import { questionLength } from "../answer/length.js";
import { type Answer, MAX_QUESTION_CHARS } from "../answer/types.js";
import type { Briefing } from "../briefing/types.js";
import type { Lang } from "../i18n/lang.js";
import { briefingMessages } from "./briefing-messages.js";
import { briefingSections, channelBriefing } from "./channel-briefing.js";
import type { CommandServiceDeps, Handled } from "./deps.js";
import { guessLang, messages } from "./messages.js";
import { reply } from "./reply.js";
import { routeQuestion } from "./route.js";
import type { CommandContext } from "./types.js";

/** Answers a question from the briefing; records it so curators see gaps and feedback can refer to it. */
export async function handleAsk(
  deps: CommandServiceDeps,
  ctx: CommandContext,
  question: string,
  lang: Lang | undefined,
  newId: () => string,
): Promise<Handled> {
  const text = question.trim();
  const guessed = lang ?? guessLang(text, ctx.locale ?? "en");
  const m = messages(guessed);
  if (text === "")
    return { reply: reply({ kind: "error", text: m.empty, lang: guessed }), result: "invalid" };
  const length = text.length <= MAX_QUESTION_CHARS ? text.length : questionLength(text);
  if (length > MAX_QUESTION_CHARS) {
    return {
      reply: reply({ kind: "error", text: m.tooLong(MAX_QUESTION_CHARS, length), lang: guessed }),
      result: "invalid",
    };
  }
  const options = { ...(lang ? { lang } : {}), now: deps.clock.now() };
  const bound = await channelBriefing(deps, ctx);
  let answer: Answer;
  if (bound) answer = deps.answers.answerQuestion(text, deps.briefings, { ...options, briefingId: bound.id });
  else {
    const routed = routeQuestion(deps.answers, deps.briefings, text, options);
    if ("ambiguous" in routed) return whichBriefing(routed.ambiguous, routed.lang);
    // Which briefing and what settled it (names, numbers, fit), to read back a wrong route.
    deps.logger?.debug({ platform: ctx.platform, route: routed.decision }, "question routed");
    answer = routed.answer;
  }
  const am = messages(answer.lang);
  if (answer.kind === "invalid") {
    return { reply: reply({ kind: "error", text: answer.text, lang: answer.lang }), result: "invalid" };
  }
  if (answer.kind === "help") {
    return {
      reply: reply({
        kind: "help",
        text: answer.text,
        suggestions: answer.suggestions,
        lang: answer.lang,
      }),
      result: "abstained",
    };
  }
  const answerId = newId();
  if (deps.state) {
    try {
      await deps.state.questions.record({
        answerId,
        platform: ctx.platform,
        userId: ctx.userId,
        briefingId: answer.briefing,
        question: text,
        lang: answer.lang,
        answered: answer.answered,
        confidence: answer.confidence,
        factIds: answer.factIds,
      });
    } catch (error) {
      // The person still gets the answer; only the curators' record is lost.
      deps.logger?.warn({ err: error, platform: ctx.platform }, "could not record the question");
    }
  }
  const briefing = deps.briefings.get(answer.briefing);
  const footer = briefing ? am.asOf(briefing.meta.asOf) : undefined;
  if (!answer.answered) {
    const suggestions =
      answer.suggestions.length > 0 || !briefing
        ? answer.suggestions
        : deps.answers.suggestQuestions(briefing, answer.lang, 3);
    return {
      reply: reply({
        kind: "abstain",
        ephemeral: false,
        text: answer.text,
        suggestions,
        answerId,
        lang: answer.lang,
        ...(footer ? { footer } : {}),
      }),
      result: "abstained",
    };
  }
  return {
    reply: reply({
      kind: "answer",
      text: answer.text,
      citations: answer.citations,
      answerId,
      lang: answer.lang,
      ...(footer ? { footer } : {}),
      actions: deps.state
        ? [
            { id: "feedback.helpful", label: am.helpful, value: answerId, style: "primary" },
            { id: "feedback.not_helpful", label: am.notHelpful, value: answerId },
          ]
        : [],
    }),
    result: "answered",
  };
}

/** Two briefings answer about equally well: the choices, and how to pick one. */
function whichBriefing(choices: readonly Briefing[], lang: Lang): Handled {
  return {
    reply: reply({
      kind: "info",
      text: briefingMessages(lang).whichBriefing,
      sections: briefingSections(choices, lang),
      lang,
    }),
    result: "abstained",
  };
}

/** Records a helpful / not helpful click on an answer and thanks the person. */
export async function handleFeedback(
  deps: CommandServiceDeps,
  ctx: CommandContext,
  answerId: string,
  helpful: boolean,
): Promise<Handled> {
  const fallback = ctx.locale ?? "en";
  if (!deps.state) {
    const m = messages(fallback);
    return { reply: reply({ kind: "error", text: m.stateUnavailable, lang: fallback }), result: "invalid" };
  }
  const record = await deps.state.questions.get(answerId);
  const lang = record?.lang ?? fallback;
  const m = messages(lang);
  if (!record) return { reply: reply({ kind: "error", text: m.feedbackUnknown, lang }), result: "invalid" };
  await deps.state.questions.recordFeedback({
    answerId,
    platform: ctx.platform,
    userId: ctx.userId,
    helpful,
  });
  return {
    reply: reply({ kind: "confirm", ephemeral: true, text: m.feedbackThanks(helpful), lang }),
    result: "ok",
  };
}
