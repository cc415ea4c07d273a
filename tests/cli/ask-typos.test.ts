import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { BUILD_TIMEOUT_MS, buildIfMissing, MAIN, REPO } from "./built-cli.js";

/**
 * Typos through the built CLI: `ask --explain` shows what a slip was read as, and the answer is
 * the one the question meant; a real word the briefing lacks is not read as a neighbour.
 */

beforeAll(() => buildIfMissing(), BUILD_TIMEOUT_MS);

function ask(briefing: string, question: string, explain = false): string {
  const r = spawnSync(
    process.execPath,
    [MAIN, "ask", ...(explain ? ["--explain"] : ["--json"]), "--briefing", briefing, question],
    { cwd: REPO, encoding: "utf8", env: { ...process.env, BRIEFINGS_DIR: "" } },
  );
  expect(r.stderr).toBe("");
  return r.stdout;
}

/** Question, briefing, the "read as" line, a fact the answer must use. */
const CASES: [string, string, string, string][] = [
  [
    "When did Ishbia arrive in Hanoi?",
    "japan-vietnam-2025",
    "read as:    Ishbia → ishiba",
    "ishiba-arrived-hanoi-april-27",
  ],
  ["Ishiba's philipines trip", "japan-vietnam-2025", "read as:    philipines → philippines", "philippines"],
  ["what about bioethnaol", "us-uk-2025", "read as:    bioethnaol → bioethanol", "bioethanol"],
];

describe("briefbot ask with typos", () => {
  it.each(CASES)("%s", { timeout: 60_000 }, (question, briefing, readAs, fact) => {
    const explained = ask(briefing, question, true);
    expect(explained.split("\n")).toContain(readAs);
    const answer = JSON.parse(ask(briefing, question)) as { answered: boolean; factIds: string[] };
    expect(answer.answered).toBe(true);
    expect(answer.factIds.some((id) => id.includes(fact))).toBe(true);
  });
  it("leaves a real word the briefing lacks as typed", { timeout: 60_000 }, () =>
    expect(ask("japan-vietnam-2025", "How much power does the plant make?", true)).not.toContain("read as:"),
  );
});
