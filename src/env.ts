/**
 * Reading settings from the environment: the one home of the parsers every config module uses. Each
 * reader returns the fallback for an unset or empty variable, and for a bad value pushes one message
 * naming the variable onto `problems` (and returns the fallback), so a caller can report them all at once.
 */

export type Env = Record<string, string | undefined>;

const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];

export function readInt(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  // Digits only: Number() would also take "1e3", "0x10" or " ".
  const value = /^[+-]?\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isSafeInteger(value) && value >= min && value <= max) return value;
  problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
  return fallback;
}

export function readBool(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (TRUE.includes(raw)) return true;
  if (FALSE.includes(raw)) return false;
  problems.push(`${name} must be true or false (got "${env[name]}")`);
  return fallback;
}

export function readChoice<T extends string>(
  env: Env,
  name: string,
  choices: readonly T[],
  fallback: T,
  problems: string[],
): T {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = choices.find((c) => c === raw.toLowerCase());
  if (value === undefined) problems.push(`${name} must be one of ${choices.join(', ')} (got "${raw}")`);
  return value ?? fallback;
}
