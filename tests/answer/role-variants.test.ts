import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";

/**
 * Who does what to whom, asked in other words than the rounds' and in each language: the fact
 * that answers (among those cited), or "refuse" where the question swaps the roles the
 * briefing states. Three cues: who changes a levy imposes it and "into X" is where goods go
 * (the U.S. cut its tariff on UK cars, not the other way round); a capital named as a party is
 * its government ("who did Hanoi dispatch"); "for X" after a word of perspective ("Vietnam's
 * role for Japan") is in X's view, not X receiving.
 */
const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);

const CASES: [briefing: string, question: string, expected: string][] = [
  ["us-uk-2025", "Did Britain lower its tariff on US cars to 10%?", "refuse"],
  ["us-uk-2025", "When did the UK reduce its duty on American vehicles from 27.5 to 10 percent?", "refuse"],
  ["us-uk-2025", "Britain slashed the levy on American-made cars, when did that take effect?", "refuse"],
  ["us-uk-2025", "How many US cars can enter the UK at the lower 10% tariff each year?", "refuse"],
  ["us-uk-2025", "What is the annual quota for American autos imported into Britain at 10%?", "refuse"],
  ["us-uk-2025", "How many American cars can be shipped into the UK at the reduced rate?", "refuse"],
  ["us-uk-2025", "英国は米国車への関税をいつ10%に引き下げましたか？", "refuse"],
  ["us-uk-2025", "英国が米国製の自動車に課す関税はいくらに下がりましたか？", "refuse"],
  ["us-uk-2025", "Anh giảm thuế đối với ô tô Mỹ xuống 10% từ khi nào?", "refuse"],
  ["us-uk-2025", "Bao nhiêu ô tô Mỹ được nhập vào Anh với thuế 10%?", "refuse"],
  [
    "us-uk-2025",
    "The US cut its tariff on British cars from 27.5% to 10%, right? How many cars does that cover?",
    "car-quota-100000-at-10-percent",
  ],
  [
    "us-uk-2025",
    "How many British cars can go into the US at the 10% rate?",
    "car-quota-100000-at-10-percent",
  ],
  ["us-uk-2025", "米国が英国車に課す関税は何台まで10%ですか？", "car-quota-100000-at-10-percent"],
  ["us-uk-2025", "Bao nhiêu ô tô Anh được vào Mỹ với thuế 10%?", "car-quota-100000-at-10-percent"],
  [
    "japan-vietnam-2025",
    "Who did Hanoi dispatch to Washington for the tariff talks?",
    "phoc-met-bessent-lutnick-april-10",
  ],
  ["japan-vietnam-2025", "Which official did Hanoi send to Washington?", "phoc-met-bessent-lutnick-april-10"],
  ["japan-vietnam-2025", "Who was dispatched by Vietnam to Washington?", "phoc-met-bessent-lutnick-april-10"],
  ["japan-vietnam-2025", "Who did Vietnam dispatch to Washington?", "phoc-met-bessent-lutnick-april-10"],
  [
    "japan-vietnam-2025",
    "Whom did Hanoi send to the US for trade talks?",
    "phoc-met-bessent-lutnick-april-10",
  ],
  ["japan-vietnam-2025", "ハノイはワシントンに誰を派遣しましたか？", "phoc-met-bessent-lutnick-april-10"],
  ["japan-vietnam-2025", "Hà Nội cử ai sang Washington đàm phán thuế?", "phoc-met-bessent-lutnick-april-10"],
  ["japan-vietnam-2025", "Who did Tokyo dispatch to Washington for the tariff talks?", "refuse"],
  ["japan-vietnam-2025", "Who did Washington dispatch to Hanoi?", "refuse"],
  [
    "japan-vietnam-2025",
    "How did Ishiba describe Vietnam's role for Japan in the Indo-Pacific?",
    "vietnam-key-partner-foip",
  ],
  [
    "japan-vietnam-2025",
    "What is Vietnam's importance for Japan in the Indo-Pacific?",
    "vietnam-key-partner-foip",
  ],
  [
    "japan-vietnam-2025",
    "What kind of partner is Vietnam for Japan in the Indo-Pacific?",
    "vietnam-key-partner-foip",
  ],
  ["japan-vietnam-2025", "What does Vietnam mean to Japan in the Indo-Pacific?", "vietnam-key-partner-foip"],
  [
    "japan-vietnam-2025",
    "日本にとってインド太平洋におけるベトナムの役割は何ですか？",
    "vietnam-key-partner-foip",
  ],
  [
    "japan-vietnam-2025",
    "Vai trò của Việt Nam đối với Nhật Bản ở Ấn Độ Dương – Thái Bình Dương là gì?",
    "vietnam-key-partner-foip",
  ],
  [
    "japan-vietnam-2025",
    "Việt Nam là đối tác như thế nào đối với Nhật Bản trong khu vực Ấn Độ Dương – Thái Bình Dương?",
    "vietnam-key-partner-foip",
  ],
  [
    "japan-vietnam-2025",
    "How important is Vietnam to Japan in the Indo-Pacific?",
    "vietnam-key-partner-foip",
  ],
  [
    "japan-vietnam-2025",
    "What role does Vietnam play for Japan in keeping the Indo-Pacific free and open?",
    "vietnam-key-partner-foip",
  ],
  ["japan-vietnam-2025", "ベトナムは日本にとってどのようなパートナーですか？", "vietnam-key-partner-foip"],
  [
    "japan-vietnam-2025",
    "Tầm quan trọng của Việt Nam đối với Nhật Bản trong khu vực Ấn Độ Dương – Thái Bình Dương?",
    "vietnam-key-partner-foip",
  ],
  [
    "japan-vietnam-2025",
    "Is Vietnam a key partner for Japan in the Indo-Pacific?",
    "vietnam-key-partner-foip",
  ],
  [
    "japan-vietnam-2025",
    "Which deputy prime minister did Hanoi dispatch to Washington?",
    "phoc-met-bessent-lutnick-april-10",
  ],
  [
    "japan-vietnam-2025",
    "ベトナム政府はワシントンに誰を派遣しましたか？",
    "phoc-met-bessent-lutnick-april-10",
  ],
  ["japan-vietnam-2025", "Việt Nam đã cử ai sang Washington?", "phoc-met-bessent-lutnick-april-10"],
  ["japan-vietnam-2025", "Who did Washington send to Hanoi for the talks?", "refuse"],
  ["japan-vietnam-2025", "東京はワシントンに誰を派遣しましたか？", "refuse"],
  ["japan-vietnam-2025", "What did Hanoi pledge to Tokyo?", "refuse"],
];

describe("role variants: the right fact, or a refusal for a swapped question", () => {
  it.each(CASES)("%s: %s → %s", (briefingId, question, expected) => {
    const a = answerQuestion(question, store, { briefingId, now: new Date("2026-01-01") });
    if (expected === "refuse") expect(a.answered ? a.factIds : []).toEqual([]);
    else expect(a.factIds).toContain(expected);
  });
});
