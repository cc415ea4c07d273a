/**
 * What of an error is safe to log: name, message, stack, Slack's error code and HTTP status.
 * Never the whole object: an HTTP client error carries its request config, bearer token included.
 */
export function safeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & { code?: unknown; data?: { error?: unknown }; statusCode?: unknown };
  const out: Record<string, unknown> = { type: e.name, message: e.message, stack: e.stack };
  if (typeof e.code === "string") out.code = e.code;
  if (typeof e.data?.error === "string") out.slackError = e.data.error;
  if (typeof e.statusCode === "number") out.status = e.statusCode;
  if (e.cause !== undefined && depth < 2) out.cause = safeError(e.cause, depth + 1);
  return out;
}
