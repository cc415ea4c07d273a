import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { briefCommand, SUBCOMMANDS } from "../../src/adapters/discord/commands.js";
import { run } from "../../src/cli/discord.js";
import { FakeDiscord } from "../fakes/discord/index.js";

/** Discord's rule for command and option names (CHAT_INPUT). */
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

interface Named {
  name: string;
  description: string;
  name_localizations?: Record<string, string> | null;
  description_localizations?: Record<string, string> | null;
  options?: Named[];
}

function walk(node: Named, visit: (n: Named, siblings: Named[]) => void, siblings: Named[] = [node]): void {
  visit(node, siblings);
  for (const child of node.options ?? []) walk(child, visit, node.options ?? []);
}

describe("/brief command definition", () => {
  const command = briefCommand() as unknown as Named;

  it("has every subcommand", () => {
    expect(command.options?.map((o) => o.name)).toEqual([...SUBCOMMANDS]);
  });

  it("follows Discord's naming and length rules in every locale", () => {
    walk(command, (n, siblings) => {
      for (const locale of ["ja", "vi"]) {
        expect(n.name_localizations?.[locale], `${n.name} ${locale}`).toBeDefined();
        expect(n.description_localizations?.[locale], `${n.name} ${locale}`).toBeDefined();
      }
      const names = [n.name, ...Object.values(n.name_localizations ?? {})];
      const descriptions = [n.description, ...Object.values(n.description_localizations ?? {})];
      for (const name of names) {
        expect(name, name).toMatch(NAME);
        expect(name).toBe(name.toLowerCase());
      }
      for (const d of descriptions) {
        expect(d.length, d).toBeGreaterThan(0);
        expect(d.length, d).toBeLessThanOrEqual(100);
      }
      // Sibling names must be unique in each locale, or Discord rejects the whole command.
      for (const locale of ["ja", "vi"]) {
        const localized = siblings.map((s) => s.name_localizations?.[locale] ?? s.name);
        expect(new Set(localized).size).toBe(localized.length);
      }
    });
  });

  it("offers the answer language as en/ja/vi choices with localized names", () => {
    const ask = command.options?.find((o) => o.name === "ask") as unknown as {
      options: {
        name: string;
        choices?: { name: string; value: string; name_localizations: Record<string, string> }[];
      }[];
    };
    const language = ask.options.find((o) => o.name === "language")!;
    expect(language.choices?.map((c) => c.value)).toEqual(["en", "ja", "vi"]);
    for (const c of language.choices ?? []) {
      for (const n of [c.name, ...Object.values(c.name_localizations)]) {
        expect(n.length).toBeGreaterThan(0);
        expect(n.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it("offers the digest's language as the same choices", () => {
    const digest = command.options?.find((o) => o.name === "digest") as unknown as {
      options: { name: string; choices?: { value: string }[] }[];
    };
    expect(digest.options.find((o) => o.name === "language")?.choices?.map((c) => c.value)).toEqual([
      "en",
      "ja",
      "vi",
    ]);
  });

  it("limits the question to 1,000 characters on the client", () => {
    const ask = command.options?.find((o) => o.name === "ask");
    expect(ask?.options?.[0]).toMatchObject({ name: "question", required: true, max_length: 4000 });
  });
});

describe("briefbot discord register", () => {
  let fake: FakeDiscord;
  let out: string[];
  let err: string[];
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake?.close();
  });

  function capture(): void {
    out = [];
    err = [];
    vi.spyOn(process.stdout, "write").mockImplementation((s) => {
      out.push(String(s));
      return true;
    });
    vi.spyOn(process.stderr, "write").mockImplementation((s) => {
      err.push(String(s));
      return true;
    });
  }

  const TOKEN = "MTAwMDAw.secret-token-value.xyz";
  const env = (extra: Record<string, string | undefined> = {}) => ({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: "100000000000000001",
    DISCORD_API_URL: fake.apiUrl,
    ...extra,
  });

  it("registers /brief in one guild with PUT, authenticated with the bot token", async () => {
    capture();
    const code = await run(["register", "--guild", "100000000000000002"], env());
    vi.restoreAllMocks();
    expect(code).toBe(0);
    const put = fake.calls.find((c) => c.method === "PUT")!;
    expect(put.path).toBe("/applications/100000000000000001/guilds/100000000000000002/commands");
    expect(put.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(put.body).toEqual([briefCommand()]);
    expect(out.join("")).toContain("Registered /brief in server 100000000000000002");
    expect(out.join("") + err.join("")).not.toContain(TOKEN);
  });

  it("registers globally without --guild", async () => {
    capture();
    const code = await run(["register"], env());
    vi.restoreAllMocks();
    expect(code).toBe(0);
    expect(fake.calls.filter((c) => c.method === "PUT").at(-1)!.path).toBe(
      "/applications/100000000000000001/commands",
    );
    expect(out.join("")).toContain("globally");
  });

  it("names a missing or malformed variable in one line, never the token", async () => {
    capture();
    expect(await run(["register"], env({ DISCORD_TOKEN: undefined }))).toBe(1);
    expect(await run(["register"], env({ DISCORD_APPLICATION_ID: "" }))).toBe(1);
    expect(await run(["register"], env({ DISCORD_APPLICATION_ID: "my-app" }))).toBe(1);
    expect(await run(["register", "--guild", "general"], env())).toBe(2);
    vi.restoreAllMocks();
    expect(err[0]).toMatch(/^briefbot discord register: DISCORD_TOKEN is not set: .*\n$/);
    expect(err[1]).toMatch(/DISCORD_APPLICATION_ID is not set/);
    expect(err[2]).toMatch(/DISCORD_APPLICATION_ID is malformed/);
    expect(err[3]).toMatch(/--guild needs the numeric server id/);
    expect(err.join("")).not.toContain(TOKEN);
  });

  it("reports Discord refusing the token without printing it", async () => {
    fake.failNext((c) => c.method === "PUT", {
      status: 401,
      body: { message: "401: Unauthorized", code: 0 },
    });
    capture();
    const code = await run(["register"], env());
    vi.restoreAllMocks();
    expect(code).toBe(1);
    expect(err.join("")).toMatch(/Discord rejected DISCORD_TOKEN \(401 Unauthorized\)/);
    expect(err.join("")).not.toContain(TOKEN);
  });
});
