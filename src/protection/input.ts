/**
 * Bounds on input values, checked before graphql coerces them: coercion recurses once per level, so an
 * input nested 2,000 levels deep overflowed the stack (INTERNAL_SERVER_ERROR), and 1,000 levels went
 * upstream. Both walks are iterative and stop at the first bound broken, so a hostile value costs at most
 * the bound's worth of work.
 */
import { BREAK, Kind, visit, type ASTNode, type DocumentNode, type GraphQLError } from 'graphql';
import type { ProtectionConfig } from './config.js';
import { inputTooLarge } from './errors.js';

type InputLimits = Pick<ProtectionConfig, 'maxInputDepth' | 'maxInputValues'>;

/** The request's variables (raw JSON) within MAX_INPUT_DEPTH and MAX_INPUT_VALUES, or the error naming the bound. */
export function checkVariables(limits: InputLimits, variables: unknown): GraphQLError | undefined {
  if (variables === null || typeof variables !== 'object') return undefined;
  // The variables object itself is level 0: `{ "input": { "a": 1 } }` nests the value of $input 2 deep.
  const stack: Array<{ value: unknown; depth: number }> = [{ value: variables, depth: 0 }];
  let values = 0;
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (depth > 0) values += 1;
    if (values > limits.maxInputValues) {
      return inputTooLarge('variables', 'MAX_INPUT_VALUES', { actual: values, limit: limits.maxInputValues });
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > limits.maxInputDepth) {
      return inputTooLarge('variables', 'MAX_INPUT_DEPTH', { actual: depth, limit: limits.maxInputDepth });
    }
    for (const child of Array.isArray(value) ? value : Object.values(value))
      stack.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}

/** Every list or object literal of the document (arguments, defaults) within MAX_INPUT_DEPTH. */
export function checkLiterals(
  limits: Pick<ProtectionConfig, 'maxInputDepth'>,
  document: DocumentNode,
): GraphQLError | undefined {
  let depth = 0;
  let deepest = 0;
  // graphql types BREAK as unknown.
  const enter = (): unknown => {
    depth += 1;
    deepest = Math.max(deepest, depth);
    return depth > limits.maxInputDepth ? BREAK : undefined;
  };
  const leave = (): void => {
    depth -= 1;
  };
  // graphql's visit is iterative, so a literal nested thousands deep does not recurse here.
  visit(document as ASTNode, {
    [Kind.LIST]: { enter, leave },
    [Kind.OBJECT]: { enter, leave },
  });
  if (deepest > limits.maxInputDepth) {
    return inputTooLarge('an argument literal', 'MAX_INPUT_DEPTH', { actual: deepest, limit: limits.maxInputDepth });
  }
  return undefined;
}
