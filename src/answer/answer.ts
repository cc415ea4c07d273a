import type { Briefing, BriefingStore, Fact } from "../briefing/types.js";
import type { Lang } from "../i18n/lang.js";
import { SOURCE_FIELDS } from "../knowledge/cue-source.js";
import { languageModule } from "../lang/registry.js";
import { analyzeQuestion, type QuestionAnalysis } from "./analyze.js";
import {
  CALIBRATION_VERSION,
  calibratedConfidence,
  calibrationFor,
  closeRivals,
  didYouMean,
  featuresOf,
  type Probe,
  trainCalibration,
} from "./calibration/index.js";
import { plainQuestion } from "./chat.js";
import type { Part } from "./compose.js";
import { asksRest, compoundParts, ellipticalName, pairedList, restStated, sharedFrame } from "./compound.js";
import { changeAsked, withChange } from "./computed/change.js";
import {
  betweenAnswer,
  comparisonAnswer,
  comparisonDirection,
  elapsedAnswer,
  type PlainAnswer,
  referenceDay,
  type SourceQuestion,
  sourceAnswer,
  sourceQuestion,
  sourceTopic,
  statesSpan,
  type TimeFrame,
  timeFrame,
} from "./computed/index.js";
import { joinedAnswers } from "./computed/joined.js";
import { sourceAgeAnswer } from "./computed/source-age.js";
import { sourceOrderAnswer } from "./computed/source-order.js";
import { type Context, readDiscourse } from "./discourse.js";
import { reasonText } from "./fit/explain.js";
import { factFigures } from "./fit/rules/figure-stated.js";
import { locationNotOrigin } from "./fit/rules/location-not-origin.js";
import { namedEntitiesInFact } from "./fit/rules/named-entities-in-fact.js";
import { outsideNameStated } from "./fit/rules/outside-name-stated.js";
import { CONFLICTING_ROLES, rolesAgree } from "./fit/rules/roles-agree.js";
import { checkFit, type Fit } from "./fit.js";
import { screen } from "./guard.js";
import { type BriefingIndex, indexFor } from "./index-build.js";
import { detectLang } from "./language.js";
import { languageNote, servedLanguage } from "./language-note.js";
import { formatDate, message } from "./messages.js";
import { fold } from "./normalize.js";
import { type Candidate, personIds, rankCandidates } from "./rank.js";
import { suggestQuestions } from "./suggest.js";
import { composeLatestFirst, reportsOutcome } from "./supersede.js";
import { readingBriefing } from "./synonyms.js";
import {
  asksProgressOfPlan,
  deadlineAsked,
  factSaysAnyMarker,
  factSaysMarker,
  periodMarker,
  settledAsReported,
} from "./timeframe.js";
import {
  type Answer,
  type AnswerOptions,
  type CandidateExplanation,
  type Explanation,
  MAX_ANSWER_CHARS,
  MAX_QUESTION_CHARS,
} from "./types.js";

/** Below this share of the question's content covered, a fact does not answer it. */
const MIN_COVERAGE = 0.45;
/** A yes/no question asks whether all of it happened: the fact must cover more of it. */
const MIN_YESNO_COVERAGE = 0.55;
/**
 * Words no part of the briefing knows ("submarines", "weather") mean the question is about
 * something else: above this share of the question's weight, only a strong fit answers.
 */
const MAX_UNKNOWN_SHARE = 0.25;
/** A further fact joins the answer when it ranks this close to the best one. */
const SECOND_FACT_RATIO = 0.8;
const MAX_FACTS = 3;
/** A fitting fact must retrieve at least this well against a closer one with swapped roles. */
const SWAPPED_ROLE_RATIO = 0.7;
/** …and cover at least this much of the question besides the swapped names. */
const SWAPPED_MIN_COVERAGE = 0.2;
/** The closest fact, rejected for lacking the number/date/person asked, against the one that has it. */
const MISSING_WANT_RATIO = 0.3;
const MISSING_WANT_MIN_COVERAGE = 0.5;
/** "How much of the $20 billion…": the fact about that whole is the question's subject. */
const WHOLE_ONLY_RATIO = 0.5;

/**
 * Answers a question from the store's briefing (or `options.briefingId`): one to three facts
 * that fit it, cited; otherwise a plain abstention with suggestions. Never throws on user
 * input: empty, overlong or control-character input gets kind "invalid".
 */
export function answerQuestion(question: string, store: BriefingStore, options: AnswerOptions = {}): Answer {
  return explainQuestion(question, store, options).answer;
}

function base(lang: Lang, briefing: string): Omit<Answer, "answered" | "kind" | "text"> {
  return { citations: [], factIds: [], confidence: 0, lang, briefing, suggestions: [] };
}

/**
 * The candidate's coverage of the question leaving out the words of `phrase` (a timeframe the
 * fact does not state): they count neither as covered nor as asked.
 */
export function coverageBeside(q: QuestionAnalysis, c: Candidate, phrase: string): number {
  const inPhrase = new Set(fold(phrase).split(/\s+/u));
  let total = q.entityWeight;
  let left = 0;
  for (const w of q.words) {
    total += w.weight;
    if (inPhrase.has(fold(w.word)) && c.fit.uncovered.includes(w.word)) left += w.weight;
  }
  return total - left > 0 ? (c.fit.coverage * total) / (total - left) : 0;
}

/** The share of the question's content (by weight) that no part of the briefing knows. */
export function unknownShare(q: QuestionAnalysis): number {
  let total = q.entityWeight;
  let unknown = 0;
  for (const w of q.words) {
    total += w.weight;
    if (w.unknown) unknown += w.weight;
  }
  return total > 0 ? unknown / total : 0;
}

/** Topics of the facts the question came closest to, to suggest from. */
function closestTopic(candidates: readonly Candidate[]): string | undefined {
  // Closest in words, fitting or not: "Japanese PhD students…" is near the PhD facts.
  let closest: Candidate | undefined;
  for (const c of candidates) if (!closest || c.retrieval > closest.retrieval) closest = c;
  return closest?.fact.topics[0];
}

