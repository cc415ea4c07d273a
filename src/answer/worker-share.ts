import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { FactTexts, ShareLayout, ShareSummary } from "./fact-entries.js";
import { currentLexicon } from "./synonyms.js";

/**
 * A share of an index build done on a worker thread (index-worker.ts) while the calling thread
 * does its own. The index is built inside a synchronous call (the first question after a
 * load), so the caller blocks in Atomics.wait at each step and reads the worker's port
 * directly. Anything that goes wrong gives undefined or false, and the caller does that share
 * itself.
 */

export enum WorkerState {
  Loading = 0,
  Started = 1,
  Counted = 2,
  LaidOut = 3,
  Done = 4,
  Failed = 5,
  Abandoned = 6,
}

/** A worker that has not started by then is taken to have failed to load. */
const START_TIMEOUT_MS = 10_000;
/** Far above any real share (seconds at 100k facts): only a worker that died gets here. */
const STEP_TIMEOUT_MS = 300_000;

const WORKER_FILE = fileURLToPath(new URL("./index-worker.js", import.meta.url));

export interface WorkerShare {
  /** Sends the worker its next run of texts; transfers their typed arrays. */
  send(input: FactTexts): void;
  /** Blocks until the worker has collected its entries: their summary, or undefined if it failed. */
  summary(): ShareSummary | undefined;
  /** Sends the layout of the worker's entries; the worker writes them while the caller goes on. */
  lay(layout: ShareLayout): void;
  /** Blocks until the worker has written its entries: whether it did. */
  written(): boolean;
  /** Ends the worker (whatever step it is at). */
  release(): void;
}

/** `state[SENT]`: how many runs of texts were sent, or ABANDONED (the worker is not needed). */
export const SENT = 1;
export const ABANDONED = -1;

/** What a worker is started with: its share's size, then its texts in runs (`send`). */
export interface ShareSize {
  facts: number;
  texts: number;
}

/**
 * Starts a worker on a share of `size`, to be sent its texts in runs with `send`; undefined
 * where there is no compiled worker (TypeScript sources under test). A thread and its modules
 * take a while to start, and the texts to pack: the worker starts on the first run while the
 * caller packs the next.
 */
export function startWorkerShare(size: ShareSize): WorkerShare | undefined {
  if (!existsSync(WORKER_FILE)) return undefined;
  const state = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(WORKER_FILE, {
      // The lexicon in use (the briefing's being built): the worker reads its words as this thread does.
      workerData: { port: port2, state, size, lexicon: currentLexicon().sets },
      transferList: [port2],
    });
  } catch {
    port1.close();
    return undefined;
  }
  worker.unref();
  /** Waits while the worker is at `step` (or loading); its state after. */
  const waitPast = (step: WorkerState, timeout: number): WorkerState => {
    for (;;) {
      const now = Atomics.load(state, 0) as WorkerState;
      if (now > step) return now;
      if (Atomics.wait(state, 0, now, timeout) === "timed-out") return Atomics.load(state, 0);
    }
  };
  return {
    send(input) {
      const transfer: ArrayBuffer[] = [input.fields.buffer, input.factEnds.buffer];
      if (!Array.isArray(input.texts)) transfer.push(input.texts.ends.buffer);
      port1.postMessage(input, transfer);
      if (Atomics.load(state, SENT) !== ABANDONED) Atomics.add(state, SENT, 1);
      Atomics.notify(state, SENT);
    },
    summary() {
      if (waitPast(WorkerState.Loading, START_TIMEOUT_MS) === WorkerState.Loading) return undefined;
      if (waitPast(WorkerState.Started, STEP_TIMEOUT_MS) !== WorkerState.Counted) return undefined;
      const message = receiveMessageOnPort(port1)?.message as { summary?: ShareSummary } | undefined;
      return message?.summary;
    },
    lay(layout) {
      port1.postMessage(layout);
      Atomics.store(state, 0, WorkerState.LaidOut);
      Atomics.notify(state, 0);
    },
    written() {
      return waitPast(WorkerState.LaidOut, STEP_TIMEOUT_MS) === WorkerState.Done;
    },
    release() {
      // A worker still waiting for texts stops waiting.
      Atomics.store(state, SENT, ABANDONED);
      Atomics.notify(state, SENT);
      if (Atomics.load(state, 0) === WorkerState.Counted) {
        Atomics.store(state, 0, WorkerState.Abandoned);
        Atomics.notify(state, 0);
      }
      port1.close();
      void worker.terminate().catch(() => undefined);
    },
  };
}
