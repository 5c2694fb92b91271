/**
 * The limits as Apollo applies them (parse with the token limit → validation → the plugin's checks), on
 * the real schema with the default configuration: the examples and introspection pass, the abusive set
 * is stopped, each with the code and figures a frontend developer needs.
 */
import { getIntrospectionQuery } from 'graphql';
import { loadExamples } from '../../src/ide/index.js';
import { protectionConfigFromEnv } from '../../src/protection/config.js';
import { abusive, estimate, verdict } from './helpers.js';

describe('what passes under the default limits', () => {
  it.each(loadExamples().map((e) => [e.name, e] as const))('example %s', (_name, example) => {
    expect(verdict(example.document, example.variables)).toEqual({ stage: 'accepted' });
    expect(estimate(example.document, example.variables)).toBeLessThanOrEqual(200);
  });

  it('the introspection query of GraphiQL and codegen', () => {
    expect(
      verdict(
        getIntrospectionQuery({
          descriptions: true,
          specifiedByUrl: true,
          directiveIsRepeatable: true,
          inputValueDeprecation: true,
        }),
      ),
    ).toEqual({
      stage: 'accepted',
    });
  });

  it('12 levels, 30 aliases, 20 root fields: exactly at the limits', () => {
    expect(verdict(`{ me { ${'manager { '.repeat(10)}id${' }'.repeat(10)} } }`)).toEqual({ stage: 'accepted' });
    expect(verdict(`{ me { ${Array.from({ length: 30 }, (_, i) => `a${i}: name`).join(' ')} } }`)).toEqual({
      stage: 'accepted',
    });
    expect(verdict(`{ ${Array.from({ length: 20 }, (_, i) => `u${i}: user(id: "${i}") { id }`).join(' ')} }`)).toEqual({
      stage: 'accepted',
    });
  });
});

describe('the abusive set is stopped before execution', () => {
  it('depth 30: QUERY_TOO_DEEP', () => {
    expect(verdict(abusive.depth30)).toMatchObject({
      stage: 'protection',
      code: 'QUERY_TOO_DEEP',
      extensions: { depth: { actual: 30, limit: 12 } },
    });
  });

  it('500 aliases: TOO_MANY_ALIASES', () => {
    expect(verdict(abusive.aliases500)).toMatchObject({
      stage: 'protection',
      code: 'TOO_MANY_ALIASES',
      extensions: { aliases: { actual: 500, limit: 30 } },
    });
  });

  it('directReports nested 8 deep: QUERY_TOO_COMPLEX, stating the estimate and the limit', () => {
    const result = verdict(abusive.directReports8);
    expect(result).toMatchObject({
      stage: 'protection',
      code: 'QUERY_TOO_COMPLEX',
      extensions: { cost: { estimate: 11_111_112, limit: 200 } },
    });
    expect(result.message).toContain('11111112');
    expect(result.message).toContain('200');
  });

  it('a fragment cycle: a validation error (NoFragmentCyclesRule)', () => {
    expect(verdict(abusive.fragmentCycle)).toMatchObject({
      stage: 'validation',
      message: expect.stringMatching(/Cannot spread fragment "A" within itself/),
    });
  });

  it('a fragment bomb: QUERY_TOO_LARGE', () => {
    expect(verdict(abusive.fragmentBomb)).toMatchObject({
      stage: 'protection',
      code: 'QUERY_TOO_LARGE',
      extensions: { fields: { limit: 2000 } },
    });
  });

  it('21 root fields: TOO_MANY_ROOT_FIELDS', () => {
    expect(verdict(abusive.rootFields21)).toMatchObject({
      stage: 'protection',
      code: 'TOO_MANY_ROOT_FIELDS',
      extensions: { rootFields: { actual: 21, limit: 20 } },
    });
  });

  it('over 5000 tokens: the parser gives up', () => {
    const query = `{ me { ${Array.from({ length: 5001 }, () => '__typename').join(' ')} } }`;
    expect(verdict(query)).toMatchObject({
      stage: 'parse',
      message: expect.stringMatching(/5000 tokens\. Parsing aborted/),
    });
  });

  it('a cheap query over a tightened budget is rejected the same way', () => {
    const tight = protectionConfigFromEnv({ MAX_UPSTREAM_CALLS_ESTIMATE: '10' }).config;
    expect(verdict('{ me { directReports { callForwarding { enabled } } } }', {}, tight)).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      extensions: { cost: { estimate: 12, limit: 10 } },
    });
  });

  it('variables that do not coerce are left to execution (which rejects them before any resolver)', () => {
    expect(verdict('query($n: Int) { users(pageSize: $n) { total } }', { n: 'many' })).toEqual({ stage: 'accepted' });
  });
});
