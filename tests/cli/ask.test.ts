import { spawn } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { BUILD_TIMEOUT_MS, buildIfMissing, MAIN, REPO } from "./built-cli.js";

/**
 * The batch contract of `briefbot ask --json --stdin`, on the built CLI in a real process:
 * N lines in, N JSON lines out, in order, blank lines included, every field present.
 */

beforeAll(() => buildIfMissing(), BUILD_TIMEOUT_MS);

function runCli(
  args: string[],
  input?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], {
      cwd: REPO,
      env: { ...process.env, BRIEFINGS_DIR: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += String(d);
    });
    child.stderr.on("data", (d) => {
      stderr += String(d);
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

describe("briefbot ask --json --stdin", () => {
  it("answers every line in order, one JSON object per line, blank lines as invalid", async () => {
    const questions = [
      "How many Vietnamese PhD students will Japan accept?",
      "",
      "What is the capital of France?",
      "ベトナムへの関税は何パーセントですか？",
      "   ",
      "hi",
      "Có bao nhiêu người Việt Nam đang sống ở Nhật Bản?",
    ];
    const r = await runCli(["ask", "--json", "--stdin"], `${questions.join("\n")}\n`);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n").filter((l) => l.length > 0);
    expect(lines).toHaveLength(questions.length);
    const answers = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const a of answers) {
      for (const field of [
        "answered",
        "kind",
        "text",
        "citations",
        "factIds",
        "confidence",
        "lang",
        "briefing",
        "suggestions",
      ])
        expect(a).toHaveProperty(field);
      expect(a.briefing).toBe("japan-vietnam-2025");
    }
    expect(answers.map((a) => a.kind)).toEqual([
      "answer",
      "invalid",
      "abstain",
      "answer",
      "invalid",
      "help",
      "answer",
    ]);
    expect(answers.map((a) => a.lang)).toEqual(["en", "en", "en", "ja", "en", "en", "vi"]);
    expect(String(answers[0]!.text)).toContain("250");
    expect((answers[0]!.citations as { url: string }[])[0]!.url).toMatch(/^https:/);
  });

  it("handles Windows line endings and a last line without a newline", async () => {
    const r = await runCli(["ask", "--json", "--stdin"], "What tariff would Vietnam face?\r\nhi");
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!).answered).toBe(true);
    expect(JSON.parse(lines[1]!).kind).toBe("help");
  });
});

describe("briefbot ask --stdin line endings and lengths", () => {
  it("gives one answer for a line holding lone carriage returns", async () => {
    const r = await runCli(["ask", "--json", "--stdin"], "What tariff\rwould Vietnam\rface?\n");
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).answered).toBe(true);
  });

  it("counts characters as chat does: 600 emoji and 999 spaces around a question are taken", async () => {
    const r = await runCli(
      ["ask", "--json", "--stdin"],
      `${"😀".repeat(600)}\n${" ".repeat(999)}What tariff would Vietnam face?\n${"😀".repeat(1001)}\n`,
    );
    const kinds = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { kind: string; text: string });
    expect(kinds[0]!.kind).not.toBe("invalid");
    expect(kinds[1]!.kind).toBe("answer");
    expect(kinds[2]!.kind).toBe("invalid");
    expect(kinds[2]!.text).toContain("1001");
  });
});

describe("briefbot ask QUESTION", () => {
  it("prints the answer, then numbered sources with publisher, date, url and quote", async () => {
    const r = await runCli(["ask", "How many Vietnamese live in Japan?"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/600,000/);
    expect(r.stdout).toMatch(
      /Sources:\n\[1\] The Japan Times, 2025-04-28, https:\/\/www\.japantimes\.co\.jp\//,
    );
    expect(r.stdout).toMatch(/^ {4}".+"$/m);
  });

  it("--lang answers in the language asked for", async () => {
    const r = await runCli(["ask", "--json", "--lang", "ja", "How many Vietnamese live in Japan?"]);
    const a = JSON.parse(r.stdout);
    expect(a.lang).toBe("ja");
    expect(a.text).toMatch(/ベトナム人/);
  });

  it("--explain lists the candidates and why the trap was rejected", async () => {
    const r = await runCli(["ask", "--explain", "How many Japanese PhD students will Vietnam accept?"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/entities: +japan \(origin\), vietnam \(agent\)/);
    expect(r.stdout).toMatch(/phd-students-250-dailywrap/);
    expect(r.stdout).toMatch(/role|origin/);
    // The rule that rejected the trap is named before its reason.
    expect(r.stdout).toMatch(
      /- \[roles-agree\] entity vietnam has role agent in the question but origin in the fact/,
    );
    expect(r.stdout).toMatch(/answer \(abstain/);
  });

  it("--explain, routed among briefings, says what chose the briefing before explaining it", async () => {
    const r = await runCli(["ask", "--explain", "When was the joint press conference with Chinh held?"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^routing:\n {2}japan-vietnam-2025: answers, fit [\d.]+, confidence [\d.]+; only it holds: pham-minh-chinh\n/,
    );
    expect(r.stdout).toMatch(/ {2}→ japan-vietnam-2025 \(names\)\n/);
    expect(r.stdout).toMatch(/entities: +pham-minh-chinh/);
    const json = await runCli(["ask", "--explain", "--json", "what did trump announce on april 9th"]);
    const e = JSON.parse(json.stdout) as { routing: { decision: { briefingId: string; reason: string } } };
    expect(e.routing.decision).toEqual({
      kind: "answer",
      briefingId: "japan-vietnam-2025",
      reason: "numbers",
    });
  });

  it("--explain --json names the rules that rejected each candidate, with every reason", async () => {
    const r = await runCli([
      "ask",
      "--explain",
      "--json",
      "How many Japanese PhD students will Vietnam accept?",
    ]);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout) as {
      candidates: { factId: string; rejectedBy: { rule: string; reasons: string[] }[] }[];
    };
    const trap = e.candidates.find((c) => c.factId === "phd-students-250-dailywrap")!;
    const roles = trap.rejectedBy.find((x) => x.rule === "roles-agree")!;
    expect(roles.reasons.length).toBeGreaterThan(0);
    expect(roles.reasons.join(" ")).toMatch(/vietnam has role agent/);
  });

  it("rejects bad usage with exit code 2 and a usage line", async () => {
    const noQuestion = await runCli(["ask"]);
    expect(noQuestion.code).toBe(2);
    expect(noQuestion.stderr).toMatch(/usage: briefbot ask/);
    const badLang = await runCli(["ask", "--lang", "fr", "hi"]);
    expect(badLang.code).toBe(2);
    expect(badLang.stderr).toMatch(/--lang must be one of en, ja, vi/);
    const badBriefing = await runCli(["ask", "--briefing", "nope", "hi"]);
    expect(badBriefing.code).toBe(2);
    expect(badBriefing.stderr).toMatch(/no briefing "nope"/);
    // A curator's briefing kept outside briefings/ is found through BRIEFINGS_DIR: the error says so.
    expect(badBriefing.stderr).toMatch(/BRIEFINGS_DIR=/);
  });
});
