/**
 * Deterministic randomness for the emulator: a mulberry32 generator, a 32-bit mixing hash to derive
 * independent streams (per user, per analytics slot) from the org seed, and UUIDs in v4 format drawn
 * from a stream. Same seed => same organisation, ids included.
 */

export type Rng = () => number;

/** mulberry32: small, fast, good enough for test data. Returns floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes any number of integers into one 32-bit value (murmur3 finaliser per step). */
export function hash32(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    let k = Math.imul((part | 0) ^ Math.floor(part / 4294967296), 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A v4-format UUID whose 122 random bits come from the given stream. */
export function uuidFrom(rng: Rng): string {
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const w = Math.floor(rng() * 4294967296) >>> 0;
    b.push(w >>> 24, (w >>> 16) & 0xff, (w >>> 8) & 0xff, w & 0xff);
  }
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  // One join gives a flat string (concatenation would build a rope per id, which costs memory at scale).
  return [
    HEX[b[0]],
    HEX[b[1]],
    HEX[b[2]],
    HEX[b[3]],
    '-',
    HEX[b[4]],
    HEX[b[5]],
    '-',
    HEX[b[6]],
    HEX[b[7]],
    '-',
    HEX[b[8]],
    HEX[b[9]],
    '-',
    HEX[b[10]],
    HEX[b[11]],
    HEX[b[12]],
    HEX[b[13]],
    HEX[b[14]],
    HEX[b[15]],
  ].join('');
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** k distinct items, in a random order. */
export function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const n = Math.min(k, items.length);
  const copy = items.slice();
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rng() * (copy.length - i));
    const tmp = copy[i];
    copy[i] = copy[j];
    copy[j] = tmp;
  }
  return copy.slice(0, n);
}
