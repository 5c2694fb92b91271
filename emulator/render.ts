/**
 * Store records -> the upstream models' wire shapes (types from src/genesys/models.ts), with expands.
 * Unexpanded fields are absent; `manager` is a reference `{ id, selfUri }`; `division` is `{ id, name, selfUri }`.
 */
import type {
  CallForwarding,
  Contact,
  DomainOrganizationRole,
  FieldConfig,
  FieldConfigs,
  Geolocation,
  Group,
  Image,
  Location,
  LocationDefinition,
  Organization,
  OrganizationPresence,
  OrganizationPresenceDefinition,
  OutOfOffice,
  RoutingSkill,
  RoutingStatus,
  Team,
  Trustor,
  User,
  UserAuthorization,
  UserPresence,
  UserProfile,
  UserQueue,
  UserRoutingLanguage,
  UserRoutingSkill,
  UserStation,
  UserStations,
} from '../src/genesys/models.js';
import { hash32 } from './prng.js';
import type {
  EmulatorStore,
  GeoRecord,
  LocationRecord,
  QueueRecord,
  StationRecord,
  TrustorOrgRecord,
  UserRecord,
} from './store.js';

export const USERS_PATH = '/api/v2/users';
const userUri = (id: string): string => `${USERS_PATH}/${id}`;
const userRef = (id: string): User => ({ id, selfUri: userUri(id) });

function divisionRef(store: EmulatorStore, divisionId: string): { id: string; name: string; selfUri: string } {
  const d = store.divisions.get(divisionId);
  return { id: divisionId, name: d?.name ?? '', selfUri: `/api/v2/authorization/divisions/${divisionId}` };
}

function displayPhone(e164: string): string {
  const m = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return m ? `+1 ${m[1]}-${m[2]}-${m[3]}` : e164;
}

function contactsOf(u: UserRecord): Contact[] {
  if (u.addresses) return u.addresses.map((c) => ({ ...c }));
  const out: Contact[] = [];
  if (u.phone)
    out.push({ address: u.phone, display: displayPhone(u.phone), mediaType: 'PHONE', type: 'WORK', countryCode: 'US' });
  if (u.extension) out.push({ extension: u.extension, display: u.extension, mediaType: 'PHONE', type: 'WORK2' });
  return out;
}

function primaryContacts(u: UserRecord, contacts: Contact[]): Contact[] {
  const out: Contact[] = [{ address: u.email, mediaType: 'EMAIL', type: 'PRIMARY' }];
  const phone = contacts.find((c) => c.mediaType === 'PHONE' && c.address);
  if (phone)
    out.push({ address: phone.address, display: phone.display ?? phone.address, mediaType: 'PHONE', type: 'PRIMARY' });
  return out;
}

function imagesOf(u: UserRecord): Image[] | undefined {
  if (u.images) return u.images.map((i) => ({ ...i }));
  if (!u.hasImage) return undefined;
  const base = `https://prod-inin-directory-service-profile.s3.amazonaws.com/${u.id.slice(0, 8)}/${u.id}`;
  return ['x48', 'x96', 'x128', 'x200', 'x300', 'x400'].map((r) => ({ resolution: r, imageUri: `${base}/${r}.jpg` }));
}

export function presenceDefinitionRef(
  store: EmulatorStore,
  id: string,
): { id: string; systemPresence: string; selfUri: string } {
  const p = store.presenceDefs.get(id);
  return { id, systemPresence: p?.systemPresence ?? 'Offline', selfUri: `/api/v2/presencedefinitions/${id}` };
}

function routingStatusOf(store: EmulatorStore, u: UserRecord): RoutingStatus {
  const rs = store.sub(u).routingStatus;
  return { userId: u.id, status: rs.status, startTime: rs.startTime };
}

function presenceOf(store: EmulatorStore, u: UserRecord): UserPresence {
  const p = store.sub(u).presence;
  const out: UserPresence = {
    source: 'PURECLOUD',
    sourceId: 'ef1ea8d9-7cb4-4da4-9e5b-5ccae1a9b49e',
    primary: true,
    presenceDefinition: presenceDefinitionRef(store, p.definitionId),
    modifiedDate: p.modifiedDate,
    selfUri: `${userUri(u.id)}/presences/PURECLOUD`,
  };
  if (p.message !== undefined) out.message = p.message;
  return out;
}