function abstain(
  briefing: Briefing,
  lang: Lang,
  topicId: string | undefined,
  kind: "abstain" | "injection" | "outOfPeriod" | "opinion",
): Answer {
  return {
    ...base(lang, briefing.id),
    answered: false,
    kind: "abstain",
    text: message(kind, lang, {
      title: briefing.meta.title[lang],
      date: formatDate(briefing.meta.asOf, lang),
    }),
    suggestions: suggestQuestions(briefing, lang, 3, topicId),
  };
}

function explanationOf(
  question: string,
  lang: Lang,
  answer: Answer,
  q?: QuestionAnalysis,
  candidates: readonly Candidate[] = [],
): Explanation {
  return {
    question,
    ...(q && q.corrections.length > 0 ? { corrections: q.corrections } : {}),
    normalized: q?.normalized ?? question.trim(),
    ...(q?.context ? { context: q.context } : {}),
    lang,
    wants: q?.wants ?? [],
    entities: (q?.mentions ?? []).map((m) => ({
      entity: m.external ? reasonText({ key: "entity.external", args: { entity: m.id } }) : m.id,
      ...(m.role ? { role: m.role } : {}),
      ...(m.external ? { external: true } : {}),
      at: m.chars,
    })),
    ...(q
      ? {
          unknownWords: q.words.filter((w) => w.unknown).map((w) => w.word),
          unknownShare: Math.round(unknownShare(q) * 100) / 100,
        }
      : {}),
    candidates: candidates.map(
      (c): CandidateExplanation => ({
        factId: c.fact.id,
        score: Math.round(c.rank * 1000) / 1000,
        used: c.used,
        coverage: Math.round(c.fit.coverage * 100) / 100,
        fits: c.fit.ok,
        uncovered: c.fit.uncovered,
        reasons: [
          reasonText({
            key: "candidate.scores",
            args: { retrieval: c.retrieval.toFixed(2), coverage: c.fit.coverage.toFixed(2) },
          }),
          ...c.fit.reasons,
          reasonText({
            key: c.used
              ? "candidate.used"
              : !c.fit.ok
                ? "candidate.rejected"
                : (c.unusedWhy ?? (answer.answered ? "candidate.better" : "candidate.refused")),
          }),
        ],
        rejectedBy: c.fit.rejections,
      }),
    ),
    answer,
  };
}

/** Like answerQuestion, with the candidates considered and why each was used or rejected. */
export function explainQuestion(
  question: string,
  store: BriefingStore,
  options: AnswerOptions = {},
): Explanation {
  // Read with the briefing's own lexicon: routing asks every briefing in turn.
  const briefing = store.get(options.briefingId);
  const explain = () => explainIn(question, store, options);
  return briefing ? readingBriefing(briefing, explain) : explain();
}

function explainIn(question: string, store: BriefingStore, options: AnswerOptions): Explanation {
  const raw = typeof question === "string" ? question : "";
  const qLang = detectLang(raw.slice(0, MAX_QUESTION_CHARS));
  const lang = options.lang ?? qLang;
  const briefing = store.get(options.briefingId);
  if (!briefing) {
    const answer: Answer = {
      ...base(lang, options.briefingId ?? ""),
      answered: false,
      kind: "abstain",
      text: message("noBriefing", lang),
    };
    return explanationOf(raw, lang, answer);
  }
  // A briefing not written in the asker's language answers in one it has, and says so.
  const served = servedLanguage(briefing.meta.languages, lang);
  if (served !== lang) {
    const e = explainIn(question, store, { ...options, lang: served });
    const note = languageNote(lang, served);
    if (note && e.answer.text.length + note.length + 1 <= MAX_ANSWER_CHARS)
      e.answer.text = `${note} ${e.answer.text}`;
    return e;
  }
  const s = screen(raw);
  if (s.kind === "invalid") {
    const answer: Answer = {
      ...base(lang, briefing.id),
      answered: false,
      kind: "invalid",
      text: message(s.reason, lang, { n: s.length, max: MAX_QUESTION_CHARS }),
      suggestions: s.reason === "empty" ? suggestQuestions(briefing, lang, 3) : [],
    };
    return explanationOf(raw, lang, answer);
  }
  if (s.kind === "help") {
    const answer: Answer = {
      ...base(lang, briefing.id),
      answered: false,
      kind: "help",
      text: message("help", lang, { title: briefing.meta.title[lang] }),
      suggestions: suggestQuestions(briefing, lang, 3),
    };
    return explanationOf(raw, lang, answer);
  }
  if (s.kind === "injection" || s.kind === "opinion")
    return explanationOf(raw, lang, abstain(briefing, lang, undefined, s.kind));

  return answerScreened(raw, s.text, qLang, lang, briefing, options);
}

/**
 * A question that passed screening, answered: from a source's record, by time arithmetic, in
 * parts, or plainly.
 */
