/**
 * What the gateway knows about each User field, in one table: how it reaches the upstream (the cost model's
 * call kind; its weight is the field's `@cost` in schema/), which `expand` of the user fetch embeds it, its
 * dedicated route, whether its resolver reads nothing of the parent but its id, and which GET /api/v2/users/me
 * expand embeds it. The loaders' expand planning (src/loaders/expands.ts), the User resolvers
 * (src/graph/embedded.ts), the mutation payloads' re-reads, `meDetails` and the cost model
 * (src/protection/cost.ts) all read it; test/graph/user-fields.test.ts checks it against the schema's
 * directives and descriptions. A User field not listed is a plain property of the upstream user: no call.
 */
import type * as S from '../__generated__/schema-types.js';
import type { Selection } from '../lookahead.js';

/** How a field reaches the upstream, per instance of its parent (the cost model). */
export type CallKind = 'none' | 'per-parent' | 'per-parent-all-pages' | 'batched';

/** Arguments as GraphQL coerced them (validated against the schema before any resolver runs). */
export type FieldArgs = Readonly<Record<string, unknown>>;

/**
 * The expand values that embed a field for these arguments and this sub-selection; null when the arguments
 * ask for something no expand gives (a page, another sort order, another client id).
 */
export type ExpandOf = (args: FieldArgs, sub: Selection) => readonly string[] | null;

type Loads<K> = { load: (key: K) => Promise<unknown> };

/**
 * The per-request loaders the dedicated routes read through: src/loaders/index.ts's, named here by shape
 * because the loaders' expand planning reads this table (importing them would be an import cycle).
 */
interface DedicatedLoaders {
  routingStatus: Loads<{ userId: string }>;
  station: Loads<{ userId: string }>;
  outOfOffice: Loads<{ userId: string }>;
  profileSkills: Loads<{ userId: string }>;
  skillsAll: Loads<{ userId: string; sortOrder?: S.SortOrder }>;
  languagesAll: Loads<{ userId: string; sortOrder?: S.SortOrder }>;
}

/** A field's own route: for arguments no expand answers and for expands the upstream left out. */
interface DedicatedRoute {
  /** METHOD /route, as the field's description names it (`Wraps …`). */
  readonly route: string;
  load(userId: string, args: FieldArgs, ctx: { loaders: DedicatedLoaders }): Promise<unknown>;
}

export interface UserField {
  /** How the field reaches the upstream; its `@cost` weight in schema/ is the calls per instance. */
  readonly calls: Exclude<CallKind, 'none'>;
  /** The user fetch's expand that embeds the field, when one does. */
  readonly expand?: ExpandOf;
  /** The route that reads the field alone, when the resolver falls back to one (embedded fields). */
  readonly dedicated?: DedicatedRoute;
  /** The resolver reads nothing of the parent but its id: a reference `{ id }` answers it. */
  readonly idOnly?: true;
  /** The GET /api/v2/users/me expand that embeds the field on the caller ("the first 50" of a list). */
  readonly meExpand?: string;
  /** The field returns per-user assignments (queues, skills, languages, geolocations): they get ids of the user. */
  readonly assignments?: true;
}

/** The User fields by name: the generated schema type's keys, so a misspelled name does not compile. */
export type UserFieldName = Exclude<keyof S.User, `__${string}`>;

const always =
  (value: string): ExpandOf =>
  () => [value];

/** The whole list in the default (ascending) order is what the expand embeds; anything else is the listing. */
const ascendingOnly =
  (value: string): ExpandOf =>
  (args) =>
    (args.sortOrder ?? 'ascending') === 'ascending' ? [value] : null;

const sortOrderOf = (args: FieldArgs): S.SortOrder | undefined => (args.sortOrder as S.SortOrder | null) ?? undefined;

/** Read through an expand of the user fetch and nothing else (the Users API has no route of its own for it). */
const expandOnly = (value: string): UserField => ({ calls: 'batched', expand: always(value) });
/** A listing or setting of its own route that no expand embeds, answered from the user's id. */
const ownRoute: UserField = { calls: 'per-parent', idOnly: true };
const allPages: UserField = { calls: 'per-parent-all-pages', idOnly: true };

