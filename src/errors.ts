/**
 * One error module for the whole app. Every error carries a stable `code` and, where it
 * wraps another, the `cause`; specific errors carry what a person needs to act.
 */
export type ErrorCode =
  | "BRIEFING_INVALID"
  | "CONFIG_INVALID"
  | "COMMAND_INVALID"
  | "PLATFORM_ERROR"
  | "RATE_LIMITED"
  | "STATE_ERROR"
  | "SCHEDULE_INVALID"
  | "UNEXPECTED";

export class BriefbotError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** One problem found in a briefing file, located for the curator. */
export interface BriefingIssue {
  file: string;
  line: number;
  col: number;
  message: string;
  /** A warning does not stop a load (only `check --strict` fails on it); absent means error. */
  severity?: "warning";
}

export class BriefingError extends BriefbotError {
  readonly issues: BriefingIssue[];
  constructor(issues: BriefingIssue[]) {
    super("BRIEFING_INVALID", issues.map(formatBriefingIssue).join("\n"));
    this.issues = issues;
  }
}

export function formatBriefingIssue(issue: BriefingIssue): string {
  const warning = issue.severity === "warning" ? "warning: " : "";
  return `${issue.file}:${issue.line}:${issue.col}: ${warning}${issue.message}`;
}

/** A configuration variable that is missing or malformed. Never carries the value itself. */
export class ConfigError extends BriefbotError {
  readonly variable: string;
  constructor(variable: string, expected: string) {
    super("CONFIG_INVALID", `${variable}: ${expected}`);
    this.variable = variable;
  }
}

/** Several bad variables at once, so a person fixes them in one go; `errors` holds each. */
export class ConfigErrors extends ConfigError {
  readonly errors: readonly ConfigError[];
  constructor(errors: readonly ConfigError[]) {
    const first = errors[0] ?? new ConfigError("environment", "invalid");
    super(first.variable, first.message.slice(first.variable.length + 2));
    this.errors = errors.length > 0 ? errors : [first];
    this.message = this.errors.map((e) => e.message).join("\n");
  }
}

export class ScheduleError extends BriefbotError {
  readonly field: "schedule" | "timezone";
  constructor(field: "schedule" | "timezone", message: string) {
    super("SCHEDULE_INVALID", message);
    this.field = field;
  }
}

/** A platform call failed; `retryAfterMs` is set when the platform said when to retry. */
export class PlatformError extends BriefbotError {
  readonly platform: string;
  readonly retryAfterMs: number | undefined;
  /** The channel is gone or the bot was removed: retrying will not help. */
  readonly permanent: boolean;
  constructor(
    platform: string,
    message: string,
    options: { retryAfterMs?: number; permanent?: boolean; cause?: unknown } = {},
  ) {
    super(options.retryAfterMs !== undefined ? "RATE_LIMITED" : "PLATFORM_ERROR", message, {
      cause: options.cause,
    });
    this.platform = platform;
    this.retryAfterMs = options.retryAfterMs;
    this.permanent = options.permanent ?? false;
  }
}

/** Wraps anything thrown into a BriefbotError, keeping the original as `cause`. */
export function asBriefbotError(thrown: unknown): BriefbotError {
  if (thrown instanceof BriefbotError) return thrown;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new BriefbotError("UNEXPECTED", message, { cause: thrown });
}
