import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { FactEntries, FactTexts } from "./fact-entries.js";

/**
 * Collects a share of an index build's entries on a worker thread while the caller does its
 * own share, then hands them over synchronously: the index is built inside a synchronous
 * call (the first question after a load), so the caller blocks in Atomics.wait for the rest
 * and reads the worker's port directly. Anything that goes wrong gives undefined, and the
 * caller collects that share itself.
 */

export const WORKER_STARTED = 1;
export const WORKER_DONE = 2;
/** A worker that has not started by then is taken to have failed to load. */
const START_TIMEOUT_MS = 10_000;
/** Far above any real share (seconds at 100k facts): only a worker that died gets here. */
const DONE_TIMEOUT_MS = 300_000;

const WORKER_FILE = fileURLToPath(new URL("./index-worker.js", import.meta.url));

export interface PendingEntries {
  /** Blocks until the worker is done: its entries, or undefined if it failed. */
  take(): FactEntries | undefined;
}

/** Starts a worker on `input`; undefined where there is no compiled worker (TypeScript sources under test). */
export function collectEntriesInWorker(input: FactTexts): PendingEntries | undefined {
  if (!existsSync(WORKER_FILE)) return undefined;
  const state = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(WORKER_FILE, {
      workerData: { input, port: port2, state },
      transferList: [port2, input.fields.buffer, input.factEnds.buffer],
    });
  } catch {
    port1.close();
    return undefined;
  }
  worker.unref();
  return {
    take() {
      try {
        if (Atomics.wait(state, 0, 0, START_TIMEOUT_MS) === "timed-out") return undefined;
        Atomics.wait(state, 0, WORKER_STARTED, DONE_TIMEOUT_MS);
        if (Atomics.load(state, 0) !== WORKER_DONE) return undefined;
        const message = receiveMessageOnPort(port1)?.message as { result?: FactEntries } | undefined;
        return message?.result;
      } finally {
        port1.close();
        void worker.terminate().catch(() => undefined);
      }
    },
  };
}
