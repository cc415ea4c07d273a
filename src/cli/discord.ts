import { z } from "zod";
import { registerCommands } from "../adapters/discord/register.js";

export const USAGE = "usage: briefbot discord register [--guild ID]\n";

const snowflake = z.string().regex(/^\d{15,21}$/);

/** Reads the variables registration needs; one actionable line per problem, never a value. */
function readEnv(
  env: NodeJS.ProcessEnv,
): { ok: true; token: string; applicationId: string; apiUrl?: string } | { ok: false; error: string } {
  const token = env.DISCORD_TOKEN?.trim();
  if (!token)
    return {
      ok: false,
      error: "DISCORD_TOKEN is not set: the bot token from the Developer Portal (Bot → Reset Token)",
    };
  const applicationId = env.DISCORD_APPLICATION_ID?.trim();
  if (!applicationId)
    return {
      ok: false,
      error:
        "DISCORD_APPLICATION_ID is not set: the Application ID from the Developer Portal (General Information)",
    };
  if (!snowflake.safeParse(applicationId).success)
    return {
      ok: false,
      error:
        "DISCORD_APPLICATION_ID is malformed: it should be the numeric Application ID, e.g. 1234567890123456789",
    };
  const apiUrl = env.DISCORD_API_URL?.trim();
  if (apiUrl && !z.url({ protocol: /^https?$/ }).safeParse(apiUrl).success)
    return {
      ok: false,
      error: "DISCORD_API_URL is malformed: it should be an http(s) URL such as https://discord.com/api",
    };
  return { ok: true, token, applicationId, ...(apiUrl ? { apiUrl } : {}) };
}

function parseArgs(args: string[]): { ok: true; guildId?: string } | { ok: false; error: string } {
  let guildId: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--guild") guildId = args[++i];
    else if (arg.startsWith("--guild=")) guildId = arg.slice("--guild=".length);
    else return { ok: false, error: `unknown option "${arg}"` };
    if (guildId === undefined || !snowflake.safeParse(guildId).success)
      return {
        ok: false,
        error:
          "--guild needs the numeric server id (Developer Mode → right-click the server → Copy Server ID)",
      };
  }
  return { ok: true, ...(guildId ? { guildId } : {}) };
}

/** `briefbot discord register [--guild ID]`: registers the /brief command with Discord. */
export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "register") {
    process.stderr.write(sub ? `briefbot discord: unknown subcommand "${sub}"\n${USAGE}` : USAGE);
    return 2;
  }
  const parsed = parseArgs(rest);
  if (!parsed.ok) {
    process.stderr.write(`briefbot discord register: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const config = readEnv(env);
  if (!config.ok) {
    process.stderr.write(`briefbot discord register: ${config.error}\n`);
    return 1;
  }
  try {
    const names = await registerCommands({
      ...config,
      ...(parsed.guildId ? { guildId: parsed.guildId } : {}),
    });
    const where = parsed.guildId
      ? `in server ${parsed.guildId} (available now)`
      : "globally (Discord may take up to an hour to show it everywhere)";
    process.stdout.write(`Registered ${names.map((n) => `/${n}`).join(", ")} ${where}.\n`);
    return 0;
  } catch (thrown) {
    const raw = thrown instanceof Error ? thrown.message : String(thrown);
    const message = /Discord said 401\b/.test(raw)
      ? "Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal"
      : raw;
    // Error texts from Discord name the route, never the token; redact defensively anyway.
    process.stderr.write(`briefbot discord register: ${message.split(config.token).join("[redacted]")}\n`);
    return 1;
  }
}
