/**
 * Per-user sliding-window limit on questions (default 20 a minute). Platform-neutral: the
 * key is "platform:workspace:user".
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly perMinute = 20,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a hit; returns 0 when allowed, otherwise the milliseconds until one is. */
  take(key: string): number {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => t - at < 60_000);
    if (recent.length >= this.perMinute) {
      this.hits.set(key, recent);
      return 60_000 - (t - recent[0]!);
    }
    recent.push(t);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.sweep(t);
    return 0;
  }

  private sweep(t: number): void {
    for (const [key, list] of this.hits) if (list.every((at) => t - at >= 60_000)) this.hits.delete(key);
  }
}
