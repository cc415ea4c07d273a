/** One table of results for the benchmark report. */
export interface BenchTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** Targets and notes printed under the table. */
  notes?: string[];
}

/** p-th percentile (0–100) of a list of numbers, by nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function ms(value: number, digits = 3): string {
  return value.toFixed(digits);
}
