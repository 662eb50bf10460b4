// A small in-process cache with a time limit, shared by the Slack and Teams adapters: for lookups
// that change rarely and are asked on every message (each core query costs milliseconds through
// Prisma, and a message needs several), and for answers to a redelivered request. Failures are not cached.
export class TtlCache<T> {
  private readonly entries = new Map<string, { value: Promise<T>; until: number }>();
  constructor(private readonly ttlMs: number, private readonly maxEntries = 10_000) {}

  /** Callers asking for a key while it loads share that one load (a redelivery that overtakes the first). */
  get(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const entry = { value: load(), until: Date.now() + this.ttlMs };
    this.entries.set(key, entry);
    entry.value.catch(() => { if (this.entries.get(key) === entry) this.entries.delete(key); });
    return entry.value;
  }

  delete(key: string): void { this.entries.delete(key); }

  clear(): void { this.entries.clear(); }
}
