/**
 * Query protection before validation and execution (limits, bounded validation, cost model) and the
 * runtime upstream-call backstop. See plugin.ts for the order of the checks, documents.ts for the document
 * pipeline, cost.ts for the cost model, config.ts for the variables. This module exports what the gateway's
 * transports use (src/server.ts over HTTP, src/live/ws.ts over the WebSocket); tests import the parts directly.
 */
export { CostModel } from './cost.js';
export { DocumentGate, checkDocument, validateBounded } from './documents.js';
export { checkVariables } from './input.js';
export { checkOperation, protectionParseOptions, protectionPlugins } from './plugin.js';
