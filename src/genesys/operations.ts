/**
 * The 53 operations of the Users API as the seed (Ruby SDK 36.1.0 UsersApi) lists them, with the current
 * permissions from the reference appendix and the current API's `expand` values added to the seed's. One
 * table serves the client (routes), the emulator (route templates, permissions, request counting, the
 * expand values each route accepts), the gateway's lookahead (the expands it may send to each route) and
 * the tests (coverage by introspection).
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface QueryParamSpec {
  readonly name: string;
  /** 'string' | 'integer' | 'boolean' | 'string[]' */
  readonly type: 'string' | 'integer' | 'boolean' | 'string[]';
  /** Allowed values, when the seed documents them (for `expand`: the seed's and the current API's). */
  readonly values?: readonly string[];
  readonly default?: string;
}

export interface OperationSpec {
  /** The seed's operation name (snake_case), e.g. get_user_roles. */
  readonly seedName: string;
  readonly method: HttpMethod;
  /** The seed's route template, e.g. /api/v2/users/{userId}/roles. */
  readonly route: string;
  readonly summary: string;
  readonly query: readonly QueryParamSpec[];
  /** The body model name, when the operation takes one. */
  readonly body?: string;
  /** The response model name; undefined when the response has no body. */
  readonly returns?: string;
  /** Current permissions: the caller needs ANY (or ALL) of these; NONE needs nothing. */
  readonly permissions: { readonly mode: 'ANY' | 'ALL' | 'NONE'; readonly anyOf: readonly string[] };
  /** Reads are GETs and the four read-only POSTs (search and analytics queries). */
  readonly readOnly: boolean;
}

/**
 * The `expand` values each route accepts: the seed's values plus the ones the current API documents
 * (the reference's appendix and api-conventions.md §7), so the emulator accepts exactly these and the
 * gateway sends no other. Spellings are the API's own (`lasttokenissued`, the lower-case /me values).
 */
const SEED_USER_EXPANDS = [
  'routingStatus', 'presence', 'conversationSummary', 'outOfOffice', 'geolocation', 'station', 'authorization',
  'profileSkills', 'locations', 'groups',
] as const;
/** GET /api/v2/users, …/{userId}, …/adjacents, …/superiors, …/directreports and …/favorites. */
export const USER_EXPANDS = [
  'routingStatus', 'presence', 'integrationPresence', 'conversationSummary', 'outOfOffice', 'geolocation', 'station',
  'authorization', 'lasttokenissued', 'authorization.unusedRoles', 'team', 'workPlanBidRanks', 'externalContactsSettings',
  'groups', 'customAttributes', 'profileSkills', 'certifications', 'locations', 'skills', 'languages',
  'languagePreference', 'employerInfo', 'biography', 'dateLastLogin', 'dateWelcomeSent',
] as const;
/** GET /api/v2/users/me: the User values and the organisation-wide ones only /me has. */
export const ME_EXPANDS = [
  ...USER_EXPANDS,
  'date', 'geolocationsettings', 'organization', 'presencedefinitions', 'divisionedpresencedefinitions',
  'locationdefinitions', 'orgauthorization', 'orgproducts', 'favorites', 'superiors', 'directreports', 'adjacents',
  'routingskills', 'routinglanguages', 'fieldconfigs', 'token', 'trustors', 'logCapture', 'autoanswersettings',
] as const;
/** GET /api/v2/users/{userId}/profile: the current list, plus the seed's profileSkills and locations. */
export const PROFILE_EXPANDS = [
  ...new Set([
    'routingStatus', 'presence', 'integrationPresence', 'conversationSummary', 'outOfOffice', 'geolocation', 'station',
    'authorization', 'lasttokenissued', 'authorization.unusedRoles', 'team', 'workPlanBidRanks',
    'externalContactsSettings', 'groups', 'customAttributes', ...SEED_USER_EXPANDS,
  ] as const),
];
/** GET /api/v2/profiles/users. */
export const PROFILES_LISTING_EXPANDS = [
  'routingStatus', 'presence', 'integrationPresence', 'conversationSummary', 'outOfOffice', 'geolocation', 'station',
  'authorization',
] as const;
/** Users search: `UserSearchRequest.expand` of POST /api/v2/users/search and `expand` of its GET replay. */
export const SEARCH_EXPANDS = [
  'authorization', 'conversationSummary', 'geolocation', 'outOfOffice', 'presence', 'routingStatus', 'station',
] as const;

