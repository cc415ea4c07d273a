import type { MessagePort } from "node:worker_threads";
import { workerData } from "node:worker_threads";
import { collectEntries, type FactTexts } from "./fact-entries.js";
import { WORKER_DONE, WORKER_STARTED } from "./worker-entries.js";

/**
 * A worker thread's share of an index build: the entries of the facts it was sent, posted
 * back on `port`. `state` tells the waiting thread it started and when it is done (that
 * thread is blocked in Atomics.wait and reads the port synchronously).
 */
interface IndexWorkerData {
  input: FactTexts;
  port: MessagePort;
  state: Int32Array;
}

const { input, port, state } = workerData as IndexWorkerData;
Atomics.store(state, 0, WORKER_STARTED);
Atomics.notify(state, 0);
try {
  const result = collectEntries(input);
  port.postMessage({ result }, [
    ...result.blocks.map((block) => block.buffer),
    result.factEnds.buffer,
    result.lengths.buffer,
  ]);
} catch (error) {
  port.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
port.close();
Atomics.store(state, 0, WORKER_DONE);
Atomics.notify(state, 0);
