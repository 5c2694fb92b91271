/** The fixtures: the ids of the generated organisation that tests and examples name (GET /__emulator/fixtures). */
import { SEED_USER_PASSWORD, type EmulatorFixtures, type UserRecord } from '../store.js';
import { GEOLOCATION_CLIENT_IDS, type Gen } from './common.js';
import type { RoleIds } from './roles.js';
import type { FixtureAgents } from './users.js';

export interface FixtureInputs {
  userCount: number;
  levels: readonly UserRecord[][];
  agents: FixtureAgents;
  freeStation: { id: string };
  divisionIds: string[];
  skillIds: string[];
  languageIds: string[];
  locationIds: string[];
  queueIds: readonly string[];
  groupIds: string[];
  trustorIds: string[];
  roles: RoleIds;
}

export function collectFixtures({ seed, store }: Gen, inputs: FixtureInputs): EmulatorFixtures {
  const { levels, agents, roles, queueIds, divisionIds } = inputs;
  const head = levels[0][0];
  const { rich, deep } = agents;
  const hasManagingReports = (u: UserRecord): boolean =>
    u.reportIds.filter((rid) => (store.user(rid)?.reportIds.length ?? 0) > 0).length >= 3;
  const managerOfManagers = levels[4].find(hasManagingReports) ?? store.userList.find(hasManagingReports) ?? head;
  const memberships = store.memberships(rich.id);
  const memberQueueIds = new Set(memberships.map((m) => m.queue.id));
  return {
    seed,
    users: inputs.userCount,
    orgId: store.org.id,
    headOfOrg: head.id,
    managerOfManagers: managerOfManagers.id,
    deepUser: deep.id,
    deepUserLevels: deep.level + 1,
    richUser: rich.id,
    userWithStation: rich.id,
    outOfOfficeUser: rich.id,
    trustorUser: rich.id,
    favoritesUser: rich.id,
    deletedUser: agents.deleted.id,
    inactiveUser: agents.inactive.id,
    leafUser: deep.id,
    stationId: store.stationLinks(rich.id).associated ?? '',
    freeStationId: inputs.freeStation.id,
    skillIds: inputs.skillIds,
    languageIds: inputs.languageIds,
    queues: {
      joined: memberships.filter((m) => m.joined).map((m) => m.queue.id),
      unjoined: memberships.filter((m) => !m.joined).map((m) => m.queue.id),
      notMember: queueIds.find((q) => !memberQueueIds.has(q)) ?? '',
    },
    roles: { admin: roles.admin, all: roles.all },
    divisions: { home: divisionIds[0], all: divisionIds },
    locationIds: inputs.locationIds,
    groupIds: inputs.groupIds,
    teamIds: [...store.teams.keys()],
    trustorOrgIds: inputs.trustorIds,
    geolocationClientIds: [...GEOLOCATION_CLIENT_IDS],
    primaryGeolocationClientId: 'browser',
    seedUserPassword: SEED_USER_PASSWORD,
  };
}
