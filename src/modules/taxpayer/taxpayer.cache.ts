/**
 * In-memory cache of the taxpayer provider's answers (issue 4: "results are cached with a
 * configurable lifetime, shown in the response headers"). One entry per (route, key); bounded,
 * the oldest entry evicted first. Failures (404 and upstream errors) are never cached, so a
 * taxpayer registered a moment ago is found at once. Per instance: with several instances each
 * keeps its own copy.
 */
import type { Clock } from '../../core/clock.ts';

export interface CacheOutcome<T> {
  value: T;
  hit: boolean;
  /** Seconds since the value was fetched. */
  age: number;
  /** Seconds the value stays fresh (0 when caching is off). */
  maxAge: number;
}

interface Entry {
  value: unknown;
  storedAt: number;
  expiresAt: number;
}

export class TtlCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly ttlSeconds: number,
    private readonly clock: Clock,
    readonly maxEntries = 10_000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The cached value of `key`, or `load()`'s (stored when the lifetime is above 0). */
  async get<T>(key: string, load: () => Promise<T>): Promise<CacheOutcome<T>> {
    const now = this.clock.now().getTime();
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > now) {
      return {
        value: entry.value as T,
        hit: true,
        age: Math.max(0, Math.floor((now - entry.storedAt) / 1000)),
        maxAge: Math.max(0, Math.ceil((entry.expiresAt - now) / 1000)),
      };
    }
    if (entry) this.entries.delete(key);
    if (this.ttlSeconds <= 0) return { value: await load(), hit: false, age: 0, maxAge: 0 };
    // Concurrent misses of one key share one provider call.
    let pending = this.inflight.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = load();
      this.inflight.set(key, pending);
      pending.then(
        (value) => {
          this.inflight.delete(key);
          this.store(key, value);
        },
        () => this.inflight.delete(key),
      );
    }
    return { value: await pending, hit: false, age: 0, maxAge: this.ttlSeconds };
  }

  private store(key: string, value: unknown): void {
    const now = this.clock.now().getTime();
    this.entries.delete(key);
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    this.entries.set(key, { value, storedAt: now, expiresAt: now + this.ttlSeconds * 1000 });
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The response headers of a cached answer: `Cache-Control: private, max-age=<remaining>`, `X-Cache`, `Age`. */
export function cacheHeaders(outcome: Pick<CacheOutcome<unknown>, 'hit' | 'age' | 'maxAge'>): Record<string, string> {
  return {
    'cache-control': `private, max-age=${outcome.maxAge}`,
    'x-cache': outcome.hit ? 'HIT' : 'MISS',
    age: String(outcome.age),
  };
}
