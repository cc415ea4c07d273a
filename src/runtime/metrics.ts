import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

/** Prometheus metrics for /metrics. One registry per app instance, so tests do not collide. */
export class BotMetrics {
  readonly registry = new Registry();
  readonly questions = new Counter({
    name: "briefbot_questions_total",
    help: "Questions received, by platform and result (answered, abstained, invalid, rate_limited)",
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

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry });
  }
}
