/**
 * Password: a string accepted as input only. It is never serialised (no field returns one), and a value that
 * is not a string is rejected with a message that does not repeat it (graphql-js' own String scalar quotes the
 * bad value; src/errors.ts also drops the value graphql-js quotes for a bad variable).
 */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function password(value: unknown): string {
  if (typeof value === 'string') return value;
  throw new GraphQLError('A password must be a string.', { extensions: { code: 'BAD_USER_INPUT' } });
}

export const Password = new GraphQLScalarType<string, never>({
  name: 'Password',
  description: 'A password: input only, never returned, never logged, never repeated in an error.',
  serialize: () => {
    throw new GraphQLError('A password is never returned.');
  },
  parseValue: (value) => password(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('A password must be a string.', { extensions: { code: 'BAD_USER_INPUT' } });
    return ast.value;
  },
});
