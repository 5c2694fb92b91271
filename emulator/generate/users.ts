/**
 * The users: a 7-level manager tree (head, VPs, directors, senior managers, managers, team leads, agents) at every
 * size >= 10, with sizes computed bottom-up from realistic fan-outs (8 agents per lead, 5 leads per manager, 4, 4,
 * 3 above); then the fixture users among the agents, and the inactive and deleted ones (agents, so leaves: no
 * subtree is orphaned).
 */
import {
  CERTIFICATIONS,
  DEPARTMENTS,
  FIRST_NAMES,
  HOBBIES,
  LANGUAGES,
  LAST_NAMES,
  SCHOOLS,
  STUDIES,
} from '../names.js';
import { intBetween, pick, sample } from '../prng.js';
import type { UserRecord } from '../store.js';
import { ascii, DAY, GEN_EPOCH, HOUR, iso, ORG_DOMAIN, type Gen } from './common.js';

const NICKNAMES: Record<string, string> = {
  Alexander: 'Alex',
  Elizabeth: 'Liz',
  Katherine: 'Kate',
  Michael: 'Mike',
  Nicholas: 'Nick',
  Robert: 'Bob',
  William: 'Bill',
  Benjamin: 'Ben',
  Christopher: 'Chris',
  Samantha: 'Sam',
  Jennifer: 'Jen',
  Matthew: 'Matt',
  Daniel: 'Dan',
  Joshua: 'Josh',
  Victoria: 'Vicky',
  Jessica: 'Jess',
  Andrew: 'Andy',
  Anthony: 'Tony',
  Joseph: 'Joe',
  Thomas: 'Tom',
  Stephanie: 'Steph',
  Gabriela: 'Gabi',
  Valentina: 'Vale',
};

/** Sizes of levels 0..6 for an org of n users (n >= 7). */
function levelSizes(n: number): number[] {
  for (let a = n - 6; a >= 1; a--) {
    const l5 = Math.ceil(a / 8);
    const l4 = Math.ceil(l5 / 5);
    const l3 = Math.ceil(l4 / 4);
    const l2 = Math.ceil(l3 / 4);
    const l1 = Math.ceil(l2 / 3);
    const managers = 1 + l1 + l2 + l3 + l4 + l5;
    if (managers + a <= n) return [1, l1, l2, l3, l4, l5, n - managers];
  }
  throw new Error(`cannot build a 7-level org with ${n} users`);
}

function jobTitle(gen: Gen, level: number, deptName: string, agentTitles: readonly string[] | undefined): string {
  if (level === 0) return 'Chief Executive Officer';
  if (level === 1) return `Vice President, ${deptName}`;
  if (level === 2) return `Director, ${deptName}`;
  if (level === 3) return `Senior Manager, ${deptName}`;
  if (level === 4) return `${deptName} Manager`;
  if (level === 5) return `${deptName} Team Lead`;
  return pick(gen.rng, agentTitles ?? ['Agent']);
}