/**
 * The presence a third-party integration reports for the user (expand=integrationPresence): the emulator's
 * users all have a Microsoft Teams presence that mirrors their Genesys Cloud one.
 */
function integrationPresenceOf(store: EmulatorStore, u: UserRecord): UserPresence {
  const p = store.sub(u).presence;
  return {
    source: 'MicrosoftTeams',
    primary: false,
    presenceDefinition: presenceDefinitionRef(store, p.definitionId),
    modifiedDate: p.modifiedDate,
    selfUri: `${userUri(u.id)}/presences/MicrosoftTeams`,
  };
}

export function outOfOfficeOf(store: EmulatorStore, u: UserRecord): OutOfOffice {
  const o = store.sub(u).outOfOffice;
  const out: OutOfOffice = { id: o.id, name: u.name, user: userRef(u.id) };
  if (o.startDate !== undefined) out.startDate = o.startDate;
  if (o.endDate !== undefined) out.endDate = o.endDate;
  out.active = o.active;
  out.indefinite = o.indefinite;
  out.selfUri = `${userUri(u.id)}/outofoffice`;
  return out;
}

export function callForwardingOf(store: EmulatorStore, u: UserRecord): CallForwarding {
  const c = store.sub(u).callForwarding;
  const out: CallForwarding = {
    id: c.id,
    name: u.name,
    user: userRef(u.id),
    enabled: c.enabled,
    calls: c.calls.map((r) => ({ targets: (r.targets ?? []).map((t) => ({ ...t })) })),
    voicemail: c.voicemail,
    modifiedDate: c.modifiedDate,
    selfUri: `${userUri(u.id)}/callforwarding`,
  };
  if (c.phoneNumber !== undefined) out.phoneNumber = c.phoneNumber;
  return out;
}

export function locationDefinitionOf(store: EmulatorStore, l: LocationRecord): LocationDefinition {
  const def: LocationDefinition = {
    id: l.id,
    name: l.name,
    emergencyNumber: { e164: l.emergencyNumber, number: l.emergencyNumber, type: 'default' },
    address: {
      street1: l.street1,
      city: l.city,
      state: l.state,
      zipcode: l.zipcode,
      country: l.country,
      countryName: l.countryName,
    },
    state: 'active',
    version: l.version,
    path: [],
    addressVerified: true,
    addressStored: true,
    selfUri: `/api/v2/locations/${l.id}`,
  };
  if (l.contactUserId) def.contactUser = { id: l.contactUserId, selfUri: userUri(l.contactUserId) };
  return def;
}

export function geolocationOf(store: EmulatorStore, u: UserRecord, g: GeoRecord): Geolocation {
  const out: Geolocation = {
    id: g.clientId,
    name: u.name,
    type: g.type,
    primary: store.sub(u).primaryClientId === g.clientId,
  };
  if (g.latitude !== undefined) out.latitude = g.latitude;
  if (g.longitude !== undefined) out.longitude = g.longitude;
  if (g.country !== undefined) out.country = g.country;
  if (g.region !== undefined) out.region = g.region;
  if (g.city !== undefined) out.city = g.city;
  out.locations = g.locationIds
    .map((id) => store.locations.get(id))
    .filter((l): l is LocationRecord => l !== undefined)
    .map((l) => locationDefinitionOf(store, l));
  out.selfUri = `${userUri(u.id)}/geolocations/${encodeURIComponent(g.clientId)}`;
  return out;
}

function stationOf(store: EmulatorStore, s: StationRecord): UserStation {
  const out: UserStation = { id: s.id, name: s.name, type: s.type };
  if (s.associatedUserId) out.associatedUser = userRef(s.associatedUserId);
  if (s.associatedDate) out.associatedDate = s.associatedDate;
  if (s.defaultUserId) out.defaultUser = userRef(s.defaultUserId);
  out.providerInfo = { ...s.providerInfo };
  out.webRtcCallAppearances = s.webRtcCallAppearances;
  return out;
}