export const USER_FIELDS: { readonly [F in UserFieldName]?: UserField } = {
  // Embedded by an expand, with a route of its own as the fallback: a re-read of the users, batched.
  routingStatus: {
    calls: 'batched',
    expand: always('routingStatus'),
    dedicated: {
      route: 'GET /api/v2/users/{userId}/routingstatus',
      load: (userId, _args, ctx) => ctx.loaders.routingStatus.load({ userId }),
    },
  },
  station: {
    calls: 'batched',
    expand: always('station'),
    dedicated: {
      route: 'GET /api/v2/users/{userId}/station',
      load: (userId, _args, ctx) => ctx.loaders.station.load({ userId }),
    },
  },
  outOfOffice: {
    calls: 'batched',
    expand: always('outOfOffice'),
    dedicated: {
      route: 'GET /api/v2/users/{userId}/outofoffice',
      load: (userId, _args, ctx) => ctx.loaders.outOfOffice.load({ userId }),
    },
  },
  profileSkills: {
    calls: 'batched',
    expand: always('profileSkills'),
    dedicated: {
      route: 'GET /api/v2/users/{userId}/profileskills',
      load: (userId, _args, ctx) => ctx.loaders.profileSkills.load({ userId }),
    },
  },
  // …/roles answers roles, permissions and policies; `unusedRoles` only the expand (src/graph/embedded.ts).
  authorization: {
    calls: 'batched',
    expand: (_args, sub) =>
      sub.has('unusedRoles') ? ['authorization', 'authorization.unusedRoles'] : ['authorization'],
  },
  // With a clientId, the client's own position from its route (the resolver's); without, the expand.
  geolocation: { calls: 'per-parent', assignments: true, expand: (args) => (args.clientId ? null : ['geolocation']) },
  skills: {
    calls: 'per-parent-all-pages',
    assignments: true,
    expand: ascendingOnly('skills'),
    dedicated: {
      route: 'GET /api/v2/users/{userId}/routingskills',
      load: (userId, args, ctx) => ctx.loaders.skillsAll.load({ userId, sortOrder: sortOrderOf(args) }),
    },
  },
  languages: {
    calls: 'per-parent-all-pages',
    assignments: true,
    expand: ascendingOnly('languages'),
    dedicated: {
      route: 'GET /api/v2/users/{userId}/routinglanguages',
      load: (userId, args, ctx) => ctx.loaders.languagesAll.load({ userId, sortOrder: sortOrderOf(args) }),
    },
  },

  presence: expandOnly('presence'),
  integrationPresence: expandOnly('integrationPresence'),
  conversationSummary: expandOnly('conversationSummary'),
  locations: expandOnly('locations'),
  groups: expandOnly('groups'),
  team: expandOnly('team'),
  workPlanBidRanks: expandOnly('workPlanBidRanks'),
  certifications: expandOnly('certifications'),
  biography: expandOnly('biography'),
  employerInfo: expandOnly('employerInfo'),
  languagePreference: expandOnly('languagePreference'),
  lastTokenIssued: expandOnly('lasttokenissued'),
  dateLastLogin: expandOnly('dateLastLogin'),
  dateWelcomeSent: expandOnly('dateWelcomeSent'),

  // The manager: a user load by id (the reference the upstream user carries), batched with its siblings.
  manager: { calls: 'batched' },

  // The hierarchy listings: one call per user, carrying the expands of the users they return.
  directReports: { ...ownRoute, meExpand: 'directreports' },
  superiors: { ...ownRoute, meExpand: 'superiors' },
  adjacents: ownRoute,

  callForwarding: ownRoute,
  profile: ownRoute,
  skillsPage: { ...ownRoute, assignments: true },
  languagesPage: { ...ownRoute, assignments: true },
  queues: { ...allPages, assignments: true },
  queuesPage: { ...ownRoute, assignments: true },
  trustors: allPages,
  trustorsPage: ownRoute,
  favorites: allPages,
  favoritesPage: ownRoute,

  // Relay connections (resolvers/Relay.ts): one page of a listing per user.
  directReportsConnection: { calls: 'per-parent' },
  skillsConnection: { calls: 'per-parent' },
  languagesConnection: { calls: 'per-parent' },
  queuesConnection: { calls: 'per-parent' },
  favoritesConnection: { calls: 'per-parent' },
  trustorsConnection: { calls: 'per-parent' },
};

/** The User fields an expand of the user fetch can embed, with the rule that gives the expand values. */
export const USER_FIELD_EXPANDS: ReadonlyMap<string, ExpandOf> = new Map(
  Object.entries(USER_FIELDS).flatMap(([name, field]) => (field.expand ? [[name, field.expand] as const] : [])),
);

/**
 * User fields answered from a reference `{ id }`: `id`, `__typename` and the fields whose resolvers read nothing
 * of the parent but its id. (A field that gains an expand stays correct: its resolver re-reads the user with the
 * expand when the parent came without it.)
 */
