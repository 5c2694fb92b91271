import type {
  AnalyticsUserDetailsQueryResponse,
  ObservationQueryResponse,
  PresenceQueryResponse,
} from '../../src/genesys/models.js';
import { expectError, harness, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.close());

const DAY = '2025-06-01T00:00:00.000Z/2025-06-02T00:00:00.000Z';
const userFilter = (...ids: string[]) => ({
  type: 'or',
  predicates: ids.map((value) => ({ dimension: 'userId', value })),
});

describe('POST /api/v2/analytics/users/aggregates/query', () => {
  it('sums presence and routing-status time per user and bucket', async () => {
    const body = {
      interval: DAY,
      granularity: 'PT6H',
      groupBy: ['userId'],
      filter: userFilter(h.f.richUser, h.f.deepUser),
      metrics: ['tSystemPresence', 'tAgentRoutingStatus'],
    };
    const res = await h.send<PresenceQueryResponse>('POST', '/api/v2/analytics/users/aggregates/query', body);
    expect(res.status).toBe(200);
    const results = res.body.results ?? [];
    expect(results.map((r) => r.group?.userId).sort()).toEqual([h.f.richUser, h.f.deepUser].sort());
    for (const r of results) {
      expect(r.data).toHaveLength(4);
      for (const bucket of r.data ?? []) {
        expect(bucket.interval).toMatch(
          /^2025-06-01T\d\d:00:00\.000Z\/2025-06-01T\d\d:00:00\.000Z$|\/2025-06-02T00:00:00\.000Z$/,
        );
        for (const metric of ['tSystemPresence', 'tAgentRoutingStatus']) {
          const sum = (bucket.metrics ?? [])
            .filter((m) => m.metric === metric)
            .reduce((a, m) => a + (m.stats?.sum ?? 0), 0);
          expect(sum).toBe(6 * 3600 * 1000);
        }
        expect(bucket.metrics?.some((m) => m.metric === 'tOrganizationPresence')).toBe(false);
      }
    }
    expect(Object.keys(res.body.systemToOrganizationMappings ?? {})).toContain('ON_QUEUE');
    const again = await h.send<PresenceQueryResponse>('POST', '/api/v2/analytics/users/aggregates/query', body);
    expect(again.body).toEqual(res.body);
  });

  it('aggregates across the selected users without groupBy', async () => {
    const res = await h.send<PresenceQueryResponse>('POST', '/api/v2/analytics/users/aggregates/query', {
      interval: DAY,
      filter: userFilter(h.f.richUser, h.f.deepUser, h.f.headOfOrg),
    });
    expect(res.body.results).toHaveLength(1);
    const bucket = res.body.results?.[0]?.data?.[0];
    expect(bucket?.interval).toBe(DAY);
    const org = (bucket?.metrics ?? [])
      .filter((m) => m.metric === 'tOrganizationPresence')
      .reduce((a, m) => a + (m.stats?.sum ?? 0), 0);
    expect(org).toBe(3 * 86_400_000);
  });

  it('validates interval, granularity, metrics and groupBy', async () => {
    const path = '/api/v2/analytics/users/aggregates/query';
    expect(expectError(await h.send('POST', path, {}), 400, 'bad.request').details).toContainEqual({
      errorCode: 'required',
      fieldName: 'interval',
    });
    expectError(await h.send('POST', path, { interval: '2025-06-01' }), 400, 'invalid.value');
    expectError(
      await h.send('POST', path, { interval: '2025-06-02T00:00:00Z/2025-06-01T00:00:00Z' }),
      400,
      'constraint.validation',
    );
    expectError(await h.send('POST', path, { interval: DAY, granularity: 'sometimes' }), 400, 'invalid.value');
    expectError(await h.send('POST', path, { interval: DAY, metrics: ['nOffered'] }), 400, 'invalid.value');
    expectError(await h.send('POST', path, { interval: DAY, groupBy: ['queueId'] }), 400, 'invalid.value');
    expectError(
      await h.send('POST', path, {
        interval: DAY,
        filter: { type: 'and', predicates: [{ dimension: 'shoeSize', value: '9' }] },
      }),
      400,
      'invalid.value',
    );
  });
});

