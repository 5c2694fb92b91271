/**
 * dependency-cruiser: import cycles between our modules (`npm run lint` runs it after ESLint). Every import counts,
 * `import type` included: a type-only cycle still ties two modules' meaning together, and import-x/no-cycle cannot
 * see it (it skips type imports). The fix is to move the shared type to the module it belongs to, not to ignore it.
 */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles, type-only ones included, make layers impossible to reason about.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^node_modules', '^dist/', '^examples/clients/'] },
    // NodeNext specifiers (`./x.js` for `./x.ts`) resolve through tsconfig.json, as tsc resolves them.
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports are dependencies too (tsc would erase them; the cycle is still there).
    tsPreCompilationDeps: true,
  },
};
