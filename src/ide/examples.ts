/**
 * The example operations of examples/: one named operation per .graphql file, preloaded as IDE tabs,
 * executed by the test suite against the emulator, and compiled to TypedDocumentNodes by codegen.
 *
 * File format: a leading comment block, whose first line is the title and whose other lines are the
 * description, then exactly one named operation. Variables either have defaults in the operation or
 * come from a sidecar `<name>.variables.json` (a plain JSON object, shown in the IDE's variables pane).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';

const EXAMPLES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');

export interface Example {
  /** The file name without `.graphql`, e.g. `01-profile-card`. */
  name: string;
  title: string;
  description: string;
  operationName: string;
  operationType: 'query' | 'mutation' | 'subscription';
  /** The whole file, comments included: what the IDE tab shows. */
  document: string;
  /** The sidecar's variables, or undefined when the operation needs none (or has defaults for all). */
  variables?: Record<string, unknown>;
}

class ExampleError extends Error {
  override readonly name = 'ExampleError';
}

function header(text: string): { title: string; description: string } {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('#')) break;
    lines.push(trimmed.replace(/^#\s?/, ''));
  }
  const [title = '', ...rest] = lines;
  const description = rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return { title: title.trim(), description };
}

function readVariables(file: string): Record<string, unknown> | undefined {
  if (!existsSync(file)) return undefined;
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ExampleError(`${path.basename(file)} must hold a JSON object of variables`);
  }
  return value as Record<string, unknown>;
}

/** Parses one example file; throws an ExampleError naming the file when it breaks the format. */
export function parseExample(name: string, document: string, variables?: Record<string, unknown>): Example {
  const { title, description } = header(document);
  if (!title) throw new ExampleError(`examples/${name}.graphql must start with a "# Title" comment line`);
  const ast = parse(document);
  const operations = ast.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || !operations[0].name) {
    throw new ExampleError(`examples/${name}.graphql must hold exactly one named operation`);
  }
  const [operation] = operations;
  return {
    name,
    title,
    description,
    operationName: operation.name?.value ?? '',
    operationType: operation.operation,
    document,
    variables,
  };
}

/** Every example of `dir`, in file-name order. */
export function loadExamples(dir: string = EXAMPLES_DIR): Example[] {
  if (!existsSync(dir)) return [];
  const examples = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.graphql'.length);
      const document = readFileSync(path.join(dir, file), 'utf8');
      return parseExample(name, document, readVariables(path.join(dir, `${name}.variables.json`)));
    });
  const seen = new Set<string>();
  for (const example of examples) {
    if (seen.has(example.operationName)) {
      throw new ExampleError(
        `two examples define the operation ${example.operationName}; operation names must be unique`,
      );
    }
    seen.add(example.operationName);
  }
  return examples;
}