export function stationsOf(store: EmulatorStore, u: UserRecord): UserStations {
  const links = store.userStations.get(u.id) ?? {};
  const get = (id?: string): UserStation | undefined => {
    const s = id ? store.stations.get(id) : undefined;
    return s ? stationOf(store, s) : undefined;
  };
  const out: UserStations = {};
  const associated = get(links.associated);
  const def = get(links.default);
  const last = get(links.lastAssociated);
  if (associated) out.associatedStation = associated;
  const effective = associated ?? def;
  if (effective) out.effectiveStation = effective;
  if (def) out.defaultStation = def;
  if (last) out.lastAssociatedStation = last;
  return out;
}

export function authorizationOf(
  store: EmulatorStore,
  u: UserRecord,
  base: boolean,
  unused: boolean,
): UserAuthorization {
  const roleIds = store.sub(u).roleIds;
  const out: UserAuthorization = {};
  if (base) {
    out.roles = roleIds.map((id) => ({ id, name: store.roles.get(id)?.name ?? '' }));
    out.permissions = store.permissionsOf(u);
    const policies = [];
    for (const rid of roleIds) {
      const role = store.roles.get(rid);
      if (role) policies.push(...role.policies.map((p) => ({ ...p })));
    }
    out.permissionPolicies = policies;
  }
  if (unused) {
    // A role is "unused" when the user has no recent login (the emulator's stand-in for role usage data).
    out.unusedRoles = u.dateLastLogin ? [] : roleIds.map((id) => ({ id, name: store.roles.get(id)?.name ?? '' }));
  }
  return out;
}

export function userSkillsOf(store: EmulatorStore, u: UserRecord): UserRoutingSkill[] {
  const out: UserRoutingSkill[] = [];
  for (const [id, a] of store.sub(u).skills) {
    const skill = store.skills.get(id);
    out.push({
      id,
      name: skill?.name ?? '',
      proficiency: a.proficiency,
      state: a.state,
      skillUri: `/api/v2/routing/skills/${id}`,
      selfUri: `${userUri(u.id)}/routingskills/${id}`,
    });
  }
  return out.sort((a, b) => ((a.name ?? '') < (b.name ?? '') ? -1 : (a.name ?? '') > (b.name ?? '') ? 1 : 0));
}

export function userLanguagesOf(store: EmulatorStore, u: UserRecord): UserRoutingLanguage[] {
  const out: UserRoutingLanguage[] = [];
  for (const [id, a] of store.sub(u).languages) {
    const lang = store.languages.get(id);
    out.push({
      id,
      name: lang?.name ?? '',
      proficiency: a.proficiency,
      state: a.state,
      languageUri: `/api/v2/routing/languages/${id}`,
      selfUri: `${userUri(u.id)}/routinglanguages/${id}`,
    });
  }
  return out.sort((a, b) => ((a.name ?? '') < (b.name ?? '') ? -1 : (a.name ?? '') > (b.name ?? '') ? 1 : 0));
}

function groupOf(store: EmulatorStore, id: string): Group | undefined {
  const g = store.groups.get(id);
  if (!g) return undefined;
  return {
    id: g.id,
    name: g.name,
    description: g.description,
    dateModified: g.dateModified,
    memberCount: g.memberCount,
    state: 'active',
    version: g.version,
    type: g.type,
    rulesVisible: true,
    visibility: g.visibility,
    rolesEnabled: g.rolesEnabled,
    includeOwners: false,
    callsEnabled: g.callsEnabled,
    owners: g.ownerIds.map(userRef),
    selfUri: `/api/v2/groups/${g.id}`,
  };
}

function teamOf(store: EmulatorStore, id: string): Team | undefined {
  const t = store.teams.get(id);
  if (!t) return undefined;
  return {
    id: t.id,
    name: t.name,
    division: divisionRef(store, t.divisionId),
    description: t.description,
    dateCreated: t.dateCreated,
    dateModified: t.dateModified,
    memberCount: t.memberCount,
    selfUri: `/api/v2/teams/${t.id}`,
  };
}

function locationsOf(store: EmulatorStore, u: UserRecord): Location[] {
  return store.sub(u).locations.map((p) => {
    const out: Location = { id: p.id };
    if (p.coordinates) out.coordinates = { ...p.coordinates };
    if (p.notes !== undefined) out.notes = p.notes;
    const def = store.locations.get(p.id);
    if (def) out.locationDefinition = locationDefinitionOf(store, def);
    return out;
  });
}

