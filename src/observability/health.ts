/**
 * Liveness and readiness. `/healthz` answers while the process serves HTTP at all. `/readyz` answers 200
 * only when the gateway should get traffic: configuration valid (it loaded), Apollo started and not
 * shutting down, the upstream (or the emulator) answering, and in client-credentials mode a token
 * obtainable. The slow checks run at most once per `cacheMs`, one probe at a time, so a load balancer
 * polling many times a second costs the upstream nothing.
 */
export interface ReadinessCheck {
  name: string;
  ok: boolean;
  /** Working, but not as configured (Redis away: limits local to each replica); does not fail readiness. */
  degraded?: boolean;
  detail: string;
}

export interface ReadinessReport {
  ready: boolean;
  checks: ReadinessCheck[];
}

export interface ReadinessOptions {
  /** The slow checks (upstream probe, token); results are reused for `cacheMs`. */
  probe: () => Promise<ReadinessCheck[]>;
  cacheMs: number;
  /** Checks that cost nothing (state already known, e.g. the shared store's), evaluated on every report. */
  instant?: () => ReadinessCheck[];
  now?: () => number;
}

export class Readiness {
  private started = false;
  private draining = false;
  private cached: { at: number; checks: ReadinessCheck[] } | undefined;
  private inflight: Promise<ReadinessCheck[]> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: ReadinessOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  markStarted(): void {
    this.started = true;
  }

  /** From now on /readyz fails, so the load balancer stops sending new traffic before the server stops. */
  markDraining(): void {
    this.draining = true;
  }

  async report(): Promise<ReadinessReport> {
    const server: ReadinessCheck = {
      name: 'server',
      ok: this.started && !this.draining,
      detail: this.draining ? 'shutting down' : this.started ? 'started' : 'starting',
    };
    const checks = [
      { name: 'configuration', ok: true, detail: 'valid' },
      server,
      ...(this.options.instant?.() ?? []),
      ...(await this.slowChecks()),
    ];
    return { ready: checks.every((c) => c.ok), checks };
  }

  private async slowChecks(): Promise<ReadinessCheck[]> {
    const cached = this.cached;
    if (cached && this.now() - cached.at < this.options.cacheMs) return cached.checks;
    this.inflight ??= this.options
      .probe()
      .catch((err: unknown): ReadinessCheck[] => [
        { name: 'probe', ok: false, detail: err instanceof Error ? err.message : 'failed' },
      ])
      .then((checks) => {
        this.cached = { at: this.now(), checks };
        return checks;
      })
      .finally(() => {
        this.inflight = undefined;
      });
    return this.inflight;
  }
}
