import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Two briefing folders for lexicon tests (tests/answer/lexicon-isolation.test.ts,
 * tests/cli/ask-lexicon.test.ts): the harbor fixture alone, and beside a tram briefing whose
 * lexicon maps words of the harbor's questions ("carrying" as "ridership").
 */

const FIXTURE = fileURLToPath(new URL("../fixtures/briefings/valid/harbor-2025", import.meta.url));

export const NOW = new Date("2025-04-01T00:00:00Z");

/** The harbor briefing rewritten as another city's tram line, with a lexicon of its own. */
function writeTram(dir: string): void {
  const swap = (text: string) =>
    text
      .replaceAll("harbor-2025", "tram-2025")
      .replaceAll("Portvale", "Elmstead")
      .replaceAll("ポートベール", "エルムステッド")
      .replaceAll("Gull Island", "Castle Hill")
      .replaceAll("ガル島", "キャッスルヒル")
      .replaceAll("đảo Gull", "đồi Castle")
      .replaceAll("ferry", "tram")
      .replaceAll("Ferry", "Tram")
      .replaceAll("フェリー", "路面電車")
      .replaceAll("phà", "xe điện")
      .replaceAll("old harbour", "old depot")
      .replaceAll("Ana Lind", "Ben Ode")
      .replaceAll("アナ・リンド", "ベン・オード")
      .replaceAll("ana-lind", "ben-ode")
      .replaceAll("Lind", "Ode")
      // The tram's facts use its lexicon's word: its questions' "carrying" reads as "ridership".
      .replaceAll("the line will carry", "the line's ridership will be")
      .replaceAll("4,000", "9,000")
      .replaceAll("4000", "9000")
      .replaceAll("4.000", "9.000");
  const meta = `${swap(readFileSync(join(FIXTURE, "briefing.yaml"), "utf8"))}
lexicon:
  - same: [ridership, carrying, carries]
  - same: [riders, passenger]
  - same: [opening, starting, begins]
`;
  writeFileSync(join(dir, "briefing.yaml"), meta);
  writeFileSync(join(dir, "facts.yaml"), swap(readFileSync(join(FIXTURE, "facts.yaml"), "utf8")));
}

/** Questions to the harbor briefing with words the tram lexicon maps. */
export const QUESTIONS = [
  "How many passengers is the ferry carrying each day?",
  "How many people does the ferry line carry a day?",
  "Each passenger: how many will the ferry carry daily?",
  "When is the ferry starting?",
  "When does the ferry service begin?",
  "What did the council approve?",
];

/** A temporary folder holding `alone` (the harbor briefing) and `beside` (harbor and tram). */
export function lexiconFolders(): { root: string; alone: string; beside: string } {
  const root = mkdtempSync(join(tmpdir(), "briefbot-lexicon-"));
  const alone = join(root, "alone");
  const beside = join(root, "beside");
  cpSync(FIXTURE, join(alone, "harbor-2025"), { recursive: true });
  cpSync(FIXTURE, join(beside, "harbor-2025"), { recursive: true });
  cpSync(FIXTURE, join(beside, "tram-2025"), { recursive: true });
  writeTram(join(beside, "tram-2025"));
  return { root, alone, beside };
}