export function queueOf(store: EmulatorStore, q: QueueRecord, joined: boolean): UserQueue {
  const media = (
    autoAnswer: boolean,
  ): {
    enableAutoAnswer: boolean;
    alertingTimeoutSeconds: number;
    serviceLevel: { percentage: number; durationMs: number };
  } => ({
    enableAutoAnswer: autoAnswer,
    alertingTimeoutSeconds: q.alertingTimeoutSeconds,
    serviceLevel: { percentage: q.serviceLevelPercentage, durationMs: q.serviceLevelDurationMs },
  });
  return {
    id: q.id,
    name: q.name,
    division: divisionRef(store, q.divisionId),
    description: q.description,
    dateCreated: q.dateCreated,
    dateModified: q.dateModified,
    modifiedBy: q.modifiedBy,
    createdBy: q.createdBy,
    memberCount: q.memberCount,
    userMemberCount: q.memberCount,
    joinedMemberCount: q.joinedMemberCount,
    mediaSettings: {
      call: media(false),
      callback: { ...media(false), mode: 'AgentFirst' },
      chat: media(false),
      email: media(false),
      message: media(false),
    },
    routingRules: [{ operator: 'MEETS_THRESHOLD', threshold: 9, waitSeconds: 5 }],
    bullseye: { rings: [{ expansionCriteria: [{ type: 'TIMEOUT_SECONDS', threshold: 15 }] }, {}] },
    scoringMethod: q.scoringMethod,
    lastAgentRoutingMode: q.lastAgentRoutingMode,
    acwSettings: { wrapupPrompt: q.wrapupPrompt, timeoutMs: q.acwTimeoutMs },
    skillEvaluationMethod: q.skillEvaluationMethod,
    queueFlow: { id: q.queueFlowId, name: q.queueFlowName, selfUri: `/api/v2/flows/${q.queueFlowId}` },
    enableTranscription: q.enableTranscription,
    enableManualAssignment: q.enableManualAssignment,
    callingPartyName: q.callingPartyName,
    callingPartyNumber: q.callingPartyNumber,
    joined,
    selfUri: `/api/v2/routing/queues/${q.id}`,
  };
}

export function trustorOf(store: EmulatorStore, t: TrustorOrgRecord): Trustor {
  const organization: Organization = {
    id: t.id,
    name: t.name,
    defaultLanguage: 'en',
    defaultCountryCode: 'US',
    thirdPartyOrgName: t.domain,
    domain: t.domain,
    version: 1,
    state: 'active',
    productPlatform: 'GenesysCloud',
    selfUri: `/api/v2/organizations/${t.id}`,
  };
  return {
    id: t.id,
    enabled: t.enabled,
    dateCreated: t.dateCreated,
    createdBy: {
      id: t.creatorId,
      name: t.creatorName,
      email: t.creatorEmail,
      username: t.creatorEmail,
      state: 'active',
      organization,
    },
    organization,
    authorization: { permissions: [...t.permissions] },
    selfUri: `/api/v2/orgauthorization/trustors/${t.id}`,
  };
}

export function organizationOf(store: EmulatorStore): Organization {
  const o = store.org;
  return {
    id: o.id,
    name: o.name,
    defaultLanguage: o.defaultLanguage,
    defaultCountryCode: o.defaultCountryCode,
    thirdPartyOrgName: o.thirdPartyOrgName,
    thirdPartyURI: `https://${o.domain}.example`,
    domain: o.domain,
    features: {
      realtimeCIC: false,
      purecloud: true,
      hipaa: false,
      ucEnabled: true,
      pci: false,
      purecloudVoice: true,
      xmppFederation: false,
      chat: true,
      informalPhotos: true,
      directory: true,
      contactCenter: true,
      unifiedCommunications: true,
      custserv: true,
    },
    version: o.version,
    state: 'active',
    defaultSiteId: o.defaultSiteId,
    supportURI: `support@${o.domain}.example`,
    voicemailEnabled: true,
    productPlatform: 'GenesysCloud',
    selfUri: `/api/v2/organizations/${o.id}`,
  };
}

