import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { AdapterHealth } from "../adapters/health.js";
import type { CommandOutcome } from "../commands/deps.js";

/** Prometheus metrics for /metrics. One registry per app instance, so tests do not collide. */
export class BotMetrics {
  readonly registry = new Registry();
  readonly questions = new Counter({
    name: "briefbot_questions_total",
    help: "Questions the command layer ran (`ask`), by platform and result (answered, abstained, invalid, rate_limited, error)",
    labelNames: ["platform", "result"] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: "briefbot_answer_latency_seconds",
    help: "Time from an inbound event to the reply payload, by platform",
    labelNames: ["platform"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: "briefbot_errors_total",
    help: "Errors inside handlers, by platform",
    labelNames: ["platform"] as const,
    registers: [this.registry],
  });
  readonly digests = new Counter({
    name: "briefbot_digests_total",
    help: "Digest deliveries, by platform and outcome (sent, failed, skipped, missed, paused)",
    labelNames: ["platform", "outcome"] as const,
    registers: [this.registry],
  });

  readonly commands = new Counter({
    name: "briefbot_commands_total",
    help: "Commands run by the command layer, by platform, command and result (answered, abstained, invalid, rate_limited, denied, ok, error)",
    labelNames: ["platform", "command", "result"] as const,
    registers: [this.registry],
  });
  readonly briefingFacts = new Gauge({
    name: "briefbot_briefing_facts",
    help: "Facts in the default briefing in service (0 when none is loaded)",
    registers: [this.registry],
  });
  readonly briefingReloads = new Counter({
    name: "briefbot_briefing_reloads_total",
    help: "Briefing folder reloads after an edit, by outcome (loaded, rejected)",
    labelNames: ["outcome"] as const,
    registers: [this.registry],
  });
  private adapterLinks: () => readonly { name: string; health(): AdapterHealth }[] = () => [];
  readonly adapterConnected = new Gauge({
    name: "briefbot_adapter_connected",
    help: "1 when the adapter's link to its platform is up, else 0",
    labelNames: ["platform"] as const,
    registers: [this.registry],
    collect: () => {
      for (const adapter of this.adapterLinks()) {
        let up = false;
        try {
          up = adapter.health().connected;
        } catch {
          up = false;
        }
        this.adapterConnected.set({ platform: adapter.name }, up ? 1 : 0);
      }
    },
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** Reports the adapters' links on every scrape. */
  watchAdapters(adapters: () => readonly { name: string; health(): AdapterHealth }[]): void {
    this.adapterLinks = adapters;
  }

  /**
   * One finished command from the command layer (wire it as the service's `onOutcome`).
   * Questions and errors caught inside a command count here, from the command layer's own
   * result, so every platform counts them the same way; adapters count latency and their
   * own platform errors.
   */
  recordCommand(outcome: CommandOutcome): void {
    this.commands.inc({ platform: outcome.platform, command: outcome.command, result: outcome.result });
    if (outcome.command === "ask") this.questions.inc({ platform: outcome.platform, result: outcome.result });
    if (outcome.result === "error") this.errors.inc({ platform: outcome.platform });
  }
}
