/**
 * Remembers recently seen event ids for a window, so an event that Slack retries or Socket
 * Mode delivers twice is answered once.
 */
export class RecentIds {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly windowMs = 10 * 60_000,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 50_000,
  ) {}

  /** True the first time an id is seen within the window; false for a repeat. */
  firstSeen(id: string): boolean {
    const t = this.now();
    this.evict(t);
    const at = this.seen.get(id);
    if (at !== undefined && t - at < this.windowMs) return false;
    this.seen.set(id, t);
    return true;
  }

  private evict(t: number): void {
    // Map keeps insertion order, so the oldest entries come first.
    for (const [id, at] of this.seen) {
      if (t - at < this.windowMs && this.seen.size <= this.maxEntries) break;
      this.seen.delete(id);
    }
  }
}
