import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { run } from "../../src/cli/slack-manifest.js";

/** Runs the CLI command, capturing what it prints. */
async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  const code = await run(args);
  vi.restoreAllMocks();
  return { code, out, err };
}

afterEach(() => {
  vi.restoreAllMocks();
});

interface Manifest {
  display_information: { name: string; description: string; long_description: string };
  features: {
    app_home: { messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: { command: string; usage_hint: string; url?: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

describe("briefbot slack-manifest", () => {
  it("prints a YAML manifest for Socket Mode with the scopes, /brief, events, interactivity and the DM tab", async () => {
    const { code, out } = await cli([]);
    expect(code).toBe(0);
    const m = parse(out) as Manifest;
    expect(m.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining([
        "commands",
        "chat:write",
        "app_mentions:read",
        "im:history",
        "im:read",
        "im:write",
        "users:read",
        "channels:history",
        "groups:history",
      ]),
    );
    expect(m.features.slash_commands).toEqual([
      expect.objectContaining({ command: "/brief", usage_hint: expect.stringContaining("ask QUESTION") }),
    ]);
    expect(m.settings.event_subscriptions.bot_events).toEqual(["app_mention", "message.im"]);
    expect(m.settings.interactivity.is_enabled).toBe(true);
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(m.settings.event_subscriptions.request_url).toBeUndefined();
    expect(m.features.app_home).toMatchObject({
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });

  it("prints JSON with --json, and an HTTP-mode manifest with --http URL", async () => {
    const { code, out } = await cli([
      "--json",
      "--http",
      "https://bot.example.com/slack/events",
      "--name",
      "Team brief",
    ]);
    expect(code).toBe(0);
    const m = JSON.parse(out) as Manifest;
    expect(m.display_information.name).toBe("Team brief");
    // Bot display names allow only a-z, 0-9, - _ and .
    expect(m.features.bot_user.display_name).toBe("team-brief");
    expect(m.settings.socket_mode_enabled).toBe(false);
    expect(m.settings.event_subscriptions.request_url).toBe("https://bot.example.com/slack/events");
    expect(m.settings.interactivity.request_url).toBe("https://bot.example.com/slack/events");
    expect(m.features.slash_commands[0]?.url).toBe("https://bot.example.com/slack/events");
  });

  it("refuses a non-https request URL and unknown flags with exit code 2 and a usable message", async () => {
    const http = await cli(["--http", "http://bot.example.com/slack/events"]);
    expect(http.code).toBe(2);
    expect(http.err).toMatch(/--http must be the public https URL/);
    const unknown = await cli(["--yml"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/usage: briefbot slack-manifest/);
  });
});
