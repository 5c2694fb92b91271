/**
 * The benchmark's frontend operations, and for each the fewest upstream calls the Users API allows for
 * it on the seeded data (the lower bound), derived from the data by asking the emulator directly.
 *
 * The model behind every lower bound: a call can only use ids the query's arguments or earlier
 * responses gave; GET /api/v2/users takes at most 100 ids; the User fields that have an expand cost no
 * call of their own; sub-resources with no expand and no bulk route (queues, a user's direct reports)
 * cost one call per user (per 100 entries); GET /api/v2/users/me embeds "the first 50" direct reports.
 * Used by `npm run bench` and by test/bench, which asserts the gateway makes exactly these calls.
 */
import type {
  User,
  UserEntityListing,
  UserMe,
  UserQueueEntityListing,
  UsersSearchResponse,
} from '../src/genesys/models.js';

/** Direct reads of the emulator (its routes, with any token; its control endpoints). */
export interface Api {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

export interface BenchOperation {
  key: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
  /** The fewest upstream calls that answer it, on this data. */
  lowerBound: number;
  /** The fewest sequential rounds those calls need (each round uses ids from the one before). */
  minRounds: number;
  /** How the lower bound follows from the data, with this data's numbers. */
  derivation: string;
  /**
   * False: only usergraph and the bare replay run it, not the baselines (on the 500-user page they make some
   * 1,500 calls a request, minutes per run, to show what the 100-user page already shows).
   */
  baselines?: false;
}

interface Fixtures {
  richUser: string;
}

const ceil100 = (n: number): number => Math.ceil(n / 100);

/** Calls to fetch `n` users by id in bulk (≤ 100 a call; one id is GET …/{userId}, still one call). */
const bulkCalls = (n: number): number => (n === 0 ? 0 : ceil100(n));

/** Managers of `users` that are not among them: the ones still to fetch for `manager { name }`. */
function managersToFetch(users: readonly User[]): string[] {
  const listed = new Set(users.map((u) => u.id));
  return [...new Set(users.flatMap((u) => (u.manager?.id && !listed.has(u.manager.id) ? [u.manager.id] : [])))];
}

async function profileCard(api: Api, id: string): Promise<BenchOperation> {
  const user = await api.get<User>(`/api/v2/users/${id}`);
  const manager = user.manager?.id ? 1 : 0;
  return {
    key: 'profile-card',
    title: 'Profile card',
    query: `query ProfileCard($id: ID!) {
  user(id: $id) {
    id name title department email username
    images { resolution imageUri }
    presence { presenceDefinition { systemPresence } message }
    routingStatus { status startTime }
    station { effectiveStation { id name } }
    skills { name proficiency }
    manager { id name title }
  }
}`,
    variables: { id },
    lowerBound: 1 + manager,
    minRounds: 1 + manager,
    derivation:
      `1 GET of the user (presence, routing status, station and skills are expands of it)` +
      (manager ? ` + 1 GET of its manager (its id is known only from the first response) = ${1 + manager}` : ''),
  };
}

async function teamView(api: Api, agent: string): Promise<BenchOperation> {
  const lead = (await api.get<User>(`/api/v2/users/${agent}`)).manager?.id;
  if (!lead) throw new Error(`bench: user ${agent} has no manager to build the team view on`);
  const reports = await api.get<User[]>(`/api/v2/users/${lead}/directreports`);
  const pages = await Promise.all(
    reports.map(async (r) =>
      Math.max(
        1,
        (await api.get<UserQueueEntityListing>(`/api/v2/users/${r.id}/queues?pageSize=100&joined=true`)).pageCount ?? 1,
      ),
    ),
  );
  const queueCalls = pages.reduce((a, b) => a + b, 0);
  return {
    key: 'team-view',
    title: 'Team view',
    query: `query TeamView($id: ID!) {
  user(id: $id) {
    id name title
    directReports {
      id name title
      routingStatus { status }
      skills { name proficiency }
      languages { name proficiency }
      queues { id name }
    }
  }
}`,
    variables: { id: lead },
    lowerBound: 2 + queueCalls,
    minRounds: pages.some((p) => p > 1) ? 3 : 2,
    derivation:
      `1 GET of the lead + 1 GET of its direct reports (routing status, skills, languages as expands; both need only ` +
      `the lead's id) + ${queueCalls} GET …/queues (no expand, no bulk route: one per report and 100 queues; ` +
      `${reports.length} reports) = ${2 + queueCalls}`,
  };
}

async function orgChart(api: Api): Promise<BenchOperation> {
  const me = await api.get<UserMe>('/api/v2/users/me?expand=directreports');
  const level1 = me.directReports ?? [];
  const meCalls = level1.length < 50 ? 1 : 2;
  const level2 = (await Promise.all(level1.map((u) => api.get<User[]>(`/api/v2/users/${u.id}/directreports`)))).flat();
  return {
    key: 'org-chart',
    title: 'Org chart, three levels',
    query: `query OrgChart {
  me {
    id name title
    directReports {
      id name title
      directReports {
        id name title
        directReports { id name title }
      }
    }
  }
}`,
    variables: {},
    lowerBound: meCalls + level1.length + level2.length,
    minRounds: meCalls + 2,
    derivation:
      `1 GET /users/me with expand=directreports (level 1, ${level1.length} users` +
      (meCalls > 1 ? ', 50 or more: + 1 GET …/directreports' : ', fewer than 50: complete') +
      `) + ${level1.length} GET …/directreports for level 2 + ${level2.length} GET …/directreports for level 3 ` +
      `(no bulk route, and a user with no reports is known only by asking) = ${meCalls + level1.length + level2.length}`,
  };
}

const directoryQuery = `query Directory($page: Int!) {
  users(pageSize: 100, pageNumber: $page) {
    total pageCount
    entities {
      id name title department email
      manager { id name }
      station { effectiveStation { id name } }
      routingStatus { status }
    }
  }
}`;

async function directory(api: Api, page: number): Promise<BenchOperation> {
  const listing = await api.get<UserEntityListing>(`/api/v2/users?pageSize=100&pageNumber=${page}`);
  const managers = managersToFetch(listing.entities ?? []);
  return {
    key: 'directory',
    title: 'Directory page (100 users)',
    query: directoryQuery,
    variables: { page },
    lowerBound: 1 + bulkCalls(managers.length),
    minRounds: managers.length ? 2 : 1,
    derivation:
      `1 GET /users page (station and routing status as expands) + ${bulkCalls(managers.length)} bulk GET of the ` +
      `${managers.length} managers not on the page = ${1 + bulkCalls(managers.length)}`,
  };
}

/** The 500-user directory page: GET /api/v2/users allows pages of up to 500, with presence as a fourth column. */
const directory500PageQuery = `query Directory500($page: Int!) {
  users(pageSize: 500, pageNumber: $page) {
    total pageCount
    entities {
      id name title department email
      manager { id name }
      station { effectiveStation { id name } }
      routingStatus { status }
      presence { presenceDefinition { systemPresence } }
    }
  }
}`;

async function directory500(api: Api, page: number): Promise<BenchOperation> {
  const listing = await api.get<UserEntityListing>(`/api/v2/users?pageSize=500&pageNumber=${page}`);
  const managers = managersToFetch(listing.entities ?? []);
  return {
    key: 'directory-500',
    title: 'Directory page (500 users)',
    query: directory500PageQuery,
    variables: { page },
    baselines: false,
    lowerBound: 1 + bulkCalls(managers.length),
    minRounds: managers.length ? 2 : 1,
    derivation:
      `1 GET /users page of 500 (station, routing status and presence as expands) + ${bulkCalls(managers.length)} ` +
      `bulk GETs of the ${managers.length} managers not on the page (at most 100 ids each) = ${1 + bulkCalls(managers.length)}`,
  };
}

async function entities(api: Api): Promise<BenchOperation> {
  const listing = await api.get<UserEntityListing>('/api/v2/users?pageSize=100&pageNumber=3');
  const representations = (listing.entities ?? []).map((u) => ({ __typename: 'User', id: u.id }));
  return {
    key: 'entities',
    title: '_entities of 100 users',
    query: `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on User { name } }
}`,
    variables: { representations },
    lowerBound: bulkCalls(representations.length),
    minRounds: 1,
    derivation: `${representations.length} ids in bulk GETs of at most 100 = ${bulkCalls(representations.length)}`,
  };
}

async function search(api: Api): Promise<BenchOperation> {
  const request = {
    pageSize: 25,
    pageNumber: 1,
    sortBy: 'name',
    sortOrder: 'ASC',
    // The caller names the search expands its selection needs: the gateway sends the request as given.
    expand: ['presence', 'routingStatus'],
    query: [{ type: 'CONTAINS', fields: ['name'], value: 'an' }],
  };
  const response = await api.post<UsersSearchResponse>('/api/v2/users/search', request);
  const managers = managersToFetch(response.results ?? []);
  return {
    key: 'search',
    title: 'Search page (25 results)',
    query: `query SearchPage($request: UserSearchRequestInput!) {
  searchUsers(request: $request) {
    total pageCount pageNumber
    results {
      id name title department email
      presence { presenceDefinition { systemPresence } }
      routingStatus { status }
      manager { id name }
    }
  }
}`,
    variables: { request },
    lowerBound: 1 + bulkCalls(managers.length),
    minRounds: managers.length ? 2 : 1,
    derivation:
      `1 POST /users/search (presence and routing status asked in request.expand) + ${bulkCalls(managers.length)} bulk ` +
      `GET of the ${managers.length} managers not among the results = ${1 + bulkCalls(managers.length)}`,
  };
}

/** The seven operations on the organisation the emulator behind `api` serves. */
export async function prepareOperations(api: Api): Promise<BenchOperation[]> {
  const fixtures = await api.get<Fixtures>('/__emulator/fixtures');
  return Promise.all([
    profileCard(api, fixtures.richUser),
    teamView(api, fixtures.richUser),
    orgChart(api),
    directory(api, 1),
    entities(api),
    search(api),
    directory500(api, 2),
  ]);
}

/**
 * The memory check's query: a directory page of 500 users (GET /api/v2/users allows up to 500), without
 * presence, as the memory figures of earlier reports were measured.
 */
export const directory500Query = directoryQuery
  .replace('pageSize: 100', 'pageSize: 500')
  .replace('Directory(', 'Directory500(');

/** An Api over HTTP with a fixed token. */
export function httpApi(baseUrl: string, token = 'bench'): Api {
  const request = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
    if (!response.ok) throw new Error(`bench: ${init?.method ?? 'GET'} ${path} answered ${response.status}`);
    return (await response.json()) as T;
  };
  return {
    get: (path) => request(path),
    post: (path, body) => request(path, { method: 'POST', body: JSON.stringify(body) }),
  };
}
