import { createInterface, type Interface } from "node:readline";
import { messages } from "../../commands/messages.js";
import { reply } from "../../commands/reply.js";
import type { Command, CommandContext } from "../../commands/types.js";
import type { Lang } from "../../i18n/lang.js";
import { runExchange } from "../pipeline.js";
import type { AdapterDeps, AdapterHealth, ChatAdapter } from "../types.js";
import { renderReply } from "./render.js";

export interface TerminalOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Printed before each line is read; "" for none (tests, piped input). Default "> ". */
  prompt?: string;
  /** Printed once at start. */
  greeting?: string;
  userId?: string;
  locale?: Lang;
  /** Columns to wrap replies to; by default the output terminal's width, read at each reply (none for pipes). */
  columns?: number;
}

export interface TerminalAdapter extends ChatAdapter {
  readonly name: "terminal";
  /** Settles when the person leaves (/quit, Ctrl-D, Ctrl-C, end of input) and every reply is printed. */
  readonly closed: Promise<void>;
}

const QUIT = new Set(["/quit", "/exit", "/q"]);
const FEEDBACK: Record<string, boolean> = { "/helpful": true, "/not-helpful": false, "/unhelpful": false };

/**
 * The zero-config chat: a REPL on a terminal (or any pair of streams). Plain text is a
 * question; `/ask`, `/topics`, `/topic NAME`, `/sources`, `/digest`, `/help` are commands;
 * `/quit` or Ctrl-D ends it. Lines are answered one at a time, in order.
 */
export function createTerminalAdapter(deps: AdapterDeps, options: TerminalOptions): TerminalAdapter {
  const prompt = options.prompt ?? "> ";
  const ctx: CommandContext = {
    platform: "terminal",
    workspaceId: "local",
    channelId: "terminal",
    userId: options.userId ?? "local",
    isDirect: true,
    canManageChannel: true,
    ...(options.locale ? { locale: options.locale } : {}),
  };
  let rl: Interface | undefined;
  let queue: Promise<void> = Promise.resolve();
  let open = false;
  /** Set by /quit: lines typed after it are dropped. End of input still answers what was read. */
  let quitting = false;
  let lastAnswerId: string | undefined;
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });

  const write = (text: string) => {
    options.output.write(text);
  };
  // A real terminal on both ends gets readline's line editing; pipes get plain lines.
  const isTTY =
    (options.input as { isTTY?: boolean }).isTTY === true &&
    (options.output as { isTTY?: boolean }).isTTY === true;
  const width = () =>
    options.columns ?? (isTTY ? (options.output as { columns?: number }).columns : undefined);
  const render = (r: Parameters<typeof renderReply>[0]) => renderReply(r, { width: width() });
  const showPrompt = () => {
    if (!open || !prompt) return;
    if (isTTY && rl) rl.prompt();
    else write(prompt);
  };

  /** A line (or a ready command) through the shared pipeline; replies are printed. */
  function exchange(input: string | Command): Promise<void> {
    return runExchange(deps, {
      platform: "terminal",
      surface: "line",
      input,
      ...(options.locale ? { locale: options.locale } : {}),
      context: () => ctx,
      send: async (result) => {
        if (result.answerId && result.actions.length > 0) lastAnswerId = result.answerId;
        write(render(result));
      },
    });
  }

  async function handleLine(raw: string): Promise<void> {
    const line = raw.trim();
    if (quitting || line === "") return;
    const lower = line.toLowerCase();
    if (QUIT.has(lower)) {
      quitting = true;
      rl?.close();
      return;
    }
    const helpful = FEEDBACK[lower];
    if (helpful === undefined) return exchange(line);
    if (lastAnswerId) return exchange({ name: "feedback", answerId: lastAnswerId, helpful });
    const lang = options.locale ?? "en";
    write(render(reply({ kind: "error", text: messages(lang).noAnswerToRate, lang })));
  }

  return {
    name: "terminal",
    closed,
    async start() {
      if (rl) return;
      rl = createInterface({ input: options.input, output: options.output, terminal: isTTY, prompt });
      open = true;
      if (options.greeting) write(`${options.greeting}\n`);
      showPrompt();
      rl.on("line", (line) => {
        queue = queue.then(() => handleLine(line)).then(showPrompt);
      });
      // Ctrl-C in a TTY arrives here (raw mode), not as a process signal: leave cleanly.
      rl.on("SIGINT", () => rl?.close());
      rl.on("close", () => {
        open = false;
        queue.then(resolveClosed, resolveClosed);
      });
    },
    async stop() {
      if (!rl) resolveClosed();
      rl?.close();
      await closed;
    },
    health(): AdapterHealth {
      return { connected: open, detail: open ? "terminal chat open" : "terminal chat closed" };
    },
  };
}
