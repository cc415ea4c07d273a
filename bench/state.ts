import type { BenchTable } from "./types.js";

// Placeholder until its owner lands the real benchmark.
export async function bench(): Promise<BenchTable[]> {
  return [];
}
