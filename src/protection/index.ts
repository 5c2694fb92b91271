/**
 * Query protection before execution (limits, cost model) and the runtime upstream-call backstop.
 * See plugin.ts for why it is a plugin, cost.ts for the cost model, config.ts for the variables.
 */
export { PROTECTION_ENV, protectionConfigFromEnv, type ProtectionConfig } from './config.js';
export { CallBudget } from './budget.js';
export { CostModel, callKindOf, type CallKind, type CostOptions } from './cost.js';
export { ProtectionErrorCode, UpstreamCallBudgetExceeded, type LimitDetail } from './errors.js';
export { checkOperation, checkShape, protectionParseOptions, protectionPlugins } from './plugin.js';
export { measureOperation, type OperationShape } from './shape.js';