function answerScreened(
  raw: string,
  screened: string,
  qLang: Lang,
  lang: Lang,
  briefing: Briefing,
  options: AnswerOptions,
): Explanation {
  const index = indexFor(briefing);
  // "四月二十八日" and "twenty billion" read as the statements write them: "4月28日", "20 billion".
  // "whos the pm rn", "Hello! Could you kindly tell me…": read as the plain question.
  const asked = plainQuestion(screened, qLang);
  const digits = languageModule(qLang).numbersToDigits?.(asked) ?? asked;
  // "I know the talks were on Monday, but when did …?": the clauses that ask are the question;
  // the statements around them its context (discourse.ts).
  const { asking, context } = readDiscourse(digits, qLang);
  // A dash's topic ("japan's tariff vs the rate in April — what are the two numbers?") is part
  // of the question: its frames are read whole.
  const text = context?.aside === false ? digits : asking;
  const now = options.now ?? new Date();
  const reading: Reading = { raw, context, qLang, lang, index, now, gated: options.gate !== false };
  // "Who published the report on X?", "出典は？": answered from a source's record.
  const aboutSource = sourceQuestion(text, qLang);
  const plainOf: PlainAnswer = (asked) => {
    const q = analyzeQuestion(asked, qLang, index, context);
    const candidates = rankCandidates(q, index);
    return { answer: decide(q, candidates, briefing, lang, now, options.gate !== false), q, candidates };
  };
  // "Which came out first, the Chamber's assessment or the S&P piece?": two sources compared
  // by their records' dates.
  const ordered = sourceOrderAnswer(text, qLang, lang, briefing, plainOf);
  if (ordered) return explanationOf(raw, lang, ordered.answer, ordered.q, ordered.candidates);
  // "Is the Japan Times article more than a year old?": a named piece's date, counted to today
  // (or the day the question says today is).
  const day = timeFrame(text, qLang).today ?? timeFrame(screened, qLang).today;
  const aged = sourceAgeAnswer(text, qLang, lang, briefing, plainOf, referenceDay(day, now));
  if (aged) return explanationOf(raw, lang, aged.answer, aged.q, aged.candidates);
  if (aboutSource) {
    // "Which outlet says A, and which one says B?": each part is answered with the source of
    // the fact that says it.
    const byPart = sourcePerPart(aboutSource, reading, text);
    if (byPart) return byPart;
    const r = sourceAnswer(aboutSource, text, lang, briefing, plainOf);
    return explanationOf(raw, lang, r.answer, r.q, r.candidates);
  }
  // "How many days between A and B?", "(today is 6 Dec 2026)": read before a question that
  // looks like two ("Which came first, A or B? And by how long?") is split in parts.
  const frame = timeFrame(text, qLang);
  if (frame.between) return explainBetween(raw, frame, briefing, lang, plainOf);
  const parts = frame.stripped ? [frame.text] : compoundParts(text, qLang);
  // "Was A before or after B, and how many days after C did D happen?": parts about two events
  // each, answered part by part.
  const timed =
    parts.length > 1 && parts.some((p) => timeFrame(p, qLang).between)
      ? timedParts(raw, parts, qLang, lang, briefing, options, plainOf)
      : undefined;
  if (timed) return timed;
  // "Japan 24 vietnam 46 right?": each name's figure checked on its own.
  const pieces =
    parts.length === 1 && !frame.elapsed && comparisonDirection(text, qLang) === undefined
      ? (pairedClaims(parts[0]!, qLang, index, context) ?? parts)
      : parts;
  if (pieces.length === 0) return explanationOf(raw, lang, abstain(briefing, lang, undefined, "abstain"));
  // "japan vs vietnam tariffs, which is higher and by how much?": one comparison, not two parts.
  const comparedWhole =
    pieces.length > 1 && !frame.elapsed && comparisonDirection(text, qLang) !== undefined
      ? wholeComparison(reading, text)
      : undefined;
  if (comparedWhole) return comparedWhole;
  const compound = pieces.length > 1 ? explainCompound(reading, pieces) : undefined;
  if (compound) return compound;
  // "How long ago…", "Has … passed?": found as a "when" question, then computed from `now`
  // (or the day the question says today is).
  const elapsed = frame.elapsed;
  const q = analyzeQuestion(elapsed?.ask ?? text, qLang, index, context);
  const candidates = rankCandidates(q, index);
  const topic = closestTopic(candidates);
  const compared = withInputsConfidence(
    elapsed ? undefined : comparisonAnswer(q, index, lang, now, topic),
    q,
    candidates,
    briefing,
  );
  const plain = compared ?? decide(q, candidates, briefing, lang, now, options.gate !== false);
  // The plain question has lost the asker's "(today is …)" (a courtesy, chat.yaml); the
  // question as typed still says which day to count to.
  const typed =
    elapsed && !frame.today
      ? timeFrame(languageModule(qLang).numbersToDigits?.(screened) ?? screened, qLang)
      : undefined;
  const counted = referenceDay(frame.today ?? typed?.today, now);
  const answer = elapsed
    ? elapsedAnswer(elapsed.kind, plain, briefing, lang, counted, topic, q, elapsed.inDays)
    : plain;
  // "By how many points did the duty fall?": the fact's two figures and how far apart they are.
  const changed =
    !elapsed && !compared && changeAsked(text, qLang) ? withChange(answer, briefing, lang) : undefined;
  // "…どこ行くの？誰に会う予定？": not answered whole, its short sentences asked each.
  const loose =
    !answer.answered && !changed && !compared && pieces.length === 1 && !frame.stripped
      ? compoundParts(text, qLang, true)
      : [];
  const inParts = loose.length > 1 ? explainCompound(reading, loose) : undefined;
  if (inParts?.answer.answered) return inParts;
  return explanationOf(raw, lang, changed ?? answer, q, candidates);
}

/**
 * A question in parts of which one or more asks of two events ("was A before or after B, and
 * how many days after C did D?"): each part answered as a question of its own, the events'
 * parts with their computed sentences alone, and the answers joined (computed/joined.ts).
 * Undefined when the joined answer would be too long: the parts are then read as before.
 */
function timedParts(
  raw: string,
  parts: readonly string[],
  qLang: Lang,
  lang: Lang,
  briefing: Briefing,
  options: AnswerOptions,
  plainOf: PlainAnswer,
): Explanation | undefined {
  const explained = parts.map((part) => {
    const frame = timeFrame(part, qLang);
    if (!frame.between) return answerScreened(part, part, qLang, lang, briefing, options);
    const whole = plainOf(frame.text);
    const compact =
      frame.between.kind === "relative" && statesSpan(whole.answer, briefing, lang)
        ? whole.answer
        : betweenAnswer(frame.between, plainOf, briefing, lang, true);
    return explanationOf(
      part,
      lang,
      compact ?? abstain(briefing, lang, closestTopic(whole.candidates), "abstain"),
      whole.q,
      whole.candidates,
    );
  });
  const answer = joinedAnswers(
    explained.map((e) => e.answer),
    lang,
  );
  if (!answer) return undefined;
  const head = explained[0]!;
  return { ...head, question: raw, answer };
}

/** Has two figures or more: the cheap test before a question is read for a list of claims. */
const TWO_FIGURES = /\d[^\d]+\d/u;

/**
 * "Japan 24 vietnam 46 right?": a list of names each with its figure (compound.ts pairedList),
 * as one question per name, with the words around the list where they say more than a tag
 * ("right?"). Undefined when the question is no such list, or asks a difference; none when a
 * name's figure is one no fact about it holds.
 */
