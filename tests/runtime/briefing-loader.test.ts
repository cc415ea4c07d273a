import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadBriefingsAt } from "../../src/briefing/load.js";
import { BriefingError } from "../../src/errors.js";
import { copyFixture, edit, FIXTURE_ROOT } from "../briefing/helpers.js";

/**
 * The running bot reads, validates and indexes briefings on a worker thread. Workers run
 * compiled JavaScript, so this loads the build in dist/ (`npm test` builds it first).
 */
const DIST = new URL("../../dist/", import.meta.url);
const built = existsSync(new URL("runtime/briefing-worker.js", DIST));
if (!built && process.env.CI) throw new Error("dist/ is missing: `npm test` builds it before the tests run");

type Loader = typeof import("../../src/runtime/briefing-loader.js");
type Answers = typeof import("../../src/answer/index.js");
type Store = typeof import("../../src/briefing/store-of.js");
const load = async () => ({
  loader: (await import(new URL("runtime/briefing-loader.js", DIST).href)) as Loader,
  answers: (await import(new URL("answer/index.js", DIST).href)) as Answers,
  store: (await import(new URL("briefing/store-of.js", DIST).href)) as Store,
});

describe.skipIf(!built)("briefings loaded on a worker thread", () => {
  it("are the briefings a load here gives, with an index that answers alike", async () => {
    const { loader, answers, store } = await load();
    const offThread = await loader.loadBriefingsOffThread(FIXTURE_ROOT);
    const here = loadBriefingsAt(FIXTURE_ROOT);
    expect(offThread).toEqual(here);
    const a = store.briefingStoreOf(offThread);
    const b = store.briefingStoreOf(loadBriefingsAt(FIXTURE_ROOT));
    for (const q of [
      "How many passengers will the ferry carry?",
      "市議会は何を承認したか",
      "Who won the election?",
    ])
      expect(answers.answerQuestion(q, a)).toEqual(answers.answerQuestion(q, b));
  });

  it("rejects an invalid folder with the located problems a load here gives", async () => {
    const { loader } = await load();
    const { root, dir } = copyFixture();
    edit(`${dir}/facts.yaml`, "  topics: [transport, city]", "  topics: [transport, nowhere]");
    const here = (() => {
      try {
        loadBriefingsAt(root);
      } catch (error) {
        return error as BriefingError;
      }
    })();
    expect(here).toBeInstanceOf(BriefingError);
    const error = await loader.loadBriefingsOffThread(root).catch((e: unknown) => e);
    expect((error as BriefingError).code).toBe("BRIEFING_INVALID");
    expect((error as BriefingError).issues).toEqual(here!.issues);
    expect((error as Error).message).toBe(here!.message);
  });

  it("rejects a folder that is not there with a message naming it", async () => {
    const { loader } = await load();
    const error = await loader.loadBriefingsOffThread("/nonexistent/briefings").catch((e: unknown) => e);
    expect((error as Error).message).toContain("/nonexistent/briefings");
  });
});
