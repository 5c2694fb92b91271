/**
 * The generated resolver types reject misspelled field and type names (codegen.yml has no index signature).
 * Compiles test/schema/fixtures/resolver-typos.ts with its `@ts-expect-error` lines removed and expects exactly
 * one error per misspelling, naming it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = path.join(root, 'test', 'schema', 'fixtures', 'resolver-typos.ts');

function diagnosticsWithoutExpectations(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json did not parse');
  const source = readFileSync(fixture, 'utf8').replace(/^\s*\/\/ @ts-expect-error.*$/gm, '');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (path.resolve(file) === fixture ? source : readFile(file));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError, fresh) =>
    path.resolve(file) === fixture
      ? ts.createSourceFile(file, source, language)
      : getSourceFile(file, language, onError, fresh);
  const program = ts.createProgram([fixture], config.options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

test('a misspelled User field and a misspelled type name are compile errors', () => {
  const errors = diagnosticsWithoutExpectations();
  expect(errors).toHaveLength(2);
  expect(errors[0]).toMatch(/^TS(2353|2561): .*'directReprots' does not exist in type 'UserResolvers/);
  expect(errors[1]).toMatch(/^TS(2353|2561): .*'Gruop' does not exist in type 'Resolvers/);
});
