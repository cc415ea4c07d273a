import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readLines } from "../../src/cli/lines.js";

async function linesOf(chunks: (string | Buffer)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of readLines(Readable.from(chunks))) out.push(line);
  return out;
}

describe("readLines", () => {
  it("breaks at \\n and \\r\\n only; a lone \\r is a space", async () => {
    expect(await linesOf(["a\rb\rc\n"])).toEqual(["a b c"]);
    expect(await linesOf(["one\r\ntwo\nthree"])).toEqual(["one", "two", "three"]);
    expect(await linesOf(["\n\r\n"])).toEqual(["", ""]);
  });

  it("joins lines and multi-byte characters split across chunks", async () => {
    const bytes = Buffer.from("ベトナム\r\nhi\n");
    expect(await linesOf([bytes.subarray(0, 4), bytes.subarray(4, 13), bytes.subarray(13)])).toEqual([
      "ベトナム",
      "hi",
    ]);
  });
});
