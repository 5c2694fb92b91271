/** What every part of the organisation generator shares: the seeded stream, the store, the fixed clock. */
import type { Rng } from '../prng.js';
import type { EmulatorStore } from '../store.js';

/** The fixed "now" of generated data, so that the same seed gives byte-identical data. */
export const GEN_EPOCH = Date.UTC(2025, 5, 2, 9, 0, 0);
export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const GEOLOCATION_CLIENT_IDS = ['browser', 'mobile', 'desktop'] as const;
export const ORG_DOMAIN = 'northwind.example';

export const iso = (ms: number): string => new Date(ms).toISOString();

export function ascii(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * The generator's state. Every eager part draws from the one `rng`, in the order generateOrg calls them: that
 * order is part of the seed's meaning (reordering two calls changes every id after them).
 */
export interface Gen {
  seed: number;
  store: EmulatorStore;
  rng: Rng;
  /** The next id from the stream. */
  id: () => string;
}
