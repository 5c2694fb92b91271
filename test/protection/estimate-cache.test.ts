/** checkCost keeps the estimate per operation and coerced variables: a repeated document is not walked again. */
import { jest } from '@jest/globals';
import { getOperationAST, parse } from 'graphql';
import { CostModel } from '../../src/protection/cost.js';
import { checkCost } from '../../src/protection/plugin.js';
import { defaults, schema } from './helpers.js';

it('estimates an operation once per distinct set of variables, and still rejects over the budget', () => {
  const model = new CostModel(schema, { assumedListSize: defaults.assumedListSize });
  const estimate = jest.spyOn(model, 'estimate');
  const document = parse('query($n: Int) { users(pageSize: $n) { entities { manager { name } } } }');
  const operation = getOperationAST(document)!;
  const limits = { maxUpstreamCallsEstimate: 5 };
  expect(checkCost(limits, model, document, operation, { n: 100 })).toBeUndefined();
  expect(checkCost(limits, model, document, operation, { n: 100 })).toBeUndefined();
  expect(estimate).toHaveBeenCalledTimes(1);
  const rejected = checkCost(limits, model, document, operation, { n: 500 });
  expect(rejected?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  expect(checkCost(limits, model, document, operation, { n: 500 })?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  expect(estimate).toHaveBeenCalledTimes(2);
  // Another model (other settings) estimates for itself.
  const other = new CostModel(schema, { assumedListSize: 1 });
  const otherEstimate = jest.spyOn(other, 'estimate');
  checkCost(limits, other, document, operation, { n: 100 });
  expect(otherEstimate).toHaveBeenCalledTimes(1);
});