function pairedClaims(
  text: string,
  qLang: Lang,
  index: BriefingIndex,
  context: Context | undefined,
): string[] | undefined {
  if (!TWO_FIGURES.test(text)) return undefined;
  const q = analyzeQuestion(text, qLang, index, context);
  if (q.asksDifference) return undefined;
  const list = pairedList(
    text,
    q.mentions.filter((m) => !m.external).map((m) => m.surface),
  );
  if (!list) return undefined;
  // Each name's figure is one a fact about it holds: a list the facts bear out, not a guess.
  const idOf = (name: string) =>
    q.mentions.find((m) => m.surface.normalize("NFKC").toLowerCase() === name)?.id;
  const borne = list.named.every(({ name, figure }) => {
    const id = idOf(name);
    return index.briefing.facts.some(
      (f) => f.entities.some((e) => e.entity === id) && factFigures(f).has(figure),
    );
  });
  const says = (words: string) => {
    const read = analyzeQuestion(words, qLang, index);
    return read.words.length > 0 || read.mentions.length > 0;
  };
  const before = says(list.before) ? list.before : "";
  const after = says(list.after) ? list.after : "";
  // "Japan 24 China 46 right?": a bare list with a figure no fact about its name holds; no
  // fact checks it. A list among other words is read as it was.
  if (!borne) return before || after ? undefined : [];
  return list.pairs.map((pair) => `${before}${pair}${after}`.trim());
}

/** What every part of one question is read with: the words as typed, languages, store, day. */
interface Reading {
  raw: string;
  context: Context | undefined;
  qLang: Lang;
  lang: Lang;
  index: BriefingIndex;
  now: Date;
  /** Below-threshold answers are held back (AnswerOptions.gate). */
  gated: boolean;
}

/** A question in parts that compares two figures across them, answered as one comparison. */
function wholeComparison(reading: Reading, text: string): Explanation | undefined {
  const { raw, context, qLang, lang, index, now } = reading;
  const q = analyzeQuestion(text, qLang, index, context);
  const candidates = rankCandidates(q, index);
  const compared = comparisonAnswer(q, index, lang, now, closestTopic(candidates));
  if (!compared) return undefined;
  // "Japan or China, which is higher, and what are the two rates?": a choice the briefing has
  // no figures for is not covered; its parts alone would answer something else.
  if (!compared.answered) return explanationOf(raw, lang, compared, q, candidates);
  const answer = withInputsConfidence(compared, q, candidates, index.briefing) ?? compared;
  return explanationOf(raw, lang, answer, q, candidates);
}

/**
 * Two events and the time between them, each found as a "when" question. Not found: not
 * covered, except that "how long after X did Y" keeps the plain answer (a fact may state the
 * span itself, which also comes first when it does).
 */
function explainBetween(
  raw: string,
  frame: TimeFrame,
  briefing: Briefing,
  lang: Lang,
  plainOf: PlainAnswer,
): Explanation {
  const between = frame.between!;
  const whole = plainOf(frame.text);
  if (between.kind === "relative" && statesSpan(whole.answer, briefing, lang))
    return explanationOf(raw, lang, whole.answer, whole.q, whole.candidates);
  const computed = betweenAnswer(between, plainOf, briefing, lang);
  const answer =
    computed ??
    (between.kind === "relative"
      ? whole.answer
      : abstain(briefing, lang, closestTopic(whole.candidates), "abstain"));
  return explanationOf(raw, lang, answer, whole.q, whole.candidates);
}

/**
 * "Which outlet says 'around 250' and which one says 'half of the 500'?", "bài nào nói 250,
 * bài nào nói một nửa của 500?": a question asking only who published, in parts. Each part is
 * read in the whole's frame (it asks who reported what it says, "which one" being the outlet)
 * and answered with the facts that say it, each with its publisher. Undefined when the question
 * is one part, asks more of the source than its publisher, speaks of the sources as a whole, or
 * its first part is not answered (the source's own record answers then, computed/source.ts).
 */
function sourcePerPart(sq: SourceQuestion, reading: Reading, text: string): Explanation | undefined {
  const { qLang } = reading;
  if (sq.all || !sq.fields.every((f) => f === SOURCE_FIELDS[0])) return undefined;
  const parts = compoundParts(text, qLang);
  if (parts.length < 2) return undefined;
  // Each part without its words about the source ("which one"): what it says was reported.
  const pieces = parts.map((p) => sourceTopic(p, qLang));
  const compound = explainCompound(reading, pieces, true);
  return compound?.answer.answered ? compound : undefined;
}

/**
 * A question that asks two or three things: each part is answered on its own and the facts go
 * into one answer. The first part is the question proper: if it cannot be answered, nothing is
 * (a trap does not get through on the back of an easy second part). A later part that names
 * nobody speaks of whom the first part names ("…, and what does that scheme hand out?").
 */
