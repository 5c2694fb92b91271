// GraphQL Code Generator's client preset for urql: typed documents for your operations (urql infers result and
// variables types from them), and the trusted-document manifest (persisted-documents.json, hash → text).
//   npm i -D @graphql-codegen/cli @graphql-codegen/client-preset && npm i @urql/core graphql
//   npx graphql-codegen --config codegen.ts      (add --watch while you work)
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  // The running gateway (introspection is on outside production), or a schema file printed from it.
  schema: process.env.USERGRAPH_SCHEMA ?? 'http://localhost:4000/graphql',
  documents: ['src/**/*.{ts,tsx,graphql}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      // The gateway's scalars as the API sends them.
      config: {
        scalars: { DateTime: 'string', SafeInt: 'number', JSON: 'unknown', Password: 'string' },
        enumsAsTypes: true,
      },
      presetConfig: { persistedDocuments: true, fragmentMasking: false },
    },
  },
};
export default config;