describe('POST /api/v2/analytics/users/details/query', () => {
  it('returns merged presence and routing-status records per user, paged', async () => {
    const res = await h.send<AnalyticsUserDetailsQueryResponse>('POST', '/api/v2/analytics/users/details/query', {
      interval: DAY,
      userFilters: [userFilter(h.f.richUser, h.f.deepUser, h.f.headOfOrg)],
      paging: { pageSize: 2, pageNumber: 1 },
    });
    expect(res.body.totalHits).toBe(3);
    expect(res.body.userDetails).toHaveLength(2);
    for (const d of res.body.userDetails ?? []) {
      const presence = d.primaryPresence ?? [];
      expect(presence[0]?.startTime).toBe('2025-06-01T00:00:00.000Z');
      expect(presence.at(-1)?.endTime).toBe('2025-06-02T00:00:00.000Z');
      expect(presence.reduce((a, r) => a + (r.durationMilliseconds ?? 0), 0)).toBe(86_400_000);
      for (let i = 1; i < presence.length; i++) {
        expect(presence[i].startTime).toBe(presence[i - 1].endTime);
        expect(presence[i].systemPresence).not.toBe(presence[i - 1].systemPresence);
      }
      expect((d.routingStatus ?? []).reduce((a, r) => a + (r.durationMilliseconds ?? 0), 0)).toBe(86_400_000);
    }
  });

  it('filters on presence records and computes aggregations', async () => {
    const res = await h.send<AnalyticsUserDetailsQueryResponse>('POST', '/api/v2/analytics/users/details/query', {
      interval: DAY,
      userFilters: [userFilter(h.f.richUser, h.f.inactiveUser)],
      presenceFilters: [{ type: 'and', predicates: [{ dimension: 'systemPresence', value: 'ON_QUEUE' }] }],
      presenceAggregations: [{ type: 'termFrequency', dimension: 'systemPresence' }],
      routingStatusAggregations: [{ type: 'termFrequency', dimension: 'routingStatus' }],
    });
    expect(res.body.totalHits).toBe(1);
    expect(res.body.userDetails?.[0]?.userId).toBe(h.f.richUser);
    expect(res.body.userDetails?.[0]?.primaryPresence?.every((r) => r.systemPresence === 'ON_QUEUE')).toBe(true);
    const [pres, rout] = res.body.aggregations ?? [];
    expect(pres.dimension).toBe('systemPresence');
    expect(pres.results?.map((r) => r.value)).toEqual(['ON_QUEUE']);
    expect(rout.results?.length).toBeGreaterThan(0);
  });

  it('requires an interval of at most 31 days and valid paging', async () => {
    const path = '/api/v2/analytics/users/details/query';
    expectError(await h.send('POST', path, { userFilters: [] }), 400, 'bad.request');
    expectError(
      await h.send('POST', path, { interval: '2025-01-01T00:00:00Z/2025-03-01T00:00:00Z' }),
      400,
      'constraint.validation',
    );
    expectError(
      await h.send('POST', path, { interval: DAY, paging: { pageSize: 500, pageNumber: 1 } }),
      400,
      'constraint.validation',
    );
    expectError(await h.send('POST', path, { interval: DAY, order: 'sideways' }), 400, 'invalid.value');
  });
});

describe('POST /api/v2/analytics/users/observations/query', () => {
  it('counts member and active queues per user', async () => {
    const res = await h.send<ObservationQueryResponse>('POST', '/api/v2/analytics/users/observations/query', {
      filter: userFilter(h.f.richUser),
    });
    const data = res.body.results?.[0]?.data ?? [];
    expect(res.body.results?.[0]?.group).toEqual({ userId: h.f.richUser });
    const count = (m: string): number | undefined => data.find((d) => d.metric === m)?.stats?.count;
    const memberships = h.emu.store.memberships(h.f.richUser);
    expect(count('oMemberQueues')).toBe(memberships.length);
    expect(count('oActiveQueues')).toBe(memberships.filter((m) => m.joined).length);
  });

  it('counts users per queue', async () => {
    const q = h.f.queues.joined[0];
    const res = await h.send<ObservationQueryResponse>('POST', '/api/v2/analytics/users/observations/query', {
      filter: { type: 'or', predicates: [{ dimension: 'queueId', value: q }] },
      metrics: ['oMemberUsers', 'oActiveUsers', 'oUserRoutingStatuses'],
    });
    const data = res.body.results?.[0]?.data ?? [];
    expect(res.body.results?.[0]?.group).toEqual({ queueId: q });
    const members = data.find((d) => d.metric === 'oMemberUsers')?.stats?.count ?? 0;
    const active = data.find((d) => d.metric === 'oActiveUsers')?.stats?.count ?? 0;
    expect(members).toBeGreaterThanOrEqual(active);
    expect(active).toBeGreaterThan(0);
    const byStatus = data
      .filter((d) => d.metric === 'oUserRoutingStatuses')
      .reduce((a, d) => a + (d.stats?.count ?? 0), 0);
    expect(byStatus).toBe(active);
  });

  it('requires a filter naming users or queues, and known metrics', async () => {
    const path = '/api/v2/analytics/users/observations/query';
    expect(expectError(await h.send('POST', path, {}), 400, 'bad.request').details).toContainEqual({
      errorCode: 'required',
      fieldName: 'filter',
    });
    expectError(
      await h.send('POST', path, { filter: { type: 'and', predicates: [{ dimension: 'mediaType', value: 'voice' }] } }),
      400,
      'constraint.validation',
    );
    expectError(
      await h.send('POST', path, { filter: userFilter(h.f.richUser), metrics: ['oBogus'] }),
      400,
      'invalid.value',
    );
  });
});