function explainCompound(
  reading: Reading,
  pieces: readonly string[],
  /** Every part asks who reported what it says (sourcePerPart). */
  asksSource = false,
): Explanation | undefined {
  const { raw, context, qLang, lang, index, now, gated } = reading;
  const briefing = index.briefing;
  const named = (q: QuestionAnalysis) =>
    q.mentions.map((m) => ({ surface: m.surface, kind: briefing.byId.entity.get(m.id)?.kind }));
  const firstRead = analyzeQuestion(pieces[0]!, qLang, index, context);
  // "…, and everything else at 10, right? or is it the reverse": a note after the question is
  // the asker's on the whole, read with the question proper; a later part is read without it.
  const laterContext = context?.before ? context : undefined;
  // "日本は何％、ベトナムは何％": a later part asking the first part's question of another name.
  const asked = pieces.map((piece, i) => {
    if (i === 0) return piece;
    const own = analyzeQuestion(piece, qLang, index, laterContext);
    // "…? And what about Japan?": the first part asked of that name, or no parts at all.
    // One that names nothing the briefing holds ("それ以外の税率は？") is read as before.
    const names = own.mentions.some((m) => !m.external);
    if (names && !asksRest(piece, qLang) && ellipticalName(piece, qLang) !== undefined)
      return swappedName(pieces[0]!, firstRead, own, briefing);
    const framed = sharedFrame(
      { piece: pieces[0]!, names: named(firstRead) },
      { piece, names: named(own) },
      qLang,
    );
    return framed ?? piece;
  });
  // "After leaving Hanoi, where did he go, and who did he meet?": a later part that names no
  // place of its own asks after leaving the first part's place too.
  const placed = (q: QuestionAnalysis) =>
    q.mentions.some((m) => ["place", "country"].includes(briefing.byId.entity.get(m.id)?.kind ?? ""));
  const leaving = (q: QuestionAnalysis): QuestionAnalysis =>
    q.leftPlaces.length > 0 || placed(q) || firstRead.leftPlaces.length === 0
      ? q
      : { ...q, leftPlaces: firstRead.leftPlaces };
  const sourced = (q: QuestionAnalysis): QuestionAnalysis => (asksSource ? { ...q, asksSource } : q);
  if (asked.some((piece) => piece === undefined)) return undefined;
  const analyses = (asked as string[]).map((piece, i) =>
    sourced(i === 0 ? firstRead : leaving(analyzeQuestion(piece, qLang, index, laterContext))),
  );
  // "Has the dialogue met yet, and what came out of it?": a later part that names nobody asks
  // how the first part's thing turned out, and so the first part asks whether (or when) it
  // happened. A first part asking for something else ("what did Japan put on the table, and
  // what was agreed?") keeps its own reading.
  const asksHappened = analyses[0]!.wants.some((w) => w === "yesno" || w === "date");
  const outcomeOfFirst =
    asksHappened && analyses.slice(1).some((q) => q.mentions.length === 0 && (q.asksOutcome || q.asksAgreed));
  if (outcomeOfFirst) analyses[0] = { ...analyses[0]!, asksOutcome: true };
  const first = analyses[0]!;
  // "250 or half of 500? How do the two papers differ?": one question about the sources.
  if (analyses.some((q) => q.asksDifference)) return undefined;
  // "…, and everything else?": the rest is answered only by a fact that states the rest.
  const ofRest = (i: number, candidates: Candidate[]) =>
    asksRest(pieces[i]!, qLang)
      ? candidates.filter((c) => restStated(c.fact.statement[qLang], qLang))
      : candidates;
  const ranked = analyses.map((q, i) => ofRest(i, rankCandidates(q, index)));
  const chosen = analyses.map((q, i) => select(q, ranked[i]!, briefing, lang, now, gated));
  for (let i = 1; i < pieces.length; i++) {
    const own = analyses[i]!;
    if (own.mentions.length > 0 || first.mentions.length === 0) continue;
    // "…? what rate did they end up with": a part that names nobody speaks of the first part's
    // country; answered alone with a fact about another country (Japan's deal for "they" after
    // a question about Vietnam), it is read with the first part's names, answered or not.
    if (!("answered" in chosen[i]!) && !otherCountry(chosen[i] as Selection, first, briefing)) continue;
    // Only a part whose own words the briefing knows ("…, and what did he eat?" stays unanswered).
    if (own.words.some((w) => w.unknown)) continue;
    // Joined so as not to read as a list of alternatives ("Vietnam, US" would be either one).
    const names = first.mentions.map((m) => m.surface).join(qLang === "ja" ? "、" : "; ");
    const q = sourced(
      leaving(
        analyzeQuestion(
          qLang === "ja" ? `${names}：${asked[i]}` : `${names}: ${asked[i]}`,
          qLang,
          index,
          laterContext,
        ),
      ),
    );
    ranked[i] = ofRest(i, rankCandidates(q, index));
    chosen[i] = select(q, ranked[i]!, briefing, lang, now, gated);
  }
  const head = chosen[0]!;
  const all = ranked.flat();
  if ("answered" in head) return explanationOf(raw, lang, head, first, all);
  const selections = chosen.filter((c): c is Selection => !("answered" in c));
  const answer = written(selections, briefing, lang, now);
  // A part the briefing cannot answer is said to be left out, not silently dropped.
  if (selections.length < chosen.length) {
    const note = message("partNotCovered", lang);
    if (answer.text.length + note.length + 1 <= MAX_ANSWER_CHARS) answer.text = `${answer.text} ${note}`;
    answer.confidence = Math.round(answer.confidence * 0.8 * 100) / 100;
  }
  return explanationOf(raw, lang, answer, first, all);
}

/**
 * Rule elliptical-part: "What tariff does Vietnam face? And what about Japan?": the first part
 * with its name of the kind the later part names swapped for that one (of several, one not the
 * doer: "thuế của Mỹ với hàng Việt Nam" swaps Việt Nam, not Mỹ; then the last). Undefined when
 * the later part names nothing the briefing holds or the first part no name of that kind.
 */
function swappedName(
  first: string,
  firstRead: QuestionAnalysis,
  own: QuestionAnalysis,
  briefing: Briefing,
): string | undefined {
  const kind = (id: string) => briefing.byId.entity.get(id)?.kind;
  const named = own.mentions.filter((m) => !m.external);
  if (named.length !== 1) return undefined;
  const name = named[0]!;
  const same = firstRead.mentions.filter(
    (m) => !m.external && m.id !== name.id && kind(m.id) === kind(name.id) && first.includes(m.surface),
  );
  const notDoer = same.filter((m) => m.role !== "agent");
  const swapped = (notDoer.length > 0 ? notDoer : same).at(-1);
  if (!swapped || firstRead.mentions.some((m) => m.id === name.id)) return undefined;
  return first.replace(swapped.surface, name.surface);
}

/**
 * Whether a part's facts speak of another country than the first part's (not one it leaves):
 * some fact leaves out a country the first part names and falls on one it does not.
 */
function otherCountry(chosen: Selection, first: QuestionAnalysis, briefing: Briefing): boolean {
  const isCountry = (id: string) => briefing.byId.entity.get(id)?.kind === "country";
  const asked = first.mentions
    .map((m) => m.id)
    .filter((id) => isCountry(id) && !first.leftPlaces.includes(id));
  if (asked.length === 0) return false;
  return chosen.parts.some((p) => {
    const ids = p.fact.entities.map((e) => e.entity).filter(isCountry);
    // The country a measure falls on (a tariff's recipient), not a host or a counterpart.
    const onto = p.fact.entities.filter((e) => e.role === "recipient" && isCountry(e.entity));
    return asked.some((id) => !ids.includes(id)) && onto.some((e) => !asked.includes(e.entity));
  });
}

