/**
 * What a request's resolvers read from: the client bound to its credentials, its loaders and its observation.
 * The request context (src/context.ts) is this plus the request's id and live access; a live dispatch
 * (src/live/) makes scopes of its own for the events delivered together, and so needs this type without the
 * context's, which names the live access (that would be an import cycle).
 */
import type { GenesysClient } from './genesys/client.js';
import type { Loaders } from './loaders/index.js';
import type { RequestObservation } from './observability/request.js';

export interface RequestScope {
  client: GenesysClient;
  loaders: Loaders;
  /** The request's logger (with its id), upstream calls seen so far and operation span. */
  observation: RequestObservation;
}
