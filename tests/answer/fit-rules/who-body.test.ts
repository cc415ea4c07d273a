import { describe, expect, it } from "vitest";
import { askedKindHeld } from "../../../src/answer/fit/rules/asked-kind-held.js";
import { judgeIn, type RuleCase } from "./cases.js";

/**
 * "Who" asks for a company or body when the question's noun or verb says so ("who's the other
 * big producer", 大手生産者はどこ, nhà sản xuất … là ai): a fact that writes the name of an
 * organization the question does not name answers it as a person would. One naming none
 * ("UK bioethanol producers called…") does not, nor does a "who" asking for a person.
 */
const CASES: RuleCase[] = [
  // The organization's name written in the fact: the who is held.
  ["besides ensus, who's the other big uk bioethanol producer", "bioethanol-crisis-talks", false],
  [
    "apart from Ensus, who is the other major bioethanol producer in the UK?",
    "bioethanol-crisis-talks",
    false,
  ],
  ["Who are the two companies that dominate UK bioethanol?", "bioethanol-crisis-talks", false],
  ["other than Ensus, who's the second big bioethanol firm in Britain?", "bioethanol-crisis-talks", false],
  ["Who is the largest ethanol maker in the UK besides Ensus?", "bioethanol-crisis-talks", false],
  ["who produces bioethanol in the uk besides ensus", "bioethanol-crisis-talks", false],
  ["who manufactures bioethanol in Britain apart from Ensus?", "bioethanol-crisis-talks", false],
  [
    "Who were the producers that warned their capacity was at risk?",
    "bioethanol-combined-capacity-at-risk",
    false,
  ],
  ["エンサス以外に英国の大手バイオエタノール生産者はどこですか", "bioethanol-crisis-talks", false],
  ["英国のバイオエタノール業界を占める企業は誰？", "bioethanol-crisis-talks", false],
  ["エンサスのほかのバイオエタノールメーカーってどこ？", "bioethanol-crisis-talks", false],
  ["ngoài Ensus, nhà sản xuất ethanol sinh học lớn còn lại của Anh là ai", "bioethanol-crisis-talks", false],
  ["ngoai Ensus, ai la nha san xuat ethanol sinh hoc lon con lai cua Anh", "bioethanol-crisis-talks", false],
  ["Ngoài Ensus, ai sản xuất ethanol sinh học ở Anh?", "bioethanol-crisis-talks", false],
  ["Công ty ethanol sinh học lớn thứ hai ở Anh là ai?", "bioethanol-crisis-talks", false],
  // The body named before "who's the other" (a statement, then the question).
  ["ensus is one of the two big uk bioethanol makers, whos the other", "bioethanol-crisis-talks", false],
  [
    "Ensus is one of two major UK ethanol producers - who is the other one?",
    "bioethanol-crisis-talks",
    false,
  ],
  [
    "エンサスは英国の二大バイオエタノール生産者の一つだが、もう一社はどこ？",
    "bioethanol-crisis-talks",
    false,
  ],
  // The fact names no organization beyond those asked about: not held.
  [
    "besides ensus, who's the other big uk bioethanol producer",
    "bioethanol-producers-want-demand-boost",
    true,
  ],
  [
    "エンサス以外に英国の大手バイオエタノール生産者はどこですか",
    "bioethanol-producers-want-demand-boost",
    true,
  ],
  // A "who" asking for a person: an organization does not answer it.
  ["Who is the head of the company that warned about closure?", "bioethanol-crisis-talks", true],
  ["Who warned about the bioethanol sector's fate?", "bioethanol-crisis-talks", true],
  ["Who is the chief executive of the largest producer?", "bioethanol-crisis-talks", true],
  ["Giám đốc công ty ethanol lớn nhất ở Anh là ai?", "bioethanol-crisis-talks", true],
  // A person asked as the other of a pair: no company answers.
  ["Starmer was one of the two leaders on the call, who's the other?", "bioethanol-crisis-talks", true],
];

describe(`fit rule ${askedKindHeld.name}: a who asking for a company or body`, () => {
  const judgeUk = judgeIn("us-uk-2025");
  it.each(CASES)("%s / %s → rejects: %s", (question, factId, rejects) => {
    expect(judgeUk(askedKindHeld, question, factId).length > 0).toBe(rejects);
  });
});
