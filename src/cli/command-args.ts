import { type ParseArgsConfig, parseArgs } from "node:util";

/** A command-line mistake: one line for stderr, exit code 2. */
export class UsageError extends Error {}

export type CommandOptions = NonNullable<ParseArgsConfig["options"]>;

/**
 * node:util parseArgs with its errors reworded to one short line
 * ("unknown option --x", "--lang needs a value").
 */
export function parseCommandArgs<O extends CommandOptions>(
  args: string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message;
    const option = /'(-{1,2}[\w-]+)/.exec(message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`unknown option ${option}`);
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
      throw new UsageError(`unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ""}`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new UsageError(
        message.includes("does not take") ? `${option} takes no value` : `${option} needs a value`,
      );
    }
    throw new UsageError(message);
  }
}
