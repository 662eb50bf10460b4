// A small in-process cache with a time limit, for lookups that change rarely and are asked on
// every message. Each core query costs milliseconds through Prisma, and a message needs several.
// Failures are not cached.
export class TtlCache<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();
  constructor(private readonly ttlMs: number, private readonly maxEntries = 10_000) {}

  async get(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const value = await load();
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, until: Date.now() + this.ttlMs });
    return value;
  }

  delete(key: string): void { this.entries.delete(key); }
}
