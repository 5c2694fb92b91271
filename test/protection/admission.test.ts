/**
 * Admission control (src/protection/admission.ts), by counts and states: expensive requests take turns
 * within the overall and per-client caps, in queue order; a full queue, a long wait or a lagging event loop
 * is a 503 SERVER_BUSY with Retry-After; cheap requests, /healthz and /readyz never wait behind them.
 */
import { jest } from '@jest/globals';
import { AdmissionControl, type AdmissionSettings, type Release } from '../../src/protection/admission.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const SETTINGS: AdmissionSettings = {
  heavyConcurrency: 2,
  heavyPerClient: 1,
  admissionQueueLength: 3,
  admissionQueuePerClient: 2,
  admissionMaxWaitMs: 10_000,
  maxEventLoopDelayMs: 100,
  maxEventLoopBusyPercent: 0,
  heavyBodyBytes: 16 * 1024,
  heavySourceBytes: 4096,
  heavyFields: 250,
};

const isRelease = (turn: unknown): turn is Release => typeof turn === 'function';

/** Settles pending promise callbacks (a grant resolves its waiter's promise). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('AdmissionControl', () => {
  afterEach(() => jest.useRealTimers());

  it('runs up to the overall cap, one per client, and grants the queue in order among clients under their cap', async () => {
    const control = new AdmissionControl(SETTINGS);
    const granted: string[] = [];
    const track = (label: string, turn: Promise<unknown>) =>
      turn.then((t) => {
        if (isRelease(t)) granted.push(label);
        return t as Release;
      });
    const a1 = await track('a1', control.acquire('a'));
    const b1 = await track('b1', control.acquire('b'));
    expect(control.stats()).toMatchObject({ running: 2, waiting: 0 });
    // a2 queues behind a's own turn, c1 behind the overall cap; b2 too.
    const a2 = track('a2', control.acquire('a'));
    const c1 = track('c1', control.acquire('c'));
    const b2 = track('b2', control.acquire('b'));
    expect(control.stats()).toMatchObject({ running: 2, waiting: 3 });

    // b's turn ends: a2 is first in the queue but a is at its cap, so c1 goes.
    b1();
    await settle();
    expect(granted).toEqual(['a1', 'b1', 'c1']);
    expect(control.stats()).toMatchObject({ running: 2, waiting: 2 });

    // a's turn ends: a2 is now eligible and first.
    a1();
    a1(); // a second call gives nothing back twice
    await settle();
    expect(granted).toEqual(['a1', 'b1', 'c1', 'a2']);
    expect(control.stats()).toMatchObject({ running: 2, waiting: 1 });

    (await c1)();
    await settle();
    expect(granted).toEqual(['a1', 'b1', 'c1', 'a2', 'b2']);
    (await a2)();
    (await b2)();
    expect(control.stats()).toMatchObject({ running: 0, waiting: 0 });
  });

  it('refuses past the queue length and past a client’s share of the queue, with Retry-After', async () => {
    const control = new AdmissionControl({ ...SETTINGS, heavyConcurrency: 1 });
    const running = await control.acquire('a');
    void control.acquire('a');
    void control.acquire('a');
    expect(await control.acquire('a')).toEqual({
      reason: 'client_queue_full',
      message: expect.stringContaining('retry shortly') as unknown,
      retryAfterSeconds: 1,
    });
    void control.acquire('b');
    expect(await control.acquire('c')).toMatchObject({ reason: 'queue_full', retryAfterSeconds: 1 });
    expect(control.stats()).toEqual({
      running: 1,
      waiting: 3,
      refused: { queue_full: 1, client_queue_full: 1, wait_timeout: 0, event_loop_delay: 0 },
    });
    expect(isRelease(running)).toBe(true);
  });

  it('refuses a request that waited ADMISSION_MAX_WAIT_MS, and leaves the queue', async () => {
    jest.useFakeTimers();
    const control = new AdmissionControl({ ...SETTINGS, heavyConcurrency: 1, admissionMaxWaitMs: 5000 });
    await control.acquire('a');
    const waiting = control.acquire('b');
    jest.advanceTimersByTime(4999);
    expect(control.stats()).toMatchObject({ running: 1, waiting: 1 });
    jest.advanceTimersByTime(1);
    expect(await waiting).toMatchObject({ reason: 'wait_timeout' });
    expect(control.stats()).toMatchObject({ running: 1, waiting: 0 });
  });

  it('refuses expensive requests while the event loop lags over the setting, new and queued alike', async () => {
    let delay = 0;
    const control = new AdmissionControl({ ...SETTINGS, heavyConcurrency: 1 }, { delay: () => delay });
    const first = await control.acquire('a');
    const queued = control.acquire('b');
    delay = 101;
    expect(await control.acquire('c')).toMatchObject({ reason: 'event_loop_delay', retryAfterSeconds: 1 });
    if (isRelease(first)) first();
    expect(await queued).toMatchObject({ reason: 'event_loop_delay' });
    expect(control.stats()).toMatchObject({ running: 0, waiting: 0 });
    delay = 100; // at the limit, not over it
    expect(isRelease(await control.acquire('c'))).toBe(true);
    expect(control.stats().refused.event_loop_delay).toBe(2);
  });

  it('starts no expensive request while the loop is busier than the setting; the queue goes in order once it is not', async () => {
    jest.useFakeTimers();
    let busy = 80;
    const control = new AdmissionControl(
      { ...SETTINGS, heavyConcurrency: 1, maxEventLoopBusyPercent: 50 },
      { busyPercent: () => busy },
    );
    const granted: string[] = [];
    const turns = ['a', 'b'].map((client) =>
      control.acquire(client).then((turn) => {
        granted.push(client);
        return turn;
      }),
    );
    // A free turn, but no spare time: both wait, and a later look finds the loop still busy.
    jest.advanceTimersByTime(200);
    await Promise.resolve();
    expect({ granted, stats: control.stats() }).toMatchObject({ granted: [], stats: { running: 0, waiting: 2 } });
    busy = 50; // at the limit, not over it
    jest.advanceTimersByTime(20);
    const first = await turns[0];
    expect({ granted, stats: control.stats() }).toMatchObject({ granted: ['a'], stats: { running: 1, waiting: 1 } });
    // The loop gets busy again before the turn ends: the next one waits for spare time, not only for the turn.
    busy = 90;
    if (isRelease(first)) first();
    jest.advanceTimersByTime(100);
    await Promise.resolve();
    expect(control.stats()).toMatchObject({ running: 0, waiting: 1 });
    busy = 10;
    jest.advanceTimersByTime(20);
    expect(isRelease(await turns[1])).toBe(true);
    expect(granted).toEqual(['a', 'b']);
    // Nothing is refused for it: a wait past ADMISSION_MAX_WAIT_MS is (the test above), a busy loop alone is not.
    expect(control.stats().refused).toEqual({
      queue_full: 0,
      client_queue_full: 0,
      wait_timeout: 0,
      event_loop_delay: 0,
    });
    control.close();
  });

  it('admits everything at once when ADMISSION_HEAVY_CONCURRENCY is 0', async () => {
    const control = new AdmissionControl({ ...SETTINGS, heavyConcurrency: 0 }, { delay: () => 10_000 });
    const turns = await Promise.all(Array.from({ length: 10 }, () => control.acquire('a')));
    expect(turns.every(isRelease)).toBe(true);
    expect(control.stats()).toMatchObject({ running: 0, waiting: 0 });
  });
});

describe('admission over HTTP', () => {
  let h: Harness;
  const HEAVY = 'Bearer heavy-a';

  beforeAll(async () => {
    h = await startHarness({
      env: {
        ADMISSION_HEAVY_CONCURRENCY: '1',
        ADMISSION_QUEUE_LENGTH: '1',
        // A body over 300 bytes is expensive; the cheap probe below is far under it.
        ADMISSION_HEAVY_BODY_BYTES: '300',
        // On a busy machine the loop may lag: shedding is tested above with a delay of our own.
        ADMISSION_MAX_EVENT_LOOP_DELAY_MS: '0',
      },
    });
  });
  afterAll(async () => {
    h.emulator.setKnobs({ hostile: [] });
    await h.close();
  });

  const heavyBody = JSON.stringify({ query: `{ me { id name } }${' '.repeat(400)}` });
  const post = (authorization: string, body: string) =>
    fetch(h.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body });
  const metric = async (name: string): Promise<number> => {
    const base = h.gateway.url.replace(/\/graphql$/, '');
    const text = await (await fetch(`${base}/metrics`)).text();
    return Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  };
  const until = async (check: () => Promise<boolean>): Promise<void> => {
    while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 10));
  };

  it('queues, refuses with 503 SERVER_BUSY, and never makes cheap requests or /healthz wait', async () => {
    h.emulator.setKnobs({ hostile: [{ kind: 'hang', tokens: ['heavy-a'] }] });
    const base = h.gateway.url.replace(/\/graphql$/, '');
    // A's expensive request takes the one turn and hangs upstream.
    const first = post(HEAVY, heavyBody);
    await until(async () => (await metric('usergraph_admission_running')) === 1);
    // B's expensive request waits for the turn (queue length 1).
    const queued = post('Bearer heavy-b', heavyBody);
    await until(async () => (await metric('usergraph_admission_waiting')) === 1);
    // C's is refused: the queue is full. Nothing went upstream for it.
    await h.resetCalls();
    const refused = await post('Bearer heavy-c', heavyBody);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: expect.stringContaining('queue is full') as unknown,
          extensions: { code: 'SERVER_BUSY', reason: 'queue_full', retryAfterSeconds: 1 },
        },
      ],
    });
    expect(await h.calls()).toEqual([]);
    // Cheap requests, /healthz and /readyz are served while the expensive ones wait.
    const cheap = await post('Bearer heavy-c', JSON.stringify({ query: '{ me { id } }' }));
    expect(cheap.status).toBe(200);
    expect(((await cheap.json()) as { data?: { me?: { id?: string } } }).data?.me?.id).toEqual(expect.any(String));
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(await metric('usergraph_admission_running')).toBe(1);
    expect(await metric('usergraph_admission_waiting')).toBe(1);

    // A's upstream answers: A finishes, B gets the turn and finishes; the turns are all given back.
    h.emulator.setKnobs({ hostile: [] });
    expect((await first).status).toBe(200);
    expect((await queued).status).toBe(200);
    await until(async () => (await metric('usergraph_admission_running')) === 0);
    expect(await metric('usergraph_admission_waiting')).toBe(0);
    expect(await metric('usergraph_admission_refused_total{reason="queue_full"}')).toBe(1);
  });

  it('weighs a judged document by its fields and an unseen one by its size', async () => {
    const g = await startHarness({
      env: {
        ADMISSION_HEAVY_CONCURRENCY: '1',
        ADMISSION_QUEUE_LENGTH: '0',
        ADMISSION_HEAVY_FIELDS: '3',
        ADMISSION_HEAVY_SOURCE_BYTES: '60',
        ADMISSION_MAX_EVENT_LOOP_DELAY_MS: '0',
      },
    });
    try {
      g.emulator.setKnobs({ hostile: [{ kind: 'hang', tokens: ['holder'] }] });
      const send = (token: string, query: string) =>
        fetch(g.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query }),
        });
      const big = '{ me { id name email title department } }'; // 6 fields, 42 characters
      const longSmall = `{ me { id } }${' '.repeat(80)}`; // 2 fields, 93 characters
      // Judged once each while nothing is held (both expensive before they are judged: big by fields later).
      expect((await send('other', big)).status).toBe(200);
      expect((await send('other', longSmall)).status).toBe(200);
      // Hold the one turn with an unseen long document.
      const holder = send('holder', `{ me { id name } }${' '.repeat(100)}`);
      const base = g.gateway.url.replace(/\/graphql$/, '');
      await until(async () => /^usergraph_admission_running 1$/m.test(await (await fetch(`${base}/metrics`)).text()));
      // Judged, 6 fields > 3: expensive, refused (no queue). Judged, 2 fields: cheap although long.
      expect((await send('other', big)).status).toBe(503);
      expect((await send('other', longSmall)).status).toBe(200);
      // Unseen and over 60 characters: expensive; unseen and short: cheap.
      expect((await send('other', `{ me { id name } }${' '.repeat(70)}`)).status).toBe(503);
      expect((await send('other', '{ me { name } }')).status).toBe(200);
      g.emulator.setKnobs({ hostile: [] });
      expect((await holder).status).toBe(200);
    } finally {
      g.emulator.setKnobs({ hostile: [] });
      await g.close();
    }
  });
});
