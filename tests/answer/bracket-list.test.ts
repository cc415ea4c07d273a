import { describe, expect, it } from "vitest";
import { inBracketList } from "../../src/answer/bracket-list.js";

/**
 * Names listed in brackets are examples of what is asked, offered as alternatives ("on security
 * (the dialogue channel, OSA)"); a name in brackets alone, or names outside them, are not.
 */
const CASES: [text: string, first: string, second: string, listed: boolean][] = [
  ["what did Japan offer on security (the new dialogue channel, OSA)?", "dialogue channel", "OSA", true],
  ["what happened to the items (2+2 dialogue, OSA, FOIP)", "2+2 dialogue", "OSA", true],
  ["日本は安全保障で何を提案した（2+2、OSA）？", "2+2", "OSA", true],
  ["did Ishiba meet To Lam (the party chief) and Chinh?", "To Lam", "Chinh", false],
  ["did Japan sign the OSA and the 2+2 deal?", "OSA", "2+2", false],
  ["what did Japan offer (OSA) and what did it get (2+2, loans)?", "OSA", "2+2", false],
  ["what about OSA (Official Security Assistance)?", "OSA", "Official Security Assistance", false],
];

describe("inBracketList", () => {
  it.each(CASES)("%s: %s … %s listed: %s", (text, first, second, listed) => {
    const from = text.indexOf(first);
    const to = text.indexOf(second, from + first.length) + second.length;
    expect(inBracketList(text, from, to)).toBe(listed);
  });
});
