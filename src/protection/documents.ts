/**
 * The gateway's own document pipeline: cheap checks before graphql validation, validation whose cost is
 * bounded, and one cache of verdicts keyed by the document's normalised form.
 *
 * Apollo Server parses, validates (every specified rule, on the document as sent) and caches the result
 * under the SHA-256 of the raw text, so a whitespace or comment change misses its cache, and a document
 * that breaks a limit was only rejected after validation — 0.65 s of CPU for 4,990 repeats of one field.
 * Apollo asks its `documentStore` for a parsed document after `didResolveSource` and before parsing, and
 * skips parsing and validation when it gets one. So, in `didResolveSource` (`prepare`), the gate:
 * 1. lexes the source, at most MAX_QUERY_TOKENS tokens, into its normalised form (the token stream: no
 *    whitespace, commas or comments) and looks that up in its cache of verdicts — a known document, however
 *    spaced or commented, costs one lexer pass and no parse;
 * 2. else parses with MAX_QUERY_TOKENS (a document that does not parse gets GRAPHQL_PARSE_FAILED, as from
 *    Apollo, and its verdict is cached under its raw hash);
 * 3. else runs the linear checks on every operation of the document: operation name length, field
 *    selections (fragments expanded), depth, aliases, root fields, `__schema`/`__type` and `_service`
 *    fields, and the nesting of literals. A broken limit is the verdict; nothing else runs;
 * 4. else validates: the specified rules except OverlappingFieldsCanBeMerged (all linear) on the document,
 *    then that rule on the merged operation (overlap.ts), whose size step 3 bounded;
 * 5. caches the verdict under the normalised form, and the raw hash as an alias of it.
 * The documentStore answers Apollo with the parsed document; the plugin (plugin.ts) then throws a limit's
 * error in `didResolveOperation` and answers validation errors in `responseForOperation`, as Apollo would
 * have (GRAPHQL_VALIDATION_FAILED, HTTP 400). Cached verdicts make a repeated document — however it is
 * spaced — cost one hash lookup (or one lexer pass when its spacing is new).
 */
import { createHash } from 'node:crypto';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import {
  GraphQLError,
  Kind,
  Lexer,
  OverlappingFieldsCanBeMergedRule,
  parse,
  Source,
  specifiedRules,
  TokenKind,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { ProtectionConfig } from './config.js';
import {
  operationNameTooLong,
  queryTooDeep,
  queryTooLarge,
  tooManyAliases,
  tooManyIntrospectionFields,
  tooManyRootFields,
  tooManyServiceFields,
} from './errors.js';
import { checkLiterals } from './input.js';
import { mergedOperations } from './overlap.js';
import { measureDocument } from './shape.js';

export type DocumentLimits = Pick<
  ProtectionConfig,
  | 'maxTokens'
  | 'maxFields'
  | 'maxDepth'
  | 'maxAliases'
  | 'maxRootFields'
  | 'maxOperationNameLength'
  | 'maxIntrospectionFields'
  | 'maxServiceFields'
  | 'maxInputDepth'
>;

export interface DocumentVerdict {
  /** A broken limit: the document was neither validated nor will it run. */
  rejection?: GraphQLError;
  /** Validation errors, as graphql reports them. */
  validationErrors?: readonly GraphQLError[];
}

/** The linear checks of a whole document (every operation), in the order they answer; undefined when all pass. */
export function checkDocument(
  limits: DocumentLimits,
  document: DocumentNode,
  measures: ReturnType<typeof measureDocument> = measureDocument(document),
): GraphQLError | undefined {
  for (const { operation, shape } of measures) {
    const nameLength = operation.name?.value.length ?? 0;
    if (nameLength > limits.maxOperationNameLength)
      return operationNameTooLong({ actual: nameLength, limit: limits.maxOperationNameLength });
    if (shape.fields > limits.maxFields) return queryTooLarge({ actual: shape.fields, limit: limits.maxFields });
    if (shape.depth > limits.maxDepth) return queryTooDeep({ actual: shape.depth, limit: limits.maxDepth });
    if (shape.aliases > limits.maxAliases) return tooManyAliases({ actual: shape.aliases, limit: limits.maxAliases });
    if (shape.rootFields > limits.maxRootFields)
      return tooManyRootFields({ actual: shape.rootFields, limit: limits.maxRootFields });
    if (shape.introspectionFields > limits.maxIntrospectionFields) {
      return tooManyIntrospectionFields({ actual: shape.introspectionFields, limit: limits.maxIntrospectionFields });
    }
    if (shape.serviceFields > limits.maxServiceFields) {
      return tooManyServiceFields({ actual: shape.serviceFields, limit: limits.maxServiceFields });
    }
  }
  return checkLiterals(limits, document);
}

/** Apollo's NoIntrospection rule (same message), which Apollo adds only to the validation it runs itself. */
const NoIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(
        new GraphQLError(
          'GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or __type. To enable introspection, pass introspection: true to ApolloServer in production',
          { nodes: [node], extensions: { validationErrorCode: 'INTROSPECTION_DISABLED' } },
        ),
      );
    }
  },
});

