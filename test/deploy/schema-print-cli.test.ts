/**
 * `npm run schema:print -- -` as a pipeline uses it (`… | rover subgraph publish --schema -`): the script puts
 * the SDL and nothing else on stdout (its messages go to stderr), so `npm run -s` gives valid SDL alone. Plain
 * `npm run` (npm 11) writes its own "> usergraph@… schema:print" banner to stdout before the script starts,
 * which no script can take back; the README says to use -s. The rest of that stdout is the SDL, exactly.
 */
import { spawnSync } from 'node:child_process';
import { parse } from 'graphql';
import { subgraphSdl } from '../../scripts/print-schema.js';
import { childEnv, ROOT } from './process.js';

function npmRun(args: string[]) {
  const result = spawnSync('npm', args, { cwd: ROOT, env: childEnv({}), encoding: 'utf8', timeout: 60_000 });
  expect(result.status).toBe(0);
  return result.stdout;
}

it('npm run -s schema:print -- - writes valid SDL alone on stdout', () => {
  const stdout = npmRun(['run', '-s', 'schema:print', '--', '-']);
  expect(() => parse(stdout)).not.toThrow();
  expect(stdout).toBe(subgraphSdl());
}, 60_000);

it("npm run schema:print -- - adds nothing of its own after npm's banner", () => {
  const stdout = npmRun(['run', 'schema:print', '--', '-']);
  const banner = /^\n> usergraph@[^\n]+ schema:print\n> [^\n]+\n\n/.exec(stdout)?.[0] ?? '';
  expect(stdout.slice(banner.length)).toBe(subgraphSdl());
}, 60_000);
