import { gunzipSync } from 'node:zlib';
import type {
  ErrorBody,
  UserSearchCriteria,
  UserSearchRequest,
  UsersSearchResponse,
} from '../../src/genesys/models.js';
import type { UserRecord } from '../../emulator/index.js';
import { expectError, harness, type Harness } from './helpers.js';

let h: Harness;
let users: UserRecord[];
beforeAll(async () => {
  h = await harness();
  users = h.emu.store.userList;
});
afterAll(() => h.close());

const search = (req: UserSearchRequest): Promise<{ status: number; body: UsersSearchResponse }> =>
  h.send<UsersSearchResponse>('POST', '/api/v2/users/search', req);

const ids = (r: UsersSearchResponse): string[] => (r.results ?? []).map((u) => u.id ?? '').sort();
const notDeleted = (u: UserRecord): boolean => u.state !== 'deleted';
const expectIds = (r: UsersSearchResponse, pred: (u: UserRecord) => boolean): void => {
  const want = users
    .filter((u) => notDeleted(u) && pred(u))
    .map((u) => u.id)
    .sort();
  expect(want.length).toBeGreaterThan(0);
  expect(r.total).toBe(want.length);
  if (want.length <= 100) expect(ids(r)).toEqual(want);
  else expect(ids(r).every((id) => want.includes(id))).toBe(true);
};
const q = (query: UserSearchCriteria[], extra: Partial<UserSearchRequest> = {}): UserSearchRequest => ({
  pageSize: 100,
  query,
  ...extra,
});

describe('criteria types', () => {
  it('EXACT matches whole values case-insensitively (value or values)', async () => {
    const rich = h.emu.store.user(h.f.richUser);
    const r = (await search(q([{ type: 'EXACT', fields: ['email'], value: rich?.email.toUpperCase() }]))).body;
    expect(ids(r)).toEqual([h.f.richUser]);
    expect(r.types).toEqual(['users']);
    const two = (await search(q([{ type: 'EXACT', fields: ['id'], values: [h.f.richUser, h.f.headOfOrg] }]))).body;
    expect(ids(two)).toEqual([h.f.richUser, h.f.headOfOrg].sort());
  });

  it('STARTS_WITH matches the start of the value or of any word', async () => {
    const r = (await search(q([{ type: 'STARTS_WITH', fields: ['name'], value: 'ma' }]))).body;
    expectIds(
      r,
      (u) =>
        u.name.toLowerCase().startsWith('ma') ||
        u.name
          .toLowerCase()
          .split(/[^a-z]+/)
          .some((w) => w.startsWith('ma')),
    );
  });

  it('CONTAINS matches substrings', async () => {
    expectIds((await search(q([{ type: 'CONTAINS', fields: ['title'], value: 'support' }]))).body, (u) =>
      u.title.toLowerCase().includes('support'),
    );
  });

  it('TERM and TERMS match whole words', async () => {
    expectIds((await search(q([{ type: 'TERM', fields: ['title'], value: 'Manager' }]))).body, (u) =>
      u.title.split(/[^A-Za-z0-9]+/).includes('Manager'),
    );
    expectIds((await search(q([{ type: 'TERMS', fields: ['department'], values: ['Sales', 'Billing'] }]))).body, (u) =>
      ['Sales', 'Billing'].includes(u.department),
    );
  });

  it('REGEX matches the whole value', async () => {
    expectIds((await search(q([{ type: 'REGEX', fields: ['email'], value: 'a.*@northwind\\.example' }]))).body, (u) =>
      /^a.*@northwind\.example$/i.test(u.email),
    );
  });

  it('REQUIRED_FIELDS and MATCH_ALL', async () => {
    expectIds(
      (await search(q([{ type: 'REQUIRED_FIELDS', fields: ['preferredName'] }]))).body,
      (u) => u.preferredName !== undefined,
    );
    const all = (await search({ query: [{ type: 'MATCH_ALL' }], pageSize: 1 })).body;
    expect(all.total).toBe(users.filter(notDeleted).length);
  });

  it('QUERY_STRING supports words, field:value, wildcards and negation', async () => {
    expectIds(
      (await search(q([{ type: 'QUERY_STRING', value: 'department:Sales -title:*Lead*' }]))).body,
      (u) => u.department === 'Sales' && !u.title.includes('Lead'),
    );
  });

  it('RANGE and the comparison types compare dates and numbers', async () => {
    const cut = '2024-06-01T00:00:00.000Z';
    expectIds(
      (await search(q([{ type: 'GREATER_THAN', fields: ['dateCreated'], value: cut }]))).body,
      (u) => Date.parse(u.dateCreated) > Date.parse(cut),
    );
    expectIds(
      (await search(q([{ type: 'LESS_THAN_EQUAL_TO', fields: ['dateCreated'], value: cut }]))).body,
      (u) => Date.parse(u.dateCreated) <= Date.parse(cut),
    );
    expectIds(
      (
        await search(
          q([
            {
              type: 'RANGE',
              fields: ['dateCreated'],
              startValue: '2023-01-01T00:00:00Z',
              endValue: '2024-01-01T00:00:00Z',
            },
          ]),
        )
      ).body,
      (u) => u.dateCreated >= '2023-01-01T00:00:00.000Z' && u.dateCreated <= '2024-01-01T00:00:00.000Z',
    );
    expectIds(
      (
        await search(
          q([
            { type: 'GREATER_THAN_EQUAL_TO', fields: ['version'], value: '1' },
            { type: 'LESS_THAN', fields: ['version'], value: '2' },
          ]),
        )
      ).body,
      () => true,
    );
  });

  it('searches skills and languages by name, and manager.id / division.id', async () => {
    const skill = h.emu.store.skills.get(h.f.skillIds[3])?.name ?? '';
    expectIds((await search(q([{ type: 'EXACT', fields: ['routingSkills'], value: skill }]))).body, (u) =>
      h.emu.store.sub(u).skills.has(h.f.skillIds[3]),
    );
    expectIds((await search(q([{ type: 'EXACT', fields: ['languages'], value: 'English' }]))).body, (u) =>
      h.emu.store.sub(u).languages.has(h.f.languageIds[0]),
    );
    expectIds(
      (await search(q([{ type: 'EXACT', fields: ['manager.id'], value: h.f.managerOfManagers }]))).body,
      (u) => u.managerId === h.f.managerOfManagers,
    );
    expectIds(
      (await search(q([{ type: 'EXACT', fields: ['division.id'], value: h.f.divisions.home }]))).body,
      (u) => u.divisionId === h.f.divisions.home,
    );
  });
});

