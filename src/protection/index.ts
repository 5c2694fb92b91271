/**
 * Query protection before validation and execution (limits, bounded validation, cost model) and the
 * runtime upstream-call backstop. See plugin.ts for the order of the checks, documents.ts for the document
 * pipeline, cost.ts for the cost model, config.ts for the variables.
 */
export { PROTECTION_ENV, protectionConfigFromEnv, type ProtectionConfig } from './config.js';
export {
  AdmissionControl,
  createAdmission,
  type Admission,
  type AdmissionSettings,
  type RefusalReason,
} from './admission.js';
export { CallBudget } from './budget.js';
export { CostModel, callKindOf, type CallKind, type CostOptions } from './cost.js';
export { DocumentGate, checkDocument, validateBounded, type DocumentVerdict } from './documents.js';
export { ProtectionErrorCode, UpstreamCallBudgetExceeded, type LimitDetail } from './errors.js';
export { checkVariables, checkLiterals } from './input.js';
export {
  checkCost,
  checkOperation,
  checkShape,
  countEntityRepresentations,
  protectionParseOptions,
  protectionPlugins,
} from './plugin.js';
export { measureDocument, measureOperation, type OperationShape } from './shape.js';