/** The users, level by level (all active for now); returns the levels, head first. */
export function generateUsers(gen: Gen, userCount: number, divisionIds: readonly string[]): UserRecord[][] {
  const { store, rng, id } = gen;
  const sizes = levelSizes(userCount);
  const deptLevel = [1, 2, 3, 4, 5].find((l) => sizes[l] >= Math.min(DEPARTMENTS.length, 4)) ?? 5;
  const levels: UserRecord[][] = [];
  const emailCounts = new Map<string, number>();
  let index = 0;
  for (let level = 0; level < sizes.length; level++) {
    const row: UserRecord[] = [];
    const above = levels[level - 1];
    for (let j = 0; j < sizes[level]; j++) {
      const manager = above ? above[Math.floor((j * above.length) / sizes[level])] : undefined;
      const first = pick(rng, FIRST_NAMES);
      const last = pick(rng, LAST_NAMES);
      const base = `${ascii(first)}.${ascii(last)}`;
      const n = (emailCounts.get(base) ?? 0) + 1;
      emailCounts.set(base, n);
      const email = `${base}${n > 1 ? n : ''}@${ORG_DOMAIN}`;
      const uid = id();
      // Departments are handed out round-robin at the first level wide enough to hold several of them; the
      // levels above belong to an umbrella "Customer Operations" (the head to "Executive").
      const dept =
        level < deptLevel
          ? undefined
          : level === deptLevel
            ? DEPARTMENTS[j % DEPARTMENTS.length]
            : (DEPARTMENTS.find((d) => d.name === manager?.department) ?? DEPARTMENTS[0]);
      const deptName = dept?.name ?? (level === 0 ? 'Executive' : 'Customer Operations');
      const title = jobTitle(gen, level, deptName, dept?.agentTitles);
      const created = GEN_EPOCH - intBetween(rng, 20, 1800) * DAY - intBetween(rng, 0, 23) * HOUR;
      const loggedIn = rng() < 0.92;
      const lastLogin = GEN_EPOCH - intBetween(rng, 0, 20 * 24) * HOUR - intBetween(rng, 0, 3599) * 1000;
      const langRoll = rng();
      const u: UserRecord = {
        id: uid,
        index,
        name: `${first} ${last}`,
        email,
        username: email,
        title,
        department: deptName,
        divisionId: divisionIds[dept?.division ?? 0],
        managerId: manager?.id,
        reportIds: [],
        level,
        state: 'active',
        version: 1,
        jabberId: `${uid.replace(/-/g, '').slice(0, 24)}@northwind.orgspan.com`,
        phone: `+1317${String(2000000 + index).padStart(7, '0')}`,
        extension: String(10000 + index),
        hasImage: rng() < 0.7,
        preferredName: NICKNAMES[first] && rng() < 0.6 ? `${NICKNAMES[first]} ${last}` : undefined,
        acdAutoAnswer: level === 6 && rng() < 0.2,
        languagePreference: langRoll < 0.8 ? 'en-US' : LANGUAGES[1 + Math.floor(rng() * (LANGUAGES.length - 1))].code,
        groupIds: [],
        dateCreated: iso(created),
        dateModified: iso(created + intBetween(rng, 0, 200) * DAY),
        dateLastLogin: loggedIn ? iso(lastLogin) : undefined,
        dateWelcomeSent: iso(created + HOUR),
        lastTokenIssued: loggedIn ? iso(lastLogin + 1000) : undefined,
        employerInfo: {
          officialName: `${first} ${last}`,
          employeeId: `NW${String(100000 + index)}`,
          employeeType: rng() < 0.85 ? 'Full-time' : rng() < 0.5 ? 'Part-time' : 'Contractor',
          dateHire: iso(created).slice(0, 10),
        },
        agent: level === 6,
      };
      if (rng() < 0.25) u.certifications = sample(rng, CERTIFICATIONS, intBetween(rng, 1, 2));
      if (rng() < 0.2) {
        u.biography = {
          biography: `${first} has been with Northwind for ${intBetween(rng, 1, 12)} years.`,
          interests: sample(rng, HOBBIES, 2),
          hobbies: sample(rng, HOBBIES, intBetween(rng, 1, 3)),
          education: [
            {
              school: pick(rng, SCHOOLS),
              fieldOfStudy: pick(rng, STUDIES),
              dateStart: '2008-09-01',
              dateEnd: '2012-06-01',
            },
          ],
        };
      }
      if (manager) manager.reportIds.push(uid);
      row.push(u);
      store.addUser(u);
      index++;
    }
    levels.push(row);
  }
  return levels;
}

/** The agents the fixtures name: rich (every sub-resource), deep, then a deleted and an inactive one. */
export interface FixtureAgents {
  rich: UserRecord;
  deep: UserRecord;
  deleted: UserRecord;
  inactive: UserRecord;
}

/** Picks the fixture agents, and makes a few percent of the other agents inactive or deleted. */
export function assignUserStates({ rng }: Gen, agents: readonly UserRecord[]): FixtureAgents {
  const rich = agents[0];
  const deep = agents[1];
  const forcedDeleted = agents[agents.length - 1];
  const forcedInactive = agents[agents.length - 2];
  for (const a of agents) {
    if (a === rich || a === deep) continue;
    const roll = rng();
    if (a === forcedDeleted || (roll < 0.015 && a !== forcedInactive)) a.state = 'deleted';
    else if (a === forcedInactive || roll < 0.045) a.state = 'inactive';
    if (a.state !== 'active') a.dateLastLogin = undefined;
  }
  forcedInactive.dateLastLogin = undefined;
  return { rich, deep, deleted: forcedDeleted, inactive: forcedInactive };
}