describe('operators and groups', () => {
  it('ANDs top-level criteria, excludes NOT, and needs one OR', async () => {
    expectIds(
      (
        await search(
          q([
            { type: 'EXACT', fields: ['department'], value: 'Sales' },
            { type: 'CONTAINS', fields: ['title'], value: 'Lead', operator: 'NOT' },
          ]),
        )
      ).body,
      (u) => u.department === 'Sales' && !u.title.includes('Lead'),
    );
    expectIds(
      (
        await search(
          q([
            { type: 'EXACT', fields: ['department'], value: 'Sales', operator: 'OR' },
            { type: 'EXACT', fields: ['department'], value: 'Billing', operator: 'OR' },
          ]),
        )
      ).body,
      (u) => u.department === 'Sales' || u.department === 'Billing',
    );
  });

  it('nests groups', async () => {
    expectIds(
      (
        await search(
          q([
            { type: 'EXACT', fields: ['state'], value: 'active' },
            {
              operator: 'AND',
              group: [
                { type: 'EXACT', fields: ['department'], value: 'Sales', operator: 'OR' },
                { type: 'EXACT', fields: ['department'], value: 'Retention', operator: 'OR' },
              ],
            },
          ]),
        )
      ).body,
      (u) => u.state === 'active' && (u.department === 'Sales' || u.department === 'Retention'),
    );
  });

  it('returns deleted users only when a criterion names the state field', async () => {
    const rec = h.emu.store.user(h.f.deletedUser);
    const byEmail = (await search(q([{ type: 'EXACT', fields: ['email'], value: rec?.email }]))).body;
    expect(byEmail.total).toBe(0);
    const withState = (
      await search(
        q([
          { type: 'EXACT', fields: ['email'], value: rec?.email },
          { type: 'EXACT', fields: ['state'], values: ['deleted'] },
        ]),
      )
    ).body;
    expect(ids(withState)).toEqual([h.f.deletedUser]);
  });
});

