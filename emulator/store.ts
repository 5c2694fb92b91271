/**
 * The in-memory store of the emulated organisation.
 *
 * Shape (see `generate.ts` for how it is filled):
 * - org-wide entities in maps by id, each with a list in generation order: divisions, roles, skills,
 *   languages, queues, stations, locations, groups, teams, trustor organisations, presence definitions;
 * - `users`: one eager `UserRecord` per user (identity, hierarchy, state, version, contact data);
 * - cross-user relations kept eagerly: `queueMembers` (userId -> queueId -> joined), `userStations`
 *   (userId -> associated/default/last station ids) mirrored on the `StationRecord`s, group and team
 *   membership on the user record;
 * - per-user sub-resources (skills, languages, roles, presence, routing status, out-of-office, call
 *   forwarding, geolocations, profile skills, locations, favorites, trustors, ...) in a `UserSub`, generated
 *   lazily and deterministically from (seed, user index) on first access, then kept and mutated in place.
 *   This keeps a 50,000-user org small and fast to create.
 *
 * Every successful write to a user or one of its sub-resources goes through `touch()`, which increments the
 * user's `version` and sets `dateModified`.
 */
import { createHash, randomBytes } from 'node:crypto';
import type {
  Biography,
  CallRoute,
  Contact,
  EmployerInfo,
  Image,
  ResourcePermissionPolicy,
  UserConversationSummary,
} from '../src/genesys/models.js';
import { ApiError, conflict, notFound } from './errors.js';
import type { RoutingStatusValue } from './names.js';
import { hash32, mulberry32, uuidFrom, type Rng } from './prng.js';

export type UserState = 'active' | 'inactive' | 'deleted';
type SubState = 'active' | 'inactive' | 'deleted';

export interface DivisionRecord {
  id: string;
  name: string;
  description: string;
  homeDivision: boolean;
}
export interface RoleRecord {
  id: string;
  name: string;
  description: string;
  permissions: string[];
  policies: ResourcePermissionPolicy[];
  defaultRoleId: string;
  base: boolean;
  isDefault: boolean;
}
export interface SkillRecord {
  id: string;
  name: string;
  divisionId: string;
  dateModified: string;
  version: number;
}
export interface LanguageRecord {
  id: string;
  name: string;
  code: string;
  dateModified: string;
  version: number;
}
export interface QueueRecord {
  id: string;
  name: string;
  description: string;
  divisionId: string;
  dateCreated: string;
  dateModified: string;
  createdBy: string;
  modifiedBy: string;
  memberCount: number;
  joinedMemberCount: number;
  skillEvaluationMethod: 'NONE' | 'BEST' | 'ALL';
  alertingTimeoutSeconds: number;
  serviceLevelPercentage: number;
  serviceLevelDurationMs: number;
  wrapupPrompt: 'MANDATORY' | 'OPTIONAL' | 'MANDATORY_TIMEOUT' | 'MANDATORY_FORCED_TIMEOUT' | 'AGENT_REQUESTED';
  acwTimeoutMs: number;
  callingPartyName: string;
  callingPartyNumber: string;
  enableTranscription: boolean;
  enableManualAssignment: boolean;
  scoringMethod: 'TimestampAndPriority' | 'PriorityOnly';
  lastAgentRoutingMode: 'Disabled' | 'QueueMembersOnly' | 'AnyAgent';
  queueFlowId: string;
  queueFlowName: string;
}
export interface StationRecord {
  id: string;
  name: string;
  type: string;
  providerInfo: Record<string, string>;
  webRtcCallAppearances: number;
  associatedUserId?: string;
  associatedDate?: string;
  defaultUserId?: string;
}
export interface LocationRecord {
  id: string;
  name: string;
  site: number;
  version: number;
  street1: string;
  city: string;
  state: string;
  zipcode: string;
  country: string;
  countryName: string;
  lat: number;
  lon: number;
  region: string;
  emergencyNumber: string;
  contactUserId?: string;
}
export interface GroupRecord {
  id: string;
  name: string;
  description: string;
  type: 'official' | 'social';
  visibility: 'public' | 'owners' | 'members';
  memberCount: number;
  dateModified: string;
  version: number;
  ownerIds: string[];
  rolesEnabled: boolean;
  callsEnabled: boolean;
}
export interface TeamRecord {
  id: string;
  name: string;
  divisionId: string;
  description: string;
  dateCreated: string;
  dateModified: string;
  memberCount: number;
  leadId: string;
}
export interface TrustorOrgRecord {
  id: string;
  name: string;
  domain: string;
  dateCreated: string;
  enabled: boolean;
  creatorId: string;
  creatorName: string;
  creatorEmail: string;
  permissions: string[];
}
export interface PresenceDefRecord {
  id: string;
  systemPresence:
    'Available' | 'Away' | 'Busy' | 'Offline' | 'Idle' | 'OnQueue' | 'Meal' | 'Training' | 'Meeting' | 'Break';
  analytics:
    'AVAILABLE' | 'AWAY' | 'BUSY' | 'OFFLINE' | 'IDLE' | 'ON_QUEUE' | 'MEAL' | 'TRAINING' | 'MEETING' | 'BREAK';
  label: string;
  primary: boolean;
}
export interface OrgRecord {
  id: string;
  name: string;
  domain: string;
  thirdPartyOrgName: string;
  defaultLanguage: string;
  defaultCountryCode: string;
  version: number;
  defaultSiteId: string;
  dateCreated: string;
}

