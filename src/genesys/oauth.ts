/**
 * The OAuth client-credentials grant (docs/upstream-api.md#oauth-client-credentials): `POST <login host>/oauth/token` with the
 * client id and secret in a Basic header and `grant_type=client_credentials` in a form body, on the
 * Transport's got instance like every other upstream call. The secret goes into that one header and
 * nowhere else (no log, no error, no event); the token goes back to the caller only.
 */
import { RequestError } from 'got';
import { ResponseTooLarge, type Transport } from './client.js';
import { UpstreamError } from './errors.js';

const TOKEN_METHOD = 'POST';
const TOKEN_ROUTE = '/oauth/token';

export interface ClientCredentials {
  /** e.g. https://login.mypurecloud.ie, or the emulator's own URL. */
  loginUrl: string;
  clientId: string;
  /** Anything that hands out the secret on purpose only (config's `Secret`). */
  clientSecret: { reveal(): string };
}

export interface AccessToken {
  accessToken: string;
  expiresInSeconds: number;
  correlationId?: string;
}

/** What observers learn about one token request: never the token, the id or the secret. */
export interface TokenFetchEvent {
  method: typeof TOKEN_METHOD;
  route: typeof TOKEN_ROUTE;
  status: number;
  durationMs: number;
  correlationId?: string;
}

interface TokenBody {
  access_token?: unknown;
  expires_in?: unknown;
  error?: unknown;
}

function parseBody(text: string): TokenBody {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
}

/**
 * A failed token request is the gateway's problem, not the caller's: it is reported as a bad gateway
 * (502, `oauth.<error>`), never as UNAUTHENTICATED, which would tell the caller to sign in again.
 */
function tokenError(message: string, code: string, correlationId?: string): UpstreamError {
  return new UpstreamError(message, 502, code, TOKEN_METHOD, TOKEN_ROUTE, correlationId);
}

export async function fetchClientCredentialsToken(
  transport: Transport,
  credentials: ClientCredentials,
  onCall?: (event: TokenFetchEvent) => void,
): Promise<AccessToken> {
  const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret.reveal()}`).toString('base64');
  const started = performance.now();
  let status = 0;
  let correlationId: string | undefined;
  try {
    const response = await transport.request(`${credentials.loginUrl.replace(/\/+$/, '')}${TOKEN_ROUTE}`, {
      method: TOKEN_METHOD,
      headers: { authorization: `Basic ${basic}` },
      form: { grant_type: 'client_credentials' },
    });
    status = response.statusCode;
    correlationId = response.headers['inin-correlation-id'] as string | undefined;
    const body = parseBody(response.body);
    if (status < 200 || status >= 300) {
      // The login host's error name goes into a message and a code: a short token, or the status.
      const error = typeof body.error === 'string' && /^[\w.-]{1,64}$/.test(body.error) ? body.error : `http.${status}`;
      throw tokenError(
        `The gateway could not obtain an access token for its OAuth client: the login host answered ${status} ${error}`,
        `oauth.${error}`,
        correlationId,
      );
    }
    const expiresIn = Number(body.expires_in);
    if (typeof body.access_token !== 'string' || body.access_token === '' || !(expiresIn > 0)) {
      throw tokenError(
        'The login host answered without an access token and its lifetime',
        'oauth.invalid_response',
        correlationId,
      );
    }
    return { accessToken: body.access_token, expiresInSeconds: expiresIn, correlationId };
  } catch (err) {
    if (err instanceof UpstreamError) throw err;
    if (err instanceof ResponseTooLarge) {
      status = err.status;
      throw tokenError(
        'The login host answered with more than the gateway reads',
        'oauth.invalid_response',
        correlationId,
      );
    }
    if (err instanceof RequestError) {
      // The got error carries the request options (and so the Basic header): only its code leaves here.
      const timedOut = err.code === 'ETIMEDOUT';
      throw new UpstreamError(
        timedOut ? 'The login host did not answer in time' : `The login host could not be reached (${err.code})`,
        0,
        timedOut ? 'timeout' : 'network.error',
        TOKEN_METHOD,
        TOKEN_ROUTE,
      );
    }
    throw err;
  } finally {
    onCall?.({
      method: TOKEN_METHOD,
      route: TOKEN_ROUTE,
      status,
      durationMs: performance.now() - started,
      correlationId,
    });
  }
}
