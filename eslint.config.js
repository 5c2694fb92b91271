/**
 * ESLint (flat config): typescript-eslint's type-aware recommended rules over every TypeScript file of the project,
 * and import-x's no-restricted-paths for the layering (CONTRIBUTING.md, "Layers"). Formatting is Prettier's job, not
 * ESLint's (no stylistic rules here). `npm run lint` runs this, then dependency-cruiser for import cycles
 * (.dependency-cruiser.mjs) and knip (knip.jsonc); `npm test` runs `npm run lint`.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'coverage/',
      'test-artifacts/',
      // Written by GraphQL Code Generator and scripts/gen-upstream-models.ts; codegen:check keeps them fresh.
      'src/__generated__/',
      'test/__generated__/',
      'src/genesys/models.ts',
      // Separate client projects with their own dependencies (examples/clients/README.md), not installed here.
      'examples/clients/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // One TypeScript program per tsconfig.json; the few .js/.mjs files fall back to the default project.
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs', 'test/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      // import-x's TypeScript settings (which files it parses, with which parser), with the resolver that maps
      // NodeNext's `./x.js` specifiers to `./x.ts` through tsconfig.json.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/external-module-folders': importX.flatConfigs.typescript.settings['import-x/external-module-folders'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      // The project rule: no `any` in our code. Kept as errors (recommended already has them), and stated here.
      '@typescript-eslint/no-explicit-any': 'error',
      // `_`-prefixed names are intentionally unused (callback positions, destructuring to omit a key).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Import cycles are checked by dependency-cruiser (.dependency-cruiser.mjs), not by import-x/no-cycle: that
      // rule skips every `import type` unconditionally (no option turns it off), and type-only cycles count too.
      // Apollo plugin hooks, KeyValueCache and AsyncIterator methods are declared to return promises; `async`
      // without an `await` is the plainest way to implement them, so this rule would only add noise.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The layers (CONTRIBUTING.md): resolvers/ sits on src/, never the other way round; src/server.ts is the
    // composition root that joins the resolver map with the SDL, the one file of src/ that may import resolvers/.
    files: ['src/**/*.ts'],
    ignores: ['src/server.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: 'src',
              from: 'resolvers',
              message: 'src/ is the layer under resolvers/: move what both need into src/ (src/graph/, a loader).',
            },
          ],
        },
      ],
    },
  },
  {
    // One resolver file per GraphQL type; what two of them share is data logic, and lives in src/. Only the
    // resolver map (resolvers/index.ts) imports the others.
    files: ['resolvers/**/*.ts'],
    ignores: ['resolvers/index.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: 'resolvers',
              from: 'resolvers',
              message: 'a resolver file does not import another: share through src/ (src/graph/, a loader).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // @types/jest types the asymmetric matchers (expect.any, expect.objectContaining, …) as `any`, and they
      // are meant to be assigned into expected objects. Every other no-unsafe-* rule stays on in tests.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // The IDE's browser scripts (served as they are; the page loads React, GraphiQL and graphql-ws before them).
    files: ['src/ide/public/*.js'],
    languageOptions: {
      globals: Object.fromEntries(
        ['window', 'document', 'fetch', 'React', 'ReactDOM', 'GraphiQL', 'graphqlWs'].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
