/**
 * The shutdown sequence (src/shutdown.ts) on its own: drain hooks at once, closers in order after the delay,
 * one drain however many SIGTERM/SIGINT arrive, a failing closer does not stop the others, SIGQUIT exits 1.
 * The process-level behaviour is in signals.test.ts.
 */
import { EventEmitter } from 'node:events';
import { Shutdown } from '../../src/shutdown.js';
import { silentLogger } from '../../src/observability/logging.js';

function setup(delayMs = 0) {
  const events: string[] = [];
  const exits: number[] = [];
  const shutdown = new Shutdown({
    delayMs,
    timeoutMs: 1_000,
    log: silentLogger(),
    exit: (code) => void exits.push(code),
  });
  shutdown.onDrainStart(() => events.push('readiness fails'));
  shutdown.addCloser('gateway', async () => void events.push('gateway closed'));
  shutdown.addCloser('emulator', async () => void events.push('emulator closed'));
  return { shutdown, events, exits };
}

it('runs the drain hooks, then every closer in order, then exits 0', async () => {
  const { shutdown, events, exits } = setup(20);
  const done = shutdown.begin('SIGTERM');
  expect(events).toEqual(['readiness fails']);
  await done;
  expect(events).toEqual(['readiness fails', 'gateway closed', 'emulator closed']);
  expect(exits).toEqual([0]);
  expect(shutdown.startedBy).toBe('SIGTERM');
});

it('drains once however many SIGTERM and SIGINT arrive, and SIGQUIT exits 1 at once', async () => {
  const { shutdown, events, exits } = setup(20);
  const proc = new EventEmitter();
  shutdown.install(proc as unknown as NodeJS.Process);
  proc.emit('SIGINT');
  proc.emit('SIGTERM');
  proc.emit('SIGINT');
  expect(shutdown.startedBy).toBe('SIGINT');
  proc.emit('SIGQUIT');
  expect(exits).toEqual([1]);
  await new Promise((resolve) => setTimeout(resolve, 60));
  expect(events.filter((e) => e === 'gateway closed')).toHaveLength(1);
  expect(events.filter((e) => e === 'readiness fails')).toHaveLength(1);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGQUIT']) proc.removeAllListeners(signal);
});

it('a failing closer is logged and the next one still runs', async () => {
  const { shutdown, events, exits } = setup();
  shutdown.addCloser('tracing', async () => {
    throw new Error('collector away');
  });
  shutdown.addCloser('last', async () => void events.push('last closed'));
  await shutdown.begin('SIGTERM');
  expect(events.at(-1)).toBe('last closed');
  expect(exits).toEqual([0]);
});
