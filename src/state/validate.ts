import { z } from "zod";
import { BriefbotError } from "../errors.js";

/** The platforms a stored row may name (the Platform type of src/commands/types.ts). */
export const PLATFORMS = ["slack", "discord", "terminal"] as const;

/** An identifier from a platform or a briefing: trimmed, not empty, at most 200 characters. */
export const idSchema = z.string().trim().min(1).max(200);

/**
 * `value` checked against `schema`; a STATE_ERROR naming the first issue
 * ("invalid <what>: <path>: <message>") when it does not fit.
 */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new BriefbotError(
    "STATE_ERROR",
    `invalid ${what}: ${issue?.path.join(".") || "input"}: ${issue?.message ?? "invalid"}`,
  );
}
