/** Groups, and the users' group memberships. */
import { GROUP_NAMES } from '../names.js';
import { intBetween, pick } from '../prng.js';
import type { UserRecord } from '../store.js';
import { DAY, GEN_EPOCH, iso, type Gen } from './common.js';

export function generateGroups({ store, rng, id }: Gen): string[] {
  GROUP_NAMES.forEach((g) => {
    const rec = {
      id: id(),
      name: g.name,
      description: g.description,
      type: g.type,
      visibility: g.type === 'official' ? ('public' as const) : ('members' as const),
      memberCount: 0,
      dateModified: iso(GEN_EPOCH - intBetween(rng, 1, 400) * DAY),
      version: intBetween(rng, 1, 9),
      ownerIds: [],
      rolesEnabled: g.type === 'official',
      callsEnabled: rng() < 0.3,
    };
    store.groups.set(rec.id, rec);
  });
  return [...store.groups.keys()];
}

/** Agents in "All Agents", leads and managers in "Supervisors", plus some optional ones; the head owns all. */
export function assignGroups(
  { store, rng }: Gen,
  groupIds: readonly string[],
  people: { head: UserRecord; rich: UserRecord },
): void {
  const groupByName = (name: string): string => groupIds[GROUP_NAMES.findIndex((g) => g.name === name)];
  const optional = groupIds.filter((g) => g !== groupByName('All Agents') && g !== groupByName('Supervisors'));
  for (const u of store.userList) {
    const gs: string[] = [];
    if (u.agent) gs.push(groupByName('All Agents'));
    if (u.level >= 3 && u.level <= 5) gs.push(groupByName('Supervisors'));
    if (rng() < 0.3 || u === people.rich || u === people.head) gs.push(pick(rng, optional));
    if (u.languagePreference === 'es') gs.push(groupByName('Spanish Speakers'));
    store.setGroups(u, gs);
  }
  for (const g of store.groups.values()) g.ownerIds = [people.head.id];
}