export interface UserRecord {
  id: string;
  /** Position in generation order; created users get the next index. Drives the lazy sub-resource stream. */
  index: number;
  name: string;
  email: string;
  username: string;
  title: string;
  department: string;
  divisionId: string;
  managerId?: string;
  /** Direct reports, in no particular order (rendering sorts by name). */
  reportIds: string[];
  /** 0 for the head of the org. */
  level: number;
  state: UserState;
  version: number;
  jabberId: string;
  /** E.164 work phone and internal extension, rendered as Contacts unless `addresses` overrides them. */
  phone: string;
  extension: string;
  addresses?: Contact[];
  /** Images: derived from the id when `hasImage`, unless overridden by a PATCH. */
  hasImage: boolean;
  images?: Image[];
  preferredName?: string;
  acdAutoAnswer: boolean;
  languagePreference: string;
  teamId?: string;
  groupIds: string[];
  dateCreated: string;
  dateModified: string;
  dateLastLogin?: string;
  dateWelcomeSent?: string;
  lastTokenIssued?: string;
  certifications?: string[];
  biography?: Biography;
  employerInfo?: EmployerInfo;
  /** Whether the user is an ACD agent (has skills, queues, a station). */
  agent: boolean;
}

export interface Assignment {
  proficiency: number;
  state: SubState;
}
export interface GeoRecord {
  clientId: string;
  type: string;
  latitude?: number;
  longitude?: number;
  country?: string;
  region?: string;
  city?: string;
  locationIds: string[];
}
interface LocationPlacement {
  id: string;
  notes?: string;
  coordinates?: Record<string, number>;
}

export interface UserSub {
  skills: Map<string, Assignment>;
  languages: Map<string, Assignment>;
  roleIds: string[];
  routingStatus: { status: RoutingStatusValue; startTime: string };
  presence: { definitionId: string; message?: string; modifiedDate: string };
  outOfOffice: { id: string; active: boolean; indefinite: boolean; startDate?: string; endDate?: string };
  callForwarding: {
    id: string;
    enabled: boolean;
    calls: CallRoute[];
    voicemail: 'PURECLOUD' | 'LASTCALL' | 'NONE';
    phoneNumber?: string;
    modifiedDate: string;
  };
  geolocations: Map<string, GeoRecord>;
  primaryClientId: string;
  profileSkills: string[];
  locations: LocationPlacement[];
  favoriteIds: string[];
  trustorIds: string[];
  conversationSummary: UserConversationSummary;
  /** sha256(salt + password); undefined means the seeded default password. Plaintext is never kept. */
  passwordHash?: string;
  passwordSalt?: string;
  inviteOutstanding: boolean;
  workPlanBiddingPerformance: number;
  autoAnswer: Record<string, boolean>;
}

export interface UserStationLinks {
  associated?: string;
  default?: string;
  lastAssociated?: string;
}

