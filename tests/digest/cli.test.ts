import { afterEach, describe, expect, it, vi } from "vitest";
import { deliveredBefore, run } from "../../src/cli/digest.js";
import { makeBriefing } from "./fixture.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  return { out: () => out.join(""), err: () => err.join("") };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("briefbot digest --preview", () => {
  it("prints the shipped briefing's digest as terminal text, dates relative to --now", async () => {
    const io = capture();
    expect(await run(["--preview", "--now", "2025-06-27"])).toBe(0);
    const text = io.out();
    expect(text).toMatch(/^== Digest: /);
    expect(text).toContain("First digest for this channel");
    expect(text).toContain("(in 12 days)");
    expect(text).toContain("* Sources");
  });

  it("in Japanese, after the July 2025 deadline, says it passed", async () => {
    const io = capture();
    expect(await run(["--preview", "--lang", "ja", "--now", "2026-11-28"])).toBe(0);
    expect(io.out()).toContain("2025年7月9日に経過");
    expect(io.out()).not.toContain("あと");
  });

  it("rejects a missing --preview, a bad --since and a bad --timezone with exit 2 and a usage line", async () => {
    for (const args of [
      [],
      ["--preview", "--since", "yesterday"],
      ["--preview", "--timezone", "Nowhere/City"],
    ]) {
      const io = capture();
      expect(await run(args)).toBe(2);
      expect(io.err()).toMatch(/briefbot digest: .*\nusage: briefbot digest --preview/);
      vi.restoreAllMocks();
    }
  });
});

describe("--since", () => {
  it("treats facts dated before the day as delivered then, and later-dated ones as new", () => {
    const delivered = deliveredBefore(makeBriefing(), new Date("2025-05-01T00:00:00Z"), "en");
    // The deadline (9 July) and the August plan are after 1 May: not yet delivered.
    expect(delivered.map((d) => d.factId)).toEqual(["phd-training", "chip-rnd", "tariff-vietnam"]);
    expect(delivered[0]?.deliveredAt).toEqual(new Date("2025-05-01T00:00:00Z"));
  });
});
