// A team with its routing statuses: one typed query (GraphQL Code Generator's client preset), sent as a
// trusted document (only its id travels), refreshed on demand and every 15 s. `?manager=<user id>` shows
// that manager's team, else the caller's; `#token=<bearer token>` is sent as Authorization (a real app
// gets it from its OAuth login; the gateway's emulator mode needs none).
import { graphql } from './gql';
import type { TeamFragment } from './gql/graphql';

graphql(`
  fragment Team on User {
    id
    name
    title
    directReportsConnection(first: 100) {
      totalCount
      nodes {
        id
        name
        title
        routingStatus {
          status
          startTime
        }
      }
    }
  }
`);

const MyTeamQuery = graphql(`
  query MyTeam {
    me {
      ...Team
    }
  }
`);

const TeamOfQuery = graphql(`
  query TeamOf($managerId: ID!) {
    user(id: $managerId) {
      ...Team
    }
  }
`);

interface Persisted<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult;
  __meta__?: Record<string, unknown>;
}

/** POSTs the document's id (never its text) and returns the typed data, or throws the first error. */
async function execute<TResult, TVariables>(
  document: Persisted<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ documentId: document.__meta__?.hash, variables }),
  });
  const body = (await response.json()) as {
    data?: TResult;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  if (body.errors?.length || !body.data) {
    const first = body.errors?.[0];
    throw new Error(first ? `${first.extensions?.code ?? 'ERROR'}: ${first.message}` : `HTTP ${response.status}`);
  }
  return body.data;
}

async function loadTeam(): Promise<TeamFragment | null | undefined> {
  const managerId = new URLSearchParams(location.search).get('manager');
  if (managerId) return (await execute(TeamOfQuery, { managerId })).user;
  return (await execute(MyTeamQuery, {})).me;
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;

function cell(text: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

function render(team: TeamFragment): void {
  const members = team.directReportsConnection?.nodes ?? [];
  byId('title').textContent = `Team of ${team.name ?? team.id}`;
  byId('summary').textContent =
    `${team.directReportsConnection?.totalCount ?? members.length} members · refreshed ${new Date().toLocaleTimeString()}`;
  const rows = members.map((member) => {
    const row = document.createElement('tr');
    row.dataset.userId = member.id;
    row.dataset.testid = 'member';
    const status = member.routingStatus?.status ?? 'UNKNOWN';
    const pill = document.createElement('span');
    pill.className = `status status-${status}`;
    pill.textContent = status;
    const statusCell = document.createElement('td');
    statusCell.append(pill);
    const since = member.routingStatus?.startTime ? new Date(member.routingStatus.startTime).toLocaleString() : '';
    row.append(cell(member.name ?? member.id), cell(member.title ?? ''), statusCell, cell(since));
    return row;
  });
  byId('members').replaceChildren(...rows);
}

async function refresh(): Promise<void> {
  try {
    const team = await loadTeam();
    if (!team) throw new Error('No such user.');
    byId('error').textContent = '';
    render(team);
  } catch (err) {
    byId('error').textContent = err instanceof Error ? err.message : String(err);
  }
}

byId('refresh').addEventListener('click', () => void refresh());
// Until the gateway's subscriptions land for this page, statuses are polled.
setInterval(() => void refresh(), 15_000);
void refresh();