/** Handy ids for tests and docs (GET /__emulator/fixtures). */
export interface EmulatorFixtures {
  seed: number;
  users: number;
  orgId: string;
  headOfOrg: string;
  /** A manager with >= 3 direct reports who themselves have reports. */
  managerOfManagers: string;
  /** An active user with at least 6 superiors (>= 7 levels counting the head). */
  deepUser: string;
  deepUserLevels: number;
  /** An agent with skills, languages, joined and unjoined queues, station, OOO enabled, trustors, favorites, geolocations. */
  richUser: string;
  userWithStation: string;
  outOfOfficeUser: string;
  trustorUser: string;
  favoritesUser: string;
  deletedUser: string;
  inactiveUser: string;
  /** A user with no direct reports. */
  leafUser: string;
  stationId: string;
  freeStationId: string;
  skillIds: string[];
  languageIds: string[];
  queues: { joined: string[]; unjoined: string[]; notMember: string };
  roles: { admin: string; all: string[] };
  divisions: { home: string; all: string[] };
  locationIds: string[];
  groupIds: string[];
  teamIds: string[];
  trustorOrgIds: string[];
  geolocationClientIds: string[];
  primaryGeolocationClientId: string;
  /** The password of every seeded user (only its hash is stored). */
  seedUserPassword: string;
}

export const SEED_USER_PASSWORD = 'Welcome-2-Northwind!';

function hashPassword(password: string, salt: string): string {
  return createHash('sha256').update(salt).update('\u0000').update(password).digest('hex');
}

export function nowIso(): string {
  return new Date().toISOString();
}

export class EmulatorStore {
  readonly seed: number;
  org!: OrgRecord;
  readonly divisions = new Map<string, DivisionRecord>();
  readonly roles = new Map<string, RoleRecord>();
  readonly skills = new Map<string, SkillRecord>();
  readonly languages = new Map<string, LanguageRecord>();
  readonly queues = new Map<string, QueueRecord>();
  readonly stations = new Map<string, StationRecord>();
  readonly locations = new Map<string, LocationRecord>();
  readonly groups = new Map<string, GroupRecord>();
  readonly teams = new Map<string, TeamRecord>();
  readonly trustorOrgs = new Map<string, TrustorOrgRecord>();
  readonly presenceDefs = new Map<string, PresenceDefRecord>();
  readonly users = new Map<string, UserRecord>();
  /** Users in generation (index) order. */
  readonly userList: UserRecord[] = [];
  /** userId -> queueId -> joined. Only members appear. */
  readonly queueMembers = new Map<string, Map<string, boolean>>();
  readonly userStations = new Map<string, UserStationLinks>();
  headId = '';
  private fixtureData?: EmulatorFixtures;
  private readonly subs = new Map<string, UserSub>();
  private readonly emailIndex = new Map<string, string>();
  private sorted: UserRecord[] | null = null;
  /** Ids of entities created at run time: deterministic for a given seed and sequence of creations. */
  private readonly idRng: Rng;
  private defaultPasswordSalt = 'seed';
  private defaultPasswordHash = '';
  private subFactory: (store: EmulatorStore, user: UserRecord) => UserSub = () => {
    throw new Error('store has no sub-resource factory');
  };

  constructor(seed: number) {
    this.seed = seed;
    this.idRng = mulberry32(hash32(seed, 0xc0ffee));
    this.defaultPasswordHash = hashPassword(SEED_USER_PASSWORD, this.defaultPasswordSalt);
  }

  // ---------------------------------------------------------------- setup (used by the generator)

  setSubFactory(factory: (store: EmulatorStore, user: UserRecord) => UserSub): void {
    this.subFactory = factory;
  }

  setFixtures(f: EmulatorFixtures): void {
    this.fixtureData = f;
  }

  addUser(u: UserRecord): void {
    this.users.set(u.id, u);
    this.userList.push(u);
    this.emailIndex.set(u.email.toLowerCase(), u.id);
    this.sorted = null;
  }

  // ---------------------------------------------------------------- reads

  fixtures(): EmulatorFixtures {
    if (!this.fixtureData) throw new Error('fixtures are not ready');
    return this.fixtureData;
  }

  get userCount(): number {
    return this.userList.length;
  }

