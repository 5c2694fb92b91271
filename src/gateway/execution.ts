/**
 * Compiled execution. Apollo Server parses, validates and runs every plugin hook as usual; the execution step
 * itself runs a document's operation through graphql-jit's compiled form of it instead of graphql-js's
 * interpreter once the operation has run `COMPILE_AFTER_EXECUTIONS` times (a one-off document never pays for
 * a compilation). Why: graphql-js resolves each field through a generic walk that allocates an arguments
 * object, a field map and a null-prototype result object per field; on a 100-user directory page that was
 * over a third of the gateway's allocation and most of its garbage collection (bench/PROFILE.md).
 *
 * What stays as it was:
 * - Variables are coerced by graphql-js first, so a bad variable gets graphql-js's own error (and Apollo's 400).
 * - A request that asks for a federated trace (`apollo-federation-include-trace: ftv1`) runs through graphql-js,
 *   whose resolvers Apollo instruments for the trace.
 * - An operation graphql-jit cannot compile runs through graphql-js, always.
 * Plugged in through Apollo's executor interface (`gateway`), which hands over the schema and nothing else.
 */
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getVariableValues,
  GraphQLError,
  Kind,
  getNamedType,
  isInputObjectType,
  valueFromASTUntyped,
  printSchema,
  type ExecutionResult,
  type GraphQLInputObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayContext } from '../context.js';

type ExecutorGateway = ApolloServerOptionsWithGateway<GatewayContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<ExecutorGateway['load']>>['executor']>;
type ExecutorRequest = Parameters<Executor>[0];

export interface CompiledExecutionOptions {
  /** Runs through graphql-js before an operation is compiled (COMPILE_AFTER_EXECUTIONS); 0: from the first. */
  compileAfter: number;
  /** Told of each operation as it falls due, and what became of it (metrics, tests). */
  onCompile?: (event: CompileEvent) => void;
}

interface CompileEvent {
  operationName: string | undefined;
  /** `compiled`; `refused`: graphql-jit gave errors; `skipped`: it takes a recursive input type (not tried). */
  outcome: 'compiled' | 'refused' | 'skipped';
  durationMs: number;
}

/** Per operation node: runs so far, then its compiled form, or `interpreted` when graphql-jit refused it. */
type OperationState = { runs: number } | { compiled: CompiledQuery } | 'interpreted';

/**
 * graphql-jit's errors as graphql-js's own: its error class leaves `extensions` undefined when the thrown error
 * has none, which Apollo's error formatting does not expect (it answered "Internal server error" in their place).
 * Same message, path, locations and original error; extensions from the original error, as graphql-js does.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const normal = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    ...(error.extensions ? { extensions: error.extensions } : {}),
  });
  // graphql-js derives locations from AST nodes, which graphql-jit does not keep; it hands them over computed.
  if (error.locations)
    Object.defineProperty(normal, 'locations', { value: error.locations, enumerable: true, writable: true });
  return normal;
}

async function withGraphQLErrors(result: ExecutionResult | Promise<ExecutionResult>): Promise<ExecutionResult> {
  const settled = await result;
  return settled.errors ? { ...settled, errors: settled.errors.map(asGraphQLError) } : settled;
}

/**
 * Input object types whose fields lead back to themselves (UserSearchCriteria's `group`, say). graphql-jit
 * unrolls a variable's input type into code, so a variable of such a type took it 16 s to give up on
 * ("Maximum call stack size exceeded"): operations with one run interpreted, uncompiled.
 */
function recursiveInputTypes(schema: GraphQLSchema): ReadonlySet<string> {
  const recursive = new Set<string>();
  const reaches = (type: GraphQLInputObjectType, path: Set<string>, seen: Set<string>): boolean => {
    if (path.has(type.name)) return true;
    if (seen.has(type.name)) return recursive.has(type.name);
    seen.add(type.name);
    path.add(type.name);
    let found = false;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isInputObjectType(named) && reaches(named, path, seen)) found = true;
    }
    path.delete(type.name);
    if (found) recursive.add(type.name);
    return found;
  };
  for (const type of Object.values(schema.getTypeMap()))
    if (isInputObjectType(type)) reaches(type, new Set(), new Set());
  return recursive;
}

