/**
 * The API's OpenAPI 3 description (emulator/openapi.json, written by scripts/gen-openapi.ts), served at
 * GET /api/v2/docs/openapi.json: public and never counted, like an API's documentation.
 */
import { readFileSync } from 'node:fs';

export const OPENAPI_PATH = '/api/v2/docs/openapi.json';

let document: unknown;
/** Read once, on the first request for it (beside this module, in the source tree and in dist/ alike). */
export function openApiDocument(): unknown {
  document ??= JSON.parse(readFileSync(new URL('./openapi.json', import.meta.url), 'utf8')) as unknown;
  return document;
}
