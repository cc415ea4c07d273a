import { describe, expect, it } from "vitest";
import { orderStated } from "../../../src/answer/fit/rules/order-stated.js";
import { judgeIn, type RuleCase } from "./cases.js";

const judge = judgeIn("us-uk-2025");

const CASES: RuleCase[] = [
  // The one before is asked: "the first deal" has none before it; a fact in no order says nothing.
  [
    "Theo văn phòng thủ tướng Anh, thỏa thuận thương mại lớn ngay trước đó là với nước nào?",
    "first-deal-since-liberation-day",
    true,
  ],
  [
    "Theo văn phòng thủ tướng Anh, thỏa thuận thương mại lớn ngay trước đó là với nước nào?",
    "general-terms-purpose",
    true,
  ],
  ["Which country was the UK's previous big trade deal with?", "first-deal-since-liberation-day", true],
  ["英国の直前の大きな貿易協定はどの国とでしたか？", "first-deal-since-liberation-day", true],
  ["英国の直前の大きな貿易協定はどの国とでしたか？", "general-terms-purpose", true],
  // The fact that puts the India deal before this one answers.
  [
    "Theo văn phòng thủ tướng Anh, thỏa thuận thương mại lớn ngay trước đó là với nước nào?",
    "india-deal-same-week",
    false,
  ],
  ["Which country was the UK's previous big trade deal with?", "india-deal-same-week", false],
  ["英国の直前の大きな貿易協定はどの国とでしたか？", "india-deal-same-week", false],
  // Look-alikes: nothing before is asked.
  ["Was the UK deal the first since Liberation Day?", "first-deal-since-liberation-day", false],
  ["米国にとって英国との合意は最初の貿易合意でしたか？", "first-deal-since-liberation-day", false],
  [
    "Thỏa thuận với Anh có phải là thỏa thuận đầu tiên của Mỹ không?",
    "first-deal-since-liberation-day",
    false,
  ],
];

describe(`fit rule ${orderStated.name}`, () => {
  it("has the stable name order-stated", () => expect(orderStated.name).toBe("order-stated"));
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    const reasons = judge(orderStated, question, factId);
    expect(reasons.length > 0).toBe(rejects);
    for (const r of reasons) expect(r).not.toMatch(/^order-stated\b/);
  });
});
