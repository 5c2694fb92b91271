/**
 * A real cluster on loopback: one redis-server, N gateway processes running the production build
 * (`node dist/index.js`), and nginx from Debian in front (round robin, passive health checks: a replica that
 * refuses connections is marked down for a while and its requests go to the next one). The emulator runs in the
 * caller's process so its request log can be read directly. Used by test/cluster/ and `npm run bench:cluster`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator/index.js';
import type { EmulatorOptions } from '../../emulator/options.js';
import {
  childEnv,
  connects,
  groupAlive,
  killGroup,
  startGatewayProcess,
  type GatewayProcess,
} from '../deploy/process.js';
import { freePort, startRedis, type RunningRedis } from '../ops/redis.js';

export function haveNginx(): boolean {
  const found = spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0;
  if (!found && process.env.CI) throw new Error('nginx is missing: CI must install it (apt-get install -y nginx).');
  if (!found) console.warn('Skipping the cluster tests: nginx is absent (apt-get install -y nginx).');
  return found;
}

interface LoadBalancer {
  url: string;
  stop(): Promise<void>;
}

/** nginx in the foreground with everything (pid, logs, temp files) in its own directory. */
async function startNginx(backendPorts: number[], options: { readTimeoutMs: number }): Promise<LoadBalancer> {
  const dir = mkdtempSync(join(tmpdir(), 'usergraph-nginx-'));
  for (const sub of ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  const port = await freePort();
  const root = process.getuid?.() === 0;
  const servers = backendPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=10s;`).join('\n');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${root ? 'user root root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/client;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream gateways {
${servers}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://gateways;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_connect_timeout 1s;
      proxy_read_timeout ${Math.ceil(options.readTimeoutMs / 1000)}s;
      # Passive health checks: a refused or reset connection marks the replica failed and, for a request not
      # sent yet (and never for a write that was), tries the next one.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 3;
    }
  }
}
`,
  );
  const child: ChildProcess = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = performance.now() + 10_000;
  while (!(await connects(port))) {
    if (child.exitCode !== null || performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = (): void => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGQUIT');
      }),
  };
}

export interface ClusterOptions {
  replicas: number;
  emulator: Partial<EmulatorOptions>;
  /** Extra environment of every gateway. */
  env?: Record<string, string>;
  /** Start nginx in front (default true). */
  loadBalancer?: boolean;
}

export interface Cluster {
  emulator: RunningEmulator;
  redis: RunningRedis;
  gateways: GatewayProcess[];
  /** The load balancer's URL (or the first gateway's without one). */
  url: string;
  /** Stops Redis and starts it again on the same port (empty: no persistence). */
  stopRedis(): Promise<void>;
  startRedis(): Promise<void>;
  close(): Promise<void>;
}

export const GATEWAY_DEADLINE_MS = 5_000;

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const emulator = await startEmulator({ port: 0, ...options.emulator });
  let redis = await startRedis();
  const redisPort = redis.port;
  const gateways: GatewayProcess[] = [];
  let lb: LoadBalancer | undefined;
  const close = async (): Promise<void> => {
    await lb?.stop();
    for (const g of gateways) killGroup(g.pid);
    await Promise.all(gateways.filter((g) => groupAlive(g.pid)).map((g) => g.exited));
    await redis.stop();
    await emulator.close();
  };
  try {
    const env = childEnv({
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      GENESYSCLOUD_API_URL: emulator.url,
      REDIS_URL: redis.url,
      CLUSTER_REPLICAS: String(options.replicas),
      UPSTREAM_DEADLINE_MS: String(GATEWAY_DEADLINE_MS),
      READINESS_CACHE_MS: '0',
      ...options.env,
    });
    // One at a time: three builds starting at once on two shared cores only slow each other down.
    for (let i = 0; i < options.replicas; i++) {
      gateways.push(await startGatewayProcess(process.execPath, ['dist/index.js'], { env }));
    }
    if (options.loadBalancer !== false) {
      lb = await startNginx(
        gateways.map((g) => g.port),
        { readTimeoutMs: GATEWAY_DEADLINE_MS * 3 },
      );
    }
  } catch (err) {
    await close();
    throw err;
  }
  return {
    emulator,
    get redis() {
      return redis;
    },
    gateways,
    url: lb?.url ?? `http://127.0.0.1:${gateways[0].port}`,
    stopRedis: () => redis.stop(),
    async startRedis() {
      redis = await startRedis(redisPort);
    },
    close,
  };
}

export interface GraphQLAnswer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  /** No HTTP answer within the client's own timeout, or the connection failed. */
  failure?: string;
}

/** One GraphQL POST; never throws. `timeoutMs` is the client's own patience (a hang shows as a failure). */
export async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string | undefined,
  timeoutMs: number,
): Promise<GraphQLAnswer> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    try {
      return { status: response.status, ...(JSON.parse(text) as Omit<GraphQLAnswer, 'status'>) };
    } catch {
      return { status: response.status, failure: `not JSON: ${text.slice(0, 100)}` };
    }
  } catch (err) {
    return { status: 0, failure: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
}

/** Runs `tasks` with at most `concurrency` at a time. */
export async function pool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

export function codeOf(answer: GraphQLAnswer): string | undefined {
  return answer.errors?.[0]?.extensions?.code;
}
