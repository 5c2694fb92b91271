/** The emulator's running state, shared by the HTTP layer, the control endpoints and startEmulator. */
import type { TokenRegistry } from './auth.js';
import { HostileState } from './hostile.js';
import type { NotificationService } from './notifications/service.js';
import type { EmulatorOptions } from './options.js';
import type { Rng } from './prng.js';
import type { RateLimiter } from './rateLimit.js';
import type { RequestLog } from './requestLog.js';
import type { EmulatorStore } from './store.js';

export interface EmulatorRuntime {
  store: EmulatorStore;
  /** Live options; knobs are changed in place. */
  options: EmulatorOptions;
  requests: RequestLog;
  tokens: TokenRegistry;
  limiter: RateLimiter;
  /** Seeded stream for fault decisions and jitter. */
  faultRng: Rng;
  notifications: NotificationService;
  /** Requests held by a `hang` rule and what hostile answers did (created on first use). */
  hostile?: HostileState;
}

/** The runtime's hostile state, made on first use. */
export function hostileStateOf(rt: EmulatorRuntime): HostileState {
  return (rt.hostile ??= new HostileState(() => rt.options.hostile));
}