/** The `expand` values an operation accepts; empty when it takes no `expand`. */
export function expandValuesOf(op: Pick<OperationSpec, 'query'>): readonly string[] {
  return op.query.find((q) => q.name === 'expand')?.values ?? [];
}

export const operations = {
  deleteUser: {
    seedName: 'delete_user',
    method: 'DELETE',
    route: '/api/v2/users/{userId}',
    summary: "Delete user",
    query: [],
    returns: 'Empty',
    permissions: { mode: 'ANY', anyOf: ['admin', 'directory:user:delete', 'directory:organization:admin'] },
    readOnly: false,
  },
  deleteUserRoles: {
    seedName: 'delete_user_roles',
    method: 'DELETE',
    route: '/api/v2/users/{userId}/roles',
    summary: "Removes all the roles from the user.",
    query: [],
    // Gone from the current API; these are the seed's permissions.
    permissions: { mode: 'ANY', anyOf: ['admin', 'role_manager', 'authorization:grant:delete'] },
    readOnly: false,
  },
  deleteUserRoutinglanguage: {
    seedName: 'delete_user_routinglanguage',
    method: 'DELETE',
    route: '/api/v2/users/{userId}/routinglanguages/{languageId}',
    summary: "Remove routing language from user",
    query: [],
    permissions: { mode: 'ANY', anyOf: ['routing:skill:assign', 'routing:language:assign'] },
    readOnly: false,
  },
  deleteUserRoutingskill: {
    seedName: 'delete_user_routingskill',
    method: 'DELETE',
    route: '/api/v2/users/{userId}/routingskills/{skillId}',
    summary: "Remove routing skill from user",
    query: [],
    permissions: { mode: 'ALL', anyOf: ['routing:skill:assign'] },
    readOnly: false,
  },
  deleteUserStationAssociatedstation: {
    seedName: 'delete_user_station_associatedstation',
    method: 'DELETE',
    route: '/api/v2/users/{userId}/station/associatedstation',
    summary: "Clear associated station",
    query: [],
    permissions: { mode: 'ANY', anyOf: ['telephony:station:disassociate'] },
    readOnly: false,
  },
  deleteUserStationDefaultstation: {
    seedName: 'delete_user_station_defaultstation',
    method: 'DELETE',
    route: '/api/v2/users/{userId}/station/defaultstation',
    summary: "Clear default station",
    query: [],
    permissions: { mode: 'ANY', anyOf: ['telephony:plugin:all', 'telephony:phone:assign'] },
    readOnly: false,
  },
  getFieldconfig: {
    seedName: 'get_fieldconfig',
    method: 'GET',
    route: '/api/v2/fieldconfig',
    summary: "Fetch field config for an entity type",
    query: [
      { name: "type", type: 'string', values: ['person', 'group', 'org', 'externalContact'] },
    ],
    returns: 'FieldConfig',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: true,
  },
  getProfilesUsers: {
    seedName: 'get_profiles_users',
    method: 'GET',
    route: '/api/v2/profiles/users',
    summary: "Get a user profile listing",
    query: [
      { name: "pageSize", type: 'integer', default: '25' },
      { name: "pageNumber", type: 'integer', default: '1' },
      { name: "id", type: 'string[]' },
      { name: "jid", type: 'string[]' },
      { name: "sortOrder", type: 'string', values: ['ascending', 'descending'], default: 'ASC' },
      { name: "expand", type: 'string[]', values: PROFILES_LISTING_EXPANDS },
      { name: "state", type: 'string', values: ['active', 'deleted'], default: 'active' },
    ],
    returns: 'UserProfileEntityListing',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: true,
  },
  getUser: {
    seedName: 'get_user',
    method: 'GET',
    route: '/api/v2/users/{userId}',
    summary: "Get user.",
    query: [
      { name: "expand", type: 'string[]', values: USER_EXPANDS },
      { name: "state", type: 'string', values: ['active', 'deleted'], default: 'active' },
    ],
    returns: 'User',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: true,
  },
  getUserAdjacents: {
    seedName: 'get_user_adjacents',
    method: 'GET',
    route: '/api/v2/users/{userId}/adjacents',
    summary: "Get adjacents",
    query: [
      { name: "expand", type: 'string[]', values: USER_EXPANDS },
    ],
    returns: 'Adjacents',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: true,
  },
  getUserCallforwarding: {
    seedName: 'get_user_callforwarding',
    method: 'GET',
    route: '/api/v2/users/{userId}/callforwarding',
    summary: "Get a user's CallForwarding",
    query: [],
    returns: 'CallForwarding',
    permissions: { mode: 'ANY', anyOf: ['conversation:callForwarding:view'] },
    readOnly: true,
  },
  getUserDirectreports: {
    seedName: 'get_user_directreports',
    method: 'GET',
    route: '/api/v2/users/{userId}/directreports',
    summary: "Get direct reports",
    query: [
      { name: "expand", type: 'string[]', values: USER_EXPANDS },
    ],
    returns: 'Array<User>',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: true,
  },
  getUserFavorites: {
    seedName: 'get_user_favorites',
    method: 'GET',
    route: '/api/v2/users/{userId}/favorites',
    summary: "Get favorites",
    query: [
      { name: "pageSize", type: 'integer', default: '25' },
      { name: "pageNumber", type: 'integer', default: '1' },
      { name: "sortOrder", type: 'string', default: 'ASC' },
      { name: "expand", type: 'string[]', values: USER_EXPANDS },
    ],
    returns: 'UserEntityListing',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: true,
  },
  getUserGeolocation: {
    seedName: 'get_user_geolocation',
    method: 'GET',
    route: '/api/v2/users/{userId}/geolocations/{clientId}',
    summary: "Get a user's Geolocation",
    query: [],
    returns: 'Geolocation',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: true,
  },
  getUserOutofoffice: {
    seedName: 'get_user_outofoffice',
    method: 'GET',
    route: '/api/v2/users/{userId}/outofoffice',
    summary: "Get a OutOfOffice",
    query: [],
    returns: 'OutOfOffice',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: true,
  },
  getUserProfile: {
    seedName: 'get_user_profile',
    method: 'GET',
    route: '/api/v2/users/{userId}/profile',
    summary: "Get user profile",
    query: [
      { name: "expand", type: 'string[]', values: PROFILE_EXPANDS },
    ],
    returns: 'UserProfile',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: true,
  },
  getUserProfileskills: {
    seedName: 'get_user_profileskills',
    method: 'GET',
    route: '/api/v2/users/{userId}/profileskills',
    summary: "List profile skills for a user",
    query: [],
    returns: 'Array<String>',
    permissions: { mode: 'ANY', anyOf: ['directory:userProfile:view'] },
    readOnly: true,
  },
  getUserQueues: {
    seedName: 'get_user_queues',
    method: 'GET',
    route: '/api/v2/users/{userId}/queues',
    summary: "Get queues for user",
    query: [
      { name: "pageSize", type: 'integer', default: '25' },
      { name: "pageNumber", type: 'integer', default: '1' },
      { name: "joined", type: 'boolean', default: 'true' },
      { name: "divisionId", type: 'string[]' },
    ],
    returns: 'UserQueueEntityListing',
    permissions: { mode: 'ANY', anyOf: ['routing:queue:view'] },
    readOnly: true,
  },
  getUserRoles: {
    seedName: 'get_user_roles',
    method: 'GET',
    route: '/api/v2/users/{userId}/roles',
    summary: "Returns a listing of roles and permissions for a user.",
    query: [],
    returns: 'UserAuthorization',
    permissions: { mode: 'ANY', anyOf: ['authorization:grant:view'] },
    readOnly: true,
  },
  getUserRoutinglanguages: {
    seedName: 'get_user_routinglanguages',
    method: 'GET',
    route: '/api/v2/users/{userId}/routinglanguages',
    summary: "List routing language for user",
    query: [
      { name: "pageSize", type: 'integer', default: '25' },
      { name: "pageNumber", type: 'integer', default: '1' },
      { name: "sortOrder", type: 'string', values: ['ascending', 'descending'], default: 'ASC' },
    ],
    returns: 'UserLanguageEntityListing',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: true,
  },
  getUserRoutingskills: {
    seedName: 'get_user_routingskills',
    method: 'GET',
    route: '/api/v2/users/{userId}/routingskills',
    summary: "List routing skills for user",
    query: [
      { name: "pageSize", type: 'integer', default: '25' },
      { name: "pageNumber", type: 'integer', default: '1' },
      { name: "sortOrder", type: 'string', values: ['ascending', 'descending'], default: 'ASC' },
    ],
    returns: 'UserSkillEntityListing',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: true,
  },
  getUserRoutingstatus: {
    seedName: 'get_user_routingstatus',
    method: 'GET',
    route: '/api/v2/users/{userId}/routingstatus',
    summary: "Fetch the routing status of a user",
    query: [],
    returns: 'RoutingStatus',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: true,
  },
  getUserStation: {
    seedName: 'get_user_station',
    method: 'GET',
    route: '/api/v2/users/{userId}/station',
    summary: "Get station information for user",
    query: [],
    returns: 'UserStations',
    permissions: { mode: 'ANY', anyOf: ['telephony:otherStationAssociation:view'] },
    readOnly: true,
  },
  getUserSuperiors: {
    seedName: 'get_user_superiors',
    method: 'GET',
    route: '/api/v2/users/{userId}/superiors',
    summary: "Get superiors",
    query: [
      { name: "expand", type: 'string[]', values: USER_EXPANDS },
    ],
    returns: 'Array<User>',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: true,
  },
  getUserTrustors: {
    seedName: 'get_user_trustors',
    method: 'GET',
    route: '/api/v2/users/{userId}/trustors',
    summary: "List the organizations that have authorized/trusted the user.",
    query: [
      { name: "pageSize", type: 'integer', default: '25' },
      { name: "pageNumber", type: 'integer', default: '1' },
    ],
    returns: 'TrustorEntityListing',
    permissions: { mode: 'ALL', anyOf: ['authorization:orgTrustor:view'] },
    readOnly: true,
  },
  getUsers: {
    seedName: 'get_users',
    method: 'GET',
    route: '/api/v2/users',
    summary: "Get the list of available users.",
    query: [
      { name: "pageSize", type: 'integer', default: '25' },
      { name: "pageNumber", type: 'integer', default: '1' },
      { name: "id", type: 'string[]' },
      { name: "sortOrder", type: 'string', values: ['ascending', 'descending'], default: 'ASC' },
      { name: "expand", type: 'string[]', values: USER_EXPANDS },
      { name: "state", type: 'string', values: ['active', 'inactive', 'deleted', 'any'], default: 'active' },
    ],
    returns: 'UserEntityListing',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: true,
  },
  getUsersMe: {
    seedName: 'get_users_me',
    method: 'GET',
    route: '/api/v2/users/me',
    summary: "This request is not valid when using the Client Credentials OAuth grant.",
    query: [
      { name: "expand", type: 'string[]', values: ME_EXPANDS },
    ],
    returns: 'UserMe',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: true,
  },
  getUsersSearch: {
    seedName: 'get_users_search',
    method: 'GET',
    route: '/api/v2/users/search',
    summary: "Search users using the q64 value returned from a previous search",
    query: [
      { name: "q64", type: 'string' },
      { name: "expand", type: 'string[]', values: SEARCH_EXPANDS },
    ],
    returns: 'UsersSearchResponse',
    permissions: { mode: 'ANY', anyOf: ['directory:user:view'] },
    readOnly: true,
  },
  patchUser: {
    seedName: 'patch_user',
    method: 'PATCH',
    route: '/api/v2/users/{userId}',
    summary: "Update user",
    query: [],
    body: 'UpdateUser',
    returns: 'User',
    permissions: { mode: 'ANY', anyOf: ['admin', 'directory:user:edit', 'directory:organization:admin'] },
    readOnly: false,
  },
  patchUserCallforwarding: {
    seedName: 'patch_user_callforwarding',
    method: 'PATCH',
    route: '/api/v2/users/{userId}/callforwarding',
    summary: "Patch a user's CallForwarding",
    query: [],
    body: 'CallForwarding',
    returns: 'CallForwarding',
    permissions: { mode: 'ANY', anyOf: ['conversation:callForwarding:edit'] },
    readOnly: false,
  },
  patchUserGeolocation: {
    seedName: 'patch_user_geolocation',
    method: 'PATCH',
    route: '/api/v2/users/{userId}/geolocations/{clientId}',
    summary: "The geolocation object can be patched one of three ways. Option 1: Set the 'primary' property to true. This will set the client as the user's primary geolocation source.  Option 2: Provide the 'latitude' and 'longitude' values.  This will enqueue an asynchronous update of the 'city', 'region', and 'country', generating a notification. A subsequent GET operation will include the new values for 'city', 'region' and 'country'.  Option 3:  Provide the 'city', 'region', 'country' values.  Option 1 can be combined with Option 2 or Option 3.  For example, update the client as primary and provide latitude and longitude values.",
    query: [],
    body: 'Geolocation',
    returns: 'Geolocation',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: false,
  },
  patchUserQueue: {
    seedName: 'patch_user_queue',
    method: 'PATCH',
    route: '/api/v2/users/{userId}/queues/{queueId}',
    summary: "Join or unjoin a queue for a user",
    query: [],
    body: 'UserQueue',
    returns: 'UserQueue',
    permissions: { mode: 'ANY', anyOf: ['routing:queue:join', 'routing:queueMember:manage'] },
    readOnly: false,
  },
  patchUserQueues: {
    seedName: 'patch_user_queues',
    method: 'PATCH',
    route: '/api/v2/users/{userId}/queues',
    summary: "Join or unjoin a set of queues for a user",
    query: [
      { name: "divisionId", type: 'string[]' },
    ],
    body: 'Array<UserQueue>',
    returns: 'UserQueueEntityListing',
    permissions: { mode: 'ANY', anyOf: ['routing:queue:join', 'routing:queueMember:manage'] },
    readOnly: false,
  },
  patchUserRoutinglanguage: {
    seedName: 'patch_user_routinglanguage',
    method: 'PATCH',
    route: '/api/v2/users/{userId}/routinglanguages/{languageId}',
    summary: "Update routing language proficiency or state.",
    query: [],
    body: 'UserRoutingLanguage',
    returns: 'UserRoutingLanguage',
    permissions: { mode: 'ANY', anyOf: ['routing:skill:assign', 'routing:language:assign'] },
    readOnly: false,
  },
  patchUsersBulk: {
    seedName: 'patch_users_bulk',
    method: 'PATCH',
    route: '/api/v2/users/bulk',
    summary: "Update bulk acd autoanswer on users",
    query: [],
    body: 'Array<PatchUser>',
    returns: 'UserEntityListing',
    permissions: { mode: 'ANY', anyOf: ['directory:user:edit', 'directory:organization:admin'] },
    readOnly: false,
  },
  postAnalyticsUsersAggregatesQuery: {
    seedName: 'post_analytics_users_aggregates_query',
    method: 'POST',
    route: '/api/v2/analytics/users/aggregates/query',
    summary: "Query for user aggregates",
    query: [],
    body: 'AggregationQuery',
    returns: 'PresenceQueryResponse',
    permissions: { mode: 'ANY', anyOf: ['analytics:userAggregate:view'] },
    readOnly: true,
  },
  postAnalyticsUsersDetailsQuery: {
    seedName: 'post_analytics_users_details_query',
    method: 'POST',
    route: '/api/v2/analytics/users/details/query',
    summary: "Query for user details",
    query: [],
    body: 'UserDetailsQuery',
    returns: 'AnalyticsUserDetailsQueryResponse',
    permissions: { mode: 'ANY', anyOf: ['analytics:userDetail:view'] },
    readOnly: true,
  },
  postAnalyticsUsersObservationsQuery: {
    seedName: 'post_analytics_users_observations_query',
    method: 'POST',
    route: '/api/v2/analytics/users/observations/query',
    summary: "Query for user observations",
    query: [],
    body: 'ObservationQuery',
    returns: 'ObservationQueryResponse',
    permissions: { mode: 'ANY', anyOf: ['analytics:userObservation:view'] },
    readOnly: true,
  },
  postUserInvite: {
    seedName: 'post_user_invite',
    method: 'POST',
    route: '/api/v2/users/{userId}/invite',
    summary: "Send an activation email to the user",
    query: [
      { name: "force", type: 'boolean', default: 'false' },
    ],
    permissions: { mode: 'ANY', anyOf: ['admin', 'directory:organization:admin', 'directory:user:setPassword'] },
    readOnly: false,
  },
  postUserPassword: {
    seedName: 'post_user_password',
    method: 'POST',
    route: '/api/v2/users/{userId}/password',
    summary: "Change a users password",
    query: [],
    body: 'ChangePasswordRequest',
    permissions: { mode: 'ANY', anyOf: ['directory:user:setPassword'] },
    readOnly: false,
  },
  postUserRoutinglanguages: {
    seedName: 'post_user_routinglanguages',
    method: 'POST',
    route: '/api/v2/users/{userId}/routinglanguages',
    summary: "Add routing language to user",
    query: [],
    body: 'UserRoutingLanguagePost',
    returns: 'UserRoutingLanguage',
    permissions: { mode: 'ANY', anyOf: ['routing:skill:assign', 'routing:language:assign'] },
    readOnly: false,
  },
  postUserRoutingskills: {
    seedName: 'post_user_routingskills',
    method: 'POST',
    route: '/api/v2/users/{userId}/routingskills',
    summary: "Add routing skill to user",
    query: [],
    body: 'UserRoutingSkillPost',
    returns: 'UserRoutingSkill',
    permissions: { mode: 'ALL', anyOf: ['routing:skill:assign'] },
    readOnly: false,
  },
  postUsers: {
    seedName: 'post_users',
    method: 'POST',
    route: '/api/v2/users',
    summary: "Create user",
    query: [],
    body: 'CreateUser',
    returns: 'User',
    permissions: { mode: 'ANY', anyOf: ['directory:user:add'] },
    readOnly: false,
  },
  postUsersMePassword: {
    seedName: 'post_users_me_password',
    method: 'POST',
    route: '/api/v2/users/me/password',
    summary: "Change your password",
    query: [],
    body: 'ChangeMyPasswordRequest',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: false,
  },
  postUsersSearch: {
    seedName: 'post_users_search',
    method: 'POST',
    route: '/api/v2/users/search',
    summary: "Search users",
    query: [],
    body: 'UserSearchRequest',
    returns: 'UsersSearchResponse',
    permissions: { mode: 'ANY', anyOf: ['directory:user:view'] },
    readOnly: true,
  },
  putUserCallforwarding: {
    seedName: 'put_user_callforwarding',
    method: 'PUT',
    route: '/api/v2/users/{userId}/callforwarding',
    summary: "Update a user's CallForwarding",
    query: [],
    body: 'CallForwarding',
    returns: 'CallForwarding',
    permissions: { mode: 'ANY', anyOf: ['conversation:callForwarding:edit'] },
    readOnly: false,
  },
  putUserOutofoffice: {
    seedName: 'put_user_outofoffice',
    method: 'PUT',
    route: '/api/v2/users/{userId}/outofoffice',
    summary: "Update an OutOfOffice",
    query: [],
    body: 'OutOfOffice',
    returns: 'OutOfOffice',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: false,
  },
  putUserProfileskills: {
    seedName: 'put_user_profileskills',
    method: 'PUT',
    route: '/api/v2/users/{userId}/profileskills',
    summary: "Update profile skills for a user",
    query: [],
    body: 'Array<String>',
    returns: 'Array<String>',
    permissions: { mode: 'ANY', anyOf: ['directory:userProfile:edit'] },
    readOnly: false,
  },
  putUserRoles: {
    seedName: 'put_user_roles',
    method: 'PUT',
    route: '/api/v2/users/{userId}/roles',
    summary: "Sets the user's roles",
    query: [],
    body: 'Array<String>',
    returns: 'UserAuthorization',
    permissions: { mode: 'ANY', anyOf: ['authorization:grant:add'] },
    readOnly: false,
  },
  putUserRoutingskill: {
    seedName: 'put_user_routingskill',
    method: 'PUT',
    route: '/api/v2/users/{userId}/routingskills/{skillId}',
    summary: "Update routing skill proficiency or state.",
    query: [],
    body: 'UserRoutingSkill',
    returns: 'UserRoutingSkill',
    permissions: { mode: 'ALL', anyOf: ['routing:skill:assign'] },
    readOnly: false,
  },
  putUserRoutingstatus: {
    seedName: 'put_user_routingstatus',
    method: 'PUT',
    route: '/api/v2/users/{userId}/routingstatus',
    summary: "Update the routing status of a user",
    query: [],
    body: 'RoutingStatus',
    returns: 'RoutingStatus',
    permissions: { mode: 'NONE', anyOf: [] },
    readOnly: false,
  },
  putUserStationAssociatedstationStationId: {
    seedName: 'put_user_station_associatedstation_station_id',
    method: 'PUT',
    route: '/api/v2/users/{userId}/station/associatedstation/{stationId}',
    summary: "Set associated station",
    query: [],
    permissions: { mode: 'ANY', anyOf: ['telephony:otherStationAssociation:edit'] },
    readOnly: false,
  },
  putUserStationDefaultstationStationId: {
    seedName: 'put_user_station_defaultstation_station_id',
    method: 'PUT',
    route: '/api/v2/users/{userId}/station/defaultstation/{stationId}',
    summary: "Set default station",
    query: [],
    permissions: { mode: 'ANY', anyOf: ['telephony:plugin:all', 'telephony:phone:assign'] },
    readOnly: false,
  },
} as const satisfies Record<string, OperationSpec>;

export type OperationId = keyof typeof operations;
export const operationList: ReadonlyArray<OperationSpec & { id: OperationId }> = (
  Object.keys(operations) as OperationId[]
).map((id) => ({ id, ...operations[id] }));
