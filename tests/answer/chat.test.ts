import { describe, expect, it } from "vitest";
import { plainQuestion } from "../../src/answer/chat.js";
import type { Lang } from "../../src/i18n/lang.js";

/** A question as typed in chat, and the plain question the engine reads (chat.yaml). */
const CASES: [Lang, string, string][] = [
  // Contractions typed without the apostrophe.
  ["en", "whos the japanese pm in these stories", "who is the japanese pm in these stories"],
  ["en", "whats the tariff on vietnam", "what is the tariff on vietnam"],
  ["en", "didnt they sign anything?", "did not they sign anything?"],
  // Clipped and chat words.
  ["en", "how many vietnamese live in japan rn", "how many vietnamese live in japan right now"],
  [
    "en",
    "what other sectors for future collab? city infra etc",
    "what other sectors for future collaboration? city infrastructure",
  ],
  ["en", "can u tell me abt the govt plan pls", "can you tell me about the government plan please"],
  // Words that only look like one: left as written.
  ["en", "What did the U.S. say about R&D?", "What did the U.S. say about R&D?"],
  ["en", "who's the PM and whose plan was it", "who's the PM and whose plan was it"],
  ["en", "its deadline, were they ill?", "its deadline, were they ill?"],
  // Courtesies around the question.
  [
    "en",
    "Hello! Could you kindly tell me which Japanese ministry the Dailywrap piece cites? Thank you so much.",
    "which Japanese ministry the Dailywrap piece cites?",
  ],
  ["en", "Hi, quick one please: how large is the quota?", "how large is the quota?"],
  ["en", "hey what tariff did japan get", "what tariff did japan get"],
  ["en", "Two things: who went, and when?", "who went, and when?"],
  // Slips of short words no spelling of the briefing corrects.
  ["en", "whats teh number of hte order", "what is the number of the order"],
  // The asker's task told before the question, and what they remember seeing.
  [
    "en",
    "ok so my boss asked me to summarise the thing for a slide and im kinda lost lol. can you just tell me the numbers?",
    "the numbers?",
  ],
  ["en", "I'm writing a memo. What did Japan pledge?", "What did Japan pledge?"],
  ["en", "I'm sure I saw a 500 figure somewhere. Is it 250?", "a 500 figure somewhere. Is it 250?"],
  // A statement of the topic before the question stays: it says what is asked about.
  [
    "en",
    "Japan pledged money for energy. How much was it?",
    "Japan pledged money for energy. How much was it?",
  ],
  ["en", "Did Ishiba see To Lam?", "Did Ishiba see To Lam?"],
  ["en", "Thanks!", "Thanks!"],
  // The asker's today, said around the question (the engine reads today from its clock).
  [
    "en",
    "how long ago did the deal come into effect? its dec 6 2026 now",
    "how long ago did the deal come into effect?",
  ],
  ["en", "Today's 6 Dec 2026 - how long ago was the deal announced?", "how long ago was the deal announced?"],
  [
    "en",
    "How long ago did the tariffs take effect? (today is 6 Dec 2026)",
    "How long ago did the tariffs take effect?",
  ],
  ["en", "What did Japan pledge on May 8, 2025?", "What did Japan pledge on May 8, 2025?"],
  ["vi", "VN muốn có tổng cộng bn tiến sĩ?", "VN muốn có tổng cộng bao nhiêu tiến sĩ?"],
  ["vi", "có đạt đồng thuận ko", "có đạt đồng thuận không"],
  // Newsroom shorthand: Downing Street (No 10); "WH" is left to a briefing lexicon.
  ["en", "what did the WH say at the presser?", "what did the WH say at the presser?"],
  ["en", "per No10, what happened to steel?", "per Downing Street, what happened to steel?"],
  ["en", "what did No 10 and Number 10 say", "what did Downing Street and Downing Street say"],
  // A number with a percent sign is a rate, not No 10; "whole" and "when" are no "wh".
  ["en", "is there no 10% tariff?", "is there no 10% tariff?"],
  ["en", "when was the whole deal done", "when was the whole deal done"],
  // A language's chat words are its own.
  ["ja", "u", "u"],
];

describe("plainQuestion (knowledge/lang/*/chat.yaml)", () => {
  it.each(CASES)("%s: %s → %s", (lang, question, plain) => expect(plainQuestion(question, lang)).toBe(plain));
});