  /** Any user, deleted ones included. */
  user(id: string): UserRecord | undefined {
    return this.users.get(id);
  }

  /** A user that is not deleted (or any user when `allowDeleted`), else 404 not.found. */
  requireUser(id: string, allowDeleted = false): UserRecord {
    const u = this.users.get(id);
    if (!u || (u.state === 'deleted' && !allowDeleted)) throw notFound('User', id);
    return u;
  }

  /** The user's sub-resources, generated on first access. */
  sub(userOrId: UserRecord | string): UserSub {
    const user = typeof userOrId === 'string' ? this.users.get(userOrId) : userOrId;
    if (!user) throw notFound('User', typeof userOrId === 'string' ? userOrId : undefined);
    let s = this.subs.get(user.id);
    if (!s) {
      s = this.subFactory(this, user);
      this.subs.set(user.id, s);
    }
    return s;
  }

  /** All users sorted by name (ties by id). Cached; invalidated by writes that can change the order. */
  sortedUsers(): UserRecord[] {
    if (!this.sorted) {
      this.sorted = this.userList.slice().sort(compareByName);
    }
    return this.sorted;
  }

  userByEmail(email: string): UserRecord | undefined {
    const id = this.emailIndex.get(email.toLowerCase());
    return id ? this.users.get(id) : undefined;
  }

  /** The manager chain from the immediate manager upward to the head of the org. */
  superiors(user: UserRecord): UserRecord[] {
    const out: UserRecord[] = [];
    const seen = new Set<string>([user.id]);
    let cur = user.managerId ? this.users.get(user.managerId) : undefined;
    while (cur && !seen.has(cur.id)) {
      out.push(cur);
      seen.add(cur.id);
      cur = cur.managerId ? this.users.get(cur.managerId) : undefined;
    }
    return out;
  }

  /** Non-deleted direct reports, sorted by name. */
  directReports(user: UserRecord): UserRecord[] {
    return user.reportIds
      .map((id) => this.users.get(id))
      .filter((u): u is UserRecord => u !== undefined && u.state !== 'deleted')
      .sort(compareByName);
  }

  /** Other non-deleted reports of the same manager, sorted by name. */
  siblings(user: UserRecord): UserRecord[] {
    const mgr = user.managerId ? this.users.get(user.managerId) : undefined;
    if (!mgr) return [];
    return this.directReports(mgr).filter((u) => u.id !== user.id);
  }

  /** The user's queue memberships, sorted by queue name. */
  memberships(userId: string): Array<{ queue: QueueRecord; joined: boolean }> {
    const m = this.queueMembers.get(userId);
    if (!m) return [];
    const out: Array<{ queue: QueueRecord; joined: boolean }> = [];
    for (const [qid, joined] of m) {
      const queue = this.queues.get(qid);
      if (queue) out.push({ queue, joined });
    }
    return out.sort((a, b) => (a.queue.name < b.queue.name ? -1 : a.queue.name > b.queue.name ? 1 : 0));
  }

  stationLinks(userId: string): UserStationLinks {
    let l = this.userStations.get(userId);
    if (!l) {
      l = {};
      this.userStations.set(userId, l);
    }
    return l;
  }

  /** Permissions granted by the user's roles. */
  permissionsOf(user: UserRecord): string[] {
    const set = new Set<string>();
    for (const rid of this.sub(user).roleIds) {
      const role = this.roles.get(rid);
      if (role) for (const p of role.permissions) set.add(p);
    }
    return [...set].sort();
  }

  checkPassword(user: UserRecord, password: string): boolean {
    const s = this.sub(user);
    if (s.passwordHash === undefined)
      return hashPassword(password, this.defaultPasswordSalt) === this.defaultPasswordHash;
    return hashPassword(password, s.passwordSalt ?? '') === s.passwordHash;
  }

  // ---------------------------------------------------------------- writes

  newId(): string {
    let id = uuidFrom(this.idRng);
    while (this.users.has(id)) id = uuidFrom(this.idRng);
    return id;
  }

  /** Records a change to the user or one of its sub-resources: version + 1, dateModified = now. */
  touch(user: UserRecord): void {
    user.version += 1;
    user.dateModified = nowIso();
    for (const listener of this.changeListeners) listener(user);
  }

