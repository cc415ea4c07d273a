/**
 * Scrubs secrets from a finished log line, whatever path put them there: an error's message,
 * stack or request URL, a nested body. Known values (the configured tokens) are replaced
 * wherever they occur; tokens that are made per request (Discord interaction tokens, Slack
 * response URLs) are recognised by where they sit.
 */
export const REDACTED = "[redacted]";

const PATTERNS: readonly [RegExp, string][] = [
  // Discord interaction tokens travel in the URL: /interactions/:id/:token/callback, /webhooks/:app/:token.
  [/(\/(?:interactions|webhooks)\/\d+\/)[^/\s"'?\\]+/g, `$1${REDACTED}`],
  // Slack response URLs are credentials until they expire.
  [/(hooks\.slack(?:-gov)?\.com\/(?:commands|actions|services)\/)[^\s"'\\]+/g, `$1${REDACTED}`],
  // Slack tokens of every kind.
  [/\bx(?:ox[abpreso]|app)-[A-Za-z0-9-]+/g, REDACTED],
  // Discord bot tokens: three dot-separated base64url parts.
  [/\b[A-Za-z0-9_-]{18,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}\b/g, REDACTED],
  // Authorization headers however they were serialised.
  [/\b(Bot|Bearer) [A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`],
  // A "token" field in a JSON body (Discord interactions, Slack payloads).
  [
    /("(?:token|interaction_token|access_token|signingSecret|signing_secret)"\s*:\s*")[^"]*"/gi,
    `$1${REDACTED}"`,
  ],
];

/** Replaces every known secret value and every token pattern in `line`. */
export function redactLine(line: string, secrets: readonly string[] = []): string {
  let out = line;
  for (const secret of secrets) {
    if (secret.length >= 6 && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}
