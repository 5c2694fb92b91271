/**
 * The gateway's readiness (/readyz): the upstream answers its probe route and, in client-credentials mode, a
 * token can be had, each within READINESS_TIMEOUT_MS. src/observability/health.ts caches and serialises it.
 */
import type { Config } from '../config.js';
import type { Transport, UpstreamCredentials } from '../genesys/client.js';
import { EMULATOR_PROBE_PATH, probeUpstream, UPSTREAM_PROBE_PATH } from '../genesys/probe.js';
import { Readiness, type ReadinessCheck } from '../observability/health.js';
import type { SharedState } from '../shared/index.js';
import { messageOf } from './observers.js';

/** Resolves within `ms` or reports that it did not; the underlying call keeps its own timeout. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function gatewayReadiness(
  config: Readonly<Config>,
  deps: { transport: Transport; credentials?: UpstreamCredentials; shared: SharedState },
): Readiness {
  const { transport, credentials, shared } = deps;
  const probePath = config.upstream.kind === 'emulator' ? EMULATOR_PROBE_PATH : UPSTREAM_PROBE_PATH;
  return new Readiness({
    cacheMs: config.readiness.cacheMs,
    // Redis away is reported (degraded), never a failure: the replicas go on with local limits.
    instant: () => shared.readinessChecks(),
    async probe() {
      const { timeoutMs } = config.readiness;
      const upstream = await probeUpstream(transport, probePath, timeoutMs);
      const checks: ReadinessCheck[] = [
        { name: 'upstream', ok: upstream.ok, detail: `${transport.baseUrl}: ${upstream.detail}` },
      ];
      if (credentials) {
        const token = await within(credentials.authorization(), timeoutMs).then(
          () => ({ ok: true, detail: 'token available' }),
          (err: unknown) => ({ ok: false, detail: messageOf(err) }),
        );
        checks.push({ name: 'oauth', ...token });
      }
      return checks;
    },
  });
}
