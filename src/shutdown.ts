/**
 * The shutdown sequence of the process, in one place. On the first SIGTERM or SIGINT:
 *   1. the drain hooks run at once (the gateway's /readyz starts failing);
 *   2. SHUTDOWN_DELAY_MS passes, so load balancers and Kubernetes endpoints stop sending traffic;
 *   3. the closers run one after the other, in the order they were added (src/index.ts: the gateway, which
 *      stops listening, closes idle keep-alive connections and gives in-flight operations SHUTDOWN_TIMEOUT_MS;
 *      then the embedded emulator and the tracer); a failing closer is logged and the next one still runs;
 *   4. the process exits 0.
 * A guard timer exits 1 should a closer hang well past those two durations.
 *
 * The same signal can arrive more than once, and that must not cut the drain short: `kill -TERM -<pgid>`
 * (a container runtime, a terminal's Ctrl-C) reaches node *and* npm under `npm start`, and npm forwards what
 * it gets to its child. So a repeated SIGTERM or SIGINT during the drain is logged and ignored. Stopping
 * without waiting takes a deliberate, different signal: SIGQUIT (Ctrl-\ in a terminal) exits 1 at once;
 * an orchestrator's SIGKILL at the end of its grace period does the same.
 */
import type { Logger } from './observability/logging.js';

export interface ShutdownOptions {
  delayMs: number;
  timeoutMs: number;
  log: Logger;
  /** Process exit; replaced in tests. */
  exit?: (code: number) => void;
}

/** Signals that start the drain; repeats are ignored. */
const DRAIN_SIGNALS = ['SIGTERM', 'SIGINT'] as const;
/** The signal that stops at once, without waiting for in-flight operations. */
const QUIT_SIGNAL = 'SIGQUIT';
/** The guard timer's margin past SHUTDOWN_DELAY_MS + SHUTDOWN_TIMEOUT_MS. */
const GUARD_MARGIN_MS = 10_000;

export class Shutdown {
  readonly #drainHooks: Array<() => void> = [];
  readonly #closers: Array<{ name: string; close: () => Promise<void> }> = [];
  readonly #options: ShutdownOptions;
  #started: string | undefined;

  constructor(options: ShutdownOptions) {
    this.#options = options;
  }

  /** Runs as soon as the drain starts, before SHUTDOWN_DELAY_MS (e.g. readiness starts failing). */
  onDrainStart(hook: () => void): void {
    this.#drainHooks.push(hook);
  }

  /** Adds a step to run after SHUTDOWN_DELAY_MS; steps run in the order they were added. */
  addCloser(name: string, close: () => Promise<void>): void {
    this.#closers.push({ name, close });
  }

  /** The signal that started the drain, if it has started. */
  get startedBy(): string | undefined {
    return this.#started;
  }

  /** Installs the signal handlers on `proc` (the Node process). */
  install(proc: NodeJS.Process = process): void {
    for (const signal of DRAIN_SIGNALS) proc.on(signal, () => void this.begin(signal));
    proc.on(QUIT_SIGNAL, () => this.quit(QUIT_SIGNAL));
  }

  /** Starts the drain; resolves once every closer has run (and the exit is called). Idempotent. */
  async begin(signal: string): Promise<void> {
    const { log, delayMs, timeoutMs } = this.#options;
    if (this.#started) {
      log.info(
        { signal, drainingSince: this.#started },
        `${signal} again: already draining, in-flight operations still finish (SIGQUIT stops at once)`,
      );
      return;
    }
    this.#started = signal;
    const exit = this.#options.exit ?? ((code: number) => process.exit(code));
    log.info({ signal, delayMs, timeoutMs }, 'shutting down');
    const guard = setTimeout(
      () => {
        log.error('shutdown did not finish in time; exiting');
        exit(1);
      },
      delayMs + timeoutMs + GUARD_MARGIN_MS,
    ).unref();
    for (const hook of this.#drainHooks) hook();
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    for (const { name, close } of this.#closers) {
      await close().catch((err: unknown) =>
        log.error({ error: err instanceof Error ? err.message : String(err) }, `closing the ${name} failed`),
      );
    }
    log.info('stopped');
    clearTimeout(guard);
    exit(0);
  }

  quit(signal: string): void {
    this.#options.log.warn({ signal }, `${signal}: exiting without waiting for in-flight operations`);
    (this.#options.exit ?? ((code: number) => process.exit(code)))(1);
  }
}