export function orgPresencesOf(store: EmulatorStore, headId: string): OrganizationPresence[] {
  return [...store.presenceDefs.values()].slice(0, 100).map((p) => ({
    id: p.id,
    name: p.label,
    languageLabels: { en_US: p.label },
    systemPresence: p.systemPresence,
    deactivated: false,
    primary: p.primary,
    createdBy: userRef(headId),
    createdDate: new Date(Date.UTC(2019, 0, 1)).toISOString(),
    modifiedBy: userRef(headId),
    modifiedDate: new Date(Date.UTC(2024, 0, 1)).toISOString(),
    selfUri: `/api/v2/presencedefinitions/${p.id}`,
  }));
}

export function divisionedPresencesOf(store: EmulatorStore): OrganizationPresenceDefinition[] {
  return [...store.presenceDefs.values()].map((p) => ({
    id: p.id,
    name: p.label,
    type: 'System',
    languageLabels: { en_US: p.label },
    systemPresence: p.systemPresence,
    divisionId: '*',
    deactivated: false,
    selfUri: `/api/v2/presence/definitions/${p.id}`,
  }));
}

export function orgRolesOf(store: EmulatorStore): DomainOrganizationRole[] {
  return [...store.roles.values()].slice(0, 100).map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    defaultRoleId: r.defaultRoleId || undefined,
    permissions: [...r.permissions],
    permissionPolicies: r.policies.map((p) => ({
      domain: p.domain,
      entityName: p.entityName,
      policyName: p.policyName,
      policyDescription: p.policyDescription,
      actionSet: p.actionSet,
      namedResources: p.namedResources,
      allowConditions: p.allowConditions,
      ...(p.resourceConditionNode ? { resourceConditionNode: p.resourceConditionNode } : {}),
    })),
    userCount: 0,
    base: r.base,
    default: r.isDefault,
    selfUri: `/api/v2/authorization/roles/${r.id}`,
  }));
}

export function routingSkillsOf(store: EmulatorStore): RoutingSkill[] {
  return [...store.skills.values()].slice(0, 50).map((s) => ({
    id: s.id,
    name: s.name,
    division: divisionRef(store, s.divisionId),
    dateModified: s.dateModified,
    state: 'active',
    version: String(s.version),
    selfUri: `/api/v2/routing/skills/${s.id}`,
  }));
}

// ------------------------------------------------------------------------------------- field config

export type FieldConfigType = 'person' | 'group' | 'org' | 'externalContact';
/** `externalContact` is a seed-era value of FieldConfig.entityType (models.json seedEnum); the current enum dropped it. */
export type FieldConfigOut = Omit<FieldConfig, 'entityType'> & {
  entityType?: FieldConfig['entityType'] | 'externalContact';
};

const FIELD_SECTIONS: Record<
  FieldConfigType,
  Array<{ key: string; fields: Array<[string, string, boolean?, boolean?]> }>
> = {
  person: [
    {
      key: 'contactInfo',
      fields: [
        ['email_work', 'email', true],
        ['phone_work', 'phone', false, true],
        ['phone_mobile', 'phone', false, true],
        ['phone_other', 'phone', false, true],
        ['address_work', 'address'],
      ],
    },
    {
      key: 'agentInfo',
      fields: [
        ['acdSkills', 'skills'],
        ['certifications', 'tag', false, true],
      ],
    },
    {
      key: 'hr',
      fields: [
        ['dateHire', 'date'],
        ['employeeId', 'text'],
        ['employeeType', 'enum'],
        ['officialName', 'text'],
      ],
    },
    { key: 'relationships', fields: [['manager', 'person']] },
    {
      key: 'generalInfo',
      fields: [
        ['name', 'text', true],
        ['title', 'text'],
        ['department', 'text'],
        ['preferredName', 'text'],
      ],
    },
    {
      key: 'biography',
      fields: [
        ['biography', 'longtext'],
        ['interests', 'tag', false, true],
        ['hobbies', 'tag', false, true],
        ['spouse', 'text'],
      ],
    },
    { key: 'education', fields: [['education', 'education', false, true]] },
  ],
  group: [
    {
      key: 'groupInfo',
      fields: [
        ['name', 'text', true],
        ['description', 'longtext'],
      ],
    },
    {
      key: 'contactInfo',
      fields: [
        ['phone_group', 'phone', false, true],
        ['email_group', 'email'],
      ],
    },
  ],
  org: [
    {
      key: 'orgInfo',
      fields: [
        ['name', 'text', true],
        ['domain', 'text'],
        ['defaultLanguage', 'enum'],
      ],
    },
    {
      key: 'contactInfo',
      fields: [
        ['phone_main', 'phone'],
        ['address_main', 'address'],
      ],
    },
  ],
  externalContact: [
    {
      key: 'contactInfo',
      fields: [
        ['workEmail', 'email'],
        ['personalEmail', 'email'],
        ['workPhone', 'phone'],
        ['cellPhone', 'phone'],
      ],
    },
    {
      key: 'generalInfo',
      fields: [
        ['firstName', 'text', true],
        ['lastName', 'text', true],
        ['title', 'text'],
      ],
    },
  ],
};