/**
 * The variables as graphql-jit should get them: graphql-jit reports a non-null variable left out as not
 * provided even when the operation gives it a default, so the defaults go in first, as graphql-js applies them.
 */
function withDefaults(operation: OperationDefinitionNode, inputs: Record<string, unknown>): Record<string, unknown> {
  let filled = inputs;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (definition.defaultValue && inputs[name] === undefined) {
      if (filled === inputs) filled = { ...inputs };
      filled[name] = valueFromASTUntyped(definition.defaultValue);
    }
  }
  return filled;
}

/** The request wants a federated inline trace, which only graphql-js's instrumented resolvers produce. */
function wantsFederatedTrace(request: ExecutorRequest): boolean {
  return request.request.http?.headers.get('apollo-federation-include-trace') === 'ftv1';
}

export class CompiledExecution implements ExecutorGateway {
  // Keyed by the operation node: Apollo's document store hands out one parsed document per query text, and
  // both go when the store evicts them.
  private readonly operations = new WeakMap<OperationDefinitionNode, OperationState>();
  private readonly recursiveInputs: ReadonlySet<string>;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly options: CompiledExecutionOptions,
  ) {
    this.recursiveInputs = recursiveInputTypes(schema);
  }

  onSchemaLoadOrUpdate(callback: Parameters<ExecutorGateway['onSchemaLoadOrUpdate']>[0]): () => void {
    callback({ apiSchema: this.schema, coreSupergraphSdl: printSchema(this.schema) });
    return () => {};
  }

  async load(): Promise<{ executor: Executor }> {
    return { executor: (request) => Promise.resolve(this.execute(request)) };
  }

  async stop(): Promise<void> {}

  private execute(request: ExecutorRequest): ExecutionResult | Promise<ExecutionResult> {
    const { schema, document, operation, context } = request;
    const inputs = request.request.variables ?? {};
    const interpreted = () =>
      execute({
        schema,
        document,
        contextValue: context,
        variableValues: inputs,
        operationName: request.operationName ?? undefined,
      });
    if (wantsFederatedTrace(request)) return interpreted();
    const compiled = this.compiledFor(request);
    if (!compiled) return interpreted();
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], inputs, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    return withGraphQLErrors(compiled.query(undefined, context, withDefaults(operation, inputs)));
  }

  private takesRecursiveInput(operation: OperationDefinitionNode): boolean {
    return (operation.variableDefinitions ?? []).some((definition) => {
      let type = definition.type;
      while (type.kind !== Kind.NAMED_TYPE) type = type.type;
      return this.recursiveInputs.has(type.name.value);
    });
  }

  /** The operation's compiled form once it is due, compiling it then; undefined while it runs interpreted. */
  private compiledFor(request: ExecutorRequest): CompiledQuery | undefined {
    const state = this.operations.get(request.operation) ?? { runs: 0 };
    if (state === 'interpreted') return undefined;
    if ('compiled' in state) return state.compiled;
    if (this.takesRecursiveInput(request.operation)) {
      this.operations.set(request.operation, 'interpreted');
      this.options.onCompile?.({
        operationName: request.operationName ?? undefined,
        outcome: 'skipped',
        durationMs: 0,
      });
      return undefined;
    }
    if (state.runs < this.options.compileAfter) {
      this.operations.set(request.operation, { runs: state.runs + 1 });
      return undefined;
    }
    const started = performance.now();
    const result = compileQuery(request.schema, request.document, request.operationName ?? undefined);
    const compiled = isCompiledQuery(result) ? result : undefined;
    this.operations.set(request.operation, compiled ? { compiled } : 'interpreted');
    this.options.onCompile?.({
      operationName: request.operationName ?? undefined,
      outcome: compiled ? 'compiled' : 'refused',
      durationMs: performance.now() - started,
    });
    return compiled;
  }
}
