/**
 * The one BAD_USER_INPUT error of the gateway's own input checks: the id checks of the reads (ids.ts) and the
 * checks of the writes (src/mutations/validate.ts). Messages name the argument, never its value.
 */
import { GraphQLError } from 'graphql';

export interface InputProblem {
  /** The argument path, e.g. `input.addresses[0].address`. */
  field: string;
  message: string;
}

/** `extensions.field` names the first offending argument path, `extensions.problems` lists every problem. */
export function badUserInput(problems: readonly InputProblem[]): GraphQLError {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more; see extensions.problems)` : '';
  return new GraphQLError(`Invalid input: ${first.field} ${first.message}${more}`, {
    extensions: { code: 'BAD_USER_INPUT', field: first.field, problems: problems.map((p) => ({ ...p })) },
  });
}
