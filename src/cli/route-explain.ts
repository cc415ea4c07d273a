import { exclusiveNames } from "../commands/route/evidence.js";
import type { RouteTrace } from "../commands/route.js";

/** Routing as a curator reads it: each briefing's evidence, then what was decided and why. */
export function formatRouting(trace: RouteTrace): string {
  const lines = ["routing:"];
  for (const e of trace.evidence) {
    const own = exclusiveNames(e, trace.evidence).map((n) => n.entity);
    const parts = [
      e.answers ? `answers, fit ${e.fit.toFixed(3)}, confidence ${e.confidence}` : "does not answer",
      ...(own.length > 0 ? [`only it holds: ${own.join(", ")}`] : []),
      ...(e.missedNumbers.length > 0 ? [`answer leaves out: ${e.missedNumbers.join(", ")}`] : []),
    ];
    lines.push(`  ${e.briefingId}: ${parts.join("; ")}`);
  }
  const d = trace.decision;
  lines.push(
    d.kind === "answer"
      ? `  → ${d.briefingId} (${d.reason})`
      : d.kind === "ask"
        ? `  → ask which: ${d.briefingIds.join(", ")}`
        : `  → ${d.briefingId}'s refusal`,
  );
  return `${lines.join("\n")}\n\n`;
}
