# syntax=docker/dockerfile:1
# usergraph: the production image. `docker build -t usergraph .` then
#   docker run --rm -p 4000:4000 -e GENESYSCLOUD_REGION=eu-west-1 usergraph
# The runtime stage holds production dependencies and dist/ only (no TypeScript, tsx, codegen or jest);
# test/deploy/runtime-tree.test.ts builds that same tree without Docker and runs it as an unprivileged user.
ARG NODE_IMAGE=node:24-bookworm-slim

# 1. Compile: every dependency, then `npm run build` (type check, dist/ with source maps and assets).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/build.mjs ./scripts/build.mjs
COPY schema ./schema
COPY examples ./examples
COPY src ./src
COPY resolvers ./resolvers
COPY emulator ./emulator
RUN npm run build

# 2. Production dependencies alone, from the same lock file.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts

# 3. Runtime: node_modules + dist/, owned by root and read-only to the non-root user that runs them.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=4000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The official image's unprivileged user (uid 1000).
USER node
EXPOSE 4000
# Liveness as Kubernetes sees it; node is the image's only tool for an HTTP check (no curl in slim).
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1, not npm or a shell: it handles SIGTERM, SIGINT and SIGQUIT (src/shutdown.ts) and
# starts no child processes, so there is nothing to reap. `docker run --init` adds tini all the same.
CMD ["node", "dist/index.js"]
