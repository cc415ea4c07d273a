import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { draftGaps, type GapInput, groupGaps } from "../../src/answer/gaps.js";
import { DEFAULT_BRIEFINGS_DIR } from "../../src/briefing/paths.js";
import { createBriefingStore } from "../../src/briefing/store.js";
import { run as gaps } from "../../src/cli/gaps.js";
import { openState } from "../../src/state/index.js";
import { TestClock } from "../state/stores.js";

const at = (minute: number) => new Date(Date.UTC(2026, 1, 1, 0, minute));
const row = (
  question: string,
  count: number,
  kind: GapInput["kind"] = "unanswered",
  factIds: string[] = [],
): GapInput => ({
  kind,
  question,
  count,
  lastAsked: at(count),
  factIds,
});

describe("groupGaps", () => {
  it("groups questions the engine reads alike (stems, word order), not only equal texts", () => {
    const groups = groupGaps([
      row("how many vietnamese phd students will japan train", 3),
      row("how many phd students from vietnam will japan train", 2, "not-helpful"),
      row("japan training vietnamese phd student numbers", 1),
      row("who won the election", 4),
      row("ベトナムの博士課程学生は何人", 1),
    ]);
    expect(groups.map((g) => [g.question, g.count, g.kinds])).toEqual([
      ["how many vietnamese phd students will japan train", 6, ["unanswered", "not-helpful"]],
      ["who won the election", 4, ["unanswered"]],
      ["ベトナムの博士課程学生は何人", 1, ["unanswered"]],
    ]);
    expect(groups[0]?.questions.map((q) => q.question)).toEqual([
      "how many vietnamese phd students will japan train",
      "how many phd students from vietnam will japan train",
      "japan training vietnamese phd student numbers",
    ]);
  });
});

describe("draftGaps", () => {
  const store = createBriefingStore(DEFAULT_BRIEFINGS_DIR);

  it("adds a group to the fact it is closest to, and lists far questions as new-fact requests", () => {
    const draft = draftGaps(
      groupGaps([
        row("how many vietnamese phd students is japan going to help train", 3),
        row("how many phd students from vietnam is japan going to help train", 1),
        row("who won the football match in hanoi", 2),
      ]),
      store,
    );
    expect(draft.briefing).toBe("japan-vietnam-2025");
    expect(draft.alternateQuestions).toHaveLength(1);
    const alt = draft.alternateQuestions[0]!;
    const fact = store.get()!.byId.fact.get(alt.fact)!;
    expect(fact.topics).toContain("semiconductors-education");
    expect(fact.numbers.map((n) => n.value)).toContain(250);
    expect(alt.add.en).toEqual([
      "how many vietnamese phd students is japan going to help train",
      "how many phd students from vietnam is japan going to help train",
    ]);
    expect(alt.at).toMatch(/facts-semiconductors\.yaml:\d+$/);
    expect(draft.newFactRequests).toEqual([
      expect.objectContaining({ asked: 2, questions: { en: ["who won the football match in hanoi"] } }),
    ]);
    // Nothing is applied: the briefing is unchanged.
    expect(fact.questions.en).not.toContain("how many vietnamese phd students is japan going to help train");
  });
});

describe("briefbot gaps --draft", () => {
  const tmp = mkdtempSync(join(tmpdir(), "briefbot-gaps-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("writes the YAML change from the question log, grouped, to --out", async () => {
    const env = { DATA_DIR: join(tmp, "data") };
    const state = await openState({
      dataDir: env.DATA_DIR,
      clock: new TestClock("2026-02-01T00:00:00.000Z"),
    });
    const base = {
      platform: "slack" as const,
      briefingId: "japan-vietnam-2025",
      lang: "en" as const,
      factIds: [],
    };
    const asked = [
      "How many Vietnamese PhD students is Japan going to help train?",
      "how many vietnamese PhD students is japan going to help train",
      "How many PhD students from Vietnam is Japan going to help train?",
      "Who won the football match in Hanoi?",
    ];
    for (const [i, question] of asked.entries()) {
      await state.questions.record({ ...base, answerId: `g${i}`, question, answered: false, confidence: 0 });
    }
    await state.close();
    let stdout = "";
    let stderr = "";
    const io = {
      env,
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
    };
    const out = join(tmp, "gaps.yaml");
    expect(await gaps(["--draft", "--out", out], io)).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe(`wrote ${out}: 2 gap groups\n`);
    const text = readFileSync(out, "utf8");
    expect(text).toMatch(/^# briefbot gaps --draft: a proposed change, not applied/);
    const draft = parse(text) as {
      alternateQuestions: { asked: number; add: { en: string[] } }[];
      newFactRequests: unknown[];
    };
    expect(draft.alternateQuestions[0]?.asked).toBe(3);
    expect(draft.alternateQuestions[0]?.add.en).toHaveLength(2);
    expect(draft.newFactRequests).toHaveLength(1);

    // The plain report shows the same grouping.
    stdout = "";
    expect(await gaps([], io)).toBe(0);
    expect(stdout).toMatch(
      /unanswered\s+3\s+.*how many vietnamese phd students is japan going to help train\n\s+similar: how many phd students from vietnam is japan going to help train \(1\)/,
    );
  });
});