/**
 * A computed answer is as sure as its least sure input: each input fact's calibrated
 * confidence as the answer to the question (read from the candidates it was ranked among).
 */
function withInputsConfidence(
  answer: Answer | undefined,
  q: QuestionAnalysis,
  candidates: readonly Candidate[],
  briefing: Briefing,
): Answer | undefined {
  if (!answer?.answered) return answer;
  const inputs = answer.factIds.flatMap((id) => candidates.filter((c) => c.fact.id === id));
  if (inputs.length === 0) return answer;
  const calibration = calibrationFor(briefing, probe);
  const unknown = unknownShare(q);
  const confidences = inputs.map((c) =>
    calibration ? calibratedConfidence(calibration, featuresOf(q, candidates, c, unknown)) : ownEstimate(c),
  );
  return { ...answer, confidence: Math.round(Math.min(...confidences) * 100) / 100 };
}

/** The engine's own estimate, where no model could be fitted (a briefing too small). */
function ownEstimate(best: Candidate): number {
  return Math.min(1, 0.25 + 0.55 * best.fit.coverage + 0.2 * Math.min(1, best.retrieval / 10));
}

/** The fit rules that reject a fact for naming other entities, or the same ones in other roles. */
const ENTITY_RULES: ReadonlySet<string> = new Set([
  namedEntitiesInFact.name,
  locationNotOrigin.name,
  rolesAgree.name,
  outsideNameStated.name,
]);

/** Whether the fact was rejected as being about other entities (not a version of the same news). */
function namesAnother(fit: Fit): boolean {
  return fit.rejections.some((r) => ENTITY_RULES.has(r.rule));
}

/** The facts chosen to answer a question, before they are written out. */
interface Selection {
  parts: Part[];
  /** Say the reporting date even for settled facts. */
  dated: boolean;
  confidence: number;
  candidates: Candidate[];
  /** What the calibration model reads (calibration/features.ts). */
  features: number[];
}

function decide(
  q: QuestionAnalysis,
  candidates: Candidate[],
  briefing: Briefing,
  lang: Lang,
  now: Date,
  gated: boolean,
): Answer {
  const chosen = select(q, candidates, briefing, lang, now, gated);
  return "answered" in chosen ? chosen : written([chosen], briefing, lang, now);
}

/** A composed answer from the facts of one or more selections (a compound question's parts). */
function written(selections: readonly Selection[], briefing: Briefing, lang: Lang, now: Date): Answer {
  // Each part's best fact first, then the further ones: the length limit drops the extras.
  const parts: Part[] = [];
  const seen = new Set<string>();
  const longest = Math.max(...selections.map((s) => s.parts.length));
  for (let i = 0; i < longest; i++) {
    for (const s of selections) {
      const part = s.parts[i];
      if (part && !seen.has(part.fact.id)) {
        seen.add(part.fact.id);
        parts.push(part);
      }
    }
  }
  const composed = composeLatestFirst(
    briefing,
    parts,
    lang,
    now,
    selections.some((s) => s.dated),
  );
  // Facts cut by the length limit are not used.
  for (const s of selections)
    for (const c of s.candidates)
      if (c.used && !composed.factIds.includes(c.fact.id)) {
        c.used = false;
        c.unusedWhy = "unused.length";
      }
  const confidence = Math.min(...selections.map((s) => s.confidence));
  return {
    ...base(lang, briefing.id),
    answered: true,
    kind: "answer",
    text: composed.text,
    citations: composed.citations,
    factIds: composed.factIds,
    confidence: Math.round(confidence * 100) / 100,
  };
}

/**
 * The facts that answer the question, or an abstention. Ungated (calibration training,
 * measuring the gate), an answer is never turned into "did you mean".
 */
