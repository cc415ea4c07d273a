import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { adoptIndex, indexFor } from "../answer/index-build.js";
import { type PackedIndex, unpackIndex } from "../answer/index-cache.js";
import type { Briefing } from "../briefing/types.js";
import { engineCalibrationDerive } from "../cli/calibration-derive.js";
import { BriefbotError, BriefingError, type BriefingIssue, type ErrorCode } from "../errors.js";

/** What the loader worker posts back. */
export type LoaderReply =
  | { ok: true; briefings: Briefing[]; packs: PackedIndex[] }
  | { ok: false; issues: BriefingIssue[] }
  | { ok: false; code: ErrorCode; message: string };

const WORKER_FILE = fileURLToPath(new URL("./briefing-worker.js", import.meta.url));
/** Far above a real load (seconds at 100k facts): only a stuck worker gets here. */
const LOAD_TIMEOUT_MS = 300_000;

/**
 * Loads the briefings under `root` with their indexes built, off the calling thread: a worker
 * reads, validates and indexes them, and this thread only receives the result and puts each
 * index in service (so the first question does not build it). Rejects with the same
 * BriefingError as a load here. Where no compiled worker exists (TypeScript sources under
 * test) it loads on this thread.
 */
export function loadBriefingsOffThread(root: string, sourcesFallback?: string): Promise<Briefing[]> {
  if (!existsSync(WORKER_FILE)) {
    return import("../briefing/load.js").then(({ loadBriefingsAt }) => {
      const briefings = loadBriefingsAt(root, { sourcesFallback, derive: engineCalibrationDerive() });
      for (const b of briefings) indexFor(b);
      return briefings;
    });
  }
  return new Promise<Briefing[]>((resolve, reject) => {
    let settled = false;
    // No --import/--require hooks of the parent: the loader needs plain Node.
    const worker = new Worker(WORKER_FILE, {
      workerData: { root, ...(sourcesFallback ? { sourcesFallback } : {}) },
      execArgv: [],
    });
    const timer = setTimeout(() => {
      finish(() =>
        reject(
          new BriefbotError("BRIEFING_INVALID", `loading ${root} took over ${LOAD_TIMEOUT_MS / 1000} s`),
        ),
      );
      void worker.terminate();
    }, LOAD_TIMEOUT_MS);
    timer.unref();
    const finish = (then: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      then();
    };
    worker.once("message", (reply: LoaderReply) =>
      finish(() => {
        if (reply.ok) resolve(adopted(reply.briefings, reply.packs));
        else if ("issues" in reply) reject(new BriefingError(reply.issues));
        else reject(new BriefbotError(reply.code, reply.message));
      }),
    );
    worker.once("error", (error) => finish(() => reject(error)));
    worker.once("exit", (code) =>
      finish(() =>
        reject(new BriefbotError("BRIEFING_INVALID", `the briefing loader stopped (exit ${code})`)),
      ),
    );
  });
}

/** Puts each briefing's index in service (an index that does not unpack is built on first use). */
function adopted(briefings: Briefing[], packs: readonly PackedIndex[]): Briefing[] {
  briefings.forEach((briefing, i) => {
    const pack = packs[i];
    const index = pack && unpackIndex(briefing, pack);
    if (index) adoptIndex(index);
  });
  return briefings;
}