const LINEAR_RULES = specifiedRules.filter((rule) => rule !== OverlappingFieldsCanBeMergedRule);

/** Validation with a bounded cost: see the file comment. The document must have passed `checkDocument`. */
export function validateBounded(
  schema: GraphQLSchema,
  document: DocumentNode,
  introspection = true,
): readonly GraphQLError[] {
  const errors = validate(schema, document, introspection ? LINEAR_RULES : [...LINEAR_RULES, NoIntrospection]);
  if (errors.length) return errors;
  // A conflict can be seen from two merged selection sets (an inline fragment's and its parent's): report it once.
  const seen = new Set<string>();
  return validate(schema, mergedOperations(document), [OverlappingFieldsCanBeMergedRule]).filter((error) => {
    const key = `${error.message}@${JSON.stringify(error.locations ?? [])}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A Map that forgets its least recently used entries once their total weight passes `capacity`. */
class Lru<K, V> {
  private readonly entries = new Map<K, { value: V; weight: number }>();
  private total = 0;
  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V, weight = 1): void {
    this.delete(key);
    this.entries.set(key, { value, weight });
    this.total += weight;
    while (this.total > this.capacity && this.entries.size > 1) this.delete(this.entries.keys().next().value as K);
  }

  private delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.total -= entry.weight;
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }
}

interface Entry {
  document: DocumentNode;
  verdict: DocumentVerdict;
  /** Field selections of its largest operation (admission.ts weighs by it); 0 for a rejected document. */
  fields: number;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The SHA-256 of a source's tokens (comments, whitespace and commas are not tokens), or undefined when it has
 * more than `maxTokens` of them or does not lex (the parser then reports either, as Apollo would). Each token is
 * written as its kind, then the length and text of its value, so no two token streams give the same key —
 * a key names the parsed document the cache hands out.
 */
function normalisedKey(source: string, maxTokens: number): string | undefined {
  const parts: string[] = [];
  try {
    const lexer = new Lexer(new Source(source));
    for (let token = lexer.advance(), count = 1; token.kind !== TokenKind.EOF; token = lexer.advance(), count++) {
      if (count > maxTokens) return undefined;
      parts.push(token.value === undefined ? token.kind : `${token.kind}${token.value.length}:${token.value}`);
    }
  } catch {
    return undefined;
  }
  return sha256(parts.join(''));
}

/** The parser's error as Apollo reports it; a stack overflow in the parser (thousands of nested lists) reads as what it is. */
function parseFailed(err: unknown): GraphQLError {
  const extensions = { code: 'GRAPHQL_PARSE_FAILED', http: { status: 400 } };
  if (err instanceof GraphQLError)
    return new GraphQLError(err.message, { source: err.source, positions: err.positions, extensions });
  return new GraphQLError('Syntax Error: the document is nested too deeply to parse.', { extensions });
}

export interface DocumentGateOptions {
  limits: DocumentLimits;
  /** Whether introspection is allowed (GRAPHQL_INTROSPECTION). */
  introspection: boolean;
  /**
   * Characters of source text the cached documents may hold together (default 32 Mi, about Apollo's own
   * document cache): a document within the token limit can still carry a 900 KB string, so the cache is
   * bounded by size, not by count. A rejected document is kept as an empty placeholder, weighing little.
   */
  capacity?: number;
  /**
   * Sources longer than this many characters give the event loop back between parsing and judging (a
   * `setImmediate`), so a request that arrived meanwhile does not wait for both; default 4096
   * (ADMISSION_HEAVY_SOURCE_BYTES, from server.ts).
   */
  yieldAbove?: number;
}

/** Weight of a rejected document's entry: its verdict and an empty placeholder. */
const REJECTED_WEIGHT = 256;

export class DocumentGate {
  private readonly byNormalised: Lru<string, Entry>;
  private readonly byRawHash: Lru<string, string>;
  private readonly verdicts = new WeakMap<DocumentNode, DocumentVerdict>();
  private schema: GraphQLSchema | undefined;
  /** Documents checked (and validated when within the limits) so far: one per normalised form held in the cache. */
  judged = 0;
  /** Sources parsed so far: a source whose tokens are known is not parsed again. */
  parsed = 0;

  /** Apollo's `documentStore`: answers with the document `prepare` parsed, so Apollo neither parses nor validates. */
  readonly documentStore: KeyValueCache<DocumentNode>;

  constructor(private readonly options: DocumentGateOptions) {
    this.byNormalised = new Lru(options.capacity ?? 32 * 1024 * 1024);
    this.byRawHash = new Lru(10_000);
    this.documentStore = {
      // Apollo's key is `<schema hash>:<query hash>`; the query hash is what `prepare` was given.
      get: async (key) => this.entryFor(key.slice(key.lastIndexOf(':') + 1))?.document,
      // Apollo stores only what it validated itself (a document `prepare` could not parse); nothing to keep.
      set: async () => undefined,
      delete: async () => undefined,
    };
  }

  /** Parses, checks, validates and caches `source` (Apollo's `didResolveSource`). */
  async prepare(schema: GraphQLSchema, source: string, queryHash: string): Promise<void> {
    if (schema !== this.schema) {
      this.schema = schema;
      this.byNormalised.clear();
      this.byRawHash.clear();
    }
    if (this.entryFor(queryHash)) return;
    const normalised = normalisedKey(source, this.options.limits.maxTokens);
    if (normalised !== undefined && this.byNormalised.get(normalised)) {
      this.byRawHash.set(queryHash, normalised);
      return;
    }
    let document: DocumentNode;
    try {
      this.parsed += 1;
      document = parse(source, { maxTokens: this.options.limits.maxTokens });
    } catch (err) {
      // Answered as Apollo would (GRAPHQL_PARSE_FAILED, 400, the parser's message and location), and
      // remembered under the raw text's hash, so the same 5,001 tokens are not parsed again.
      this.remember(`raw:${queryHash}`, queryHash, { verdict: { rejection: parseFailed(err) }, fields: 0 }, 0);
      return;
    }
    // It parsed within MAX_QUERY_TOKENS, so the lexer pass above did not stop early: `normalised` is set.
    const key = normalised ?? `raw:${queryHash}`;
    if (source.length > (this.options.yieldAbove ?? 4096)) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (schema !== this.schema || this.entryFor(queryHash)) return; // judged meanwhile (the same text, sent twice)
      if (this.byNormalised.get(key)) return void this.byRawHash.set(queryHash, key); // or the same tokens
    }
    this.remember(key, queryHash, this.judge(schema, document), source.length, document);
  }

  /**
   * Caches a verdict. A rejected document is handed to Apollo as an empty one: it has no operation, so
   * nothing of it (a 900 KB operation name, say) reaches the logs or the metrics, and it costs the cache
   * nothing.
   */
  private remember(
    key: string,
    queryHash: string,
    { verdict, fields }: { verdict: DocumentVerdict; fields: number },
    weight: number,
    document?: DocumentNode,
  ): void {
    const handed: DocumentNode = verdict.rejection || !document ? { kind: Kind.DOCUMENT, definitions: [] } : document;
    this.verdicts.set(handed, verdict);
    const entry = { document: handed, verdict, fields: verdict.rejection ? 0 : fields };
    this.byNormalised.set(key, entry, verdict.rejection ? REJECTED_WEIGHT : weight);
    this.byRawHash.set(queryHash, key);
  }

  /** The verdict on a document this gate handed to Apollo; undefined for any other document. */
  verdictOf(document: DocumentNode | undefined): DocumentVerdict | undefined {
    return document ? this.verdicts.get(document) : undefined;
  }

  /** Field selections of the largest operation of a judged document (0 when it was rejected); undefined if unknown. */
  fieldsOf(queryHash: string): number | undefined {
    return this.entryFor(queryHash)?.fields;
  }

  private entryFor(queryHash: string): Entry | undefined {
    const normalised = this.byRawHash.get(queryHash);
    return normalised === undefined ? undefined : this.byNormalised.get(normalised);
  }

  private judge(schema: GraphQLSchema, document: DocumentNode): { verdict: DocumentVerdict; fields: number } {
    this.judged += 1;
    let fields = 0;
    try {
      const measures = measureDocument(document);
      fields = Math.max(0, ...measures.map(({ shape }) => shape.fields));
      const rejection = checkDocument(this.options.limits, document, measures);
      if (rejection) return { verdict: { rejection }, fields };
      const validationErrors = validateBounded(schema, document, this.options.introspection);
      return { verdict: validationErrors.length ? { validationErrors } : {}, fields };
    } catch {
      // A shape no check foresaw (a stack overflow in a rule, say) is the caller's document, not the
      // gateway's failure: a validation error, never an INTERNAL_SERVER_ERROR.
      return {
        fields,
        verdict: {
          validationErrors: [
            new GraphQLError(
              'The document could not be validated: it is nested or repeated beyond what the gateway checks.',
            ),
          ],
        },
      };
    }
  }
}
