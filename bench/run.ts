/**
 * `npm run bench`: runs bench/main.ts with NODE_ENV=production (unless set), as a deployment would; set
 * first, because graphql-js reads it when it is loaded (development mode adds checks to every resolver
 * call). BENCH_QUICK=1 makes a short smoke run whose numbers are not representative.
 */
process.env.NODE_ENV ??= 'production';
await import('./main.js');
