/**
 * The readiness probe: one cheap, unauthenticated GET with a short timeout on the Transport's got
 * instance. It asks "does the upstream answer?", not "is this caller allowed?": any answer below 500
 * (a 401 included) means reachable. It sends no credentials, so it costs no rate-limit budget.
 */
import { RequestError } from 'got';
import { ResponseTooLarge, type Transport } from './client.js';

/** An upstream path every Genesys Cloud region serves; without a token it answers 401 at once. */
export const UPSTREAM_PROBE_PATH = '/api/v2/date';
/** The emulator's own health endpoint (emulator mode). */
export const EMULATOR_PROBE_PATH = '/__emulator/health';

export interface ProbeResult {
  ok: boolean;
  /** 0 when there was no answer. */
  status: number;
  detail: string;
}

export async function probeUpstream(transport: Transport, path: string, timeoutMs: number): Promise<ProbeResult> {
  try {
    const response = await transport.request(`${transport.baseUrl}${path}`, {
      method: 'GET',
      timeout: { request: timeoutMs },
    });
    const status = response.statusCode;
    return status < 500
      ? { ok: true, status, detail: `answered ${status}` }
      : { ok: false, status, detail: `answered ${status}` };
  } catch (err) {
    if (err instanceof ResponseTooLarge)
      return { ok: err.status < 500, status: err.status, detail: `answered ${err.status}` };
    const code = err instanceof RequestError ? err.code : 'error';
    return {
      ok: false,
      status: 0,
      detail: code === 'ETIMEDOUT' ? `no answer within ${timeoutMs} ms` : `unreachable (${code})`,
    };
  }
}
