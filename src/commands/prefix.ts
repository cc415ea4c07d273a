import type { CommandContext } from "./types.js";

/** How commands are typed where a reply is read: `/brief ask …` in Slack and Discord, `/ask …` in the terminal chat. */
export function commandPrefix(platform: CommandContext["platform"]): string {
  return platform === "terminal" ? "/" : "/brief ";
}
