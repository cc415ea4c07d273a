import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BUILD_TIMEOUT_MS, buildIfMissing, MAIN, REPO } from "./built-cli.js";

/** `briefbot --help`, `--version` and `<command> --help`, on the built CLI in a real process. */

beforeAll(() => buildIfMissing(), BUILD_TIMEOUT_MS);

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: REPO,
    encoding: "utf8",
    env: { ...process.env, BRIEFINGS_DIR: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The commands the top-level help lists ("  ask: …"). */
const commandsOf = (help: string) => [...help.matchAll(/^ {2}([a-z-]+): /gm)].map((m) => m[1]!);

let top: ReturnType<typeof cli>;
/** `briefbot NAME --help` for every command the top-level help lists. */
const own = new Map<string, ReturnType<typeof cli>>();
beforeAll(() => {
  top = cli("--help");
  for (const name of commandsOf(top.stdout)) own.set(name, cli(name, "--help"));
}, 180_000);

describe("the CLI's help", () => {
  it("--version prints package.json's version", () => {
    const { version } = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string };
    const r = cli("--version");
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`briefbot ${version}`);
  });

  it("lists every command with every option of its usage", () => {
    expect(top.code).toBe(0);
    expect([...own.keys()]).toEqual(
      expect.arrayContaining(["start", "ask", "check", "digest", "discord", "gaps"]),
    );
    for (const [name, r] of own) {
      const flags = new Set(r.stdout.split("\n\n")[0]!.match(/--[a-z-]+/g) ?? []);
      for (const flag of flags) expect(top.stdout, `${name} ${flag}`).toContain(flag);
    }
  });

  it("answers --help on every command with its usage and exit 0", () => {
    for (const [name, r] of own) {
      expect(r.code, `${name} --help: ${r.stderr}`).toBe(0);
      expect(r.stdout, name).toMatch(new RegExp(`^usage: briefbot ${name}\\b`));
      expect(r.stderr, name).toBe("");
    }
  });

  it("takes --help after a subcommand's own words too", () => {
    const r = cli("discord", "register", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: briefbot discord register/);
  });

  it("points an unknown command at the help, exit 2", () => {
    const r = cli("frobnicate");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
    expect(r.stderr).toContain("briefbot --help");
  });
});

describe("dates on the command line", () => {
  it.each(["2025-02-30", "2025-13-01", "2025-04-31", "2025-4-1"])("refuses --since %s, exit 2", (day) => {
    const r = cli("digest", "--preview", "--since", day);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--since/);
    expect(r.stdout).toBe("");
  });

  it("takes a real day (a leap day too)", () => {
    expect(cli("digest", "--preview", "--since", "2024-02-29").code).toBe(0);
  });
});
