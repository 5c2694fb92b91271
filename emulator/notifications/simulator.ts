/**
 * The activity simulator (knob `activityPerSecond`): N changes per second across the organisation, for
 * demos and load. Each change moves one user's presence (to another presence definition) or routing status
 * (to another status), through the store's change bus like a write through the API. The users changed are
 * those some channel subscribes to (so every change is seen), or anyone when nobody subscribes.
 * `step(n, userIds?)` makes n changes at once, among those users when given (tests use it instead of waiting).
 */
import { ROUTING_STATUSES } from '../names.js';
import type { EmulatorOptions } from '../options.js';
import type { Rng } from '../prng.js';
import { nowIso, type EmulatorStore } from '../store.js';

/** Changes are made in ticks of this length, so a high rate is smooth and a low one still happens. */
const TICK_MS = 50;

export class ActivitySimulator {
  private timer?: NodeJS.Timeout;
  private owed = 0;
  /** Changes made so far. */
  changes = 0;

  constructor(
    private readonly store: EmulatorStore,
    private readonly options: EmulatorOptions,
    private readonly rng: Rng,
    private readonly subscribedUserIds: () => string[],
  ) {
    this.sync();
  }

  /** Starts or stops the ticking to match the knob (called after every knob change). */
  sync(): void {
    const rate = this.options.activityPerSecond ?? 0;
    if (rate > 0 && !this.timer) {
      this.timer = setInterval(() => this.tick(rate), TICK_MS);
      this.timer.unref();
    } else if (rate <= 0 && this.timer) {
      this.stop();
    } else if (this.timer) {
      // Rate changed: restart with the new rate.
      this.stop();
      this.sync();
    }
  }

  private tick(rate: number): void {
    if ((this.options.activityPerSecond ?? 0) !== rate) return this.sync();
    this.owed += (rate * TICK_MS) / 1000;
    const n = Math.floor(this.owed);
    this.owed -= n;
    if (n > 0) this.step(n);
  }

  step(n: number, userIds?: readonly string[]): void {
    const subscribed = userIds ?? this.subscribedUserIds();
    const defs = [...this.store.presenceDefs.values()].filter((p) => p.primary);
    for (let i = 0; i < n; i++) {
      const id = subscribed.length > 0 ? subscribed[Math.floor(this.rng() * subscribed.length)] : undefined;
      const user = id ? this.store.user(id) : this.store.sortedUsers()[Math.floor(this.rng() * this.store.userCount)];
      if (!user || user.state !== 'active') continue;
      const sub = this.store.sub(user);
      if (this.rng() < 0.5 && defs.length > 1) {
        const others = defs.filter((d) => d.id !== sub.presence.definitionId);
        const def = others[Math.floor(this.rng() * others.length)];
        sub.presence = {
          definitionId: def.id,
          modifiedDate: nowIso(),
          ...(sub.presence.message !== undefined ? { message: sub.presence.message } : {}),
        };
      } else {
        const others = ROUTING_STATUSES.filter((s) => s !== sub.routingStatus.status);
        sub.routingStatus = { status: others[Math.floor(this.rng() * others.length)], startTime: nowIso() };
      }
      this.changes += 1;
      this.store.touch(user);
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.owed = 0;
  }
}
