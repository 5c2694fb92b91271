import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emulatorOptionsFromEnv, helpText, startEmulator } from '../../emulator/index.js';
import { decodeQ64, encodeQ64 } from '../../emulator/index.js';
import type { UserSearchRequest } from '../../src/genesys/models.js';

describe('emulatorOptionsFromEnv', () => {
  it('reads environment variables and CLI flags, flags winning', () => {
    const o = emulatorOptionsFromEnv(
      {
        EMULATOR_PORT: '5000',
        EMULATOR_USERS: '5000',
        EMULATOR_SEED: '7',
        EMULATOR_LATENCY_MS: '25',
        EMULATOR_FAULT_5XX_RATE: '0.2',
        EMULATOR_ME: 'someone',
      },
      [
        '--port',
        '4011',
        '--jitter=5',
        '--rate-limit',
        '300',
        '--fault-reset',
        '0.05',
        '--fault-429',
        '0.1',
        '--fault-methods',
        'get,post',
        '--oauth-clients',
        'a:b,c:d',
      ],
    );
    expect(o).toEqual({
      port: 4011,
      users: 5000,
      seed: 7,
      latencyMs: 25,
      jitterMs: 5,
      rateLimitPerMinute: 300,
      fault5xxRate: 0.2,
      faultResetRate: 0.05,
      fault429Rate: 0.1,
      faultMethods: ['GET', 'POST'],
      meUserId: 'someone',
      oauthClients: { a: 'b', c: 'd' },
    });
  });

  it('loads a permissions file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-'));
    const file = join(dir, 'perms.json');
    writeFileSync(file, JSON.stringify({ tok: { permissions: ['directory:user:view'] }, short: ['admin'] }));
    expect(emulatorOptionsFromEnv({ EMULATOR_PERMISSIONS: file }, []).permissions).toEqual({
      tok: { permissions: ['directory:user:view'] },
      short: { permissions: ['admin'] },
    });
    writeFileSync(file, '{"tok": {"permissions": "admin"}}');
    expect(() => emulatorOptionsFromEnv({}, ['--permissions', file])).toThrow(/--permissions.*permissions/);
    expect(() => emulatorOptionsFromEnv({}, ['--permissions', join(dir, 'missing.json')])).toThrow(/cannot read/);
  });

  it('throws a clear error per bad value', () => {
    expect(() => emulatorOptionsFromEnv({ EMULATOR_USERS: 'lots' }, [])).toThrow(
      "Invalid value for EMULATOR_USERS: 'lots' is not an integer",
    );
    expect(() => emulatorOptionsFromEnv({}, ['--fault-5xx', '1.5'])).toThrow(
      "Invalid value for --fault-5xx: '1.5' is not between 0 and 1",
    );
    expect(() => emulatorOptionsFromEnv({}, ['--users', '3'])).toThrow(/users: 3 \(expected an integer between 10/);
    expect(() => emulatorOptionsFromEnv({}, ['--port', '70000'])).toThrow(/port/);
    expect(() => emulatorOptionsFromEnv({}, ['--bogus', '1'])).toThrow('Unknown option --bogus');
    expect(() => emulatorOptionsFromEnv({}, ['--seed'])).toThrow('Missing value for --seed');
    expect(() => emulatorOptionsFromEnv({}, ['--fault-methods', 'FETCH'])).toThrow(/--fault-methods/);
  });

  it('documents every environment variable in --help', () => {
    const text = helpText();
    for (const v of [
      'EMULATOR_PORT',
      'EMULATOR_USERS',
      'EMULATOR_SEED',
      'EMULATOR_LATENCY_MS',
      'EMULATOR_JITTER_MS',
      'EMULATOR_RATE_LIMIT',
      'EMULATOR_FAULT_5XX_RATE',
      'EMULATOR_FAULT_RESET_RATE',
      'EMULATOR_FAULT_429_RATE',
      'EMULATOR_PERMISSIONS',
      'EMULATOR_ME',
    ]) {
      expect(text).toContain(v);
    }
  });
});

describe('startEmulator and setKnobs', () => {
  it('rejects bad options and unknown user ids', async () => {
    await expect(startEmulator({ users: 5 })).rejects.toThrow(/users/);
    await expect(startEmulator({ users: 20, fault5xxRate: -1 })).rejects.toThrow(/fault5xxRate/);
    await expect(startEmulator({ users: 20, meUserId: 'ghost' })).rejects.toThrow(/meUserId: no user ghost/);
  });

  it('changes knobs at run time but not the fixed options', async () => {
    const emu = await startEmulator({ port: 0, users: 20 });
    try {
      const other = emu.store.userList[3].id;
      emu.setKnobs({ meUserId: other, latencyMs: 1 });
      expect(emu.options.latencyMs).toBe(1);
      const me = (await (
        await fetch(`${emu.url}/api/v2/users/me`, { headers: { Authorization: 'Bearer t' } })
      ).json()) as { id: string };
      expect(me.id).toBe(other);
      expect(() => emu.setKnobs({ users: 50 })).toThrow(/cannot be changed/);
      expect(() => emu.setKnobs({ permissions: { t: { userId: 'ghost', permissions: [] } } })).toThrow(/no user ghost/);
      expect(emu.url).toBe(`http://127.0.0.1:${emu.port}`);
    } finally {
      await emu.close();
    }
  });
});

describe('q64 encoding', () => {
  it('round-trips a search request through gzip + base64', () => {
    const req: UserSearchRequest = { pageSize: 5, query: [{ type: 'EXACT', fields: ['name'], value: 'x' }] };
    const q64 = encodeQ64(req);
    expect(q64.startsWith('H4sI')).toBe(true);
    expect(decodeQ64(q64)).toEqual(req);
    expect(() => decodeQ64('not base64!')).toThrow();
  });
});