export const ID_ONLY_FIELDS: ReadonlySet<string> = new Set([
  'id',
  '__typename',
  ...Object.entries(USER_FIELDS).flatMap(([name, field]) => (field.idOnly ? [name] : [])),
]);

/** The User fields that return per-user assignments, whose items get ids of the user (src/relay/assignments.ts). */
export const ASSIGNMENT_FIELDS: readonly UserFieldName[] = (Object.keys(USER_FIELDS) as UserFieldName[]).filter(
  (name) => USER_FIELDS[name]?.assignments,
);

/** The User lists GET /api/v2/users/me embeds ("the first 50" of each), by field: directReports and superiors. */
export const ME_LIST_EXPANDS: ReadonlyMap<string, string> = new Map(
  Object.entries(USER_FIELDS).flatMap(([name, field]) => (field.meExpand ? [[name, field.meExpand] as const] : [])),
);

function meListExpand(name: 'directReports' | 'superiors'): string {
  const value = ME_LIST_EXPANDS.get(name);
  if (!value) throw new Error(`USER_FIELDS.${name} needs its /users/me expand`);
  return value;
}

/** UserMe lists hold "the first 50"; a shorter list is the whole list. */
export const ME_LIST_CAP = 50;

/** The UserMe fields by name (the generated type's keys). */
type UserMeFieldName = Exclude<keyof S.UserMe, `__${string}`>;

/**
 * UserMe fields → the GET /api/v2/users/me expand value that fills them (lower-case spellings). `user` is the
 * caller itself: its fields take the User expands.
 */
export const ME_EXPANDS: { readonly [F in Exclude<UserMeFieldName, 'user'>]: string } = {
  autoAnswerSettings: 'autoanswersettings',
  date: 'date',
  geolocationSettings: 'geolocationsettings',
  organization: 'organization',
  presenceDefinitions: 'presencedefinitions',
  divisionedPresenceDefinitions: 'divisionedpresencedefinitions',
  locationDefinitions: 'locationdefinitions',
  orgAuthorization: 'orgauthorization',
  favorites: 'favorites',
  superiors: meListExpand('superiors'),
  directReports: meListExpand('directReports'),
  adjacents: 'adjacents',
  routingSkills: 'routingskills',
  fieldConfigs: 'fieldconfigs',
  token: 'token',
  trustors: 'trustors',
  orgProducts: 'orgproducts',
};

/**
 * The mutation payload types (schema/mutation*.graphql): each carries the affected user, read again by id.
 * resolvers/MutationPayloads.ts's map is typed by this list, so a name that is no type does not compile.
 */
export const MUTATION_PAYLOAD_TYPES = [
  'UserMutationPayload',
  'UserRoutingSkillPayload',
  'RemoveUserRoutingSkillPayload',
  'UserRoutingLanguagePayload',
  'RemoveUserRoutingLanguagePayload',
  'UserQueuePayload',
  'UserQueuesPayload',
  'RoutingStatusPayload',
  'UserAuthorizationPayload',
  'OutOfOfficePayload',
  'CallForwardingPayload',
  'GeolocationPayload',
  'ProfileSkillsPayload',
] as const;

/**
 * The live event types (schema/subscription.graphql): each carries its user, loaded by id for nested fields.
 * resolvers/LiveEvents.ts's map is typed by this list, so a name that is no type does not compile.
 */
export const LIVE_EVENT_TYPES = [
  'UserPresenceEvent',
  'UserRoutingStatusEvent',
  'UserOutOfOfficeEvent',
  'UserStationEvent',
] as const;

/**
 * Fields of other types that resolve through the by-id user loader (batched with every other user load of the
 * round, at most 100 ids a call): the `user` root field, Relay's refetch, and the user a mutation payload or a
 * live event carries. Federation's `_entities` is the same (the cost model knows it by name).
 */
export const USER_LOAD_FIELDS: ReadonlySet<string> = new Set([
  'Query.user',
  'Query.node',
  'Query.nodes',
  ...[...MUTATION_PAYLOAD_TYPES, ...LIVE_EVENT_TYPES].map((type) => `${type}.user`),
]);

/** How the field `typeName.fieldName` reaches the upstream, when the schema gives it a `@cost`. */
export function callKindOfCoordinate(typeName: string, fieldName: string): Exclude<CallKind, 'none'> {
  if (typeName === 'User') {
    const field: UserField | undefined = (USER_FIELDS as Readonly<Record<string, UserField>>)[fieldName];
    if (field) return field.calls;
  }
  return USER_LOAD_FIELDS.has(`${typeName}.${fieldName}`) ? 'batched' : 'per-parent';
}
