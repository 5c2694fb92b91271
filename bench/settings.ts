/** The benchmark's fixed settings, shared with test/bench. */

/** The seeded organisation the operations run on: 7 levels, 5,000 users. */
export const BENCH_ORG = { users: 5000, seed: 42 } as const;

/** The organisation and page of the memory check. */
export const MEMORY_ORG = { users: 50_000, seed: 42 } as const;

/** Upstream latency of the latency runs, ms. */
export const LATENCY_MS = 25;

/**
 * usergraph's requests/s at 0 ms measured before issue 14's cuts (bench/RESULTS.md of 2026-11-28, 8 clients):
 * the throughput targets are twice these.
 */
export const THROUGHPUT_BEFORE: Record<string, number> = { directory: 154, entities: 497 };