function select(
  q: QuestionAnalysis,
  candidates: Candidate[],
  briefing: Briefing,
  lang: Lang,
  now: Date,
  gated = true,
): Selection | Answer {
  const topic = closestTopic(candidates);
  const marker = periodMarker(q.question, q.lang, briefing);
  // "Did Japan get a deal before the July deadline in the end?": of the fitting facts, one that
  // reports how it came out (the deal struck) answers "in the end", before one that only sets
  // the deadline out.
  /** The words an outcome fact put first need not state ("in the end", "before the deadline"). */
  let outcomeBeside: string | undefined;
  if (marker?.beyond && marker.strict !== true) {
    // Judged beside the outcome words ("in the end") and the deadline it is asked against, which
    // a dated report of the outcome answers by its date.
    const beside = [marker.word, deadlineAsked(q.question, q.lang) ?? ""].join(" ");
    const outcome = (c: Candidate) =>
      c.fit.ok &&
      coverageBeside(q, c, beside) >= MIN_COVERAGE &&
      settledAsReported(q.question, q.lang, c.fact);
    const first = candidates[0];
    const at = candidates.findIndex(outcome);
    if (first && at > 0 && !outcome(first) && !reportsOutcome(first.fact, briefing, now))
      candidates.unshift(...candidates.splice(at, 1));
    if (at > 0 && candidates[0] !== first) outcomeBeside = beside;
  }
  // Every refusal says why to --explain, on each candidate that fitted.
  const refuse = (why: string, kind: "abstain" | "outOfPeriod" = "abstain"): Answer => {
    for (const c of candidates) c.unusedWhy = why;
    return abstain(briefing, lang, topic, kind);
  };
  const best = candidates[0];
  // "Did they sign the deal in July 2025?": whether something happened in a month after the
  // period; the month is the question's timeframe, which no fact states (nor may the briefing
  // know its name): judged on the rest of the question, before the words it does not know.
  const minCoverage = q.wants.includes("yesno") ? MIN_YESNO_COVERAGE : MIN_COVERAGE;
  if (marker?.strict && best?.fit.ok && coverageBeside(q, best, marker.word) >= minCoverage)
    return refuse("refused.period", "outOfPeriod");
  if (q.words.some((w) => w.unknownName)) return refuse("refused.unknownName");
  if (q.words.length === 0 && q.entityIds.size === 0) return refuse("refused.empty");
  const unknown = unknownShare(q);
  // "Did they agree to build a nuclear plant?": a yes/no answer must state most of what is
  // asked, or the nearest fact reads as a yes.
  const bestCoverage = best && outcomeBeside ? coverageBeside(q, best, outcomeBeside) : best?.fit.coverage;
  if (!best?.fit.ok || (bestCoverage ?? 0) < minCoverage) return refuse("refused.coverage");
  if (unknown > MAX_UNKNOWN_SHARE && best.fit.coverage - 0.5 * unknown < 0.3)
    return refuse("refused.unknown");
  // "Who is prime minister now?": the briefing speaks for its own dates only.
  // "What is the levy now?" is answered as of the briefing's date, said in the answer.
  // "What did they end up charging?": beyond the first reports, but not beyond a briefing that
  // reports the outcome (a later fact replaced the first).
  if (
    marker?.beyond &&
    (marker.strict || !factSaysAnyMarker(best.fact, marker, q.lang)) &&
    !(marker.strict !== true && reportsOutcome(best.fact, briefing, now)) &&
    !(marker.strict !== true && settledAsReported(q.question, q.lang, best.fact))
  )
    return refuse("refused.period", "outOfPeriod");
  if (asksProgressOfPlan(q.question, q.lang, best.fact)) return refuse("refused.progress", "outOfPeriod");
  // "Who is Japan's prime minister now?": who holds an office today is not what a report of
  // April 2025 can say, whoever it named then.
  if (marker && q.wants.includes("person") && !factSaysMarker(best.fact, marker.word, q.lang))
    return refuse("refused.office", "outOfPeriod");
  const dated = marker !== undefined;
  // The question's closest match has the roles swapped ("Japanese students to Vietnam"): a
  // much weaker fact that happens to fit is not what was asked.
  const closest = candidates.reduce((a, c) => (c.retrieval > a.retrieval ? c : a), best);
  // (A conflicting fact that shares little but a name with the question is not that trap.)
  if (
    closest.fit.roleConflict &&
    closest.fit.coverage >= SWAPPED_MIN_COVERAGE &&
    best.retrieval < SWAPPED_ROLE_RATIO * closest.retrieval
  )
    return refuse("refused.swapped");
  // "How much will Japan invest in offshore wind?": the fact the question is about holds no
  // figure; a far weaker fact that has one (the whole clean-energy pledge) is about something else.
  if (
    closest.fit.wholeOnly &&
    closest.fit.coverage >= MISSING_WANT_MIN_COVERAGE &&
    best.retrieval < WHOLE_ONLY_RATIO * closest.retrieval
  )
    return refuse("refused.wholeOnly");
  // "Give me the full text of the R&D document": the closest fact says it was not published;
  // whatever else shares the question's words does not hold it either.
  if (closest.fit.withheld && closest.fit.coverage >= MISSING_WANT_MIN_COVERAGE)
    return refuse("refused.withheld");
  if (
    closest.fit.wantMissing &&
    closest.fit.coverage >= MISSING_WANT_MIN_COVERAGE &&
    best.retrieval < MISSING_WANT_RATIO * closest.retrieval
  )
    return refuse("refused.wantMissing");

  const parts: Part[] = [];
  const used = new Set<string>();
  const add = (c: Candidate, attributed: boolean) => {
    c.used = true;
    used.add(c.fact.id);
    parts.push({ fact: c.fact, attributed, ...(q.wants.includes("date") ? { sayDate: true } : {}) });
  };
  // "Per the WH fact sheet, …", "according to Downing St": a source named is a preference. When
  // the best fact is that source's, another source's version or neighbour is not what was asked.
  const ofNamed = (c: Candidate) => c.fact.citations.some((x) => q.sources.includes(x.source));
  const namedOnly = q.sources.length > 0 && ofNamed(best);
  const linked = linkedDiffering(best.fact, candidates, q, briefing);
  const differing = linked && (!namedOnly || ofNamed(linked)) ? linked : undefined;
  // Two sources' versions, or a question asking who reported it: each fact says its publisher.
  add(best, differing !== undefined || q.asksSource);
  if (differing) {
    add(differing, true);
    // "Where does the difference come from?", "why does X say 25% when Y says 27.5%?": the
    // briefing's note on how the two differ follows them.
    if (q.asksDifference || q.wants.includes("reason")) {
      const note = differsNote(best.fact, differing.fact) ?? differsNote(differing.fact, best.fact);
      if (note) parts[parts.length - 1]!.differs = note[lang];
    }
  }
  // "Japan and Vietnam" asked together: a fact for each one the answer does not cover yet.
  const grouped = q.mentions.filter((m) => m.group !== undefined).map((m) => m.id);
  const uncovered = (c: Candidate) =>
    grouped.some(
      (id) =>
        c.fact.entities.some((e) => e.entity === id) &&
        !parts.some((p) => p.fact.entities.some((e) => e.entity === id)),
    );
  for (const c of candidates.slice(1)) {
    if (parts.length >= MAX_FACTS) break;
    if (used.has(c.fact.id) || !c.fit.ok || (namedOnly && !ofNamed(c))) continue;
    // A fact that replaced a chosen one, or that one replaced, comes with it (supersede.ts).
    if (parts.some((p) => p.fact.supersedes === c.fact.id || p.fact.superseded_by === c.fact.id)) continue;
    const ratio = uncovered(c) ? 0.5 : SECOND_FACT_RATIO;
    if (c.rank < ratio * best.rank || c.fit.coverage < Math.max(MIN_COVERAGE, best.fit.coverage - 0.15))
      continue;
    if (!sameSubject(c.fact, best.fact, q, briefing)) continue;
    if (c.fact.links.some((l) => used.has(l.fact) && l.type !== "related")) continue;
    if (parts.some((p) => p.fact.links.some((l) => l.fact === c.fact.id && l.type !== "related"))) continue;
    add(c, q.asksSource);
  }
  const features = featuresOf(q, candidates, best, unknown);
  // Training answers (ungated) need only the features: no model is fitted for them.
  const calibration = gated ? calibrationFor(briefing, probe) : undefined;
  // Without a fit (a briefing too small to fit): the engine's own estimate.
  const confidence = calibration ? calibratedConfidence(calibration, features) : ownEstimate(best);
  // Two facts tie, or unsure and another fitting fact about as close: ask, don't guess.
  const asked = { q, personIds: personIds(briefing) };
  // Put first as the outcome asked "in the end", a fact is not rivalled by those that report none.
  const close = (calibration ? closeRivals(candidates, best, confidence, calibration, asked) : []).filter(
    (c) => outcomeBeside === undefined || settledAsReported(q.question, q.lang, c.fact),
  );
  if (close.length > 0) return unsure(briefing, lang, [best, ...close]);
  return { parts, dated, confidence, candidates, features };
}

