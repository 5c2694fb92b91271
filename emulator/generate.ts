/**
 * The deterministic, seeded organisation. Org-wide entities and the user records are created eagerly from
 * one stream; each user's sub-resources come from a stream derived from (seed, user index) on first access,
 * so the same seed always gives the same org, ids included, whatever order requests arrive in.
 *
 * The manager tree has 7 levels (head, VPs, directors, senior managers, managers, team leads, agents) at
 * every size >= 10, with sizes computed bottom-up from realistic fan-outs (8 agents per lead, 5 leads per
 * manager, 4, 4, 3 above). Inactive and deleted users are agents (leaves), so no subtree is orphaned.
 */
import type {
  CallRoute,
  ResourceConditionNode,
  ResourcePermissionPolicy,
  UserConversationSummary,
} from '../src/genesys/models.js';
import {
  CERTIFICATIONS,
  DEPARTMENTS,
  DIVISION_NAMES,
  FIRST_NAMES,
  GROUP_NAMES,
  HOBBIES,
  LANGUAGES,
  LAST_NAMES,
  LOCATION_SITES,
  PRESENCES,
  PROFILE_SKILLS,
  QUEUE_NAMES,
  ROLE_DEFS,
  ROUTING_STATUSES,
  SCHOOLS,
  SKILL_NAMES,
  STUDIES,
  TRUSTOR_ORGS,
} from './names.js';
import { hash32, intBetween, mulberry32, pick, sample, uuidFrom, type Rng } from './prng.js';
import {
  EmulatorStore,
  SEED_USER_PASSWORD,
  type Assignment,
  type EmulatorFixtures,
  type GeoRecord,
  type StationRecord,
  type UserRecord,
  type UserSub,
} from './store.js';

/** The fixed "now" of generated data, so that the same seed gives byte-identical data. */
export const GEN_EPOCH = Date.UTC(2025, 5, 2, 9, 0, 0);
const DAY = 86_400_000;
const HOUR = 3_600_000;
export const GEOLOCATION_CLIENT_IDS = ['browser', 'mobile', 'desktop'] as const;
export const ORG_DOMAIN = 'northwind.example';
export const MIN_USERS = 10;

const iso = (ms: number): string => new Date(ms).toISOString();

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
export function levelSizes(n: number): number[] {
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

function ascii(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, '');
}

function permissionPolicy(
  rng: Rng,
  permission: string,
  roleName: string,
  store: EmulatorStore,
): ResourcePermissionPolicy {
  const [domain, entityName = '*', action = '*'] = permission.split(':');
  const policy: ResourcePermissionPolicy = {
    id: uuidFrom(rng),
    domain,
    entityName,
    policyName: `${domain}_${entityName}_${action}`.replace(/\*/g, 'all'),
    policyDescription: `${roleName}: ${permission}`,
    actionSetKey: action,
    allowConditions: false,
    namedResources: [],
    actionSet: [action],
  };
  // Some policies are conditional, as in real orgs (e.g. supervisors see only their division's queues).
  if (permission === 'routing:queue:view' && roleName === 'Supervisor') {
    const queueIds = [...store.queues.keys()].slice(0, 3);
    const node: ResourceConditionNode = {
      variableName: 'Queue.id',
      operator: 'IN',
      operands: queueIds.map((value) => ({ type: 'QUEUE', value })),
    };
    policy.allowConditions = true;
    policy.resourceConditionNode = node;
    policy.resourceCondition = `Queue.id IN (${queueIds.join(',')})`;
  } else if (permission === 'directory:user:view' && roleName === 'Employee') {
    const node: ResourceConditionNode = {
      conjunction: 'OR',
      terms: [
        {
          variableName: 'User.division',
          operator: 'EQ',
          operands: [{ type: 'SCALAR', value: [...store.divisions.keys()][0] }],
        },
        { variableName: 'User.id', operator: 'EQ', operands: [{ type: 'VARIABLE', value: 'self' }] },
      ],
    };
    policy.allowConditions = true;
    policy.resourceConditionNode = node;
    policy.resourceCondition = 'User.division == home OR User.id == self';
  }
  return policy;
}