export function fieldConfigOf(store: EmulatorStore, type: FieldConfigType): FieldConfigOut {
  const id = `${hash32(store.seed, type.length, type.charCodeAt(0)).toString(16).padStart(8, '0')}-0000-4000-8000-${type
    .padEnd(12, '0')
    .slice(0, 12)
    .replace(/[^0-9a-f]/g, '0')}`;
  return {
    id,
    name: type,
    entityType: type,
    state: 'active',
    sections: FIELD_SECTIONS[type].map((s) => ({
      key: s.key,
      state: 'active',
      instructionText: '',
      fieldList: s.fields.map(([key, fieldType, required, repeatable]) => ({
        key,
        type: fieldType,
        state: 'active',
        customLabels: fieldType === 'phone' || fieldType === 'email',
        instructionText: '',
        labelKeys:
          fieldType === 'phone'
            ? ['work', 'mobile', 'home', 'other']
            : fieldType === 'email'
              ? ['work', 'personal']
              : [],
        params: fieldType === 'text' ? { maxLength: 200 } : {},
        repeatable: repeatable ?? false,
        required: required ?? false,
        gdpr: fieldType === 'email' || fieldType === 'phone' || fieldType === 'address',
      })),
    })),
    version: '4',
    schemaVersion: '1.0',
    selfUri: `/api/v2/fieldconfig?type=${type}`,
  };
}

export function fieldConfigsOf(
  store: EmulatorStore,
): Omit<FieldConfigs, 'externalContact'> & { externalContact?: FieldConfigOut } {
  const strip = (f: FieldConfigOut): FieldConfig => {
    const { entityType, ...rest } = f;
    return entityType === 'externalContact' ? rest : { ...rest, entityType };
  };
  return {
    org: strip(fieldConfigOf(store, 'org')),
    person: strip(fieldConfigOf(store, 'person')),
    group: strip(fieldConfigOf(store, 'group')),
    externalContact: fieldConfigOf(store, 'externalContact'),
  };
}

// ------------------------------------------------------------------------------------- user

/**
 * The User as the API returns it, with the requested expands set on it. `expand` values must already be
 * validated; values that do not map to a User field (e.g. /me-only ones) are ignored here.
 */
export function renderUser(store: EmulatorStore, u: UserRecord, expand: ReadonlySet<string> = new Set()): User {
  const contacts = contactsOf(u);
  const user: User = {
    id: u.id,
    name: u.name,
    division: divisionRef(store, u.divisionId),
    chat: { jabberId: u.jabberId },
  };
  if (u.department) user.department = u.department;
  user.email = u.email;
  user.primaryContactInfo = primaryContacts(u, contacts);
  user.addresses = contacts;
  user.state = u.state;
  if (u.title) user.title = u.title;
  user.username = u.username;
  if (u.managerId) user.manager = userRef(u.managerId);
  const images = imagesOf(u);
  if (images) user.images = images;
  user.version = u.version;
  if (u.preferredName !== undefined) user.preferredName = u.preferredName;
  user.acdAutoAnswer = u.acdAutoAnswer;
  if (expand.size > 0) applyUserExpands(store, u, user, expand);
  user.selfUri = userUri(u.id);
  return user;
}

