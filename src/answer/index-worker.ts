import type { MessagePort } from "node:worker_threads";
import { receiveMessageOnPort, workerData } from "node:worker_threads";
import {
  EntryCollector,
  type FactTexts,
  type ShareLayout,
  scatterEntries,
  summaryOf,
} from "./fact-entries.js";
import { type LexiconSets, lexiconOf, withLexicon } from "./synonyms.js";
import { ABANDONED, SENT, type ShareSize, WorkerState } from "./worker-share.js";

/**
 * A worker thread's share of an index build (the calling thread is blocked in Atomics.wait
 * and reads `port` synchronously; `state` says where the worker is):
 * 1. collect the entries of its facts, run by run as the caller packs and sends their texts
 *    (the first run comes while this thread starts), and post their summary (terms, counts);
 * 2. wait for the layout of the postings, which needs every share's counts;
 * 3. write its entries into the shared postings arrays, beside the calling thread.
 */
interface IndexWorkerData {
  port: MessagePort;
  state: Int32Array;
  size: ShareSize;
  /** The lexicon of the briefing being built. */
  lexicon: LexiconSets;
}

const { port, state, size, lexicon } = workerData as IndexWorkerData;

function moveTo(next: WorkerState): void {
  Atomics.store(state, 0, next);
  Atomics.notify(state, 0);
}

/** Steps 1 to 3. */
function share(): void {
  const collector = new EntryCollector(size.facts, size.texts);
  for (let received = 0, facts = 0; facts < size.facts; received++) {
    Atomics.wait(state, SENT, received);
    if (Atomics.load(state, SENT) === ABANDONED) throw new Error("abandoned before its texts came");
    const input = receiveMessageOnPort(port)?.message as FactTexts | undefined;
    if (!input) throw new Error("no texts");
    collector.add(input);
    facts += input.factEnds.length;
  }
  const entries = collector.done();
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
}

moveTo(WorkerState.Started);
try {
  withLexicon(lexiconOf(lexicon), share);
} catch {
  moveTo(WorkerState.Failed);
}
port.close();
