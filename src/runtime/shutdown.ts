import type { Logger } from "./logger.js";

/** One thing to close at shutdown, in order: a step that fails is logged and the rest still run. */
export interface ShutdownStep {
  name: string;
  run: () => Promise<void> | void;
}

/** Runs the steps in order; never throws. Returns the names of the steps that failed. */
export async function closeInOrder(steps: readonly ShutdownStep[], logger: Logger): Promise<string[]> {
  const failed: string[] = [];
  for (const step of steps) {
    try {
      await step.run();
      logger.debug({ step: step.name }, "shutdown: closed");
    } catch (error) {
      failed.push(step.name);
      logger.error({ err: error, step: step.name }, "shutdown: close failed");
    }
  }
  return failed;
}

export interface SignalOptions {
  logger: Logger;
  /** How long a clean stop may take before the process is forced out (default 10 s). */
  timeoutMs?: number;
  /** Where signals come from and how the process ends; `process` by default (tests inject). */
  target?: Pick<NodeJS.Process, "on" | "off">;
  exit?: (code: number) => void;
}

/**
 * On SIGTERM or SIGINT: stop taking new events, finish what is in flight, close everything
 * (all inside `stop`), then exit 0. If that takes longer than the timeout, or a second signal
 * arrives, exit 1 at once. Returns a function that removes the handlers.
 */
export function exitOnSignals(stop: () => Promise<void>, options: SignalOptions): () => void {
  const target = options.target ?? process;
  const exit =
    options.exit ??
    ((code: number) => {
      // The last log lines ("stopped cleanly") must not be lost to an async destination.
      options.logger.flush();
      process.exit(code);
    });
  const timeoutMs = options.timeoutMs ?? 10_000;
  let stopping = false;

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      options.logger.warn({ signal }, "second signal: exiting now");
      exit(1);
      return;
    }
    stopping = true;
    options.logger.info({ signal, timeoutMs }, "shutting down");
    const timer = setTimeout(() => {
      options.logger.error({ timeoutMs }, "shutdown took too long: forcing exit");
      exit(1);
    }, timeoutMs);
    timer.unref();
    stop().then(
      () => {
        clearTimeout(timer);
        options.logger.info("stopped cleanly");
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(timer);
        options.logger.error({ err: error }, "shutdown failed");
        exit(1);
      },
    );
  };
  const onTerm = () => onSignal("SIGTERM");
  const onInt = () => onSignal("SIGINT");
  // `on`, not `once`: a second signal must reach the handler too (to force the exit).
  target.on("SIGTERM", onTerm);
  target.on("SIGINT", onInt);
  return () => {
    target.off("SIGTERM", onTerm);
    target.off("SIGINT", onInt);
  };
}