function applyUserExpands(store: EmulatorStore, u: UserRecord, user: User, expand: ReadonlySet<string>): void {
  if (expand.has('routingStatus')) user.routingStatus = routingStatusOf(store, u);
  if (expand.has('presence')) user.presence = presenceOf(store, u);
  if (expand.has('integrationPresence')) user.integrationPresence = integrationPresenceOf(store, u);
  if (expand.has('conversationSummary')) user.conversationSummary = structuredClone(store.sub(u).conversationSummary);
  if (expand.has('outOfOffice')) user.outOfOffice = outOfOfficeOf(store, u);
  if (expand.has('geolocation')) {
    const s = store.sub(u);
    const g = s.geolocations.get(s.primaryClientId);
    if (g) user.geolocation = geolocationOf(store, u, g);
  }
  if (expand.has('station')) user.station = stationsOf(store, u);
  if (expand.has('authorization') || expand.has('authorization.unusedRoles')) {
    user.authorization = authorizationOf(
      store,
      u,
      expand.has('authorization'),
      expand.has('authorization.unusedRoles'),
    );
  }
  if (expand.has('profileSkills')) user.profileSkills = [...store.sub(u).profileSkills];
  if (expand.has('locations')) user.locations = locationsOf(store, u);
  if (expand.has('groups'))
    user.groups = u.groupIds.map((g) => groupOf(store, g)).filter((g): g is Group => g !== undefined);
  if (expand.has('team') && u.teamId) {
    const t = teamOf(store, u.teamId);
    if (t) user.team = t;
  }
  if (expand.has('workPlanBidRanks')) {
    user.workPlanBidRanks = {
      id: u.id,
      workPlanBiddingPerformance: store.sub(u).workPlanBiddingPerformance,
      selfUri: `/api/v2/workforcemanagement/users/${u.id}/workplanbidranks`,
    };
  }
  if (expand.has('skills')) user.skills = userSkillsOf(store, u);
  if (expand.has('languages')) user.languages = userLanguagesOf(store, u);
  if (expand.has('languagePreference')) user.languagePreference = u.languagePreference;
  if (expand.has('lasttokenissued') && u.lastTokenIssued) user.lastTokenIssued = { dateIssued: u.lastTokenIssued };
  if (expand.has('dateLastLogin') && u.dateLastLogin) user.dateLastLogin = u.dateLastLogin;
  if (expand.has('dateWelcomeSent') && u.dateWelcomeSent) user.dateWelcomeSent = u.dateWelcomeSent;
  if (expand.has('certifications')) user.certifications = [...(u.certifications ?? [])];
  if (expand.has('biography') && u.biography) user.biography = structuredClone(u.biography);
  if (expand.has('employerInfo') && u.employerInfo) user.employerInfo = { ...u.employerInfo };
}

export function renderProfile(store: EmulatorStore, u: UserRecord, expand: ReadonlySet<string>): UserProfile {
  const expands: NonNullable<UserProfile['expands']> = {};
  if (expand.has('routingStatus')) expands.routingStatus = routingStatusOf(store, u);
  if (expand.has('presence')) expands.presence = presenceOf(store, u);
  if (expand.has('integrationPresence')) expands.integrationPresence = integrationPresenceOf(store, u);
  if (expand.has('conversationSummary'))
    expands.conversationSummary = structuredClone(store.sub(u).conversationSummary);
  if (expand.has('outOfOffice')) expands.outOfOffice = outOfOfficeOf(store, u);
  if (expand.has('geolocation')) {
    const s = store.sub(u);
    const g = s.geolocations.get(s.primaryClientId);
    if (g) expands.geolocation = geolocationOf(store, u, g);
  }
  if (expand.has('station')) expands.station = stationsOf(store, u);
  if (expand.has('authorization') || expand.has('authorization.unusedRoles')) {
    expands.authorization = authorizationOf(
      store,
      u,
      expand.has('authorization'),
      expand.has('authorization.unusedRoles'),
    );
  }
  const out: UserProfile = { id: u.id, name: u.name, state: u.state, dateModified: u.dateModified, version: u.version };
  if (Object.keys(expands).length > 0) out.expands = expands;
  out.selfUri = `${userUri(u.id)}/profile`;
  return out;
}
