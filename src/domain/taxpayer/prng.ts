/**
 * Deterministic randomness for the synthetic registry: a 32-bit mixer and mulberry32 (a small,
 * well-distributed PRNG; period 2^32 is plenty for one taxpayer's draws). No Math.random anywhere,
 * so the same (seed, index) or GSTIN always gives the same data.
 */

/** murmur3 fmix32 over a running combination of 32-bit words. */
export function mix32(...words: number[]): number {
  let h = 0x9e3779b9;
  for (const w of words) {
    h = Math.imul(h ^ (w | 0), 0x85ebca6b);
    h = (h << 13) | (h >>> 19);
    h = Math.imul(h, 5) + 0xe6546b64;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over a string, finished with fmix32. */
export function hashString(s: string, salt = 0): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/** A uniform number in [0, 1) from a 32-bit hash. */
export const unit = (h: number): number => h / 4294967296;

export type Rng = () => number;

/** mulberry32: returns numbers in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pickOf<T>(list: readonly T[], rng: Rng): T {
  return list[Math.floor(rng() * list.length)];
}

/** Picks a key by weight; `table` is [value, weight][] with positive weights. */
export function weighted<T>(table: readonly (readonly [T, number])[], r: number): T {
  let total = 0;
  for (const [, w] of table) total += w;
  let x = r * total;
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[table.length - 1][0];
}

/** An integer in [lo, hi]. */
export function intIn(lo: number, hi: number, rng: Rng): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}
