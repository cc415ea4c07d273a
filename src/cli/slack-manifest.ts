import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { z } from "zod";
import { slackManifest } from "../adapters/slack/manifest.js";

export const USAGE =
  "usage: briefbot slack-manifest [--json] [--name NAME] [--http https://HOST/slack/events]";

const nameSchema = z.string().trim().min(1).max(35);
const urlSchema = z.url({ protocol: /^https$/ });

/**
 * `briefbot slack-manifest`: prints the Slack app manifest (YAML, or JSON with --json).
 * Socket Mode by default; `--http URL` makes an HTTP-mode manifest with that request URL.
 */
export async function run(args: string[]): Promise<number> {
  let values: { json?: boolean; name?: string; http?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        json: { type: "boolean" },
        name: { type: "string" },
        http: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`briefbot slack-manifest: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.name !== undefined && !nameSchema.safeParse(values.name).success) {
    process.stderr.write(
      "briefbot slack-manifest: --name must be 1 to 35 characters (Slack's limit for app names)\n",
    );
    return 2;
  }
  if (values.http !== undefined && !urlSchema.safeParse(values.http).success) {
    process.stderr.write(
      "briefbot slack-manifest: --http must be the public https URL Slack posts to, e.g. https://bot.example.com/slack/events\n",
    );
    return 2;
  }
  const manifest = slackManifest({
    ...(values.name ? { name: values.name.trim() } : {}),
    ...(values.http ? { requestUrl: values.http } : {}),
  });
  process.stdout.write(values.json ? `${JSON.stringify(manifest, null, 2)}\n` : stringify(manifest));
  return 0;
}
