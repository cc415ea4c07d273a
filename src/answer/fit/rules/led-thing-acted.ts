import { languagePack } from "../../../knowledge/packs.js";
import { fold } from "../../normalize.js";
import type { FitRule } from "../rule.js";
import { rejectIf } from "../rule.js";

/** Roles of a person who takes part in what a fact tells: acting in it, or the other side of it. */
const ACTING: ReadonlySet<string> = new Set(["agent", "counterpart"]);

/**
 * "Who handled the talks with the US?", 「対米交渉は誰が担当した?」, "Ai phụ trách đàm phán với
 * Mỹ?": the person who led a thing is asked (reading.yaml `whoLed`). The answer states the
 * thing (the talks, 交渉, đàm phán: the question's words other than its `ledWords`) and names a
 * person who acts in it. Another charge ("senior vice president for Europe", 欧州担当) or a
 * person who only held an office then is not who led it.
 */
export const ledThingActed: FitRule = {
  name: "led-thing-acted",
  onlyWhileFitting: false,
  check(ctx) {
    const { q, fact, index } = ctx;
    if (!q.whoLed || !q.wants.includes("person")) return undefined;
    const led = languagePack(q.lang).reading.ledWords;
    // "Who led Britain during the deal?": the deal only sets when; Britain, the thing led, is a name.
    const things = q.words.filter(
      (w) => !w.aside && !w.unknown && !led.has(fold(w.word)) && !q.settingWords.has(w.word),
    );
    if (things.length === 0) return undefined;
    const unstated = things.filter((w) => ctx.coverage.notInFact.includes(w.word)).map((w) => w.word);
    const acts = fact.entities.some(
      (e) => ACTING.has(e.role) && index.briefing.byId.entity.get(e.entity)?.kind === "person",
    );
    if (unstated.length === 0 && acts) return undefined;
    const thing = things.map((w) => w.word).join(" ");
    return rejectIf(
      [{ key: unstated.length > 0 ? this.name : "led-thing-acted.no-actor", args: { thing } }],
      {
        wantMissing: true,
      },
    );
  },
};
