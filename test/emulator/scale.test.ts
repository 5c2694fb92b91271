import type { UserEntityListing, UsersSearchResponse, User } from '../../src/genesys/models.js';
import { startEmulator, type RunningEmulator } from '../../emulator/index.js';

const auth = { Authorization: 'Bearer scale' };

describe('a 50,000-user org', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, users: 50_000 });
  }, 60_000);
  afterAll(() => emu.close());

  // Its start-up time is a figure of `npm run bench` (bench/RESULTS.md), not a test: a busy machine is slower.
  it('starts with every user and serves large pages', async () => {
    expect(emu.store.userCount).toBe(50_000);
    const l = (await (
      await fetch(`${emu.url}/api/v2/users?pageSize=500&pageNumber=20&expand=presence`, { headers: auth })
    ).json()) as UserEntityListing;
    expect(l.entities).toHaveLength(500);
    expect(l.pageCount).toBe(Math.ceil((l.total ?? 0) / 500));
    expect(l.total).toBeGreaterThan(45_000);
  }, 30_000);

  it('keeps the fixtures valid and the tree deep', async () => {
    const f = emu.store.fixtures();
    const sup = (await (
      await fetch(`${emu.url}/api/v2/users/${f.deepUser}/superiors`, { headers: auth })
    ).json()) as User[];
    expect(sup).toHaveLength(6);
    const reports = (await (
      await fetch(`${emu.url}/api/v2/users/${f.headOfOrg}/directreports`, { headers: auth })
    ).json()) as User[];
    expect(reports.length).toBeGreaterThan(10);
    const search = (await (
      await fetch(`${emu.url}/api/v2/users/search`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ pageSize: 10, query: [{ type: 'STARTS_WITH', fields: ['email'], value: 'zoe.' }] }),
      })
    ).json()) as UsersSearchResponse;
    expect(search.total).toBeGreaterThan(0);
    expect(search.results?.every((u) => u.email?.startsWith('zoe.'))).toBe(true);
  }, 30_000);
});
