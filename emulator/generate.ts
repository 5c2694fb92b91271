/**
 * The deterministic, seeded organisation. Org-wide entities and the user records are created eagerly from
 * one stream; each user's sub-resources come from a stream derived from (seed, user index) on first access,
 * so the same seed always gives the same org, ids included, whatever order requests arrive in.
 *
 * One module per entity in emulator/generate/; this function calls them in the stream's order (see Gen).
 */
import { hash32, mulberry32, uuidFrom } from './prng.js';
import { EmulatorStore } from './store.js';
import type { Gen } from './generate/common.js';
import { collectFixtures } from './generate/fixtures.js';
import { assignGroups, generateGroups } from './generate/groups.js';
import { generateLocations } from './generate/locations.js';
import { generateDivisions, generateOrganisation } from './generate/organisation.js';
import { generateRoles } from './generate/roles.js';
import {
  assignQueues,
  generateLanguages,
  generatePresenceDefinitions,
  generateQueues,
  generateSkills,
  setQueueAuthor,
} from './generate/routing.js';
import { generateStations, stationProviderInfo } from './generate/stations.js';
import { installSubResources } from './generate/sub-resources.js';
import { generateTeams } from './generate/teams.js';
import { generateTrustorOrgs } from './generate/trustors.js';
import { assignUserStates, generateUsers } from './generate/users.js';

const MIN_USERS = 10;

export function generateOrg(seed: number, userCount: number): EmulatorStore {
  if (!Number.isInteger(userCount) || userCount < MIN_USERS) {
    throw new Error(`users must be an integer >= ${MIN_USERS} (got ${userCount})`);
  }
  const store = new EmulatorStore(seed);
  const rng = mulberry32(hash32(seed, 0x0a9));
  const gen: Gen = { seed, store, rng, id: () => uuidFrom(rng) };

  // The org-wide entities, then the people, then what links them.
  generateOrganisation(gen);
  const divisionIds = generateDivisions(gen);
  const presenceBySystem = generatePresenceDefinitions(gen);
  const skillIds = generateSkills(gen, divisionIds);
  const languageIds = generateLanguages(gen);
  const locationIds = generateLocations(gen);
  const queueIds = generateQueues(gen, divisionIds);
  const groupIds = generateGroups(gen);
  const trustorIds = generateTrustorOrgs(gen);
  const roles = generateRoles(gen);
  const providerInfo = stationProviderInfo(gen);

  const levels = generateUsers(gen, userCount, divisionIds);
  const head = levels[0][0];
  store.headId = head.id;
  setQueueAuthor(gen, head);
  generateTeams(gen, levels[5]);
  const agents = assignUserStates(gen, levels[6]);
  assignGroups(gen, groupIds, { head, rich: agents.rich });
  assignQueues(gen, queueIds, agents.rich);
  const freeStation = generateStations(gen, providerInfo, levels[6], agents.rich);

  installSubResources(gen, {
    head,
    rich: agents.rich,
    skillIds,
    languageIds,
    locationIds,
    trustorIds,
    roles,
    presenceBySystem,
    freeStation,
  });
  store.setFixtures(
    collectFixtures(gen, {
      userCount,
      levels,
      agents,
      freeStation,
      divisionIds,
      skillIds,
      languageIds,
      locationIds,
      queueIds,
      groupIds,
      trustorIds,
      roles,
    }),
  );
  return store;
}
