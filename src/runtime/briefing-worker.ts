import { availableParallelism, loadavg } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { buildIndex } from "../answer/index-build.js";
import { packedBuffers, packIndex } from "../answer/index-cache.js";
import { loadBriefingsAt } from "../briefing/load.js";
import { engineCalibrationDerive } from "../cli/calibration-derive.js";
import { BriefbotError, BriefingError } from "../errors.js";
import type { LoaderReply } from "./briefing-loader.js";

/**
 * A worker thread that reads, validates and indexes the briefings under `root` and posts them
 * (with each index packed into transferable arrays) to the thread that serves questions, so
 * none of that work holds up its event loop. One worker per load; it exits when done.
 */
const { root, sourcesFallback } = workerData as { root: string; sourcesFallback?: string };

/**
 * A second index thread only with a core to spare: on a loaded machine it lost (bench/loop.ts:
 * 0.63× at 20,000 facts, 0.78× at 50,000 on 2 cores at load 20), and this worker is already
 * a thread beside the one serving questions.
 */
const spareCore = loadavg()[0]! < availableParallelism() - 1;

function replyOf(): LoaderReply {
  try {
    // Quotes are checked against the source texts here too: a reload never publishes one not in its source.
    // The confidence model is fitted here too, beside the index, off the thread that answers.
    const briefings = loadBriefingsAt(root, { sourcesFallback, derive: engineCalibrationDerive() });
    return {
      ok: true,
      briefings,
      packs: briefings.map((b) => packIndex(buildIndex(b, spareCore ? {} : { parallelFrom: Infinity }))),
    };
  } catch (error) {
    if (error instanceof BriefingError) return { ok: false, issues: error.issues };
    const code = error instanceof BriefbotError ? error.code : "BRIEFING_INVALID";
    return { ok: false, code, message: error instanceof Error ? error.message : String(error) };
  }
}

const reply = replyOf();
parentPort?.postMessage(reply, reply.ok ? reply.packs.flatMap(packedBuffers) : []);
