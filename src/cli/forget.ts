import { parseArgs } from "node:util";
import { type CliIo, openStateForReport, printable, processIo } from "../state/cli-open.js";

export const USAGE = "usage: briefbot forget --user ID [--json]";

/**
 * `briefbot forget --user ID`: removes one person's questions and feedback (and everyone's
 * feedback on their questions) and drops them as the author of the subscriptions they made.
 * The subscriptions stay: a digest belongs to its channel, and removing it would silence
 * everyone there. Reads DATABASE_URL / DATA_DIR. Exit 0 on success, 1 when the state cannot
 * be opened, 2 on bad flags.
 */
export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  let user: string;
  let json: boolean;
  try {
    const { values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: { user: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
    if (values.help === true) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    user = (values.user ?? "").trim();
    if (user === "") throw new Error("--user needs the person's platform user id, e.g. U012ABCDEF");
    json = values.json === true;
  } catch (error) {
    io.stderr.write(`briefbot forget: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const opened = await openStateForReport(io.env);
  if ("error" in opened) {
    io.stderr.write(`briefbot forget: ${opened.error}\n`);
    return 1;
  }
  if ("empty" in opened) {
    const none = { questions: 0, feedback: 0, subscriptions: 0 };
    io.stdout.write(json ? `${JSON.stringify({ user, ...none })}\n` : `Nothing stored (${opened.empty}).\n`);
    return 0;
  }
  const { store } = opened;
  try {
    const removed = await store.questions.forgetUser(user);
    io.stdout.write(
      json
        ? `${JSON.stringify({ user, ...removed })}\n`
        : `Forgot ${printable(user)}: ${removed.questions} questions and ${removed.feedback} feedback removed; ` +
            `author dropped from ${removed.subscriptions} subscriptions (kept).\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