export function generateOrg(seed: number, userCount: number): EmulatorStore {
  if (!Number.isInteger(userCount) || userCount < MIN_USERS) {
    throw new Error(`users must be an integer >= ${MIN_USERS} (got ${userCount})`);
  }
  const store = new EmulatorStore(seed);
  const rng = mulberry32(hash32(seed, 0x0a9));
  const id = (): string => uuidFrom(rng);

  store.org = {
    id: id(),
    name: 'Northwind Contact Center',
    domain: 'northwind',
    thirdPartyOrgName: 'northwind',
    defaultLanguage: 'en',
    defaultCountryCode: 'US',
    version: 7,
    defaultSiteId: id(),
    dateCreated: iso(GEN_EPOCH - 1900 * DAY),
  };

  DIVISION_NAMES.forEach((name, i) => {
    const d = {
      id: id(),
      name,
      description: i === 0 ? 'The home division' : `${name} division`,
      homeDivision: i === 0,
    };
    store.divisions.set(d.id, d);
  });
  const divisionIds = [...store.divisions.keys()];

  PRESENCES.forEach((p) => {
    const rec = { id: id(), systemPresence: p.system, analytics: p.analytics, label: p.label, primary: true };
    store.presenceDefs.set(rec.id, rec);
  });
  const presenceIds = [...store.presenceDefs.keys()];
  const presenceBySystem = (s: string): string =>
    [...store.presenceDefs.values()].find((p) => p.systemPresence === s)?.id ?? presenceIds[0];

  SKILL_NAMES.forEach((name, i) => {
    const s = {
      id: id(),
      name,
      divisionId: divisionIds[i % 7 === 0 ? 1 : 0],
      dateModified: iso(GEN_EPOCH - intBetween(rng, 10, 900) * DAY),
      version: intBetween(rng, 1, 6),
    };
    store.skills.set(s.id, s);
  });
  const skillIds = [...store.skills.keys()];
  LANGUAGES.forEach((l) => {
    const rec = {
      id: id(),
      name: l.name,
      code: l.code,
      dateModified: iso(GEN_EPOCH - intBetween(rng, 10, 900) * DAY),
      version: intBetween(rng, 1, 3),
    };
    store.languages.set(rec.id, rec);
  });
  const languageIds = [...store.languages.keys()];

  LOCATION_SITES.forEach((s, i) => {
    const rec = {
      id: id(),
      name: s.name,
      site: i,
      version: intBetween(rng, 1, 5),
      street1: s.street1,
      city: s.city,
      state: s.state,
      zipcode: s.zipcode,
      country: s.country,
      countryName: s.countryName,
      lat: s.lat,
      lon: s.lon,
      region: s.region,
      emergencyNumber:
        s.country === 'US' || s.country === 'CA'
          ? `+1317555${String(1000 + i).slice(-4)}`
          : `+353915${String(10000 + i).slice(-5)}`,
    };
    store.locations.set(rec.id, rec);
  });
  const locationIds = [...store.locations.keys()];

  QUEUE_NAMES.forEach((name, i) => {
    const created = GEN_EPOCH - intBetween(rng, 60, 1500) * DAY;
    const q = {
      id: id(),
      name,
      description: `${name} interactions`,
      divisionId: divisionIds[i % divisionIds.length],
      dateCreated: iso(created),
      dateModified: iso(created + intBetween(rng, 1, 50) * DAY),
      createdBy: '',
      modifiedBy: '',
      memberCount: 0,
      joinedMemberCount: 0,
      skillEvaluationMethod: pick(rng, ['NONE', 'BEST', 'ALL'] as const),
      alertingTimeoutSeconds: pick(rng, [8, 15, 30]),
      serviceLevelPercentage: pick(rng, [0.8, 0.85, 0.9]),
      serviceLevelDurationMs: pick(rng, [20000, 30000, 60000]),
      wrapupPrompt: pick(rng, ['MANDATORY', 'OPTIONAL', 'MANDATORY_TIMEOUT', 'AGENT_REQUESTED'] as const),
      acwTimeoutMs: pick(rng, [30000, 60000, 120000]),
      callingPartyName: 'Northwind',
      callingPartyNumber: `+1317555${String(2000 + i)}`,
      enableTranscription: rng() < 0.5,
      enableManualAssignment: rng() < 0.3,
      scoringMethod: pick(rng, ['TimestampAndPriority', 'PriorityOnly'] as const),
      lastAgentRoutingMode: pick(rng, ['Disabled', 'QueueMembersOnly', 'AnyAgent'] as const),
      queueFlowId: id(),
      queueFlowName: `${name} In-Queue Flow`,
    };
    store.queues.set(q.id, q);
  });
  const queueIds = [...store.queues.keys()];

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
  const groupIds = [...store.groups.keys()];
  const groupByName = (name: string): string => groupIds[GROUP_NAMES.findIndex((g) => g.name === name)];

  TRUSTOR_ORGS.forEach((t, i) => {
    const rec = {
      id: id(),
      name: t.name,
      domain: t.domain,
      dateCreated: iso(GEN_EPOCH - intBetween(rng, 30, 700) * DAY),
      enabled: i !== 3,
      creatorId: id(),
      creatorName: `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`,
      creatorEmail: '',
      permissions: i % 2 === 0 ? ['directory:user:view', 'routing:queue:view'] : ['directory:user:view'],
    };
    rec.creatorEmail = `${ascii(rec.creatorName.split(' ')[0])}@${t.domain}.example`;
    store.trustorOrgs.set(rec.id, rec);
  });
  const trustorIds = [...store.trustorOrgs.keys()];

  ROLE_DEFS.forEach((r, i) => {
    const roleId = id();
    const rec = {
      id: roleId,
      name: r.name,
      description: r.description,
      permissions: [...r.permissions],
      policies: [] as ResourcePermissionPolicy[],
      defaultRoleId: i < 4 ? ascii(r.name) : '',
      base: i === 1,
      isDefault: i < 4,
    };
    store.roles.set(rec.id, rec);
  });
  for (const role of store.roles.values()) {
    role.policies = role.permissions.map((p) => permissionPolicy(rng, p, role.name, store));
  }
  const roleIds = [...store.roles.keys()];
  const [ADMIN, EMPLOYEE, USER, AGENT, SUPERVISOR, ROUTING_ADMIN, PEOPLE_ADMIN, TELEPHONY_ADMIN, QUALITY, TRUSTED] =
    roleIds;

  // ------------------------------------------------------------------ users
  const sizes = levelSizes(userCount);
  const deptLevel = [1, 2, 3, 4, 5].find((l) => sizes[l] >= Math.min(DEPARTMENTS.length, 4)) ?? 5;
  const levels: UserRecord[][] = [];
  const emailCounts = new Map<string, number>();
  let index = 0;
  const edgeGroupId = id();
  const providerInfo = { edgeGroupId, phoneBaseSettingsId: id() };

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
      const title =
        level === 0
          ? 'Chief Executive Officer'
          : level === 1
            ? `Vice President, ${deptName}`
            : level === 2
              ? `Director, ${deptName}`
              : level === 3
                ? `Senior Manager, ${deptName}`
                : level === 4
                  ? `${deptName} Manager`
                  : level === 5
                    ? `${deptName} Team Lead`
                    : pick(rng, dept?.agentTitles ?? ['Agent']);
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
  const head = levels[0][0];
  store.headId = head.id;
  for (const q of store.queues.values()) {
    q.createdBy = head.id;
    q.modifiedBy = head.id;
  }

  // Teams: one per team lead, holding the lead and their agents.
  for (const lead of levels[5]) {
    const t = {
      id: id(),
      name: `${lead.department} - ${lead.name.split(' ')[1]} Team`,
      divisionId: lead.divisionId,
      description: `Team led by ${lead.name}`,
      dateCreated: lead.dateCreated,
      dateModified: lead.dateModified,
      memberCount: 1 + lead.reportIds.length,
      leadId: lead.id,
    };
    store.teams.set(t.id, t);
    lead.teamId = t.id;
    for (const rid of lead.reportIds) {
      const r = store.user(rid);
      if (r) r.teamId = t.id;
    }
  }

  // Fixture users among the agents: rich (every sub-resource), deep, then a deleted and an inactive one.
  const agents = levels[6];
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

  // Groups: agents in "All Agents", leads and managers in "Supervisors", plus some optional ones.
  const optional = groupIds.filter((g) => g !== groupByName('All Agents') && g !== groupByName('Supervisors'));
  for (const u of store.userList) {
    const gs: string[] = [];
    if (u.agent) gs.push(groupByName('All Agents'));
    if (u.level >= 3 && u.level <= 5) gs.push(groupByName('Supervisors'));
    if (rng() < 0.3 || u === rich || u === head) gs.push(pick(rng, optional));
    if (u.languagePreference === 'es') gs.push(groupByName('Spanish Speakers'));
    store.setGroups(u, gs);
  }
  for (const g of store.groups.values()) g.ownerIds = [head.id];

  // Queue memberships: agents and leads belong to 1-4 queues; most memberships are joined.
  for (const u of store.userList) {
    if (u.level < 5 || u.state === 'deleted') continue;
    const count = u === rich ? 4 : intBetween(rng, 1, u.agent ? 4 : 2);
    const chosen = sample(rng, queueIds, count);
    chosen.forEach((qid, i) => {
      const joined = u === rich ? i < 2 : u.state === 'active' && rng() < 0.75;
      store.addMembership(u.id, qid, joined);
    });
  }

  // Stations: one per agent plus 10% spare; most agents have a default station and are associated with it.
  const stationCount = Math.ceil(agents.length * 1.1) + 2;
  const stationList: StationRecord[] = [];
  for (let i = 0; i < stationCount; i++) {
    const webrtc = rng() < 0.8;
    const st: StationRecord = {
      id: id(),
      name: webrtc ? `WebRTC Phone ${String(i + 1).padStart(5, '0')}` : `Desk Phone ${String(i + 1).padStart(5, '0')}`,
      type: webrtc ? 'inin_webrtc_softphone' : 'inin_sip_phone',
      providerInfo,
      webRtcCallAppearances: webrtc ? 4 : 0,
    };
    store.stations.set(st.id, st);
    stationList.push(st);
  }
  let next = 0;
  for (const a of agents) {
    if (a.state === 'deleted') continue;
    const station = stationList[next++];
    if (a === rich || rng() < 0.85) {
      store.setDefaultStation(a, station.id);
      if (a.state === 'active' && (a === rich || rng() < 0.8)) {
        store.associateStation(a, station.id);
        store.stations.get(station.id)!.associatedDate = iso(GEN_EPOCH - intBetween(rng, 1, 600) * 60_000);
      }
    }
  }
  // The rich user also has a last-associated station (a spare one).
  const lastStation = stationList[stationList.length - 1];
  store.stationLinks(rich.id).lastAssociated = lastStation.id;
  const freeStation = stationList[stationList.length - 2];

  // ------------------------------------------------------------------ lazy sub-resources
  const offline = presenceBySystem('Offline');
  const activePresences = [
    presenceBySystem('Available'),
    presenceBySystem('OnQueue'),
    presenceBySystem('Busy'),
    presenceBySystem('Away'),
    presenceBySystem('Break'),
    presenceBySystem('Meal'),
    presenceBySystem('Meeting'),
    presenceBySystem('Training'),
    offline,
  ];
  const userCountAtGen = store.userList.length;

  store.setSubFactory((st, u) => {
    const r = mulberry32(hash32(seed, u.index, 0x5b));
    const forced = u.id === rich.id;
    const isHead = u.id === head.id;
    const now = GEN_EPOCH;
    const skills = new Map<string, Assignment>();
    const nSkills = forced ? 5 : u.agent ? intBetween(r, 2, 6) : u.level === 5 ? intBetween(r, 1, 2) : 0;
    for (const sid of sample(r, skillIds, nSkills)) {
      skills.set(sid, {
        proficiency: intBetween(r, forced ? 1 : 0, 5),
        state: forced || r() < 0.92 ? 'active' : 'inactive',
      });
    }
    const languages = new Map<string, Assignment>();
    if (u.agent || u.level === 5 || forced) {
      languages.set(languageIds[0], { proficiency: intBetween(r, 3, 5), state: 'active' });
      for (const lid of sample(r, languageIds.slice(1), forced ? 2 : r() < 0.35 ? intBetween(r, 1, 2) : 0)) {
        languages.set(lid, { proficiency: intBetween(r, 1, 5), state: r() < 0.9 ? 'active' : 'inactive' });
      }
    }
    const roles = isHead
      ? [ADMIN, EMPLOYEE, USER]
      : u.agent
        ? [EMPLOYEE, USER, AGENT]
        : u.level >= 3
          ? [EMPLOYEE, USER, SUPERVISOR]
          : [EMPLOYEE, USER, SUPERVISOR, PEOPLE_ADMIN];
    const extraRoll = r();
    if (!isHead && extraRoll < 0.03) roles.push(ROUTING_ADMIN);
    else if (!isHead && extraRoll < 0.05) roles.push(TELEPHONY_ADMIN);
    else if (!isHead && extraRoll < 0.08) roles.push(QUALITY);

    const active = u.state === 'active';
    const status = u.agent && active ? pick(r, ROUTING_STATUSES) : 'OFF_QUEUE';
    const presenceId = active ? pick(r, activePresences) : offline;
    const oooOn = forced || (active && r() < 0.05);
    const indefinite = !forced && oooOn && r() < 0.3;
    const oooStart = now - intBetween(r, 1, 10) * DAY;
    const cfOn = forced || r() < 0.1;
    const calls: CallRoute[] = [];
    if (cfOn) {
      calls.push({ targets: [{ type: 'PHONENUMBER', value: `+1317${String(5550000 + intBetween(r, 0, 9999))}` }] });
      if (forced || r() < 0.4) {
        const links = st.userStations.get(u.id);
        calls.push({ targets: [{ type: 'STATION', value: links?.default ?? freeStation.id }] });
      }
    }
    const geolocations = new Map<string, GeoRecord>();
    const site = LOCATION_SITES[u.index % LOCATION_SITES.length];
    const siteLoc = locationIds[u.index % locationIds.length];
    const clients = forced
      ? [...GEOLOCATION_CLIENT_IDS]
      : ['browser', ...(r() < 0.4 ? ['mobile'] : []), ...(r() < 0.2 ? ['desktop'] : [])];
    for (const c of clients) {
      geolocations.set(c, {
        clientId: c,
        type: c === 'mobile' ? pick(r, ['ios', 'android']) : c === 'desktop' ? 'windows' : 'web',
        latitude: Math.round((site.lat + (r() - 0.5) * 0.2) * 1e5) / 1e5,
        longitude: Math.round((site.lon + (r() - 0.5) * 0.2) * 1e5) / 1e5,
        country: site.country,
        region: site.region,
        city: site.city,
        locationIds: c === 'browser' ? [siteLoc] : [],
      });
    }
    const favorites: string[] = [];
    if (forced || isHead || r() < 0.3) {
      const n = forced || isHead ? 4 : intBetween(r, 1, 5);
      for (let i = 0; i < n * 2 && favorites.length < n; i++) {
        const other = st.userList[Math.floor(r() * userCountAtGen)];
        if (other && other.id !== u.id && other.state !== 'deleted' && !favorites.includes(other.id))
          favorites.push(other.id);
      }
    }
    const trustors = forced
      ? trustorIds.slice(0, 2)
      : isHead
        ? trustorIds.slice(0, 1)
        : r() < 0.05
          ? sample(r, trustorIds, intBetween(r, 1, 2))
          : [];
    if (trustors.length > 0 && !roles.includes(TRUSTED)) roles.push(TRUSTED);
    const media = (
      activeMax: number,
    ): { contactCenter: { active: number; acw: number }; enterprise: { active: number; acw: number } } => ({
      contactCenter: {
        active: u.agent && active ? intBetween(r, 0, activeMax) : 0,
        acw: u.agent && active ? intBetween(r, 0, 1) : 0,
      },
      enterprise: { active: active ? intBetween(r, 0, 1) : 0, acw: 0 },
    });
    const summary: UserConversationSummary = {
      userId: u.id,
      call: media(1),
      callback: media(1),
      email: media(3),
      message: media(4),
      chat: media(3),
      socialExpression: media(1),
      video: media(0),
    };
    const sub: UserSub = {
      skills,
      languages,
      roleIds: roles,
      routingStatus: { status, startTime: iso(now - intBetween(r, 1, 480) * 60_000) },
      presence: {
        definitionId: presenceId,
        message:
          active && r() < 0.2
            ? pick(r, ['Back in 10', 'In training until 3pm', 'Focus time', 'Covering the VIP line'])
            : undefined,
        modifiedDate: iso(now - intBetween(r, 1, 600) * 60_000),
      },
      outOfOffice: {
        id: u.id,
        active: oooOn,
        indefinite,
        startDate: oooOn || r() < 0.1 ? iso(oooStart) : undefined,
        endDate: oooOn && !indefinite ? iso(oooStart + intBetween(r, 3, 21) * DAY) : undefined,
      },
      callForwarding: {
        id: u.id,
        enabled: cfOn && (forced || r() < 0.7),
        calls,
        voicemail: pick(r, ['PURECLOUD', 'LASTCALL', 'NONE'] as const),
        modifiedDate: iso(now - intBetween(r, 1, 90) * DAY),
      },
      geolocations,
      primaryClientId: 'browser',
      profileSkills: sample(r, PROFILE_SKILLS, forced ? 3 : intBetween(r, 0, 4)),
      locations: [
        { id: siteLoc, notes: r() < 0.5 ? `Floor ${intBetween(r, 1, 6)}, Desk ${intBetween(r, 1, 120)}` : undefined },
      ],
      favoriteIds: favorites,
      trustorIds: trustors,
      conversationSummary: summary,
      inviteOutstanding: u.dateLastLogin === undefined && u.state === 'active',
      workPlanBiddingPerformance: intBetween(r, 0, 9999),
      autoAnswer: { call: u.acdAutoAnswer },
    };
    return sub;
  });

  // ------------------------------------------------------------------ fixtures
  const hasManagingReports = (u: UserRecord): boolean =>
    u.reportIds.filter((rid) => (store.user(rid)?.reportIds.length ?? 0) > 0).length >= 3;
  const managerOfManagers = levels[4].find(hasManagingReports) ?? store.userList.find(hasManagingReports) ?? head;
  const memberships = store.memberships(rich.id);
  const memberQueueIds = new Set(memberships.map((m) => m.queue.id));
  const fixtures: EmulatorFixtures = {
    seed,
    users: userCount,
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
    deletedUser: forcedDeleted.id,
    inactiveUser: forcedInactive.id,
    leafUser: deep.id,
    stationId: store.stationLinks(rich.id).associated ?? '',
    freeStationId: freeStation.id,
    skillIds,
    languageIds,
    queues: {
      joined: memberships.filter((m) => m.joined).map((m) => m.queue.id),
      unjoined: memberships.filter((m) => !m.joined).map((m) => m.queue.id),
      notMember: queueIds.find((q) => !memberQueueIds.has(q)) ?? '',
    },
    roles: { admin: ADMIN, all: roleIds },
    divisions: { home: divisionIds[0], all: divisionIds },
    locationIds,
    groupIds,
    teamIds: [...store.teams.keys()],
    trustorOrgIds: trustorIds,
    geolocationClientIds: [...GEOLOCATION_CLIENT_IDS],
    primaryGeolocationClientId: 'browser',
    seedUserPassword: SEED_USER_PASSWORD,
  };
  store.setFixtures(fixtures);
  return store;
}
