import { describe, expect, it } from "vitest";
import { withLazy } from "../../src/knowledge/lazy.js";
import { languagePack } from "../../src/knowledge/packs.js";

describe("withLazy", () => {
  it("makes a property at its first read only, then keeps it", () => {
    let made = 0;
    const o = withLazy(
      { on: "folded" },
      {
        re: () => {
          made++;
          return /a/u;
        },
      },
    );
    expect("re" in o).toBe(true);
    expect(made).toBe(0);
    const first = o.re;
    expect(o.re).toBe(first);
    expect(made).toBe(1);
    expect(Object.keys(o)).toEqual(["on", "re"]);
  });

  it("keeps a made value of undefined without making it again", () => {
    let made = 0;
    const o = withLazy(
      {},
      {
        re: (): RegExp | undefined => {
          made++;
          return undefined;
        },
      },
    );
    expect(o.re).toBeUndefined();
    expect(o.re).toBeUndefined();
    expect(made).toBe(1);
  });

  it("gives a pack's cues and patterns as their expressions", () => {
    const en = languagePack("en");
    const cue = en.asks.find((a) => a.kind === "number")?.cue;
    expect(cue?.re).toBeInstanceOf(RegExp);
    expect(cue?.re.test("how many people live there")).toBe(true);
    expect(en.reading.asksSource === undefined || en.reading.asksSource.re instanceof RegExp).toBe(true);
  });
});