/** Calibration asks as of a date after every fact: the fit must not depend on the day it runs. */
const EVERYTHING_KNOWN = new Date("9999-12-31T00:00:00Z");

/** How the engine answers a calibration question against `index`: its facts and features, ungated. */
function probe(question: string, lang: Lang, index: BriefingIndex): Probe | undefined {
  const q = analyzeQuestion(question, lang, index);
  const s = select(q, rankCandidates(q, index), index.briefing, lang, EVERYTHING_KNOWN, false);
  if ("answered" in s) return undefined;
  return {
    factIds: s.parts.map((p) => p.fact.id),
    features: s.features,
    mentions: q.mentions.map((m) => ({ id: m.id, surface: m.surface, role: m.role })),
    wants: q.wants,
  };
}

/**
 * The calibration model, fitted when a briefing is compiled and saved with it (LoadOptions.derive):
 * a cold start reads it instead of fitting.
 */
export const calibrationDerive = {
  // The model's format version: part of the compiled cache's key.
  version: String(CALIBRATION_VERSION),
  of: (briefing: Briefing) => ({
    calibration: readingBriefing(briefing, () => trainCalibration(briefing, probe)),
  }),
};

/** Not sure which fact is meant: no guess, the close facts' questions to choose from. */
function unsure(briefing: Briefing, lang: Lang, close: readonly Candidate[]): Answer {
  return {
    ...base(lang, briefing.id),
    answered: false,
    kind: "abstain",
    text: message("didYouMean", lang),
    suggestions: didYouMean(close, lang),
  };
}

/** Roles that say who does what to whom: a further fact with others in them is about them. */
const PARTICIPANT_ROLES: ReadonlySet<string> = new Set(["agent", "recipient", "origin"]);

/**
 * Whether a further fact is about what the question asks, as the best fact is: the entities
 * the question names play the same roles in it, and it brings in no other party as actor or
 * recipient ("the tariff on Vietnam" is not padded with how Japanese companies or Japan fare).
 */
function sameSubject(fact: Fact, best: Fact, q: QuestionAnalysis, briefing: Briefing): boolean {
  // "Japan vs Vietnam": asked side by side, on one side in the best fact (both face tariffs),
  // facing each other in the further one (Japan courts Vietnam): another matter between them.
  if (facesAnother(q, best, fact)) return false;
  for (const m of q.mentions) {
    // "Japan and Vietnam" asked together: each has its own fact.
    if (m.external || !m.role || m.role === "location" || m.group !== undefined) continue;
    const inBest = best.entities.some((e) => e.entity === m.id && e.role === m.role);
    if (inBest && !fact.entities.some((e) => e.entity === m.id && e.role === m.role)) return false;
  }
  return fact.entities.every(
    (e) =>
      !PARTICIPANT_ROLES.has(e.role) ||
      // People act for the parties named (Ishiba for Japan); another country is another subject.
      briefing.byId.entity.get(e.entity)?.kind === "person" ||
      q.entityIds.has(e.entity) ||
      best.entities.some((b) => b.entity === e.entity),
  );
}

/** The roles `fact` gives an entity. */
function rolesIn(fact: Fact, id: string): string[] {
  return fact.entities.filter((e) => e.entity === id).map((e) => e.role);
}

/** Every role of `a` conflicts with every role of `b` (who gives is not who receives). */
function opposed(a: readonly string[], b: readonly string[]): boolean {
  const conflicts = CONFLICTING_ROLES as Readonly<Record<string, readonly string[]>>;
  return a.length > 0 && b.length > 0 && a.every((r) => b.every((o) => conflicts[r]?.includes(o) ?? false));
}

/** Two parties the question joins share a role in `best` but stand opposed in `fact`. */
function facesAnother(q: QuestionAnalysis, best: Fact, fact: Fact): boolean {
  const joined = q.mentions.filter((m) => !m.external && m.group !== undefined);
  return joined.some((a, i) =>
    joined.slice(i + 1).some((b) => {
      if (a.group !== b.group || a.id === b.id) return false;
      const [bestA, bestB] = [rolesIn(best, a.id), rolesIn(best, b.id)];
      const together = bestA.some((r) => PARTICIPANT_ROLES.has(r) && bestB.includes(r));
      return together && opposed(rolesIn(fact, a.id), rolesIn(fact, b.id));
    }),
  );
}

/** The curated note on how `fact` differs from `other`, when it links it so. */
function differsNote(fact: Fact, other: Fact): Fact["links"][number]["note"] {
  return fact.links.find((l) => l.type === "differs-from" && l.fact === other.id)?.note;
}

/**
 * The other side of a difference between sources: a fact the best one links as differs-from,
 * shown when it is about the same entities in the same roles (its wants are not required:
 * "two weeks before" is still the other source's answer to "when").
 */
function linkedDiffering(
  fact: Fact,
  candidates: readonly Candidate[],
  q: QuestionAnalysis,
  briefing: Briefing,
): Candidate | undefined {
  for (const link of fact.links) {
    if (link.type !== "differs-from") continue;
    const other = briefing.byId.fact.get(link.fact);
    if (!other) continue;
    const existing = candidates.find((c) => c.fact.id === other.id);
    if (existing) {
      if (!namesAnother(existing.fit)) return existing;
      continue;
    }
    const fit = checkFit(q, other, indexFor(briefing), personIds(briefing));
    if (!namesAnother(fit)) {
      const c: Candidate = { fact: other, retrieval: 0, fit, rank: 0, used: false };
      (candidates as Candidate[]).push(c);
      return c;
    }
  }
  return undefined;
}
