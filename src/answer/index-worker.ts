import type { MessagePort } from "node:worker_threads";
import { receiveMessageOnPort, workerData } from "node:worker_threads";
import {
  collectEntries,
  type FactTexts,
  type ShareLayout,
  scatterEntries,
  summaryOf,
} from "./fact-entries.js";
import { INPUT, InputState, WorkerState } from "./worker-share.js";

/**
 * A worker thread's share of an index build (the calling thread is blocked in Atomics.wait
 * and reads `port` synchronously; `state` says where the worker is):
 * 1. wait for its texts (the caller gathers them while this thread starts), collect the
 *    entries of those facts, post their summary (terms, counts);
 * 2. wait for the layout of the postings, which needs every share's counts;
 * 3. write its entries into the shared postings arrays, beside the calling thread.
 */
interface IndexWorkerData {
  port: MessagePort;
  state: Int32Array;
}

const { port, state } = workerData as IndexWorkerData;

function moveTo(next: WorkerState): void {
  Atomics.store(state, 0, next);
  Atomics.notify(state, 0);
}

moveTo(WorkerState.Started);
try {
  Atomics.wait(state, INPUT, InputState.Waiting);
  if (Atomics.load(state, INPUT) !== InputState.Sent) throw new Error("abandoned before its texts came");
  const input = receiveMessageOnPort(port)?.message as FactTexts | undefined;
  if (!input) throw new Error("no texts");
  const entries = collectEntries(input);
  const summary = summaryOf(entries);
  port.postMessage({ summary }, [summary.counts.buffer, summary.lengths.buffer]);
  moveTo(WorkerState.Counted);
  Atomics.wait(state, 0, WorkerState.Counted);
  if (Atomics.load(state, 0) === WorkerState.LaidOut) {
    const layout = receiveMessageOnPort(port)?.message as ShareLayout | undefined;
    if (!layout) throw new Error("no layout");
    scatterEntries(entries, layout);
    moveTo(WorkerState.Done);
  }
} catch {
  moveTo(WorkerState.Failed);
}
port.close();