describe('paging, sorting, q64', () => {
  it('pages with relative q64 URIs and replays them with GET', async () => {
    const req: UserSearchRequest = {
      pageSize: 10,
      pageNumber: 2,
      query: [{ type: 'CONTAINS', fields: ['email'], value: 'a' }],
      expand: ['presence'],
    };
    const page2 = (await search(req)).body;
    expect(page2.pageNumber).toBe(2);
    expect(page2.pageCount).toBe(Math.ceil((page2.total ?? 0) / 10));
    expect(page2.results?.every((u) => u.presence !== undefined)).toBe(true);
    for (const uri of [page2.previousPage, page2.currentPage, page2.nextPage])
      expect(uri).toMatch(/^\/api\/v2\/users\/search\?q64=/);
    const decoded = JSON.parse(
      gunzipSync(Buffer.from(decodeURIComponent((page2.currentPage ?? '').split('q64=')[1]), 'base64')).toString(),
    ) as UserSearchRequest;
    expect(decoded.pageNumber).toBe(2);
    expect(decoded.query).toEqual(req.query);
    const replay = (await h.get<UsersSearchResponse>(page2.currentPage ?? '')).body;
    expect(replay.results?.map((u) => u.id)).toEqual(page2.results?.map((u) => u.id));
    const page3 = (await h.get<UsersSearchResponse>(page2.nextPage ?? '')).body;
    expect(page3.pageNumber).toBe(3);
    expect(page3.results?.[0]?.id).not.toBe(page2.results?.[0]?.id);
    const first = (await h.get<UsersSearchResponse>(page2.previousPage ?? '')).body;
    expect(first).not.toHaveProperty('previousPage');
    const withExpand = (await h.get<UsersSearchResponse>(`${page2.currentPage ?? ''}&expand=routingStatus`)).body;
    expect(withExpand.results?.[0]?.routingStatus).toBeDefined();
  });

  it('sorts by sortBy/sortOrder and by multi-key sort', async () => {
    const desc = (await search({ pageSize: 50, query: [{ type: 'MATCH_ALL' }], sortBy: 'email', sortOrder: 'DESC' }))
      .body;
    const emails = (desc.results ?? []).map((u) => u.email ?? '');
    expect(emails).toEqual(emails.slice().sort().reverse());
    const multi = (
      await search({
        pageSize: 100,
        query: [{ type: 'MATCH_ALL' }],
        sort: [
          { sortBy: 'department', sortOrder: 'ASC' },
          { sortBy: 'email', sortOrder: 'DESC' },
        ],
      })
    ).body;
    const rows = (multi.results ?? []).map((u) => [u.department ?? '', u.email ?? '']);
    for (let i = 1; i < rows.length; i++) {
      const [d0, e0] = rows[i - 1];
      const [d1, e1] = rows[i];
      expect(d0.toLowerCase() < d1.toLowerCase() || (d0.toLowerCase() === d1.toLowerCase() && e0 >= e1)).toBe(true);
    }
  });

  it('caps pageSize at 100', async () => {
    expectError(
      await h.send('POST', '/api/v2/users/search', { pageSize: 101, query: [{ type: 'MATCH_ALL' }] }),
      400,
      'constraint.validation',
    );
  });
});

describe('invalid searches', () => {
  it('rejects missing type, unknown type, missing value, unknown fields and bad regexes with details', async () => {
    const missingType = expectError(
      await h.send('POST', '/api/v2/users/search', { query: [{ fields: ['name'], value: 'x' }] }),
      400,
      'bad.request',
    );
    expect(missingType.details).toContainEqual({ errorCode: 'required', fieldName: 'query[0].type' });
    const unknownType = expectError(
      await h.send('POST', '/api/v2/users/search', { query: [{ type: 'FUZZY', fields: ['name'], value: 'x' }] }),
      400,
      'invalid.value',
    );
    expect(unknownType.details?.[0]?.fieldName).toBe('query[0].type');
    const noValue = expectError(
      await h.send('POST', '/api/v2/users/search', { query: [{ type: 'EXACT', fields: ['name'] }] }),
      400,
      'bad.request',
    );
    expect(noValue.details).toContainEqual({ errorCode: 'required', fieldName: 'query[0].value' });
    const nested = expectError(
      await h.send('POST', '/api/v2/users/search', { query: [{ group: [{ type: 'CONTAINS', value: 'x' }] }] }),
      400,
      'bad.request',
    );
    expect(nested.details).toContainEqual({ errorCode: 'required', fieldName: 'query[0].group[0].fields' });
    expectError(
      await h.send('POST', '/api/v2/users/search', { query: [{ type: 'EXACT', fields: ['shoeSize'], value: '9' }] }),
      400,
      'invalid.value',
    );
    expectError(
      await h.send('POST', '/api/v2/users/search', { query: [{ type: 'REGEX', fields: ['name'], value: '([' }] }),
      400,
      'invalid.value',
    );
  });

  it('rejects a missing or undecodable q64', async () => {
    expectError(await h.get<ErrorBody>('/api/v2/users/search'), 400, 'invalid.query.param.value');
    expectError(await h.get<ErrorBody>('/api/v2/users/search?q64=H4sIbogus'), 400, 'invalid.query.param.value');
  });
});
