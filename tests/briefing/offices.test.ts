import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { worldKnowledge } from "../../src/knowledge/world.js";
import { problems } from "./helpers.js";

/**
 * A curator never reads knowledge/world.yaml: docs/curating.md lists every office id, and an
 * unknown office is rejected with the whole list and where it is documented.
 */
const offices = worldKnowledge().offices.map((o) => o.id);

describe("offices a curator can use", () => {
  const docs = readFileSync(new URL("../../docs/curating.md", import.meta.url), "utf8");
  it.each(offices)("docs/curating.md lists %s", (id) => expect(docs).toContain(`| \`${id}\` |`));

  it.each([["trade-minister"], ["finance-minister"], ["chancellor"]])("%s is an office", (id) =>
    expect(offices).toContain(id),
  );

  it("an unknown office lists them all and points to the docs", () => {
    const [message] = problems([
      [
        "briefing.yaml",
        "    kind: person\n    names:\n      en: [Ana Lind",
        "    kind: person\n    office: harbour-master\n    names:\n      en: [Ana Lind",
      ],
    ]);
    expect(message).toContain('unknown office "harbour-master"');
    for (const id of offices) expect(message).toContain(id);
    expect(message).toContain("docs/curating.md");
  });
});
