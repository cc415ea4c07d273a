import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { forgetStampedKeys, RACY_MS, STAMPS_FILE, stampedKey } from "../../src/briefing/stamped-key.js";

// Keys of files' contents remembered by the files' stamps (src/briefing/stamped-key.ts).
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  forgetStampedKeys();
});

function folder(): { dir: string; cache: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-stamps-"));
  made.push(dir);
  const files = ["a.yaml", "b.yaml"].map((name) => join(dir, name));
  for (const file of files) writeFileSync(file, `${file}\n`);
  return { dir, cache: join(dir, "cache"), files };
}

/** A compute that counts its calls. */
function counting(key = "k1") {
  const calls = { n: 0 };
  const compute = () => {
    calls.n++;
    return key;
  };
  return { calls, compute };
}

/** Long after the files were written: their stamps can be trusted. */
const later = () => Date.now() + 10 * RACY_MS;

describe("stampedKey", () => {
  it("computes once while no file's stamp changes, in this process and the next", () => {
    const { cache, files } = folder();
    const { calls, compute } = counting();
    expect(stampedKey(cache, "x", files, compute, later())).toBe("k1");
    expect(stampedKey(cache, "x", files, compute, later())).toBe("k1");
    forgetStampedKeys(); // another process reads the memo from the disk
    expect(stampedKey(cache, "x", files, compute, later())).toBe("k1");
    expect(calls.n).toBe(1);
  });

  it("computes again when a file is written, touched, removed, or the list changes", () => {
    const { dir, cache, files } = folder();
    const first = counting("k1");
    stampedKey(cache, "x", files, first.compute, later());
    const cases: [string, () => readonly string[]][] = [
      [
        "written",
        () => {
          writeFileSync(files[0]!, "other text\n");
          return files;
        },
      ],
      [
        "touched",
        () => {
          utimesSync(files[1]!, new Date(2_000_000), new Date(2_000_000));
          return files;
        },
      ],
      [
        "another file",
        () => {
          writeFileSync(join(dir, "c.yaml"), "c\n");
          return [...files, join(dir, "c.yaml")];
        },
      ],
      ["one file fewer", () => files.slice(1)],
    ];
    for (const [what, change] of cases) {
      const list = change();
      const next = counting(what);
      expect(stampedKey(cache, "x", list, next.compute, later()), what).toBe(what);
      expect(next.calls.n, what).toBe(1);
    }
  });

  it("keeps keys apart by id", () => {
    const { cache, files } = folder();
    stampedKey(cache, "x", files, () => "for x", later());
    expect(stampedKey(cache, "y", files, () => "for y", later())).toBe("for y");
    expect(stampedKey(cache, "x", files, () => "again", later())).toBe("for x");
  });

  it("does not remember the key of files written within RACY_MS (their stamp may hide a write)", () => {
    const { cache, files } = folder();
    const { calls, compute } = counting();
    stampedKey(cache, "x", files, compute);
    stampedKey(cache, "x", files, compute);
    expect(calls.n).toBe(2);
  });

  it("computes every time when a file is missing, and when the memo cannot be read", () => {
    const { dir, cache, files } = folder();
    const { calls, compute } = counting();
    const gone = [...files, join(dir, "gone.yaml")];
    stampedKey(cache, "x", gone, compute, later());
    stampedKey(cache, "x", gone, compute, later());
    expect(calls.n).toBe(2);
    stampedKey(cache, "x", files, compute, later());
    writeFileSync(join(cache, STAMPS_FILE), "{not json");
    forgetStampedKeys();
    expect(stampedKey(cache, "x", files, compute, later())).toBe("k1");
    expect(calls.n).toBe(4);
  });
});