  /** The event bus of the Notifications API: called on every touch (the listener defers its own work). */
  onChange(listener: (user: UserRecord) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private readonly changeListeners = new Set<(user: UserRecord) => void>();

  /** Changes that can move a user in the name order or between states. */
  invalidateOrder(): void {
    this.sorted = null;
  }

  setPassword(user: UserRecord, password: string): void {
    const s = this.sub(user);
    const salt = randomBytes(8).toString('hex');
    s.passwordSalt = salt;
    s.passwordHash = hashPassword(password, salt);
  }

  setEmail(user: UserRecord, email: string): void {
    const existing = this.userByEmail(email);
    if (existing && existing.id !== user.id) {
      throw conflict(`A user with the email address ${email} already exists.`, existing.id);
    }
    this.emailIndex.delete(user.email.toLowerCase());
    user.email = email;
    this.emailIndex.set(email.toLowerCase(), user.id);
  }

  /** Moves a user under a new manager (or none); rejects cycles. */
  setManager(user: UserRecord, managerId: string | undefined): void {
    if (managerId !== undefined) {
      const mgr = this.users.get(managerId);
      if (!mgr || mgr.state === 'deleted') {
        throw new ApiError(400, 'invalid.value', `Value [${managerId}] is not valid for field type [manager].`, {
          details: [{ errorCode: 'invalid.value', fieldName: 'manager', entityId: managerId }],
        });
      }
      if (mgr.id === user.id || this.superiors(mgr).some((s) => s.id === user.id)) {
        throw new ApiError(
          400,
          'constraint.validation',
          'A user cannot be managed by themselves or by one of their reports.',
          {
            details: [{ errorCode: 'constraint.validation', fieldName: 'manager', entityId: managerId }],
          },
        );
      }
    }
    if (user.managerId === managerId) return;
    if (user.managerId) {
      const old = this.users.get(user.managerId);
      if (old) old.reportIds = old.reportIds.filter((id) => id !== user.id);
    }
    user.managerId = managerId;
    if (managerId) {
      const mgr = this.users.get(managerId);
      if (mgr) {
        mgr.reportIds.push(user.id);
        user.level = mgr.level + 1;
      }
    } else {
      user.level = 0;
    }
  }

  setGroups(user: UserRecord, groupIds: string[]): void {
    for (const gid of user.groupIds) {
      const g = this.groups.get(gid);
      if (g) g.memberCount -= 1;
    }
    user.groupIds = [...new Set(groupIds)];
    for (const gid of user.groupIds) {
      const g = this.groups.get(gid);
      if (g) g.memberCount += 1;
    }
  }

  setState(user: UserRecord, state: UserState): void {
    if (user.state === state) return;
    user.state = state;
    this.sorted = null;
  }

  /** Joins or unjoins a queue the user is a member of. Returns false when the user is not a member. */
  setJoined(userId: string, queueId: string, joined: boolean): boolean {
    const m = this.queueMembers.get(userId);
    const queue = this.queues.get(queueId);
    if (!m || !queue || !m.has(queueId)) return false;
    const was = m.get(queueId) === true;
    if (was !== joined) {
      m.set(queueId, joined);
      queue.joinedMemberCount += joined ? 1 : -1;
    }
    return true;
  }

  addMembership(userId: string, queueId: string, joined: boolean): void {
    let m = this.queueMembers.get(userId);
    if (!m) {
      m = new Map();
      this.queueMembers.set(userId, m);
    }
    const queue = this.queues.get(queueId);
    if (!queue || m.has(queueId)) return;
    m.set(queueId, joined);
    queue.memberCount += 1;
    if (joined) queue.joinedMemberCount += 1;
  }

  /** Associates the user with a station; whoever held it is disassociated. */
  associateStation(user: UserRecord, stationId: string): void {
    const station = this.stations.get(stationId);
    if (!station) throw notFound('Station', stationId);
    const links = this.stationLinks(user.id);
    if (station.associatedUserId && station.associatedUserId !== user.id) {
      const otherLinks = this.stationLinks(station.associatedUserId);
      otherLinks.lastAssociated = stationId;
      otherLinks.associated = undefined;
      const other = this.users.get(station.associatedUserId);
      if (other) this.touch(other);
    }
    if (links.associated && links.associated !== stationId) {
      const prev = this.stations.get(links.associated);
      if (prev) {
        prev.associatedUserId = undefined;
        prev.associatedDate = undefined;
      }
      links.lastAssociated = links.associated;
    }
    links.associated = stationId;
    station.associatedUserId = user.id;
    station.associatedDate = nowIso();
  }

  disassociateStation(user: UserRecord): void {
    const links = this.stationLinks(user.id);
    if (!links.associated) return;
    const station = this.stations.get(links.associated);
    if (station && station.associatedUserId === user.id) {
      station.associatedUserId = undefined;
      station.associatedDate = undefined;
    }
    links.lastAssociated = links.associated;
    links.associated = undefined;
  }

  setDefaultStation(user: UserRecord, stationId: string): void {
    const station = this.stations.get(stationId);
    if (!station) throw notFound('Station', stationId);
    const links = this.stationLinks(user.id);
    if (station.defaultUserId && station.defaultUserId !== user.id) {
      this.stationLinks(station.defaultUserId).default = undefined;
    }
    if (links.default && links.default !== stationId) {
      const prev = this.stations.get(links.default);
      if (prev && prev.defaultUserId === user.id) prev.defaultUserId = undefined;
    }
    links.default = stationId;
    station.defaultUserId = user.id;
  }

  clearDefaultStation(user: UserRecord): void {
    const links = this.stationLinks(user.id);
    if (!links.default) return;
    const station = this.stations.get(links.default);
    if (station && station.defaultUserId === user.id) station.defaultUserId = undefined;
    links.default = undefined;
  }

  /** Adds a user created through POST /api/v2/users. */
  createUser(input: {
    id: string;
    name: string;
    email: string;
    title?: string;
    department?: string;
    divisionId: string;
    addresses?: Contact[];
    state: UserState;
    jabberId: string;
  }): UserRecord {
    if (this.userByEmail(input.email)) {
      throw conflict(`A user with the email address ${input.email} already exists.`, this.userByEmail(input.email)?.id);
    }
    const now = nowIso();
    const u: UserRecord = {
      id: input.id,
      index: this.userList.length,
      name: input.name,
      email: input.email,
      username: input.email,
      title: input.title ?? '',
      department: input.department ?? '',
      divisionId: input.divisionId,
      reportIds: [],
      level: 0,
      state: input.state,
      version: 1,
      jabberId: input.jabberId,
      phone: '',
      extension: '',
      addresses: input.addresses ?? [],
      hasImage: false,
      acdAutoAnswer: false,
      languagePreference: 'en-US',
      groupIds: [],
      dateCreated: now,
      dateModified: now,
      dateWelcomeSent: input.state === 'active' ? now : undefined,
      agent: false,
    };
    this.addUser(u);
    // A created user starts with empty sub-resources rather than generated ones.
    const offline = [...this.presenceDefs.values()].find((p) => p.systemPresence === 'Offline');
    this.subs.set(u.id, emptySub(u.id, now, offline?.id ?? ''));
    return u;
  }
}

export function compareByName(a: UserRecord, b: UserRecord): number {
  const an = a.name.toLowerCase();
  const bn = b.name.toLowerCase();
  if (an < bn) return -1;
  if (an > bn) return 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function emptySub(userId: string, now: string, presenceDefinitionId: string): UserSub {
  return {
    skills: new Map(),
    languages: new Map(),
    roleIds: [],
    routingStatus: { status: 'OFF_QUEUE', startTime: now },
    presence: { definitionId: presenceDefinitionId, modifiedDate: now },
    outOfOffice: { id: userId, active: false, indefinite: false },
    callForwarding: { id: userId, enabled: false, calls: [], voicemail: 'PURECLOUD', modifiedDate: now },
    geolocations: new Map(),
    primaryClientId: '',
    profileSkills: [],
    locations: [],
    favoriteIds: [],
    trustorIds: [],
    conversationSummary: { userId },
    inviteOutstanding: true,
    workPlanBiddingPerformance: 0,
    autoAnswer: { call: false },
  };
}
