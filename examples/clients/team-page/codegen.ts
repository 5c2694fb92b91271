// The example page's codegen: the client preset with string documents (no GraphQL AST in the bundle) and
// the trusted-document manifest the gateway enforces (src/gql/persisted-documents.json).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: process.env.USERGRAPH_SCHEMA ?? 'http://localhost:4000/graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        documentMode: 'string',
        scalars: { DateTime: 'string', SafeInt: 'number', JSON: 'unknown', Password: 'string' },
        enumsAsTypes: true,
      },
      presetConfig: { persistedDocuments: true, fragmentMasking: false },
    },
  },
};
export default config;
