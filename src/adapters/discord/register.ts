import { REST, Routes } from "discord.js";
import { briefCommand } from "./commands.js";
import { toPlatformError } from "./platform-error.js";

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register in one server only: instant, good for trying it out. Global otherwise (may take up to an hour to show). */
  guildId?: string;
  /** Test seam: the REST base. */
  apiUrl?: string;
}

/**
 * Registers `/brief` by overwriting the application's commands (PUT is idempotent: running
 * it twice leaves one command). Returns the names Discord now has.
 */
export async function registerCommands(options: RegisterOptions): Promise<string[]> {
  const rest = new REST({
    version: "10",
    retries: 1,
    ...(options.apiUrl ? { api: options.apiUrl } : {}),
  }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  try {
    const result = (await rest.put(route, { body: [briefCommand()] })) as { name: string }[];
    return result.map((c) => c.name);
  } catch (thrown) {
    throw toPlatformError(thrown, "register commands");
  }
}
