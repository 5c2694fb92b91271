/**
 * Configuration: the environment, read once, validated, frozen. Every bad value is reported in one
 * message that names the variable, so a misconfigured instance fails at start, not on first traffic.
 */
import { resolveRegion } from './genesys/regions.js';

export type UpstreamConfig =
  /** No upstream configured: `npm start` runs the embedded emulator and points the gateway at it. */
  | { kind: 'emulator'; emulatorPort: number }
  | { kind: 'remote'; apiUrl: string; source: 'GENESYSCLOUD_API_URL' | 'GENESYSCLOUD_REGION' };

export interface Config {
  port: number;
  host: string;
  upstream: UpstreamConfig;
  /** Per-attempt upstream response timeout. */
  upstreamTimeoutMs: number;
  /** Sent upstream when a request has no Authorization header, only in emulator mode. */
  devToken: string;
  introspection: boolean;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  problems.push(`${name} must be true or false (got "${env[name]}")`);
  return fallback;
}

function readUpstream(env: Env, problems: string[]): UpstreamConfig {
  const apiUrl = env.GENESYSCLOUD_API_URL?.trim();
  const region = env.GENESYSCLOUD_REGION?.trim();
  if (apiUrl) {
    if (region) problems.push('Set GENESYSCLOUD_API_URL or GENESYSCLOUD_REGION, not both');
    let parsed: URL | undefined;
    try {
      parsed = new URL(apiUrl);
    } catch {
      /* reported below */
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
      problems.push(`GENESYSCLOUD_API_URL must be an http(s) URL (got "${apiUrl}")`);
    }
    return { kind: 'remote', apiUrl: apiUrl.replace(/\/+$/, ''), source: 'GENESYSCLOUD_API_URL' };
  }
  if (region) {
    const hosts = resolveRegion(region);
    if (!hosts) {
      problems.push(
        `GENESYSCLOUD_REGION must be a Genesys Cloud region name (e.g. eu-west-1) or domain (e.g. mypurecloud.ie) (got "${region}")`,
      );
      return { kind: 'remote', apiUrl: '', source: 'GENESYSCLOUD_REGION' };
    }
    return { kind: 'remote', apiUrl: hosts.apiUrl, source: 'GENESYSCLOUD_REGION' };
  }
  return { kind: 'emulator', emulatorPort: readInt(env, 'EMULATOR_PORT', 4010, 0, 65535, problems) };
}

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const problems: string[] = [];
  const upstream = readUpstream(env, problems);
  const config: Config = {
    port: readInt(env, 'PORT', 4000, 0, 65535, problems),
    host: env.HOST?.trim() || '0.0.0.0',
    upstream,
    upstreamTimeoutMs: readInt(env, 'UPSTREAM_TIMEOUT_MS', 10_000, 100, 600_000, problems),
    devToken: 'usergraph-dev-token',
    introspection: readBool(env, 'GRAPHQL_INTROSPECTION', true, problems),
  };
  if (problems.length) throw new ConfigError(problems);
  return Object.freeze(config);
}
