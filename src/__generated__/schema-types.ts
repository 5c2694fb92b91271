export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time string, passed through as the upstream sends it (yyyy-MM-ddTHH:mm:ss[.mmm]Z). */
  DateTime: { input: string; output: string; }
  /** Free-form JSON: an upstream `object` or `map<string, …>` field, passed through unchanged. */
  JSON: { input: unknown; output: unknown; }
  /**
   * A password. Accepted as input only, never returned; the gateway never logs it and never repeats it in an error
   * message, not even a rejected one.
   */
  Password: { input: string; output: string; }
  /** An integer from -(2^53-1) to 2^53-1 (exact in JavaScript), used for the upstream int64 fields such as listing totals. */
  SafeInt: { input: number; output: number; }
};

/** Actions a bullseye ring applies when a conversation reaches it. */
export type Actions = {
  __typename?: 'Actions';
  /** The skills to remove from the conversation. */
  skillsToRemove?: Maybe<Array<SkillsToRemove>>;
};

/** After-call-work (ACW) settings of a queue. */
export type AcwSettings = {
  __typename?: 'AcwSettings';
  /** The amount of time the agent can stay in ACW (Min: 1 sec, Max: 60 min). Can only be used when ACW is AGENT_REQUESTED, MANDATORY_TIMEOUT or MANDATORY_FORCED_TIMEOUT. */
  timeoutMs?: Maybe<Scalars['Int']['output']>;
  /** This field controls how the UI prompts the agent for a wrapup. */
  wrapupPrompt?: Maybe<AcwSettingsWrapupPrompt>;
};

/** How the UI prompts the agent for a wrap-up code. */
export type AcwSettingsWrapupPrompt =
  | 'AGENT_REQUESTED'
  | 'MANDATORY'
  | 'MANDATORY_FORCED_TIMEOUT'
  | 'MANDATORY_TIMEOUT'
  | 'OPTIONAL';

/** A reference to an addressable entity: its id and URI. */
export type AddressableEntityRef = {
  __typename?: 'AddressableEntityRef';
  /** The id of the referenced entity. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The URI of the referenced entity. */
  selfUri?: Maybe<Scalars['String']['output']>;
};

/** The people around a user in the reporting hierarchy: superiors, siblings and direct reports. */
export type Adjacents = {
  __typename?: 'Adjacents';
  /** The direct reports of the user. */
  directReports?: Maybe<Array<User>>;
  /** The users who share the same manager. */
  siblings?: Maybe<Array<User>>;
  /** The superiors (manager chain) of the user. */
  superiors?: Maybe<Array<User>>;
};

/** Agent-owned callback settings of a queue. */
export type AgentOwnedRouting = {
  __typename?: 'AgentOwnedRouting';
  /** Indicates if Agent Owned Callbacks are enabled for the queue. */
  enableAgentOwnedCallbacks?: Maybe<Scalars['Boolean']['output']>;
  /** The max amount of time a callback can be scheduled out into the future (in hours); Allowable range 1 - 720 hour(s) (inclusive). */
  maxOwnedCallbackDelayHours?: Maybe<Scalars['Int']['output']>;
  /** The max amount of time a callback can be owned (in hours); Allowable range 1 - 168 hour(s) (inclusive). */
  maxOwnedCallbackHours?: Maybe<Scalars['Int']['output']>;
};

/** One group of aggregate results (seed-era analytics model): the grouping values and their statistics. */
export type AggregateDataContainer = {
  __typename?: 'AggregateDataContainer';
  /** The statistics, one entry per interval. */
  data?: Maybe<Array<StatisticalResponse>>;
  /** A mapping from dimension to value. Free-form JSON (upstream type map<string,string>). */
  group?: Maybe<Scalars['JSON']['output']>;
};

/** Statistics of one metric in an analytics result. */
export type AggregateMetricData = {
  __typename?: 'AggregateMetricData';
  /** The metric name. */
  metric?: Maybe<Scalars['String']['output']>;
  /** The metric qualifier (for example the presence or status the metric is about). */
  qualifier?: Maybe<Scalars['String']['output']>;
  /** The statistics of the metric. */
  stats?: Maybe<StatisticalSummary>;
};

/** Statistics of one custom derived view in an analytics result. */
export type AggregateViewData = {
  __typename?: 'AggregateViewData';
  /** The view name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The statistics of the view. */
  stats?: Maybe<StatisticalSummary>;
};

/** The body of POST /api/v2/analytics/users/aggregates/query (seed-era AggregationQuery). */
export type AggregationQueryInput = {
  /** Behaves like a SQL WHERE clause. This is ANDed with the interval parameter. Expresses boolean logical predicates as well as dimensional filters. */
  filter?: InputMaybe<AnalyticsQueryFilterInput>;
  /** Flattens any multivalued dimensions used in response groups (e.g. ['a','b','c']->'a,b,c'). */
  flattenMultivaluedDimensions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Granularity aggregates metrics into subpartitions within the time interval specified. The default granularity is the same duration as the interval. Periods are represented as an ISO-8601 string. For example: P1D or P1DT12H. */
  granularity?: InputMaybe<Scalars['String']['input']>;
  /** Behaves like a SQL GROUPBY. Allows for multiple levels of grouping as a list of dimensions. Partitions resulting aggregate computations into distinct named subgroups rather than across the entire result set as if it were one group. */
  groupBy?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Behaves like one clause in a SQL WHERE. Specifies the date and time range of data being queried. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss. */
  interval?: InputMaybe<Scalars['String']['input']>;
  /** Behaves like a SQL SELECT clause. Enables retrieving only named metrics. If omitted, all metrics that are available will be returned (like SELECT *). */
  metrics?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Sets the time zone for the query interval, defaults to UTC. Time zones are represented as a string of the zone name as found in the IANA time zone database. For example: UTC, Etc/UTC, or Europe/London. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** Custom derived metric views. */
  views?: InputMaybe<Array<AnalyticsViewInput>>;
};

/** A numeric range (gte inclusive, lt exclusive) used for bucketing. */
export type AggregationRangeInput = {
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Float']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Float']['input']>;
};

/** One faceted roll-up (term frequency or numeric range) in an analytics details result. */
export type AggregationResult = {
  __typename?: 'AggregationResult';
  /** The number of entries aggregated. */
  count?: Maybe<Scalars['SafeInt']['output']>;
  /** For termFrequency aggregations. */
  dimension?: Maybe<Scalars['String']['output']>;
  /** For numericRange aggregations. */
  metric?: Maybe<Scalars['String']['output']>;
  /** The buckets. */
  results?: Maybe<Array<AggregationResultEntry>>;
  /** The kind of aggregation. */
  type?: Maybe<AnalyticsAggregationType>;
};

/** One bucket of an aggregation result. */
export type AggregationResultEntry = {
  __typename?: 'AggregationResultEntry';
  /** The number of entries in this bucket. */
  count?: Maybe<Scalars['SafeInt']['output']>;
  /** For numericRange aggregations. */
  gte?: Maybe<Scalars['Float']['output']>;
  /** For numericRange aggregations. */
  lt?: Maybe<Scalars['Float']['output']>;
  /** For termFrequency aggregations. */
  value?: Maybe<Scalars['String']['output']>;
};

/** The kind of an analytics aggregation. */
export type AnalyticsAggregationType =
  | 'numericRange'
  | 'termFrequency';

/** A faceted roll-up to include with the details results. */
export type AnalyticsQueryAggregationInput = {
  /** For use with termFrequency aggregations. */
  dimension?: InputMaybe<Scalars['String']['input']>;
  /** For use with numericRange aggregations. */
  metric?: InputMaybe<Scalars['String']['input']>;
  /** For use with numericRange aggregations. */
  ranges?: InputMaybe<Array<AggregationRangeInput>>;
  /** For use with termFrequency aggregations. */
  size?: InputMaybe<Scalars['Int']['input']>;
  /** Optional type, can usually be inferred. */
  type?: InputMaybe<AnalyticsAggregationType>;
};

/** A clause of an analytics filter: predicates combined with and/or. */
export type AnalyticsQueryClauseInput = {
  /** Like a three-word sentence: (attribute-name) (operator) (target-value). These can be one of three types: dimension, property, metric. */
  predicates: Array<AnalyticsQueryPredicateInput>;
  /** Boolean operation to apply to the provided predicates. */
  type: AnalyticsQueryFilterType;
};

/** An analytics filter: predicates and clauses combined with and/or. */
export type AnalyticsQueryFilterInput = {
  /** Boolean 'and/or' logic with up to two-levels of nesting. */
  clauses?: InputMaybe<Array<AnalyticsQueryClauseInput>>;
  /** Like a three-word sentence: (attribute-name) (operator) (target-value). These can be one of three types: dimension, property, metric. */
  predicates?: InputMaybe<Array<AnalyticsQueryPredicateInput>>;
  /** Boolean operation to apply to the provided predicates and clauses. */
  type: AnalyticsQueryFilterType;
};

/** How the predicates and clauses of an analytics filter or clause combine. */
export type AnalyticsQueryFilterType =
  | 'and'
  | 'or';

/** A dimension an analytics predicate can test (seed version list). */
export type AnalyticsQueryPredicateDimension =
  | 'addressFrom'
  | 'addressOther'
  | 'addressSelf'
  | 'addressTo'
  | 'ani'
  | 'conference'
  | 'contextId'
  | 'conversationEnd'
  | 'conversationId'
  | 'convertedFrom'
  | 'convertedTo'
  | 'destinationConversationId'
  | 'destinationSessionId'
  | 'direction'
  | 'disconnectType'
  | 'divisionId'
  | 'dnis'
  | 'edgeId'
  | 'errorCode'
  | 'evaluationId'
  | 'evaluatorId'
  | 'eventTime'
  | 'externalContactId'
  | 'externalOrganizationId'
  | 'flaggedReason'
  | 'formId'
  | 'formName'
  | 'groupId'
  | 'interactionType'
  | 'mediaType'
  | 'messageType'
  | 'monitoredParticipantId'
  | 'organizationPresenceId'
  | 'outboundCampaignId'
  | 'outboundContactId'
  | 'outboundContactListId'
  | 'participantId'
  | 'participantName'
  | 'participantType'
  | 'peerId'
  | 'purpose'
  | 'q850ResponseCode'
  | 'queueId'
  | 'remoteNameDisplayable'
  | 'requestedLanguageId'
  | 'requestedRoutingSkillId'
  | 'requestedRoutingUserIds'
  | 'roomId'
  | 'routingStatus'
  | 'scriptId'
  | 'segmentEnd'
  | 'segmentType'
  | 'sessionId'
  | 'sipResponseCode'
  | 'sourceConversationId'
  | 'sourceSessionId'
  | 'stationId'
  | 'subject'
  | 'systemPresence'
  | 'userId'
  | 'wrapUpCode'
  | 'wrapUpNote';

/** An analytics predicate: (dimension | property | metric) (operator) (value | range). */
export type AnalyticsQueryPredicateInput = {
  /** Left hand side for dimension predicates. */
  dimension?: InputMaybe<AnalyticsQueryPredicateDimension>;
  /** Left hand side for metric predicates. */
  metric?: InputMaybe<AnalyticsQueryPredicateMetric>;
  /** Optional operator, default is matches. */
  operator?: InputMaybe<AnalyticsQueryPredicateOperator>;
  /** Left hand side for property predicates. */
  property?: InputMaybe<Scalars['String']['input']>;
  /** Left hand side for property predicates. */
  propertyType?: InputMaybe<AnalyticsQueryPredicatePropertyType>;
  /** Right hand side for property or metric predicates. */
  range?: InputMaybe<NumericRangeInput>;
  /** Optional type, can usually be inferred. */
  type?: InputMaybe<AnalyticsQueryPredicateType>;
  /** Right hand side for dimension, property, or metric predicates. */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** A metric an analytics predicate can test (seed version list). */
export type AnalyticsQueryPredicateMetric =
  | 'nError'
  | 'nEvaluations'
  | 'nOffered'
  | 'nOutbound'
  | 'nOutboundAbandoned'
  | 'nOutboundAttempted'
  | 'nOutboundConnected'
  | 'nOverSla'
  | 'nStateTransitionError'
  | 'nTransferred'
  | 'oActiveQueues'
  | 'oActiveUsers'
  | 'oInteracting'
  | 'oMemberQueues'
  | 'oMemberUsers'
  | 'oOffQueueUsers'
  | 'oOnQueueUsers'
  | 'oServiceLevel'
  | 'oServiceTarget'
  | 'oTotalCriticalScore'
  | 'oTotalScore'
  | 'oUserPresences'
  | 'oUserRoutingStatuses'
  | 'oWaiting'
  | 'tAbandon'
  | 'tAcd'
  | 'tActive'
  | 'tAcw'
  | 'tAgentResponseTime'
  | 'tAgentRoutingStatus'
  | 'tAlert'
  | 'tAnswered'
  | 'tConversationDuration'
  | 'tFlowOut'
  | 'tHandle'
  | 'tHeld'
  | 'tHeldComplete'
  | 'tInactive'
  | 'tIvr'
  | 'tNotResponding'
  | 'tOrganizationPresence'
  | 'tSegmentDuration'
  | 'tSystemPresence'
  | 'tTalk'
  | 'tTalkComplete'
  | 'tUserResponseTime'
  | 'tVoicemail'
  | 'tWait';

/** The operator of an analytics predicate. */
export type AnalyticsQueryPredicateOperator =
  | 'exists'
  | 'matches'
  | 'notExists';

/** The type of the property an analytics property predicate tests. */
export type AnalyticsQueryPredicatePropertyType =
  | 'bool'
  | 'date'
  | 'integer'
  | 'real'
  | 'string'
  | 'uuid';

/** The kind of an analytics predicate. */
export type AnalyticsQueryPredicateType =
  | 'dimension'
  | 'metric'
  | 'property';

/** An interval during which a user had one routing status. */
export type AnalyticsRoutingStatusRecord = {
  __typename?: 'AnalyticsRoutingStatusRecord';
  /** The duration of the status (in milliseconds). Seed version (SDK 36.1.0) only; absent from the current API. */
  durationMilliseconds?: Maybe<Scalars['Int']['output']>;
  /** The end time of the record. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  endTime?: Maybe<Scalars['DateTime']['output']>;
  /** The user's ACD routing status. */
  routingStatus?: Maybe<RoutingStatusValue>;
  /** The start time of the record. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  startTime?: Maybe<Scalars['DateTime']['output']>;
};

/** A system presence as analytics reports it. */
export type AnalyticsSystemPresence =
  | 'AVAILABLE'
  | 'AWAY'
  | 'BREAK'
  | 'BUSY'
  | 'IDLE'
  | 'MEAL'
  | 'MEETING'
  | 'OFFLINE'
  | 'ON_QUEUE'
  | 'TRAINING';

/** The presence and routing-status history of one user. */
export type AnalyticsUserDetail = {
  __typename?: 'AnalyticsUserDetail';
  /** The presence records for the user. */
  primaryPresence?: Maybe<Array<AnalyticsUserPresenceRecord>>;
  /** The ACD routing status records for the user. */
  routingStatus?: Maybe<Array<AnalyticsRoutingStatusRecord>>;
  /** The identifier for the user. */
  userId?: Maybe<Scalars['String']['output']>;
};

/** Response of the user details analytics query: per-user presence and routing-status records, plus optional roll-ups. */
export type AnalyticsUserDetailsQueryResponse = {
  __typename?: 'AnalyticsUserDetailsQueryResponse';
  /** The requested presence and routing-status roll-ups. */
  aggregations?: Maybe<Array<AggregationResult>>;
  /** The number of matching users (added after the seed version). */
  totalHits?: Maybe<Scalars['Int']['output']>;
  /** The details of each matching user. */
  userDetails?: Maybe<Array<AnalyticsUserDetail>>;
};

/** An interval during which a user had one presence. */
export type AnalyticsUserPresenceRecord = {
  __typename?: 'AnalyticsUserPresenceRecord';
  /** The duration of the status (in milliseconds). Seed version (SDK 36.1.0) only; absent from the current API. */
  durationMilliseconds?: Maybe<Scalars['Int']['output']>;
  /** The end time of the record. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  endTime?: Maybe<Scalars['DateTime']['output']>;
  /** The identifier for the user's organization presence. */
  organizationPresenceId?: Maybe<Scalars['String']['output']>;
  /** The start time of the record. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  startTime?: Maybe<Scalars['DateTime']['output']>;
  /** The user's system presence. */
  systemPresence?: Maybe<AnalyticsSystemPresence>;
};

/** The function of a derived analytics view. */
export type AnalyticsViewFunction =
  | 'rangeBound';

/** A custom derived metric view. */
export type AnalyticsViewInput = {
  /** Type of view you wish to create. */
  function: AnalyticsViewFunction;
  /** A unique name for this view. Must be distinct from other views and built-in metric names. */
  name: Scalars['String']['input'];
  /** Range of numbers for slicing up data. */
  range?: InputMaybe<AggregationRangeInput>;
  /** CallTarget metric name. */
  target: Scalars['String']['input'];
};

/** Auto-answer settings of a user, per conversation media type. */
export type AutoAnswerSettings = {
  __typename?: 'AutoAnswerSettings';
  /** Map of conversation media type enabled status. Free-form JSON (upstream type map<string,AutoAnswerSetting>). */
  settings?: Maybe<Scalars['JSON']['output']>;
};

/** The user's biography: free text, interests, hobbies, spouse and education. */
export type Biography = {
  __typename?: 'Biography';
  /** Personal detailed description. */
  biography?: Maybe<Scalars['String']['output']>;
  /** User education details. */
  education?: Maybe<Array<Education>>;
  /** Hobbies. */
  hobbies?: Maybe<Array<Scalars['String']['output']>>;
  /** Interests. */
  interests?: Maybe<Array<Scalars['String']['output']>>;
  /** The spouse's name. */
  spouse?: Maybe<Scalars['String']['output']>;
};

/** The user's biography (Biography). */
export type BiographyInput = {
  /** Personal detailed description (at most 2000 characters). */
  biography?: InputMaybe<Scalars['String']['input']>;
  /** User education details. */
  education?: InputMaybe<Array<EducationInput>>;
  /** Hobbies. */
  hobbies?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Interests. */
  interests?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The spouse's name. */
  spouse?: InputMaybe<Scalars['String']['input']>;
};

/** Bullseye routing settings of a queue: the rings searched in turn. */
export type Bullseye = {
  __typename?: 'Bullseye';
  /** The bullseye rings configured for this queue. */
  rings?: Maybe<Array<Ring>>;
};

/** A user's call forwarding settings. */
export type CallForwarding = {
  __typename?: 'CallForwarding';
  /** An ordered list of CallRoutes to be executed when CallForwarding is enabled. */
  calls?: Maybe<Array<CallRoute>>;
  /** Whether or not CallForwarding is enabled. */
  enabled?: Maybe<Scalars['Boolean']['output']>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** When the call forwarding was last modified (ISO-8601). */
  modifiedDate?: Maybe<Scalars['DateTime']['output']>;
  /** The name of the call forwarding resource. */
  name?: Maybe<Scalars['String']['output']>;
  /** This property is deprecated. Please use the calls property. */
  phoneNumber?: Maybe<Scalars['String']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The user this call forwarding belongs to (a reference, as sent upstream). */
  user?: Maybe<User>;
  /** The type of voicemail to use with the callForwarding configuration. */
  voicemail?: Maybe<CallForwardingVoicemail>;
};

/** Call forwarding settings: the body of PUT and PATCH /api/v2/users/{userId}/callforwarding (CallForwarding). */
export type CallForwardingInput = {
  /** The call routes, tried in order when call forwarding is enabled. Replaces the whole list. */
  calls?: InputMaybe<Array<CallRouteInput>>;
  /** Whether call forwarding is enabled; enabling it needs at least one call route (or a phoneNumber). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Deprecated by the API in favour of `calls`: one E.164 phone number to forward to. */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** The voicemail to use with call forwarding. */
  voicemail?: InputMaybe<CallForwardingVoicemail>;
};

/** The result of changing a user's call forwarding; select `user { id callForwarding { … } }` to update the user in a cache. */
export type CallForwardingPayload = {
  __typename?: 'CallForwardingPayload';
  /** The call forwarding as the upstream returned it; null if the upstream answered without a body. */
  callForwarding?: Maybe<CallForwarding>;
  /** The user, read again after the write. Wraps GET /api/v2/users/{userId} (ids batched) when more than its id is selected. */
  user?: Maybe<User>;
  /** The id of the user the write changed. */
  userId: Scalars['ID']['output'];
};

/** The voicemail used with call forwarding. */
export type CallForwardingVoicemail =
  | 'LASTCALL'
  | 'NONE'
  | 'PURECLOUD';

/** One step of call forwarding: the targets rung at the same time. */
export type CallRoute = {
  __typename?: 'CallRoute';
  /** A list of CallTargets to be called when the CallRoute is executed. */
  targets?: Maybe<Array<CallTarget>>;
};

/** One step of call forwarding: the targets rung at the same time (CallRoute). */
export type CallRouteInput = {
  /** The targets (at least one). */
  targets: Array<CallTargetInput>;
};

/** A call forwarding target: a station or a phone number. */
export type CallTarget = {
  __typename?: 'CallTarget';
  /** The type of call. */
  type?: Maybe<CallTargetType>;
  /** The id of the station or an E.164 formatted phone number. */
  value?: Maybe<Scalars['String']['output']>;
};

/** A call forwarding target (CallTarget). */
export type CallTargetInput = {
  /** The kind of target. */
  type: CallTargetType;
  /** A station id (a UUID) for STATION, an E.164 phone number (e.g. +13175550100) for PHONENUMBER. */
  value: Scalars['String']['input'];
};

/** The kind of a call forwarding target. */
export type CallTargetType =
  | 'PHONENUMBER'
  | 'STATION';

/** Callback media settings of a queue. */
export type CallbackMediaSettings = {
  __typename?: 'CallbackMediaSettings';
  /** The alerting timeout for the media type, in seconds. */
  alertingTimeoutSeconds?: Maybe<Scalars['Int']['output']>;
  /** The inbound flow to transfer to if an answering machine is detected during the outbound call of a customer first callback when answeringMachineReactionType is set to TransferToFlow. */
  answeringMachineFlow?: Maybe<DomainEntityRef>;
  /** The action to take if an answering machine is detected during the outbound call of a customer first callback. */
  answeringMachineReactionType?: Maybe<CallbackReactionType>;
  /** How long to play the alerting tone for an auto-answer interaction. */
  autoAnswerAlertToneSeconds?: Maybe<Scalars['Float']['output']>;
  /** Time in seconds after agent connects to callback before outgoing call is auto-dialed. Allowable values in range 0 - 1200 seconds. Defaults to 300 seconds. */
  autoDialDelaySeconds?: Maybe<Scalars['Int']['output']>;
  /** Time in seconds after agent disconnects from the outgoing call before the encasing callback is auto-ended. Allowable values in range 0 - 1200 seconds. Defaults to 300 seconds. */
  autoEndDelaySeconds?: Maybe<Scalars['Int']['output']>;
  /** The identifier of the edge group that will place the calls. Can be set to specify custom edge group instead of default one. */
  edgeGroup?: Maybe<DomainEntityRef>;
  /** Indicates if auto-answer is enabled for the given media type or subtype (default is false). Subtype settings take precedence over media type settings. */
  enableAutoAnswer?: Maybe<Scalars['Boolean']['output']>;
  /** Flag to enable Auto-Dial and Auto-End automation for callbacks on this queue. */
  enableAutoDialAndEnd?: Maybe<Scalars['Boolean']['output']>;
  /** The inbound flow to transfer to if a live voice is detected during the outbound call of a customer first callback. */
  liveVoiceFlow?: Maybe<DomainEntityRef>;
  /** The action to take if a live voice is detected during the outbound call of a customer first callback. */
  liveVoiceReactionType?: Maybe<CallbackReactionType>;
  /** How long to play the alerting tone for a manual-answer interaction. */
  manualAnswerAlertToneSeconds?: Maybe<Scalars['Float']['output']>;
  /** Maximum number of retries that should be attempted to try and connect a customer first callback to a customer when the initial callback attempt did not connect. */
  maxRetryCount?: Maybe<Scalars['Int']['output']>;
  /** The mode callbacks will use on this queue. */
  mode?: Maybe<CallbackMediaSettingsMode>;
  /** Controls the maximum number of outbound calls at one time when mode is CustomerFirst. */
  pacingModifier?: Maybe<Scalars['Float']['output']>;
  /** Delay in seconds between each retry of a customer first callback. */
  retryDelaySeconds?: Maybe<Scalars['Int']['output']>;
  /** The targeted service level for the media type. */
  serviceLevel?: Maybe<ServiceLevel>;
  /** The identifier of the site to be used for dialing; can be set in place of an edge group. */
  site?: Maybe<DomainEntityRef>;
};

/** Who is dialled first for a callback. */
export type CallbackMediaSettingsMode =
  | 'AgentFirst'
  | 'CustomerFirst';

/** What a callback does when it reaches a live voice or an answering machine. */
export type CallbackReactionType =
  | 'HangUp'
  | 'TransferToFlow'
  | 'TransferToQueue';

/** The canned response libraries associated with a queue. */
export type CannedResponseLibraries = {
  __typename?: 'CannedResponseLibraries';
  /** Set of canned response library IDs associated with the queue only when mode is SelectedOnly. */
  libraryIds?: Maybe<Array<Scalars['String']['output']>>;
  /** The association mode of canned response libraries to queue. */
  mode?: Maybe<CannedResponseLibrariesMode>;
};

/** Which canned response libraries a queue uses. */
export type CannedResponseLibrariesMode =
  | 'All'
  | 'None'
  | 'SelectedOnly';

/** The caller's password change: the body of POST /api/v2/users/me/password (ChangeMyPasswordRequest). */
export type ChangeMyPasswordRequestInput = {
  /** The new password (not empty, different from the current one; the organisation's password policy applies). */
  newPassword: Scalars['Password']['input'];
  /** The caller's current password. */
  oldPassword: Scalars['Password']['input'];
};

/** A new password for a user: the body of POST /api/v2/users/{userId}/password (ChangePasswordRequest). */
export type ChangePasswordRequestInput = {
  /** The new password (not empty; the organisation's password policy applies). */
  newPassword: Scalars['Password']['input'];
};

/** A user's chat (XMPP) identity. */
export type Chat = {
  __typename?: 'Chat';
  /** The XMPP (Jabber) id of the user. */
  jabberId?: Maybe<Scalars['String']['output']>;
};

/** A user's chat (XMPP) identity (Chat). */
export type ChatInput = {
  /** The XMPP (Jabber) id (not empty). */
  jabberId: Scalars['String']['input'];
};

/** Conditional group activation settings of a queue. */
export type ConditionalGroupActivation = {
  __typename?: 'ConditionalGroupActivation';
  /** The pilot rule for this queue, which executes periodically to determine queue health. */
  pilotRule?: Maybe<ConditionalGroupActivationPilotRule>;
  /** The set of rules to be periodically executed on the queue (if the pilot rule evaluates as true or there is no pilot rule). */
  rules?: Maybe<Array<ConditionalGroupActivationRule>>;
};

/** One condition of a conditional group activation rule. */
export type ConditionalGroupActivationCondition = {
  __typename?: 'ConditionalGroupActivationCondition';
  /** The operator used to compare the actual value against the threshold value. */
  operator?: Maybe<ConditionalGroupActivationConditionOperator>;
  /** Instructs this condition to evaluate a simple queue-level metric. */
  simpleMetric?: Maybe<ConditionalGroupActivationSimpleMetric>;
  /** The threshold value, beyond which a rule evaluates as true. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** The comparison operator of a conditional group activation condition. */
export type ConditionalGroupActivationConditionOperator =
  | 'EqualTo'
  | 'GreaterThan'
  | 'GreaterThanOrEqualTo'
  | 'LessThan'
  | 'LessThanOrEqualTo'
  | 'NotEqualTo';

/** The pilot rule of conditional group activation. */
export type ConditionalGroupActivationPilotRule = {
  __typename?: 'ConditionalGroupActivationPilotRule';
  /** A string expression that defines the relationships of conditions in this rule. */
  conditionExpression?: Maybe<Scalars['String']['output']>;
  /** The list of conditions used in this rule. */
  conditions?: Maybe<Array<ConditionalGroupActivationCondition>>;
};

/** A conditional group activation rule: conditions and the groups they activate. */
export type ConditionalGroupActivationRule = {
  __typename?: 'ConditionalGroupActivationRule';
  /** A string expression that defines the relationships of conditions in this rule. */
  conditionExpression?: Maybe<Scalars['String']['output']>;
  /** The list of conditions used in this rule. */
  conditions?: Maybe<Array<ConditionalGroupActivationCondition>>;
  /** The group(s) that this rule activates (if rule evaluates as true) or deactivates (if rule evaluates as false). */
  groups?: Maybe<Array<MemberGroup>>;
};

/** The metric (and queue) a conditional group activation condition watches. */
export type ConditionalGroupActivationSimpleMetric = {
  __typename?: 'ConditionalGroupActivationSimpleMetric';
  /** The queue metric being evaluated. */
  metric?: Maybe<ConditionalGroupActivationSimpleMetricMetric>;
  /** The queue being evaluated for this rule. If null, the current queue will be used. */
  queue?: Maybe<DomainEntityRef>;
};

/** The metric a conditional group activation condition watches. */
export type ConditionalGroupActivationSimpleMetricMetric =
  | 'EstimatedWaitTime'
  | 'IdleAgentCount'
  | 'ServiceLevel';

/** Conditional group routing settings of a queue. */
export type ConditionalGroupRouting = {
  __typename?: 'ConditionalGroupRouting';
  /** The set of rules to be executed for each conversation. */
  rules?: Maybe<Array<ConditionalGroupRoutingRule>>;
};

/** A conditional group routing rule: when it applies and which groups it adds. */
export type ConditionalGroupRoutingRule = {
  __typename?: 'ConditionalGroupRoutingRule';
  /** The limit value, beyond which a rule evaluates as true. */
  conditionValue?: Maybe<Scalars['Float']['output']>;
  /** The group(s) to activate if the rule evaluates as true. */
  groups?: Maybe<Array<MemberGroup>>;
  /** The queue metric being evaluated. */
  metric?: Maybe<ConditionalGroupRoutingRuleMetric>;
  /** The operator that compares the actual value against the condition value. */
  operator?: Maybe<ConditionalGroupRoutingRuleOperator>;
  /** The queue being evaluated for this rule. If null, the current queue will be used. */
  queue?: Maybe<DomainEntityRef>;
  /** The number of seconds to wait in this rule, if it evaluates as true, before evaluating the next rule. For the final rule, this is ignored, so need not be specified. */
  waitSeconds?: Maybe<Scalars['Int']['output']>;
};

/** The metric a conditional group routing rule watches. */
export type ConditionalGroupRoutingRuleMetric =
  | 'EstimatedWaitTime'
  | 'ServiceLevel';

/** The comparison operator of a conditional group routing rule. */
export type ConditionalGroupRoutingRuleOperator =
  | 'GreaterThan'
  | 'GreaterThanOrEqualTo'
  | 'LessThan'
  | 'LessThanOrEqualTo';

/** An email address, phone number or extension of a user. */
export type Contact = {
  __typename?: 'Contact';
  /** Email address or phone number for this contact type. */
  address?: Maybe<Scalars['String']['output']>;
  /** The country code of a phone number. */
  countryCode?: Maybe<Scalars['String']['output']>;
  /** Formatted version of the address property. */
  display?: Maybe<Scalars['String']['output']>;
  /** Use internal extension instead of address. Mutually exclusive with the address field. */
  extension?: Maybe<Scalars['String']['output']>;
  /** Integration tag value if this number is associated with an external integration. */
  integration?: Maybe<Scalars['String']['output']>;
  /** The media type of the address. */
  mediaType?: Maybe<ContactMediaType>;
  /** The kind of contact (primary, work, home, …). */
  type?: Maybe<ContactType>;
};

/** An email address, phone number or extension of a user (Contact). */
export type ContactInput = {
  /** The email address or phone number. Give this or `extension`. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** The country code of a phone number. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** An internal extension, instead of `address`. */
  extension?: InputMaybe<Scalars['String']['input']>;
  /** Integration tag value if this number is associated with an external integration. */
  integration?: InputMaybe<Scalars['String']['input']>;
  /** The media type of the address. */
  mediaType: ContactMediaType;
  /** The kind of contact; WORK when omitted. */
  type?: InputMaybe<ContactType>;
};

/** The media type of a contact address. */
export type ContactMediaType =
  | 'EMAIL'
  | 'PHONE'
  | 'SMS';

/** The kind of a contact address. */
export type ContactType =
  | 'HOME'
  | 'MAIN'
  | 'MOBILE'
  | 'OTHER'
  | 'PRIMARY'
  | 'WORK'
  | 'WORK2'
  | 'WORK3'
  | 'WORK4';

/** A new user: the body of POST /api/v2/users (CreateUser). */
export type CreateUserInput = {
  /** Email addresses and phone numbers for this user (one entry per media type and type). */
  addresses?: InputMaybe<Array<ContactInput>>;
  /** The user's department. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** The id of the division the user belongs to (a UUID). Required by the current API; the seed's API had no such field, and the emulator uses the home division when it is omitted. */
  divisionId?: InputMaybe<Scalars['ID']['input']>;
  /** The user's email address, which is also their login name (at most 255 characters). */
  email: Scalars['String']['input'];
  /** The user's full name (1 to 255 characters). */
  name: Scalars['String']['input'];
  /** The user's initial password; the organisation's password policy applies. Never logged, never echoed. */
  password?: InputMaybe<Scalars['Password']['input']>;
  /** The initial state (active or inactive; not deleted). When omitted, the user is active if the invitation is sent, otherwise inactive. */
  state?: InputMaybe<UserState>;
  /** The user's job title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Direct routing settings of a queue. */
export type DirectRouting = {
  __typename?: 'DirectRouting';
  /** Time (in seconds) that a Direct Routing interaction will wait for Direct Routing agent before going to selected backup. Valid range [60, 864000]. */
  agentWaitSeconds?: Maybe<Scalars['Int']['output']>;
  /** ID of another queue to be used as the default backup if an agent does not have their Backup Settings configured. If not set, the current queue will be used as backup, but with Direct Routing criteria removed from the conversation. */
  backupQueueId?: Maybe<Scalars['String']['output']>;
  /** Direct Routing Settings specific to Call media. */
  callMediaSettings?: Maybe<DirectRoutingMediaSettings>;
  /** Direct Routing Settings specific to Email media. */
  emailMediaSettings?: Maybe<DirectRoutingMediaSettings>;
  /** Direct Routing Settings specific to Message media. */
  messageMediaSettings?: Maybe<DirectRoutingMediaSettings>;
  /** Flag indicating if Direct Routing interactions should wait for Direct Routing agent or go immediately to selected backup. */
  waitForAgent?: Maybe<Scalars['Boolean']['output']>;
};

/** Direct routing settings for one media type. */
export type DirectRoutingMediaSettings = {
  __typename?: 'DirectRoutingMediaSettings';
  /** Toggle that enables using an agent's Direct Routing address outbound on behalf of queue for this media type. */
  useAgentAddressOutbound?: Maybe<Scalars['Boolean']['output']>;
};

/** A division: the access-control partition an entity belongs to. Federation: an entity stub, `@key(fields: "id", resolvable: false)`: the Users API cannot fetch a division by id, so the subgraph that owns divisions resolves it and adds its own fields; this subgraph only returns the copies the Users API embeds. */
export type Division = {
  __typename?: 'Division';
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The division name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
};

/** A reference to another entity: id, name and URI. */
export type DomainEntityRef = {
  __typename?: 'DomainEntityRef';
  /** The id of the referenced entity. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The name of the referenced entity. */
  name?: Maybe<Scalars['String']['output']>;
  /** The URI of the referenced entity. */
  selfUri?: Maybe<Scalars['String']['output']>;
};

/** A product enabled in the organization. */
export type DomainOrganizationProduct = {
  __typename?: 'DomainOrganizationProduct';
  /** The product id. */
  id?: Maybe<Scalars['ID']['output']>;
};

/** An organization role with its permissions and permission policies. */
export type DomainOrganizationRole = {
  __typename?: 'DomainOrganizationRole';
  /** Set addonLicenses only while updating license using PUT /license endpoint. */
  addonLicenses?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether this is a base role. */
  base?: Maybe<Scalars['Boolean']['output']>;
  /** Set baseLicense only while updating license using PUT /license endpoint. */
  baseLicense?: Maybe<Scalars['String']['output']>;
  /** The time that this role licenses were most recently updated using the PUT /license endpoint. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateLicenseLastUpdated?: Maybe<Scalars['DateTime']['output']>;
  /** Whether this is a default role. */
  default?: Maybe<Scalars['Boolean']['output']>;
  /** The id of the default role this role derives from. */
  defaultRoleId?: Maybe<Scalars['String']['output']>;
  /** The role description. */
  description?: Maybe<Scalars['String']['output']>;
  /** role id. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The role name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The permission policies of the role. */
  permissionPolicies?: Maybe<Array<DomainPermissionPolicy>>;
  /** The permissions the role grants. */
  permissions?: Maybe<Array<Scalars['String']['output']>>;
  /** Optional unless patch operation. */
  roleNeedsUpdate?: Maybe<Scalars['Boolean']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** A collection of the permissions the role is not using. */
  unusedPermissions?: Maybe<Array<Scalars['String']['output']>>;
  /** The number of users with the role. */
  userCount?: Maybe<Scalars['Int']['output']>;
};

/** A permission policy of an organization role. */
export type DomainPermissionPolicy = {
  __typename?: 'DomainPermissionPolicy';
  /** The actions the policy grants. */
  actionSet?: Maybe<Array<Scalars['String']['output']>>;
  /** Whether the policy may carry resource conditions. */
  allowConditions?: Maybe<Scalars['Boolean']['output']>;
  /** The permission domain. */
  domain?: Maybe<Scalars['String']['output']>;
  /** The entity the policy is about. */
  entityName?: Maybe<Scalars['String']['output']>;
  /** The named resources the policy is limited to. */
  namedResources?: Maybe<Array<Scalars['String']['output']>>;
  /** The policy description. */
  policyDescription?: Maybe<Scalars['String']['output']>;
  /** The policy name. */
  policyName?: Maybe<Scalars['String']['output']>;
  /** The resource condition of the policy. */
  resourceConditionNode?: Maybe<DomainResourceConditionNode>;
};

/** A node of the resource condition tree of a permission policy. */
export type DomainResourceConditionNode = {
  __typename?: 'DomainResourceConditionNode';
  /** How the terms combine. */
  conjunction?: Maybe<ResourceConditionConjunction>;
  /** The values compared with the variable. */
  operands?: Maybe<Array<DomainResourceConditionValue>>;
  /** The comparison operator. */
  operator?: Maybe<ResourceConditionOperator>;
  /** Nested condition nodes. */
  terms?: Maybe<Array<DomainResourceConditionNode>>;
  /** The variable the condition tests. */
  variableName?: Maybe<Scalars['String']['output']>;
};

/** An operand of a resource condition: a scalar, a variable, or a user, queue or team. */
export type DomainResourceConditionValue = {
  __typename?: 'DomainResourceConditionValue';
  /** The queue operand. */
  queue?: Maybe<QueueFullReference>;
  /** The team operand. */
  team?: Maybe<TeamFullReference>;
  /** The kind of operand. */
  type?: Maybe<ResourceConditionValueType>;
  /** The user operand. */
  user?: Maybe<UserFullReference>;
  /** The scalar or variable operand. */
  value?: Maybe<Scalars['String']['output']>;
};

/** A role granted to a user. */
export type DomainRole = {
  __typename?: 'DomainRole';
  /** The ID of the role. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The name of the role. */
  name?: Maybe<Scalars['String']['output']>;
};

/** One education entry of a biography. */
export type Education = {
  __typename?: 'Education';
  /** Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd. An ISO-8601 date (yyyy-MM-dd). */
  dateEnd?: Maybe<Scalars['String']['output']>;
  /** Dates are represented as an ISO-8601 string. For example: yyyy-MM-dd. An ISO-8601 date (yyyy-MM-dd). */
  dateStart?: Maybe<Scalars['String']['output']>;
  /** The field of study. */
  fieldOfStudy?: Maybe<Scalars['String']['output']>;
  /** Notes about education has a 2000 character limit. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The school. */
  school?: Maybe<Scalars['String']['output']>;
};

/** One education entry of a biography (Education). */
export type EducationInput = {
  /** The end date, yyyy-MM-dd. */
  dateEnd?: InputMaybe<Scalars['String']['input']>;
  /** The start date, yyyy-MM-dd. */
  dateStart?: InputMaybe<Scalars['String']['input']>;
  /** The field of study. */
  fieldOfStudy?: InputMaybe<Scalars['String']['input']>;
  /** Notes (at most 2000 characters). */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The school. */
  school?: InputMaybe<Scalars['String']['input']>;
};

/** An email address with a display name. */
export type EmailAddress = {
  __typename?: 'EmailAddress';
  /** The email address. */
  email?: Maybe<Scalars['String']['output']>;
  /** The display name. */
  name?: Maybe<Scalars['String']['output']>;
};

/** Email media settings of a queue. */
export type EmailMediaSettings = {
  __typename?: 'EmailMediaSettings';
  /** The alerting timeout for the media type, in seconds. */
  alertingTimeoutSeconds?: Maybe<Scalars['Int']['output']>;
  /** All outbound email addresses of the queue. Present in the npm SDK typings only; treat as unstable. */
  allOutboundEmailAddresses?: Maybe<Array<QueueEmailAddress>>;
  /** How long to play the alerting tone for an auto-answer interaction. */
  autoAnswerAlertToneSeconds?: Maybe<Scalars['Float']['output']>;
  /** Indicates if auto-answer is enabled for the given media type or subtype (default is false). Subtype settings take precedence over media type settings. */
  enableAutoAnswer?: Maybe<Scalars['Boolean']['output']>;
  /** How long to play the alerting tone for a manual-answer interaction. */
  manualAnswerAlertToneSeconds?: Maybe<Scalars['Float']['output']>;
  /** The targeted service level for the media type. */
  serviceLevel?: Maybe<ServiceLevel>;
};

/** The user's employment details. */
export type EmployerInfo = {
  __typename?: 'EmployerInfo';
  /** The hire date (as sent upstream, typically yyyy-MM-dd). */
  dateHire?: Maybe<Scalars['String']['output']>;
  /** The employee id. */
  employeeId?: Maybe<Scalars['String']['output']>;
  /** The employee type (for example Full-time). */
  employeeType?: Maybe<Scalars['String']['output']>;
  /** The official name of the employee. */
  officialName?: Maybe<Scalars['String']['output']>;
};

/** The user's employment details (EmployerInfo). */
export type EmployerInfoInput = {
  /** The hire date, yyyy-MM-dd. */
  dateHire?: InputMaybe<Scalars['String']['input']>;
  /** The employee id. */
  employeeId?: InputMaybe<Scalars['String']['input']>;
  /** The employee type (for example Full-time). */
  employeeType?: InputMaybe<Scalars['String']['input']>;
  /** The official name of the employee. */
  officialName?: InputMaybe<Scalars['String']['input']>;
};

/** A reference to an entity by id. */
export type Entity = {
  __typename?: 'Entity';
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
};

/** The lifecycle state of an entity (group, organization, queue, skill or language). */
export type EntityState =
  | 'active'
  | 'deleted'
  | 'inactive';

/** The criterion for moving a conversation to the next bullseye ring. */
export type ExpansionCriterium = {
  __typename?: 'ExpansionCriterium';
  /** The threshold value. */
  threshold?: Maybe<Scalars['Float']['output']>;
  /** The kind of criterion. */
  type?: Maybe<ExpansionCriteriumType>;
};

/** The kind of a bullseye expansion criterion. */
export type ExpansionCriteriumType =
  | 'TIMEOUT_SECONDS';

/** The field configuration (profile layout) of one entity type. */
export type FieldConfig = {
  __typename?: 'FieldConfig';
  /** The entity type this configuration is for. */
  entityType?: Maybe<FieldConfigType>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The configuration name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The schema version. */
  schemaVersion?: Maybe<Scalars['String']['output']>;
  /** The sections of the configuration. */
  sections?: Maybe<Array<Section>>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The configuration state. */
  state?: Maybe<Scalars['String']['output']>;
  /** The configuration version. */
  version?: Maybe<Scalars['String']['output']>;
};

/** An entity type that has a field configuration. */
export type FieldConfigType =
  | 'externalContact'
  | 'group'
  | 'org'
  | 'person';

/** The field configurations of all entity types of the organization. */
export type FieldConfigs = {
  __typename?: 'FieldConfigs';
  /** The field configuration of external contacts. Seed version (SDK 36.1.0) only; absent from the current API. */
  externalContact?: Maybe<FieldConfig>;
  /** The field configuration of groups. */
  group?: Maybe<FieldConfig>;
  /** The field configuration of the organization. */
  org?: Maybe<FieldConfig>;
  /** The field configuration of people (users). */
  person?: Maybe<FieldConfig>;
};

/** One field of a field configuration section. */
export type FieldList = {
  __typename?: 'FieldList';
  /** Whether the field has custom labels. */
  customLabels?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the field holds personal data (GDPR). */
  gdpr?: Maybe<Scalars['Boolean']['output']>;
  /** Instructions shown with the field. */
  instructionText?: Maybe<Scalars['String']['output']>;
  /** The field key. */
  key?: Maybe<Scalars['String']['output']>;
  /** The label keys of the field. */
  labelKeys?: Maybe<Array<Scalars['String']['output']>>;
  /** Field parameters (free-form). Free-form JSON (upstream type map<string,object>). */
  params?: Maybe<Scalars['JSON']['output']>;
  /** Whether the field may repeat. */
  repeatable?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the field is required. */
  required?: Maybe<Scalars['Boolean']['output']>;
  /** The field state. */
  state?: Maybe<Scalars['String']['output']>;
  /** The field type. */
  type?: Maybe<Scalars['String']['output']>;
};

/** A user's geolocation, as reported by one client. `id` identifies this user's geolocation from that client (unique across users); `clientId` is the upstream id, the client's. */
export type Geolocation = {
  __typename?: 'Geolocation';
  /** The city. */
  city?: Maybe<Scalars['String']['output']>;
  /** The client's id (the upstream `id`): what GET /api/v2/users/{userId}/geolocations/{clientId} and `updateUserGeolocation` take. */
  clientId?: Maybe<Scalars['ID']['output']>;
  /** The country. */
  country?: Maybe<Scalars['String']['output']>;
  /** The id of this user's geolocation from one client, unique across users and types (`Geolocation:<userId>:<clientId>`). The upstream id is `clientId`. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The latitude. */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** The site locations near this position. */
  locations?: Maybe<Array<LocationDefinition>>;
  /** The longitude. */
  longitude?: Maybe<Scalars['Float']['output']>;
  /** The name of the geolocation resource. */
  name?: Maybe<Scalars['String']['output']>;
  /** A boolean used to tell whether or not to set this geolocation client as the primary on a PATCH. */
  primary?: Maybe<Scalars['Boolean']['output']>;
  /** The region. */
  region?: Maybe<Scalars['String']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** A string used to describe the type of client the geolocation is being updated from e.g. ios, android, web, etc. */
  type?: Maybe<Scalars['String']['output']>;
};

/** Geolocation changes: the body of PATCH /api/v2/users/{userId}/geolocations/{clientId} (Geolocation). Give at least one field. */
export type GeolocationInput = {
  /** The city. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** The country. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** The latitude, from -90 to 90 (with longitude). */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** The longitude, from -180 to 180 (with latitude). */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** True makes this client the user's primary geolocation source. */
  primary?: InputMaybe<Scalars['Boolean']['input']>;
  /** The region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** The kind of client reporting the geolocation, e.g. ios, android, web (at most 50 characters). */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updating one client's geolocation of a user. */
export type GeolocationPayload = {
  __typename?: 'GeolocationPayload';
  /** The client whose geolocation changed. */
  clientId: Scalars['String']['output'];
  /** The geolocation as the upstream returned it (its id is the client id); null if the upstream answered without a body. */
  geolocation?: Maybe<Geolocation>;
  /** The user, read again after the write; select `user { id geolocation(clientId: …) { … } }` to update the user in a cache. Wraps GET /api/v2/users/{userId} (ids batched) when more than its id is selected. */
  user?: Maybe<User>;
  /** The id of the user the write changed. */
  userId: Scalars['ID']['output'];
};

/** Geolocation settings of the organization. */
export type GeolocationSettings = {
  __typename?: 'GeolocationSettings';
  /** Whether geolocation is enabled for the organization. */
  enabled?: Maybe<Scalars['Boolean']['output']>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The Mapbox key used for maps. */
  mapboxKey?: Maybe<Scalars['String']['output']>;
  /** The name of the settings resource. */
  name?: Maybe<Scalars['String']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
};

/** A group of users. Federation: an entity stub, `@key(fields: "id", resolvable: false)`: the Users API cannot fetch a group by id, so the subgraph that owns groups resolves it and adds its own fields; this subgraph only returns the copies the Users API embeds. */
export type Group = {
  __typename?: 'Group';
  /** Phone addresses of the group. */
  addresses?: Maybe<Array<GroupContact>>;
  /** Allow calls to be placed to this group. */
  callsEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** Last modified date/time. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateModified?: Maybe<Scalars['DateTime']['output']>;
  /** The group description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The email address of the group. Present in the npm SDK typings only; treat as unstable. */
  email?: Maybe<Scalars['String']['output']>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** Images of the group. */
  images?: Maybe<Array<Image>>;
  /** Allow owners to be included as members of the group. */
  includeOwners?: Maybe<Scalars['Boolean']['output']>;
  /** Number of members. */
  memberCount?: Maybe<Scalars['SafeInt']['output']>;
  /** The group name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Owners of the group. */
  owners?: Maybe<Array<User>>;
  /** Allow roles to be assigned to this group. */
  rolesEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** Are membership rules visible to the person requesting to view the group. */
  rulesVisible?: Maybe<Scalars['Boolean']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** Active, inactive, or deleted state. */
  state?: Maybe<EntityState>;
  /** Type of group. */
  type?: Maybe<GroupType>;
  /** Current version for this resource. */
  version?: Maybe<Scalars['Int']['output']>;
  /** Who can view this group. */
  visibility?: Maybe<GroupVisibility>;
};

/** A phone address of a group. */
export type GroupContact = {
  __typename?: 'GroupContact';
  /** Phone number for this contact type. */
  address?: Maybe<Scalars['String']['output']>;
  /** Formatted version of the address property. */
  display?: Maybe<Scalars['String']['output']>;
  /** Extension is set if the number is e164 valid. */
  extension?: Maybe<Scalars['String']['output']>;
  /** Media type of the address. */
  mediaType?: Maybe<GroupContactMediaType>;
  /** Contact type of the address. */
  type?: Maybe<GroupContactType>;
};

/** The media type of a group address. */
export type GroupContactMediaType =
  | 'PHONE';

/** The kind of a group phone address. */
export type GroupContactType =
  | 'GROUPPHONE'
  | 'GROUPRING';

/** A group, by id (the Group model; only the id is read on update). */
export type GroupReferenceInput = {
  /** The id of the group (a UUID). */
  id: Scalars['ID']['input'];
};

/** The kind of a group. */
export type GroupType =
  | 'official'
  | 'social';

/** Who can view a group. */
export type GroupVisibility =
  | 'members'
  | 'owners'
  | 'public';

/** An image (for example a profile picture) at one resolution. */
export type Image = {
  __typename?: 'Image';
  /** The URI of the image. */
  imageUri?: Maybe<Scalars['String']['output']>;
  /** Height and/or width of image. ex: 640x480 or x128. */
  resolution?: Maybe<Scalars['String']['output']>;
};

/** A profile image at one resolution (Image). */
export type ImageInput = {
  /** The URI of the image (not empty). */
  imageUri: Scalars['String']['input'];
  /** Height and/or width of the image, e.g. 640x480 or x128. */
  resolution?: InputMaybe<Scalars['String']['input']>;
};

/** What happens to a message conversation after a period of inactivity. */
export type InactivityTimeoutSettings = {
  __typename?: 'InactivityTimeoutSettings';
  /** Action to take when timeout occurs. */
  actionType?: Maybe<InactivityTimeoutSettingsActionType>;
  /** Flow ID for architect flow action. */
  flowId?: Maybe<DomainEntityRef>;
  /** Timeout in seconds for inactivity on the interaction. */
  timeoutSeconds?: Maybe<Scalars['Int']['output']>;
};

/** What happens to an inactive message conversation. */
export type InactivityTimeoutSettingsActionType =
  | 'DISCONNECT'
  | 'SEND_TO_ARCHITECT_FLOW';

/** An inbound email route. */
export type InboundRoute = {
  __typename?: 'InboundRoute';
  /** Control if multiple actions are allowed on this route. When true the disconnect has to be done manually. When false a conversation will be disconnected by the system after every action. */
  allowMultipleActions?: Maybe<Scalars['Boolean']['output']>;
  /** The recipients that should be automatically blind copied on outbound emails associated with this InboundRoute. */
  autoBcc?: Maybe<Array<EmailAddress>>;
  /** The flow to use for processing the email. */
  flow?: Maybe<DomainEntityRef>;
  /** The sender email to use for outgoing replies. */
  fromEmail?: Maybe<Scalars['String']['output']>;
  /** The sender name to use for outgoing replies. */
  fromName?: Maybe<Scalars['String']['output']>;
  /** The configuration to indicate how the history of a conversation has to be included in a draft. */
  historyInclusion?: Maybe<InboundRouteHistoryInclusion>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The language to use for routing. */
  language?: Maybe<DomainEntityRef>;
  /** Integration Folder routed to this route. */
  mailboxFolders?: Maybe<Array<Scalars['String']['output']>>;
  /** The route name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The search pattern that the mailbox name should match. */
  pattern?: Maybe<Scalars['String']['output']>;
  /** The priority to use for routing. */
  priority?: Maybe<Scalars['Int']['output']>;
  /** The queue to route the emails to. */
  queue?: Maybe<DomainEntityRef>;
  /** The route to use for email replies. */
  replyEmailAddress?: Maybe<QueueEmailAddress>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The configuration for the canned response signature that will be appended to outbound emails sent via this route. */
  signature?: Maybe<Signature>;
  /** The skills to use for routing. */
  skills?: Maybe<Array<DomainEntityRef>>;
  /** The flow to use for processing inbound emails that have been marked as spam. */
  spamFlow?: Maybe<DomainEntityRef>;
  /** The status of the route. */
  status?: Maybe<InboundRouteStatus>;
};

/** Whether replies include the email history. */
export type InboundRouteHistoryInclusion =
  | 'Exclude'
  | 'Include'
  | 'Optional';

/** The status of an inbound email route. */
export type InboundRouteStatus =
  | 'Active'
  | 'Error'
  | 'Pending'
  | 'Removing';

/** An integration whose presence a search can return instead of the Genesys Cloud presence. */
export type IntegrationPresenceSource =
  | 'EightByEight'
  | 'MicrosoftTeams'
  | 'RingCentral'
  | 'ZoomPhone';

/** Where a user is placed within a site location. Not an entity: the placement (floorplan, coordinates, notes) belongs to the user; the site location itself is `locationDefinition`. */
export type Location = {
  __typename?: 'Location';
  /** Users coordinates on the floorplan. Only used when floorplanImage is set. Free-form JSON (upstream type map<string,number>). */
  coordinates?: Maybe<Scalars['JSON']['output']>;
  /** Unique identifier for the location floorplan image. */
  floorplanId?: Maybe<Scalars['String']['output']>;
  /** Unique identifier for the location. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The site location. */
  locationDefinition?: Maybe<LocationDefinition>;
  /** Optional description on the users location. */
  notes?: Maybe<Scalars['String']['output']>;
};

/** The postal address of a site location. */
export type LocationAddress = {
  __typename?: 'LocationAddress';
  /** The city. */
  city?: Maybe<Scalars['String']['output']>;
  /** The country code. */
  country?: Maybe<Scalars['String']['output']>;
  /** The country name. */
  countryName?: Maybe<Scalars['String']['output']>;
  /** The state or province. */
  state?: Maybe<Scalars['String']['output']>;
  /** The first street line. */
  street1?: Maybe<Scalars['String']['output']>;
  /** The second street line. */
  street2?: Maybe<Scalars['String']['output']>;
  /** The postal code. */
  zipcode?: Maybe<Scalars['String']['output']>;
};

/** The state of the address verification of a site location. */
export type LocationAddressVerificationDetails = {
  __typename?: 'LocationAddressVerificationDetails';
  /** Finished time of address verification process. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateFinished?: Maybe<Scalars['DateTime']['output']>;
  /** Time started of address verification process. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateStarted?: Maybe<Scalars['DateTime']['output']>;
  /** Third party service used for address verification. */
  service?: Maybe<Scalars['String']['output']>;
  /** Status of address verification process. */
  status?: Maybe<LocationAddressVerificationDetailsStatus>;
};

/** The status of a site location address verification. */
export type LocationAddressVerificationDetailsStatus =
  | 'Complete'
  | 'Failed'
  | 'InProgress'
  | 'Pending'
  | 'Retry';

/** A site location of the organization. Federation: an entity stub, `@key(fields: "id", resolvable: false)`: the Users API cannot fetch a site location by id, so the subgraph that owns locations resolves it and adds its own fields; this subgraph only returns the copies the Users API embeds. */
export type LocationDefinition = {
  __typename?: 'LocationDefinition';
  /** The postal address of the location. */
  address?: Maybe<LocationAddress>;
  /** Boolean field which states if the address has been stored for E911. */
  addressStored?: Maybe<Scalars['Boolean']['output']>;
  /** Address verification information, retrieve dwith the ?expand=addressVerificationDetails query parameter. */
  addressVerificationDetails?: Maybe<LocationAddressVerificationDetails>;
  /** Boolean field which states if the address has been verified as an actual address. */
  addressVerified?: Maybe<Scalars['Boolean']['output']>;
  /** Site contact for the location entity. */
  contactUser?: Maybe<AddressableEntityRef>;
  /** Emergency number for the location entity. */
  emergencyNumber?: Maybe<LocationEmergencyNumber>;
  /** Floorplan images of the location entity, retrieved with ?expand=images query parameter. */
  floorplanImage?: Maybe<Array<LocationImage>>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** Images of the location, as sent upstream. */
  images?: Maybe<Scalars['String']['output']>;
  /** The name of the location. */
  name?: Maybe<Scalars['String']['output']>;
  /** Notes for the location entity. */
  notes?: Maybe<Scalars['String']['output']>;
  /** A list of ancestor IDs in order. */
  path?: Maybe<Array<Scalars['String']['output']>>;
  /** Profile image of the location entity, retrieved with ?expand=images query parameter. */
  profileImage?: Maybe<Array<LocationImage>>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** Current state of the location entity. */
  state?: Maybe<LocationDefinitionState>;
  /** Current version of the location entity, value to be supplied should be retrieved by a GET or on create/update response. */
  version?: Maybe<Scalars['Int']['output']>;
};

/** The state of a site location. */
export type LocationDefinitionState =
  | 'active'
  | 'deleted';

/** The emergency number of a site location. */
export type LocationEmergencyNumber = {
  __typename?: 'LocationEmergencyNumber';
  /** The emergency number in E.164 format. */
  e164?: Maybe<Scalars['String']['output']>;
  /** The emergency number as entered. */
  number?: Maybe<Scalars['String']['output']>;
  /** The type of emergency number. */
  type?: Maybe<LocationEmergencyNumberType>;
};

/** The kind of a site location emergency number. */
export type LocationEmergencyNumberType =
  | 'default'
  | 'elin';

/** An image of a site location at one resolution. */
export type LocationImage = {
  __typename?: 'LocationImage';
  /** The URI of the image. */
  imageUri?: Maybe<Scalars['String']['output']>;
  /** Height and/or width of image. ex: 640x480 or x128. */
  resolution?: Maybe<Scalars['String']['output']>;
};

/** A user's placement at a site location (Location). */
export type LocationInput = {
  /** The user's coordinates on the floor plan: a JSON object of numbers, e.g. {"x": 12, "y": 40}. */
  coordinates?: InputMaybe<Scalars['JSON']['input']>;
  /** The id of the site location (a UUID). */
  id: Scalars['ID']['input'];
  /** A note on the user's location (at most 500 characters). */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** Media settings of a queue for one media type. */
export type MediaSettings = {
  __typename?: 'MediaSettings';
  /** The alerting timeout for the media type, in seconds. */
  alertingTimeoutSeconds?: Maybe<Scalars['Int']['output']>;
  /** How long to play the alerting tone for an auto-answer interaction. */
  autoAnswerAlertToneSeconds?: Maybe<Scalars['Float']['output']>;
  /** Indicates if auto-answer is enabled for the given media type or subtype (default is false). Subtype settings take precedence over media type settings. */
  enableAutoAnswer?: Maybe<Scalars['Boolean']['output']>;
  /** How long to play the alerting tone for a manual-answer interaction. */
  manualAnswerAlertToneSeconds?: Maybe<Scalars['Float']['output']>;
  /** The targeted service level for the media type. */
  serviceLevel?: Maybe<ServiceLevel>;
};

/** Conversation counts of one media type, split into contact center and enterprise. */
export type MediaSummary = {
  __typename?: 'MediaSummary';
  /** Contact center (ACD) conversations. */
  contactCenter?: Maybe<MediaSummaryDetail>;
  /** Enterprise (non-ACD) conversations. */
  enterprise?: Maybe<MediaSummaryDetail>;
};

/** Numbers of active and after-call-work conversations. */
export type MediaSummaryDetail = {
  __typename?: 'MediaSummaryDetail';
  /** The number of active conversations. */
  active?: Maybe<Scalars['Int']['output']>;
  /** The number of conversations in after-call work. */
  acw?: Maybe<Scalars['Int']['output']>;
};

/** A group whose members are members of a queue. */
export type MemberGroup = {
  __typename?: 'MemberGroup';
  /** The division to which this entity belongs. */
  division?: Maybe<WritableDivision>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The number of members in this group. */
  memberCount?: Maybe<Scalars['Int']['output']>;
  /** The group name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The group type. */
  type?: Maybe<MemberGroupType>;
};

/** The kind of a queue member group. */
export type MemberGroupType =
  | 'GROUP'
  | 'SKILLGROUP'
  | 'TEAM';

/** Message media settings of a queue. */
export type MessageMediaSettings = {
  __typename?: 'MessageMediaSettings';
  /** The alerting timeout for the media type, in seconds. */
  alertingTimeoutSeconds?: Maybe<Scalars['Int']['output']>;
  /** How long to play the alerting tone for an auto-answer interaction. */
  autoAnswerAlertToneSeconds?: Maybe<Scalars['Float']['output']>;
  /** Indicates if auto-answer is enabled for the given media type or subtype (default is false). Subtype settings take precedence over media type settings. */
  enableAutoAnswer?: Maybe<Scalars['Boolean']['output']>;
  /** Indicates if inactivity timeout is enabled for all subtypes. */
  enableInactivityTimeout?: Maybe<Scalars['Boolean']['output']>;
  /** Inactivity timeout settings for messages. */
  inactivityTimeoutSettings?: Maybe<InactivityTimeoutSettings>;
  /** How long to play the alerting tone for a manual-answer interaction. */
  manualAnswerAlertToneSeconds?: Maybe<Scalars['Float']['output']>;
  /** The targeted service level for the media type. */
  serviceLevel?: Maybe<ServiceLevel>;
  /** Map of media subtype to media subtype specific settings. Free-form JSON (upstream type map<string,MessageSubtypeSettings>). */
  subTypeSettings?: Maybe<Scalars['JSON']['output']>;
};

/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a routing language to a user, or sets its proficiency when the user has it already. Wraps POST /api/v2/users/{userId}/routinglanguages */
  addUserRoutingLanguage?: Maybe<UserRoutingLanguagePayload>;
  /** Adds a routing skill to a user, or sets its proficiency when the user has it already. Wraps POST /api/v2/users/{userId}/routingskills */
  addUserRoutingSkill?: Maybe<UserRoutingSkillPayload>;
  /**
   * Changes the caller's own password (needs a user token, not a client-credentials one). Wraps POST /api/v2/users/me/password
   * A wrong old password gives BAD_USER_INPUT. Passwords are never logged and never repeated in an error. The upstream
   * answers with no body; `userId` and `user` of the payload are read through GET /api/v2/users/me when selected.
   */
  changeMyPassword?: Maybe<UserMutationPayload>;
  /**
   * Sets a user's password (an administrator's action). Wraps POST /api/v2/users/{userId}/password
   * The password is never logged and never repeated in an error; a password the organisation's policy rejects gives
   * BAD_USER_INPUT. The upstream answers with no body; the payload names the user.
   */
  changeUserPassword?: Maybe<UserMutationPayload>;
  /**
   * Clears a user's associated station. Wraps DELETE /api/v2/users/{userId}/station/associatedstation
   * The upstream answers with no body; select `user { id station { … } }` for the new state.
   */
  clearUserAssociatedStation?: Maybe<UserMutationPayload>;
  /**
   * Clears a user's default station. Wraps DELETE /api/v2/users/{userId}/station/defaultstation
   * The upstream answers with no body; select `user { id station { … } }` for the new state.
   */
  clearUserDefaultStation?: Maybe<UserMutationPayload>;
  /**
   * Creates a user. Wraps POST /api/v2/users
   * A user whose email already exists (even a deleted one) gives CONFLICT; restore a deleted user with
   * `updateUser(input: { state: active, version })` instead. Returns the created user.
   */
  createUser?: Maybe<User>;
  /**
   * Deletes a user. Wraps DELETE /api/v2/users/{userId}
   * The user's state becomes `deleted`; it stays readable with `user(id:, state: deleted)`, and `user` of the
   * payload is read that way.
   */
  deleteUser?: Maybe<UserMutationPayload>;
  /**
   * Sends the user an activation (welcome) email. Wraps POST /api/v2/users/{userId}/invite
   * The upstream answers with no body; the payload names the user.
   */
  inviteUser?: Maybe<UserMutationPayload>;
  /**
   * Removes all roles from a user. Wraps DELETE /api/v2/users/{userId}/roles
   * This route is in the seed but no longer in the current Genesys Cloud API: current Genesys regions answer it with
   * 404 (NOT_FOUND). Use `setUserRoles(userId:, roleIds: [])` (PUT /api/v2/users/{userId}/roles with []) instead; the
   * emulator still implements the seed's behaviour.
   */
  removeUserRoles?: Maybe<UserMutationPayload>;
  /**
   * Removes a routing language from a user. Wraps DELETE /api/v2/users/{userId}/routinglanguages/{languageId}
   * The upstream answers with no body; the payload names the removed language.
   */
  removeUserRoutingLanguage?: Maybe<RemoveUserRoutingLanguagePayload>;
  /**
   * Removes a routing skill from a user. Wraps DELETE /api/v2/users/{userId}/routingskills/{skillId}
   * The upstream answers with no body; the payload names the removed skill (evict it from the user's list).
   */
  removeUserRoutingSkill?: Maybe<RemoveUserRoutingSkillPayload>;
  /** Replaces a user's call forwarding: fields left out take their defaults (disabled, no calls, PURECLOUD voicemail). Wraps PUT /api/v2/users/{userId}/callforwarding */
  replaceUserCallForwarding?: Maybe<CallForwardingPayload>;
  /**
   * Associates a user with a station (whoever had it loses it). Wraps PUT /api/v2/users/{userId}/station/associatedstation/{stationId}
   * The upstream answers with no body; select `user { id station { … } }` for the new state.
   */
  setUserAssociatedStation?: Maybe<UserMutationPayload>;
  /**
   * Sets a user's default station. Wraps PUT /api/v2/users/{userId}/station/defaultstation/{stationId}
   * The upstream answers with no body; select `user { id station { … } }` for the new state.
   */
  setUserDefaultStation?: Maybe<UserMutationPayload>;
  /** Replaces a user's out-of-office settings. Wraps PUT /api/v2/users/{userId}/outofoffice */
  setUserOutOfOffice?: Maybe<OutOfOfficePayload>;
  /** Sets a user's profile skills: the list replaces the user's profile skills. Wraps PUT /api/v2/users/{userId}/profileskills */
  setUserProfileSkills?: Maybe<ProfileSkillsPayload>;
  /**
   * Joins or unjoins one queue the user is a member of. Wraps PATCH /api/v2/users/{userId}/queues/{queueId}
   * A queue the user is not a member of gives NOT_FOUND.
   */
  setUserQueueMembership?: Maybe<UserQueuePayload>;
  /**
   * Joins or unjoins a set of queues the user is a member of. Wraps PATCH /api/v2/users/{userId}/queues
   * Queues the user is not a member of are disregarded. The upstream applies the change asynchronously: its answer
   * (and an immediate re-read) may not show the final state yet.
   */
  setUserQueuesMembership?: Maybe<UserQueuesPayload>;
  /**
   * Sets a user's roles: the list replaces the user's roles; an empty list removes them all. Wraps PUT /api/v2/users/{userId}/roles
   * An unknown role id gives NOT_FOUND.
   */
  setUserRoles?: Maybe<UserAuthorizationPayload>;
  /** Sets a user's ACD routing status. Wraps PUT /api/v2/users/{userId}/routingstatus */
  setUserRoutingStatus?: Maybe<RoutingStatusPayload>;
  /**
   * Updates a user: only the fields given change. Wraps PATCH /api/v2/users/{userId}
   * `input.version` must be the user's current `version` (read it from `user(id:) { version }`); a stale one gives
   * CONFLICT and changes nothing. Returns the updated user, with its new version.
   */
  updateUser?: Maybe<User>;
  /** Changes some of a user's call forwarding settings: only the fields given change. Wraps PATCH /api/v2/users/{userId}/callforwarding */
  updateUserCallForwarding?: Maybe<CallForwardingPayload>;
  /**
   * Updates the geolocation one client of a user reports. Wraps PATCH /api/v2/users/{userId}/geolocations/{clientId}
   * Three ways, combinable with `primary`: set `primary`; send `latitude` and `longitude` (city, region and country are
   * then resolved by the upstream, asynchronously); or send `city`, `region` and `country`.
   */
  updateUserGeolocation?: Maybe<GeolocationPayload>;
  /** Updates the proficiency and/or state of a user's routing language. Wraps PATCH /api/v2/users/{userId}/routinglanguages/{languageId} */
  updateUserRoutingLanguage?: Maybe<UserRoutingLanguagePayload>;
  /** Updates the proficiency and/or state of a user's routing skill. Wraps PUT /api/v2/users/{userId}/routingskills/{skillId} */
  updateUserRoutingSkill?: Maybe<UserRoutingSkillPayload>;
  /**
   * Sets whether ACD conversations are answered automatically, for up to 50 users at once. Wraps PATCH /api/v2/users/bulk
   * Returns the updated users.
   */
  updateUsersAcdAutoAnswer?: Maybe<Array<User>>;
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationAddUserRoutingLanguageArgs = {
  input: UserRoutingLanguagePostInput;
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationAddUserRoutingSkillArgs = {
  input: UserRoutingSkillPostInput;
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationChangeMyPasswordArgs = {
  input: ChangeMyPasswordRequestInput;
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationChangeUserPasswordArgs = {
  input: ChangePasswordRequestInput;
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationClearUserAssociatedStationArgs = {
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationClearUserDefaultStationArgs = {
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationDeleteUserArgs = {
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationInviteUserArgs = {
  force?: InputMaybe<Scalars['Boolean']['input']>;
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationRemoveUserRolesArgs = {
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationRemoveUserRoutingLanguageArgs = {
  languageId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationRemoveUserRoutingSkillArgs = {
  skillId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationReplaceUserCallForwardingArgs = {
  input: CallForwardingInput;
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationSetUserAssociatedStationArgs = {
  stationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationSetUserDefaultStationArgs = {
  stationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationSetUserOutOfOfficeArgs = {
  input: OutOfOfficeInput;
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationSetUserProfileSkillsArgs = {
  skills: Array<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationSetUserQueueMembershipArgs = {
  joined: Scalars['Boolean']['input'];
  queueId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationSetUserQueuesMembershipArgs = {
  divisionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  input: Array<UserQueueInput>;
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationSetUserRolesArgs = {
  roleIds: Array<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationSetUserRoutingStatusArgs = {
  input: RoutingStatusInput;
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationUpdateUserCallForwardingArgs = {
  input: CallForwardingInput;
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationUpdateUserGeolocationArgs = {
  clientId: Scalars['String']['input'];
  input: GeolocationInput;
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationUpdateUserRoutingLanguageArgs = {
  input: UserRoutingLanguageInput;
  languageId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationUpdateUserRoutingSkillArgs = {
  input: UserRoutingSkillInput;
  skillId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


/**
 * Writes to the Genesys Cloud Platform API v2 Users endpoints, one field per upstream write (each names its route:
 * Wraps METHOD /route). Input is checked before anything is sent upstream: a bad value gives a BAD_USER_INPUT error
 * whose `extensions.field` names the offending input field (e.g. `input.proficiency`), and no upstream call is made.
 * The gateway sends every write exactly once (no retries). A failed write gives null for its field and an error with
 * the upstream status mapped to `extensions.code` (CONFLICT, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …); the other
 * fields of the operation still run, in order. After each write the gateway forgets what it had read about the
 * affected user in this operation, so a later field sees the new state.
 *
 * Results are built for normalising client caches (Apollo Client, Relay): a write that returns an entity returns it;
 * the others return a payload with the affected user's id (`userId`) and the affected `user`, read again after the
 * write (an upstream read only when selected). Select in `user { id … }` the fields the write changed and the cache
 * updates itself. Note that `UserRoutingSkill`, `UserRoutingLanguage` and `UserQueue` carry the id of the skill,
 * language or queue, which other users share: key them with their user in the cache (or do not normalise them).
 */
export type MutationUpdateUsersAcdAutoAnswerArgs = {
  input: Array<PatchUserInput>;
};

/** A reference to an entity by id and name. */
export type NamedEntity = {
  __typename?: 'NamedEntity';
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The name of the object. */
  name?: Maybe<Scalars['String']['output']>;
};

/** An object with a global id that `Query.node(id:)` refetches (Relay's Global Object Identification). `User` is the one implementation: a user id is a UUID unique across the organization, and the Users API fetches users by id. The other types with ids (divisions, groups, queues, skills, per-user assignments…) cannot be fetched by id from the Users API, so they are no `Node`; their ids are still unique, so normalising caches key them as usual. */
export type Node = {
  /** The global id (for a user, the user id). */
  id: Scalars['ID']['output'];
};

/** A numeric range for analytics predicates. */
export type NumericRangeInput = {
  /** Greater than. */
  gt?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Float']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Float']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** When the last OAuth token was issued to the user. */
export type OAuthLastTokenIssued = {
  __typename?: 'OAuthLastTokenIssued';
  /** When the token was issued (ISO-8601). */
  dateIssued?: Maybe<Scalars['DateTime']['output']>;
};

/** One group of observation results (seed-era analytics model): the grouping values and their metrics. */
export type ObservationDataContainer = {
  __typename?: 'ObservationDataContainer';
  /** The observed metrics. */
  data?: Maybe<Array<AggregateMetricData>>;
  /** A mapping from dimension to value. Free-form JSON (upstream type map<string,string>). */
  group?: Maybe<Scalars['JSON']['output']>;
};

/** The body of POST /api/v2/analytics/users/observations/query (seed-era ObservationQuery). */
export type ObservationQueryInput = {
  /** Filter to return a subset of observations. Expresses boolean logical predicates as well as dimensional filters. */
  filter: AnalyticsQueryFilterInput;
  /** Behaves like a SQL SELECT clause. Enables retrieving only named metrics. If omitted, all metrics that are available will be returned (like SELECT *). */
  metrics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Response of the user observations analytics query (seed-era model). */
export type ObservationQueryResponse = {
  __typename?: 'ObservationQueryResponse';
  /** The observation results, one entry per group. */
  results?: Maybe<Array<ObservationDataContainer>>;
};

/** An OAuth client of the organization. */
export type OrgOAuthClient = {
  __typename?: 'OrgOAuthClient';
  /** The OAuth Grant/Client type supported by this client. Code Authorization Grant/Client type - Preferred client type where the Client ID and Secret are required to create tokens. Used where the secret can be secured. PKCE-Enabled Code Authorization grant type - Code grant type which requires PKCE challenge and verifier to create tokens. Used in public clients for increased security. Implicit grant type - Client ID only is required to create tokens. Used in browser and mobile apps where the secret can not be secured. SAML2-Bearer extension grant type - SAML2 assertion provider for user authentication at the token endpoint. Client Credential grant type - Used to created access tokens that are tied only to the client. Values: CODE, TOKEN, SAML2-BEARER, PASSWORD, CLIENT-CREDENTIALS, SAML2BEARER, CLIENT_CREDENTIALS. */
  authorizedGrantType?: Maybe<Scalars['String']['output']>;
  /** User that created this client. */
  createdBy?: Maybe<DomainEntityRef>;
  /** Date this client was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateCreated?: Maybe<Scalars['DateTime']['output']>;
  /** Date this client was last modified. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateModified?: Maybe<Scalars['DateTime']['output']>;
  /** The time at which this client will be deleted. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateToDelete?: Maybe<Scalars['DateTime']['output']>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** User that last modified this client. */
  modifiedBy?: Maybe<DomainEntityRef>;
  /** The name of the OAuth client. */
  name?: Maybe<Scalars['String']['output']>;
  /** The oauth client's organization. */
  organization?: Maybe<NamedEntity>;
  /** Set of roles and their corresponding divisions associated with this client. Roles and divisions only apply to clients using the client_credential grant. */
  roleDivisions?: Maybe<Array<RoleDivision>>;
  /** The scope requested by this client. Scopes only apply to clients not using the client_credential grant. */
  scope?: Maybe<Array<Scalars['String']['output']>>;
  /** The state of the OAuth client. Active: The OAuth client can be used to create access tokens. This is the default state. Disabled: Access tokens created by the client are invalid and new ones cannot be created. Inactive: Access tokens cannot be created with this OAuth client and it will be deleted. */
  state?: Maybe<OrgOAuthClientState>;
};

/** The state of an OAuth client. */
export type OrgOAuthClientState =
  | 'active'
  | 'disabled'
  | 'inactive';

/** A user together with their organization (the creator of a trust). */
export type OrgUser = {
  __typename?: 'OrgUser';
  /** Whether ACD conversations are answered automatically for the user (upstream: acd auto answer). */
  acdAutoAnswer?: Maybe<Scalars['Boolean']['output']>;
  /** Email addresses and phone numbers for this user. */
  addresses?: Maybe<Array<Contact>>;
  /** Roles and permissions assigned to the user. */
  authorization?: Maybe<UserAuthorization>;
  /** The user's biography. */
  biography?: Maybe<Biography>;
  /** The user's certifications. */
  certifications?: Maybe<Array<Scalars['String']['output']>>;
  /** The user's chat (XMPP) identity. */
  chat?: Maybe<Chat>;
  /** Summary of conversion statistics for conversation types. */
  conversationSummary?: Maybe<UserConversationSummary>;
  /** The last time the user logged in using username and password. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateLastLogin?: Maybe<Scalars['DateTime']['output']>;
  /** The date & time the user was sent their welcome email. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateWelcomeSent?: Maybe<Scalars['DateTime']['output']>;
  /** The user's department. */
  department?: Maybe<Scalars['String']['output']>;
  /** The division to which this entity belongs. */
  division?: Maybe<Division>;
  /** The user's email address. */
  email?: Maybe<Scalars['String']['output']>;
  /** The user's employment details. */
  employerInfo?: Maybe<EmployerInfo>;
  /** Current geolocation position. */
  geolocation?: Maybe<Geolocation>;
  /** The groups the user is a member of. */
  groups?: Maybe<Array<Group>>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The user's profile images. */
  images?: Maybe<Array<Image>>;
  /** Integration presence. */
  integrationPresence?: Maybe<UserPresence>;
  /** The language the user prefers. */
  languagePreference?: Maybe<Scalars['String']['output']>;
  /** Routing (ACD) languages possessed by the user. */
  languages?: Maybe<Array<UserRoutingLanguage>>;
  /** When the last OAuth token was issued to the user. */
  lastTokenIssued?: Maybe<OAuthLastTokenIssued>;
  /** The user placement at each site location. */
  locations?: Maybe<Array<Location>>;
  /** The user's manager (a reference, as sent upstream). */
  manager?: Maybe<User>;
  /** The user's full name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The user's organization. */
  organization?: Maybe<Organization>;
  /** Determine if out of office is enabled. */
  outOfOffice?: Maybe<OutOfOffice>;
  /** Preferred full name of the agent. */
  preferredName?: Maybe<Scalars['String']['output']>;
  /** Active presence. */
  presence?: Maybe<UserPresence>;
  /** Auto populated from addresses. */
  primaryContactInfo?: Maybe<Array<Contact>>;
  /** Profile skills possessed by the user. */
  profileSkills?: Maybe<Array<Scalars['String']['output']>>;
  /** ACD routing status. */
  routingStatus?: Maybe<RoutingStatus>;
  /** Routing (ACD) skills possessed by the user. */
  skills?: Maybe<Array<UserRoutingSkill>>;
  /** The current state for this user. */
  state?: Maybe<UserState>;
  /** Effective, default, and last station information. */
  station?: Maybe<UserStations>;
  /** The team the user is a member of. */
  team?: Maybe<Team>;
  /** The user's job title. */
  title?: Maybe<Scalars['String']['output']>;
  /** The user's login name. */
  username?: Maybe<Scalars['String']['output']>;
  /** Required when updating a user, this value should be the current version of the user. The current version can be obtained with a GET on the user before doing a PATCH. */
  version?: Maybe<Scalars['Int']['output']>;
  /** The WFM work plan bid rank settings for the user. */
  workPlanBidRanks?: Maybe<WorkPlanBidRanks>;
};

/** A Genesys Cloud organization. */
export type Organization = {
  __typename?: 'Organization';
  /** The default country code for this organization. Example: 'US'. */
  defaultCountryCode?: Maybe<Scalars['String']['output']>;
  /** The default language for this organization. Example: 'en'. */
  defaultLanguage?: Maybe<Scalars['String']['output']>;
  /** The id of the default site. */
  defaultSiteId?: Maybe<Scalars['String']['output']>;
  /** The organization domain. */
  domain?: Maybe<Scalars['String']['output']>;
  /** The state of features available for the organization. Free-form JSON (upstream type map<string,boolean>). */
  features?: Maybe<Scalars['JSON']['output']>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The organization name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Organizations Originating Platform. */
  productPlatform?: Maybe<OrganizationProductPlatform>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The current state. Examples are active, inactive, deleted. */
  state?: Maybe<EntityState>;
  /** Email address where support tickets are sent to. */
  supportURI?: Maybe<Scalars['String']['output']>;
  /** The short name for the organization. This field is globally unique and cannot be changed. */
  thirdPartyOrgName?: Maybe<Scalars['String']['output']>;
  /** The third-party URI of the organization. */
  thirdPartyURI?: Maybe<Scalars['String']['output']>;
  /** The current version of the organization. */
  version?: Maybe<Scalars['Int']['output']>;
  /** Whether voicemail is enabled. */
  voicemailEnabled?: Maybe<Scalars['Boolean']['output']>;
};

/** A presence definition of the organization. */
export type OrganizationPresence = {
  __typename?: 'OrganizationPresence';
  /** The user who created the presence (a reference, as sent upstream). */
  createdBy?: Maybe<User>;
  /** When the presence was created (ISO-8601). */
  createdDate?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the presence is deactivated. */
  deactivated?: Maybe<Scalars['Boolean']['output']>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The label used for the system presence in each specified language. Free-form JSON (upstream type map<string,string>). */
  languageLabels?: Maybe<Scalars['JSON']['output']>;
  /** The user who last modified the presence (a reference, as sent upstream). */
  modifiedBy?: Maybe<User>;
  /** When the presence was last modified (ISO-8601). */
  modifiedDate?: Maybe<Scalars['DateTime']['output']>;
  /** The presence name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Whether this is a primary (system) presence. */
  primary?: Maybe<Scalars['Boolean']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The system presence this presence maps to. */
  systemPresence?: Maybe<Scalars['String']['output']>;
};

/** A (possibly divisioned) presence definition of the organization. */
export type OrganizationPresenceDefinition = {
  __typename?: 'OrganizationPresenceDefinition';
  /** Whether the presence is deactivated. */
  deactivated?: Maybe<Scalars['Boolean']['output']>;
  /** The division of the presence. */
  divisionId?: Maybe<Scalars['String']['output']>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The label used for the definition in each specified language. Free-form JSON (upstream type map<string,string>). */
  languageLabels?: Maybe<Scalars['JSON']['output']>;
  /** The presence name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The system presence this presence maps to. */
  systemPresence?: Maybe<SystemPresence>;
  /** The type of definition. */
  type?: Maybe<OrganizationPresenceDefinitionType>;
};

/** Whether a presence definition is a system or a user-defined one. */
export type OrganizationPresenceDefinitionType =
  | 'System'
  | 'User';

/** The platform an organization originates from. */
export type OrganizationProductPlatform =
  | 'GenesysCloud'
  | 'PureCloud'
  | 'PureConnect'
  | 'PureConnectCloud'
  | 'PureEngage'
  | 'PureEngageCloud'
  | 'Unknown';

/** A user's out-of-office settings. */
export type OutOfOffice = {
  __typename?: 'OutOfOffice';
  /** Whether out of office is currently in effect. */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** When out of office ends (ISO-8601). */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** Whether out of office lasts until it is turned off (no end date). */
  indefinite?: Maybe<Scalars['Boolean']['output']>;
  /** The name of the out-of-office resource. */
  name?: Maybe<Scalars['String']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** When out of office starts (ISO-8601). */
  startDate?: Maybe<Scalars['DateTime']['output']>;
  /** The user this out-of-office setting belongs to (a reference, as sent upstream). */
  user?: Maybe<User>;
};

/** A user's out-of-office settings: the body of PUT /api/v2/users/{userId}/outofoffice (OutOfOffice). */
export type OutOfOfficeInput = {
  /** Whether out of office is in effect. */
  active: Scalars['Boolean']['input'];
  /** When out of office ends (after startDate). */
  endDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** Whether out of office lasts until it is turned off; otherwise an active setting needs startDate and endDate. */
  indefinite?: InputMaybe<Scalars['Boolean']['input']>;
  /** When out of office starts. */
  startDate?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The result of setting a user's out-of-office settings; select `user { id outOfOffice { … } }` to update the user in a cache. */
export type OutOfOfficePayload = {
  __typename?: 'OutOfOfficePayload';
  /** The settings as the upstream returned them; null if the upstream answered without a body. */
  outOfOffice?: Maybe<OutOfOffice>;
  /** The user, read again after the write. Wraps GET /api/v2/users/{userId} (ids batched) when more than its id is selected. */
  user?: Maybe<User>;
  /** The id of the user the write changed. */
  userId: Scalars['ID']['output'];
};

/** Where a connection's page is (Relay cursor connections). Exact: `hasNextPage` comes from the upstream's total, `hasPreviousPage` is true past the first item. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge (pass it as `after` for the next page); null when there are no edges. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede the first edge. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge; null when there are no edges. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Page size and number for the details query. */
export type PagingSpecInput = {
  /** How many pages in. */
  pageNumber: Scalars['Int']['input'];
  /** How many results per page. */
  pageSize: Scalars['Int']['input'];
};

/** One user of a bulk auto-answer update: an element of the body of PATCH /api/v2/users/bulk (PatchUser). */
export type PatchUserInput = {
  /** Whether ACD conversations are answered automatically for the user. */
  acdAutoAnswer: Scalars['Boolean']['input'];
  /** The user's id (a UUID). */
  id: Scalars['ID']['input'];
};

/** A reference to a presence definition. */
export type PresenceDefinition = {
  __typename?: 'PresenceDefinition';
  /** The id of the presence definition. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The system presence this presence maps to. */
  systemPresence?: Maybe<Scalars['String']['output']>;
};

/** Response of the user aggregates analytics query (seed-era model). */
export type PresenceQueryResponse = {
  __typename?: 'PresenceQueryResponse';
  /** The aggregate results, one entry per group. */
  results?: Maybe<Array<AggregateDataContainer>>;
  /** A mapping from system presence to a list of organization presence ids. Free-form JSON (upstream type map<string,array<string>>). */
  systemToOrganizationMappings?: Maybe<Scalars['JSON']['output']>;
};

/** The result of setting a user's profile skills; select `user { id profileSkills }` to update the user in a cache. */
export type ProfileSkillsPayload = {
  __typename?: 'ProfileSkillsPayload';
  /** The user's profile skills as the upstream returned them. */
  profileSkills: Array<Scalars['String']['output']>;
  /** The user, read again after the write. Wraps GET /api/v2/users/{userId} (ids batched) when more than its id is selected. */
  user?: Maybe<User>;
  /** The id of the user the write changed. */
  userId: Scalars['ID']['output'];
};

/** Read access to the Genesys Cloud Platform API v2 Users endpoints. Every field that calls an upstream route names it in its description (Wraps METHOD /route). */
export type Query = {
  __typename?: 'Query';
  /** The field configuration of one entity type. Wraps GET /api/v2/fieldconfig (deprecated upstream). */
  fieldConfig?: Maybe<FieldConfig>;
  /** The caller as a User. Wraps GET /api/v2/users/me (the caller as a User, the normalised entity). Fails with a client-credentials token. */
  me?: Maybe<User>;
  /** The caller with the organization-wide details only /me offers. Wraps GET /api/v2/users/me with the me-only expands (each field below names its expand). */
  meDetails?: Maybe<UserMe>;
  /** Refetches an object by its global id (Relay). User ids load through the same by-id loader as `user`, `manager` and `_entities`, batched with them. Wraps GET /api/v2/users (ids batched, at most 100 a call). Null when no object has the id (including ids of other types). */
  node?: Maybe<Node>;
  /** Refetches several objects by global id, in the order given (null where none has the id): ceil(n/100) bulk calls for n user ids. Wraps GET /api/v2/users (ids batched, at most 100 a call). */
  nodes: Array<Maybe<Node>>;
  /** Search users. Wraps POST /api/v2/users/search. The request is sent as given, so the page tokens of the answer (currentQ64, nextQ64, …) replay exactly it; list the search expand values you want embedded in `request.expand` (their fields then cost nothing more), other User fields of the results load by id in one bulk call per page. */
  searchUsers: UsersSearchResponse;
  /** Replay a previous search page by its q64 token (see UsersSearchResponse.nextQ64), as is. Wraps GET /api/v2/users/search */
  searchUsersByQ64: UsersSearchResponse;
  /** A user search as a Relay cursor connection (beside the offset `searchUsers`): one upstream page per request. Wraps POST /api/v2/users/search */
  searchUsersConnection: UserConnection;
  /** A user by id. Wraps GET /api/v2/users/{userId} (one id) / GET /api/v2/users (ids batched). Null without an error when the user does not exist in that state (404); any other failure is an error on this field. */
  user?: Maybe<User>;
  /** User presence and routing-status aggregates. Wraps POST /api/v2/analytics/users/aggregates/query */
  userAggregates?: Maybe<PresenceQueryResponse>;
  /** User presence and routing-status details. Wraps POST /api/v2/analytics/users/details/query */
  userDetails?: Maybe<AnalyticsUserDetailsQueryResponse>;
  /** Current user observations. Wraps POST /api/v2/analytics/users/observations/query */
  userObservations?: Maybe<ObservationQueryResponse>;
  /** One page of user profiles. Wraps GET /api/v2/profiles/users (deprecated upstream; use users), with the expands the selection under `entities { expands }` names. */
  userProfiles: UserProfileEntityListing;
  /** One page of users. Wraps GET /api/v2/users */
  users: UserEntityListing;
  /** The users listing as a Relay cursor connection (beside the offset `users`): one upstream page per request. Wraps GET /api/v2/users */
  usersConnection: UserConnection;
};


/** Read access to the Genesys Cloud Platform API v2 Users endpoints. Every field that calls an upstream route names it in its description (Wraps METHOD /route). */
export type QueryFieldConfigArgs = {
  type: FieldConfigType;
};


/** Read access to the Genesys Cloud Platform API v2 Users endpoints. Every field that calls an upstream route names it in its description (Wraps METHOD /route). */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read access to the Genesys Cloud Platform API v2 Users endpoints. Every field that calls an upstream route names it in its description (Wraps METHOD /route). */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Read access to the Genesys Cloud Platform API v2 Users endpoints. Every field that calls an upstream route names it in its description (Wraps METHOD /route). */
export type QuerySearchUsersArgs = {
  request: UserSearchRequestInput;
};


/** Read access to the Genesys Cloud Platform API v2 Users endpoints. Every field that calls an upstream route names it in its description (Wraps METHOD /route). */
export type QuerySearchUsersByQ64Args = {
  q64: Scalars['String']['input'];
};


/** Read access to the Genesys Cloud Platform API v2 Users endpoints. Every field that calls an upstream route names it in its description (Wraps METHOD /route). */
export type QuerySearchUsersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  request: UserSearchRequestInput;
};


/** Read access to the Genesys Cloud Platform API v2 Users endpoints. Every field that calls an upstream route names it in its description (Wraps METHOD /route). */
export type QueryUserArgs = {
  id: Scalars['ID']['input'];
  state?: InputMaybe<UserLookupState>;
};


/** Read access to the Genesys Cloud Platform API v2 Users endpoints. Every field that calls an upstream route names it in its description (Wraps METHOD /route). */
export type QueryUserAggregatesArgs = {
  query: AggregationQueryInput;
};


/** Read access to the Genesys Cloud Platform API v2 Users endpoints. Every field that calls an upstream route names it in its description (Wraps METHOD /route). */
export type QueryUserDetailsArgs = {
  query: UserDetailsQueryInput;
};


/** Read access to the Genesys Cloud Platform API v2 Users endpoints. Every field that calls an upstream route names it in its description (Wraps METHOD /route). */
export type QueryUserObservationsArgs = {
  query: ObservationQueryInput;
};


/** Read access to the Genesys Cloud Platform API v2 Users endpoints. Every field that calls an upstream route names it in its description (Wraps METHOD /route). */
export type QueryUserProfilesArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  jids?: InputMaybe<Array<Scalars['String']['input']>>;
  pageNumber?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
  state?: InputMaybe<UserProfileState>;
};


/** Read access to the Genesys Cloud Platform API v2 Users endpoints. Every field that calls an upstream route names it in its description (Wraps METHOD /route). */
export type QueryUsersArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  pageNumber?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
  state?: InputMaybe<UserListState>;
};


/** Read access to the Genesys Cloud Platform API v2 Users endpoints. Every field that calls an upstream route names it in its description (Wraps METHOD /route). */
export type QueryUsersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
  state?: InputMaybe<UserListState>;
};

/** An email address of a queue, with its inbound route. */
export type QueueEmailAddress = {
  __typename?: 'QueueEmailAddress';
  /** The email domain. */
  domain?: Maybe<DomainEntityRef>;
  /** The inbound route of the address. */
  route?: Maybe<InboundRoute>;
};

/** A queue, in full (used by resource conditions). Federation: an entity stub, `@key(fields: "id", resolvable: false)`: the Users API cannot fetch a queue by id, so the subgraph that owns queues resolves it and adds its own fields; this subgraph only returns the copies the Users API embeds. */
export type QueueFullReference = {
  __typename?: 'QueueFullReference';
  /** The ACW settings for the queue. */
  acwSettings?: Maybe<AcwSettings>;
  /** The Agent Owned Routing settings for the queue. */
  agentOwnedRouting?: Maybe<AgentOwnedRouting>;
  /** Specifies whether the configured whisper should play for all ACD calls, or only for those which are auto-answered. */
  autoAnswerOnly?: Maybe<Scalars['Boolean']['output']>;
  /** The bullseye settings for the queue. */
  bullseye?: Maybe<Bullseye>;
  /** The name to use for caller identification for outbound calls from this queue. */
  callingPartyName?: Maybe<Scalars['String']['output']>;
  /** The phone number to use for caller identification for outbound calls from this queue. */
  callingPartyNumber?: Maybe<Scalars['String']['output']>;
  /** Canned response library IDs and mode with which they are associated with the queue. */
  cannedResponseLibraries?: Maybe<CannedResponseLibraries>;
  /** The Conditional Group Activation settings for the queue. */
  conditionalGroupActivation?: Maybe<ConditionalGroupActivation>;
  /** The Conditional Group Routing settings for the queue. */
  conditionalGroupRouting?: Maybe<ConditionalGroupRouting>;
  /** The ID of the user that created the queue. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The date the queue was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateCreated?: Maybe<Scalars['DateTime']['output']>;
  /** The date of the last modification to the queue. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateModified?: Maybe<Scalars['DateTime']['output']>;
  /** The default media language of the queue. Present in the npm SDK typings only; treat as unstable. */
  defaultMediaLanguage?: Maybe<Scalars['String']['output']>;
  /** The default script Ids for the communication types. Free-form JSON (upstream type map<string,Script>). */
  defaultScripts?: Maybe<Scalars['JSON']['output']>;
  /** The queue description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The Direct Routing settings for the queue. */
  directRouting?: Maybe<DirectRouting>;
  /** The division to which this entity belongs. */
  division?: Maybe<Division>;
  /** The in-queue flow to use for email conversations waiting in queue. */
  emailInQueueFlow?: Maybe<DomainEntityRef>;
  /** Indicates whether audio monitoring is enabled for this queue. */
  enableAudioMonitoring?: Maybe<Scalars['Boolean']['output']>;
  /** Indicates whether manual assignment is enabled for this queue. */
  enableManualAssignment?: Maybe<Scalars['Boolean']['output']>;
  /** Indicates whether voice transcription is enabled for this queue. */
  enableTranscription?: Maybe<Scalars['Boolean']['output']>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The number of joined members in the queue. */
  joinedMemberCount?: Maybe<Scalars['Int']['output']>;
  /** The Last Agent Routing Mode for the queue. */
  lastAgentRoutingMode?: Maybe<QueueLastAgentRoutingMode>;
  /** The media settings for the queue. */
  mediaSettings?: Maybe<QueueMediaSettings>;
  /** The total number of members in the queue. */
  memberCount?: Maybe<Scalars['Int']['output']>;
  /** The groups of agents associated with the queue, if any. Queue membership will update to match group membership changes. */
  memberGroups?: Maybe<Array<MemberGroup>>;
  /** The in-queue flow to use for message conversations waiting in queue. */
  messageInQueueFlow?: Maybe<DomainEntityRef>;
  /** The ID of the user that last modified the queue. */
  modifiedBy?: Maybe<Scalars['String']['output']>;
  /** The queue name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The audio to be played when calls on this queue are on hold. If not configured, the default on-hold music will play. */
  onHoldPrompt?: Maybe<DomainEntityRef>;
  /** The default email address to use for outbound email from this queue. */
  outboundEmailAddress?: Maybe<QueueEmailAddress>;
  /** The messaging addresses for the queue. */
  outboundMessagingAddresses?: Maybe<QueueMessagingAddresses>;
  /** The ID of an associated external queue. */
  peerId?: Maybe<Scalars['String']['output']>;
  /** The in-queue flow to use for call conversations waiting in queue. */
  queueFlow?: Maybe<DomainEntityRef>;
  /** The routing rules for the queue, used for Preferred Agent Routing. */
  routingRules?: Maybe<Array<RoutingRule>>;
  /** The Scoring Method for the queue. */
  scoringMethod?: Maybe<QueueScoringMethod>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The skill evaluation method to use when routing conversations. */
  skillEvaluationMethod?: Maybe<QueueSkillEvaluationMethod>;
  /** Indicates whether recording in-queue calls is suppressed for this queue. */
  suppressInQueueCallRecording?: Maybe<Scalars['Boolean']['output']>;
  /** The number of user members (i.e., non-group members) in the queue. */
  userMemberCount?: Maybe<Scalars['Int']['output']>;
  /** The prompt used for whisper on the queue, if configured. */
  whisperPrompt?: Maybe<DomainEntityRef>;
};

/** The last-agent routing mode of a queue. */
export type QueueLastAgentRoutingMode =
  | 'AnyAgent'
  | 'Disabled'
  | 'QueueMembersOnly';

/** Media settings of a queue, per media type. */
export type QueueMediaSettings = {
  __typename?: 'QueueMediaSettings';
  /** The queue media settings for call interactions. */
  call?: Maybe<MediaSettings>;
  /** The queue media settings for callback interactions. */
  callback?: Maybe<CallbackMediaSettings>;
  /** The queue media settings for chat interactions. */
  chat?: Maybe<MediaSettings>;
  /** The queue media settings for email interactions. */
  email?: Maybe<EmailMediaSettings>;
  /** The queue media settings for message interactions. */
  message?: Maybe<MessageMediaSettings>;
};

/** Outbound messaging addresses of a queue. */
export type QueueMessagingAddresses = {
  __typename?: 'QueueMessagingAddresses';
  /** The Open Messaging recipient. */
  openMessagingRecipient?: Maybe<DomainEntityRef>;
  /** The SMS address. */
  smsAddress?: Maybe<DomainEntityRef>;
  /** The WhatsApp recipient. */
  whatsAppRecipient?: Maybe<DomainEntityRef>;
};

/** How a queue scores conversations. */
export type QueueScoringMethod =
  | 'PriorityOnly'
  | 'TimestampAndPriority';

/** How a queue evaluates skills when routing. */
export type QueueSkillEvaluationMethod =
  | 'ALL'
  | 'BEST'
  | 'NONE';

/** The result of removing a routing language from a user (the upstream answers with no body). */
export type RemoveUserRoutingLanguagePayload = {
  __typename?: 'RemoveUserRoutingLanguagePayload';
  /** The id of the routing language removed from the user. */
  removedLanguageId: Scalars['ID']['output'];
  /** The user, read again after the write; select `user { id languages { … } }` to refresh the user's list in a cache. Wraps GET /api/v2/users/{userId} (ids batched) when more than its id is selected. */
  user?: Maybe<User>;
  /** The id of the user the write changed. */
  userId: Scalars['ID']['output'];
};

/** The result of removing a routing skill from a user (the upstream answers with no body). */
export type RemoveUserRoutingSkillPayload = {
  __typename?: 'RemoveUserRoutingSkillPayload';
  /** The id of the routing skill removed from the user. */
  removedSkillId: Scalars['ID']['output'];
  /** The user, read again after the write; select `user { id skills { … } }` to refresh the user's list in a cache. Wraps GET /api/v2/users/{userId} (ids batched) when more than its id is selected. */
  user?: Maybe<User>;
  /** The id of the user the write changed. */
  userId: Scalars['ID']['output'];
};

/** How the terms of a resource condition combine. */
export type ResourceConditionConjunction =
  | 'AND'
  | 'OR';

/** A node of the resource condition tree of a permission policy. */
export type ResourceConditionNode = {
  __typename?: 'ResourceConditionNode';
  /** How the terms combine. */
  conjunction?: Maybe<ResourceConditionConjunction>;
  /** The values compared with the variable. */
  operands?: Maybe<Array<ResourceConditionValue>>;
  /** The comparison operator. */
  operator?: Maybe<ResourceConditionOperator>;
  /** Nested condition nodes. */
  terms?: Maybe<Array<ResourceConditionNode>>;
  /** The variable the condition tests. */
  variableName?: Maybe<Scalars['String']['output']>;
};

/** The comparison operator of a resource condition. */
export type ResourceConditionOperator =
  | 'EQ'
  | 'GE'
  | 'GT'
  | 'IN'
  | 'LE'
  | 'LT';

/** An operand of a resource condition. */
export type ResourceConditionValue = {
  __typename?: 'ResourceConditionValue';
  /** The kind of operand. */
  type?: Maybe<ResourceConditionValueType>;
  /** The operand value. */
  value?: Maybe<Scalars['String']['output']>;
};

/** The kind of a resource condition operand. */
export type ResourceConditionValueType =
  | 'QUEUE'
  | 'SCALAR'
  | 'TEAM'
  | 'USER'
  | 'VARIABLE';

/** A permission policy that applies to a user through their roles. */
export type ResourcePermissionPolicy = {
  __typename?: 'ResourcePermissionPolicy';
  /** The actions the policy grants. */
  actionSet?: Maybe<Array<Scalars['String']['output']>>;
  /** The key of the action set. */
  actionSetKey?: Maybe<Scalars['String']['output']>;
  /** Whether the policy may carry resource conditions. */
  allowConditions?: Maybe<Scalars['Boolean']['output']>;
  /** The permission domain. */
  domain?: Maybe<Scalars['String']['output']>;
  /** The entity the policy is about. */
  entityName?: Maybe<Scalars['String']['output']>;
  /** The policy id. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The named resources the policy is limited to. */
  namedResources?: Maybe<Array<Scalars['String']['output']>>;
  /** The policy description. */
  policyDescription?: Maybe<Scalars['String']['output']>;
  /** The policy name. */
  policyName?: Maybe<Scalars['String']['output']>;
  /** The resource condition of the policy, as an expression string. */
  resourceCondition?: Maybe<Scalars['String']['output']>;
  /** The resource condition of the policy. */
  resourceConditionNode?: Maybe<ResourceConditionNode>;
};

/** One ring of a bullseye. */
export type Ring = {
  __typename?: 'Ring';
  /** The actions that will be performed just before moving conversations to the next bullseye ring. */
  actions?: Maybe<Actions>;
  /** The conditions that will trigger conversations to move to the next bullseye ring. */
  expansionCriteria?: Maybe<Array<ExpansionCriterium>>;
  /** The groups of agents associated with the ring, if any. Ring membership will update to match group membership changes. */
  memberGroups?: Maybe<Array<MemberGroup>>;
};

/** A role granted in a division. */
export type RoleDivision = {
  __typename?: 'RoleDivision';
  /** Division associated with the given role which forms a grant. */
  divisionId?: Maybe<Scalars['String']['output']>;
  /** Role to be associated with the given division which forms a grant. */
  roleId?: Maybe<Scalars['String']['output']>;
};

/** A preferred-agent routing rule of a queue. */
export type RoutingRule = {
  __typename?: 'RoutingRule';
  /** matching operator. MEETS_THRESHOLD matches any agent with a score at or above the rule's threshold. ANY matches all specified agents, regardless of score. */
  operator?: Maybe<RoutingRuleOperator>;
  /** threshold required for routing attempt (generally an agent score). may be null for operator ANY. */
  threshold?: Maybe<Scalars['Int']['output']>;
  /** seconds to wait in this rule before moving to the next. */
  waitSeconds?: Maybe<Scalars['Float']['output']>;
};

/** The operator of a preferred-agent routing rule. */
export type RoutingRuleOperator =
  | 'ANY'
  | 'MEETS_THRESHOLD';

/** A routing skill of the organization: the skill itself (reached through `UserMe.routingSkills`). Federation: an entity stub, `@key(fields: "id", resolvable: false)`: the Users API cannot fetch a skill by id, so the subgraph that owns skills resolves it and adds its own fields; this subgraph only returns the copies the Users API embeds. */
export type RoutingSkill = {
  __typename?: 'RoutingSkill';
  /** Date last modified. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateModified?: Maybe<Scalars['DateTime']['output']>;
  /** The id of the division this skill belongs to. */
  division?: Maybe<Division>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The name of the skill. */
  name?: Maybe<Scalars['String']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The current state for this skill. */
  state?: Maybe<EntityState>;
  /** Required when updating. Version must be the current version. Only the system can assign version. */
  version?: Maybe<Scalars['String']['output']>;
};

/** A user's ACD routing status. */
export type RoutingStatus = {
  __typename?: 'RoutingStatus';
  /** The timestamp when the agent went into this state. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  startTime?: Maybe<Scalars['DateTime']['output']>;
  /** Indicates the Routing State of the agent. A value of OFF_QUEUE will be returned if the specified user does not exist. */
  status?: Maybe<RoutingStatusValue>;
  /** The userId of the agent. */
  userId?: Maybe<Scalars['String']['output']>;
};

/** A routing status to set: the body of PUT /api/v2/users/{userId}/routingstatus (RoutingStatus). */
export type RoutingStatusInput = {
  /** The routing state to put the agent in. */
  status: RoutingStatusValue;
};

/** The result of setting a user's routing status. RoutingStatus has no id of its own: select `user { id routingStatus { … } }` to update the user in a cache. */
export type RoutingStatusPayload = {
  __typename?: 'RoutingStatusPayload';
  /** The routing status as the upstream returned it; null if the upstream answered without a body. */
  routingStatus?: Maybe<RoutingStatus>;
  /** The user, read again after the write. Wraps GET /api/v2/users/{userId} (ids batched) when more than its id is selected. */
  user?: Maybe<User>;
  /** The id of the user the write changed. */
  userId: Scalars['ID']['output'];
};

/** An ACD routing status of an agent. */
export type RoutingStatusValue =
  | 'COMMUNICATING'
  | 'IDLE'
  | 'INTERACTING'
  | 'NOT_RESPONDING'
  | 'OFF_QUEUE';

/** One sort key of a search. */
export type SearchSortInput = {
  /** The field in the resource that you want to sort the results by. */
  sortBy?: InputMaybe<Scalars['String']['input']>;
  /** The sort order for results. */
  sortOrder?: InputMaybe<SearchSortOrder>;
};

/** The sort order of search results. */
export type SearchSortOrder =
  | 'ASC'
  | 'DESC'
  | 'SCORE';

/** A section of a field configuration. */
export type Section = {
  __typename?: 'Section';
  /** The fields of the section. */
  fieldList?: Maybe<Array<FieldList>>;
  /** Instructions shown with the section. */
  instructionText?: Maybe<Scalars['String']['output']>;
  /** The section key. */
  key?: Maybe<Scalars['String']['output']>;
  /** The section state. */
  state?: Maybe<Scalars['String']['output']>;
};

/** The Genesys Cloud system date and time. */
export type ServerDate = {
  __typename?: 'ServerDate';
  /** The current server date and time (ISO-8601). */
  currentDate?: Maybe<Scalars['DateTime']['output']>;
};

/** A service level target. */
export type ServiceLevel = {
  __typename?: 'ServiceLevel';
  /** Service Level target in milliseconds. */
  durationMs?: Maybe<Scalars['SafeInt']['output']>;
  /** The desired Service Level. A value between 0 and 1. */
  percentage?: Maybe<Scalars['Float']['output']>;
};

/** The email signature settings of an inbound route. */
export type Signature = {
  __typename?: 'Signature';
  /** A toggle that defines if a signature is always included or only set on the first email in an email chain. */
  alwaysIncluded?: Maybe<Scalars['Boolean']['output']>;
  /** The identifier referring to an email signature canned response. */
  cannedResponseId?: Maybe<Scalars['String']['output']>;
  /** A toggle to enable the signature on email send. */
  enabled?: Maybe<Scalars['Boolean']['output']>;
  /** The configuration to indicate when the signature of a conversation has to be included. */
  inclusionType?: Maybe<SignatureInclusionType>;
};

/** When an email signature is included. */
export type SignatureInclusionType =
  | 'Draft'
  | 'Send'
  | 'SendOnce';

/** A skill a bullseye ring removes from the conversation. */
export type SkillsToRemove = {
  __typename?: 'SkillsToRemove';
  /** The skill id. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The skill name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The URI of the skill. */
  selfUri?: Maybe<Scalars['String']['output']>;
};

/** The sort order of a paged listing (the sortOrder query parameter of the Users API listings). */
export type SortOrder =
  | 'ascending'
  | 'descending';

/** The statistics of one interval of an aggregate result. */
export type StatisticalResponse = {
  __typename?: 'StatisticalResponse';
  /** The interval of these statistics (ISO-8601 interval). */
  interval?: Maybe<Scalars['String']['output']>;
  /** The metric statistics. */
  metrics?: Maybe<Array<AggregateMetricData>>;
  /** The view statistics. */
  views?: Maybe<Array<AggregateViewData>>;
};

/** Statistics of one metric. */
export type StatisticalSummary = {
  __typename?: 'StatisticalSummary';
  /** The calculated value of the metric. */
  calculatedMetricValue?: Maybe<Scalars['SafeInt']['output']>;
  /** The number of values. */
  count?: Maybe<Scalars['SafeInt']['output']>;
  /** The number of negative values. */
  countNegative?: Maybe<Scalars['SafeInt']['output']>;
  /** The number of positive values. */
  countPositive?: Maybe<Scalars['SafeInt']['output']>;
  /** The current value (observations). */
  current?: Maybe<Scalars['Float']['output']>;
  /** The denominator of a ratio. */
  denominator?: Maybe<Scalars['Float']['output']>;
  /** The largest value. */
  max?: Maybe<Scalars['Float']['output']>;
  /** The smallest value. */
  min?: Maybe<Scalars['Float']['output']>;
  /** The numerator of a ratio. */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** The 95th percentile. */
  p95?: Maybe<Scalars['SafeInt']['output']>;
  /** The 99th percentile. */
  p99?: Maybe<Scalars['SafeInt']['output']>;
  /** The ratio numerator / denominator. */
  ratio?: Maybe<Scalars['Float']['output']>;
  /** The sum of the values. */
  sum?: Maybe<Scalars['Float']['output']>;
  /** The target value. */
  target?: Maybe<Scalars['Float']['output']>;
};

/** Live changes of users, pushed as Genesys Cloud reports them. Upstream, one notification channel per identity (token or OAuth client) carries every topic its clients need; a gateway-side gap (reconnect) ends with a fresh value for every topic, marked `resynced`. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Out-of-office changes of these users (topic v2.users.{id}.outofoffice). */
  userOutOfOfficeChanged: UserOutOfOfficeEvent;
  /** Presence changes of these users (topic v2.users.{id}.presence). 1 to LIVE_MAX_USERS_PER_SUBSCRIPTION ids; an unknown id never fires. */
  userPresenceChanged: UserPresenceEvent;
  /** Routing status changes of these users (topic v2.users.{id}.routingStatus). */
  userRoutingStatusChanged: UserRoutingStatusEvent;
  /** Station association changes of these users (topic v2.users.{id}.station). */
  userStationChanged: UserStationEvent;
};


/** Live changes of users, pushed as Genesys Cloud reports them. Upstream, one notification channel per identity (token or OAuth client) carries every topic its clients need; a gateway-side gap (reconnect) ends with a fresh value for every topic, marked `resynced`. */
export type SubscriptionUserOutOfOfficeChangedArgs = {
  userIds: Array<Scalars['ID']['input']>;
};


/** Live changes of users, pushed as Genesys Cloud reports them. Upstream, one notification channel per identity (token or OAuth client) carries every topic its clients need; a gateway-side gap (reconnect) ends with a fresh value for every topic, marked `resynced`. */
export type SubscriptionUserPresenceChangedArgs = {
  userIds: Array<Scalars['ID']['input']>;
};


/** Live changes of users, pushed as Genesys Cloud reports them. Upstream, one notification channel per identity (token or OAuth client) carries every topic its clients need; a gateway-side gap (reconnect) ends with a fresh value for every topic, marked `resynced`. */
export type SubscriptionUserRoutingStatusChangedArgs = {
  userIds: Array<Scalars['ID']['input']>;
};


/** Live changes of users, pushed as Genesys Cloud reports them. Upstream, one notification channel per identity (token or OAuth client) carries every topic its clients need; a gateway-side gap (reconnect) ends with a fresh value for every topic, marked `resynced`. */
export type SubscriptionUserStationChangedArgs = {
  userIds: Array<Scalars['ID']['input']>;
};

/** A system presence of a presence definition. */
export type SystemPresence =
  | 'Available'
  | 'Away'
  | 'Break'
  | 'Busy'
  | 'Idle'
  | 'Meal'
  | 'Meeting'
  | 'Offline'
  | 'OnQueue'
  | 'Training';

/** A team of users. */
export type Team = {
  __typename?: 'Team';
  /** Last modified datetime. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateCreated?: Maybe<Scalars['DateTime']['output']>;
  /** Last modified datetime. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateModified?: Maybe<Scalars['DateTime']['output']>;
  /** Team information. */
  description?: Maybe<Scalars['String']['output']>;
  /** The division to which this entity belongs. */
  division?: Maybe<WritableDivision>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** Number of members in a team. */
  memberCount?: Maybe<Scalars['SafeInt']['output']>;
  /** The team name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
};

/** A team, in full (used by resource conditions). */
export type TeamFullReference = {
  __typename?: 'TeamFullReference';
  /** Last modified datetime. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateCreated?: Maybe<Scalars['DateTime']['output']>;
  /** Last modified datetime. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateModified?: Maybe<Scalars['DateTime']['output']>;
  /** Team information. */
  description?: Maybe<Scalars['String']['output']>;
  /** The division to which this entity belongs. */
  division?: Maybe<WritableDivision>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** Number of members in a team. */
  memberCount?: Maybe<Scalars['SafeInt']['output']>;
  /** The team name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
};

/** Information about the OAuth token of the current request. */
export type TokenInfo = {
  __typename?: 'TokenInfo';
  /** The OAuth client of the token. */
  OAuthClient?: Maybe<OrgOAuthClient>;
  /** The list of scopes authorized for the OAuth client. */
  authorizedScope?: Maybe<Array<Scalars['String']['output']>>;
  /** Only present when a user is a clone of trustee user in the trustor org. */
  clonedUser?: Maybe<TokenInfoClonedUser>;
  /** Date/Time when token is due to expire. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateTokenIdles?: Maybe<Scalars['DateTime']['output']>;
  /** The token's home organization. */
  homeOrganization?: Maybe<NamedEntity>;
  /** The current organization. */
  organization?: Maybe<NamedEntity>;
};

/** The trustee user this user is a clone of. */
export type TokenInfoClonedUser = {
  __typename?: 'TokenInfoClonedUser';
  /** User id of the original native user. */
  id?: Maybe<Scalars['ID']['output']>;
  /** Organization of the original native user. */
  organization?: Maybe<Entity>;
};

/** What a trustee user may do in the trustor organization. */
export type TrusteeAuthorization = {
  __typename?: 'TrusteeAuthorization';
  /** Permissions that the trustee user has in the trustor organization. */
  permissions?: Maybe<Array<Scalars['String']['output']>>;
};

/** An organization that trusts the user (the user is a trustee there). */
export type Trustor = {
  __typename?: 'Trustor';
  /** Authorization for the trustee user has in this trustor organization. */
  authorization?: Maybe<TrusteeAuthorization>;
  /** User that created trust. */
  createdBy?: Maybe<OrgUser>;
  /** Date Trust was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateCreated?: Maybe<Scalars['DateTime']['output']>;
  /** If disabled no trustee user will have access, even if they were previously added. */
  enabled?: Maybe<Scalars['Boolean']['output']>;
  /** Organization Id for this trust. */
  id?: Maybe<Scalars['ID']['output']>;
  /** Organization associated with this trust. */
  organization?: Maybe<Organization>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
};

/** The organizations that trust a user, as a Relay cursor connection. */
export type TrustorConnection = {
  __typename?: 'TrustorConnection';
  /** The trustors with their cursors. */
  edges: Array<TrustorEdge>;
  /** The trustors alone. */
  nodes: Array<Trustor>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** The number of trustors over all pages. */
  totalCount?: Maybe<Scalars['SafeInt']['output']>;
};

/** A trustor and its cursor. */
export type TrustorEdge = {
  __typename?: 'TrustorEdge';
  /** Pass it as `after` to continue after this trustor. */
  cursor: Scalars['String']['output'];
  /** The trustor. */
  node: Trustor;
};

/** A page of the organizations that trust a user. */
export type TrustorEntityListing = {
  __typename?: 'TrustorEntityListing';
  /** The entries of this page (empty when the upstream omits the field). */
  entities: Array<Trustor>;
  /** The relative URI of the first page. */
  firstUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of the last page. */
  lastUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of the next page; absent on the last page. */
  nextUri?: Maybe<Scalars['String']['output']>;
  /** The number of pages. */
  pageCount?: Maybe<Scalars['Int']['output']>;
  /** The number of this page, starting at 1. */
  pageNumber?: Maybe<Scalars['Int']['output']>;
  /** The page size of this page. */
  pageSize?: Maybe<Scalars['Int']['output']>;
  /** The relative URI of the previous page; absent on the first page. */
  previousUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of this page. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The total number of entries over all pages. */
  total?: Maybe<Scalars['SafeInt']['output']>;
};

/**
 * The fields of a user to change: the body of PATCH /api/v2/users/{userId} (UpdateUser). Only the fields given
 * change; null is the same as leaving a field out, except for `manager`, where null removes the manager.
 */
export type UpdateUserInput = {
  /** Whether ACD conversations are answered automatically for the user. */
  acdAutoAnswer?: InputMaybe<Scalars['Boolean']['input']>;
  /** Email addresses, phone numbers and extensions for this user; one entry per media type and type. Replaces the whole list. */
  addresses?: InputMaybe<Array<ContactInput>>;
  /** The user's biography. */
  biography?: InputMaybe<BiographyInput>;
  /** The user's certifications. Replaces the whole list. */
  certifications?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The user's chat (XMPP) identity. */
  chat?: InputMaybe<ChatInput>;
  /** The user's department. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** The user's email address (at most 255 characters). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The user's employment details. */
  employerInfo?: InputMaybe<EmployerInfoInput>;
  /** The groups the user is a member of. Replaces the whole list. */
  groups?: InputMaybe<Array<GroupReferenceInput>>;
  /** The user's profile images. Replaces the whole list. */
  images?: InputMaybe<Array<ImageInput>>;
  /** The user's placement at site locations. Replaces the whole list. */
  locations?: InputMaybe<Array<LocationInput>>;
  /** The id of the user's manager (a UUID); null removes the manager. */
  manager?: InputMaybe<Scalars['ID']['input']>;
  /** The user's full name (not empty, at most 255 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Preferred full name of the agent. */
  preferredName?: InputMaybe<Scalars['String']['input']>;
  /** Profile skills possessed by the user. Replaces the whole list. */
  profileSkills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Restores a deleted user (active) or moves a user between active and inactive. When given, it must be the only field besides version (the API changes nothing else then). Use deleteUser to delete. */
  state?: InputMaybe<UserState>;
  /** The user's job title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The user's login name (not empty). */
  username?: InputMaybe<Scalars['String']['input']>;
  /** The user's current version (from `User.version`); a stale one gives CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type User = Node & {
  __typename?: 'User';
  /** Whether ACD conversations are answered automatically for the user (upstream: acd auto answer). */
  acdAutoAnswer?: Maybe<Scalars['Boolean']['output']>;
  /** Email addresses and phone numbers for this user. */
  addresses?: Maybe<Array<Contact>>;
  /** Superiors, siblings and direct reports in one call. Wraps GET /api/v2/users/{userId}/adjacents */
  adjacents?: Maybe<Adjacents>;
  /** The user's roles, permissions and permission policies. Wraps GET /api/v2/users/{userId}/roles (same data as expand=authorization on the user fetch). `unusedRoles` has no route of its own: it is read through expand=authorization.unusedRoles, and is null when the upstream leaves that expand out. */
  authorization?: Maybe<UserAuthorization>;
  /** The user's biography. Read through expand=biography on the user fetch (GET /api/v2/users). An expand value of the current API, not of the seed. */
  biography?: Maybe<Biography>;
  /** The user's call forwarding settings. Wraps GET /api/v2/users/{userId}/callforwarding */
  callForwarding?: Maybe<CallForwarding>;
  /** The user's certifications. Read through expand=certifications on the user fetch (GET /api/v2/users). An expand value of the current API, not of the seed. */
  certifications?: Maybe<Array<Scalars['String']['output']>>;
  /** The user's chat (XMPP) identity. */
  chat?: Maybe<Chat>;
  /** Summary of conversion statistics for conversation types. Read through expand=conversationSummary on the user fetch (GET /api/v2/users). */
  conversationSummary?: Maybe<UserConversationSummary>;
  /** The last time the user logged in using username and password. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. Read through expand=dateLastLogin on the user fetch (GET /api/v2/users). An expand value of the current API, not of the seed. */
  dateLastLogin?: Maybe<Scalars['DateTime']['output']>;
  /** The date & time the user was sent their welcome email. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. Read through expand=dateWelcomeSent on the user fetch (GET /api/v2/users). An expand value of the current API, not of the seed. */
  dateWelcomeSent?: Maybe<Scalars['DateTime']['output']>;
  /** The user's department. */
  department?: Maybe<Scalars['String']['output']>;
  /** The direct reports of the user. Wraps GET /api/v2/users/{userId}/directreports */
  directReports?: Maybe<Array<User>>;
  /** The direct reports of the user as a Relay cursor connection (the upstream returns them whole; the window is cut here). Wraps GET /api/v2/users/{userId}/directreports */
  directReportsConnection?: Maybe<UserConnection>;
  /** The division to which this entity belongs. */
  division?: Maybe<Division>;
  /** The user's email address. */
  email?: Maybe<Scalars['String']['output']>;
  /** The user's employment details. Read through expand=employerInfo on the user fetch (GET /api/v2/users). An expand value of the current API, not of the seed. */
  employerInfo?: Maybe<EmployerInfo>;
  /** The user's favorite users, all pages. Wraps GET /api/v2/users/{userId}/favorites (deprecated upstream). */
  favorites?: Maybe<Array<User>>;
  /** The user's favorite users as a Relay cursor connection: one upstream page per request. Wraps GET /api/v2/users/{userId}/favorites (deprecated upstream). */
  favoritesConnection?: Maybe<UserConnection>;
  /** One page of the user's favorite users. Wraps GET /api/v2/users/{userId}/favorites (deprecated upstream). */
  favoritesPage?: Maybe<UserEntityListing>;
  /** The user's geolocation. With clientId: Wraps GET /api/v2/users/{userId}/geolocations/{clientId} (the position one client reported). Null without an error when the user has no geolocation for that client (the route answers 404). Without: the primary geolocation, read through expand=geolocation on the user fetch (GET /api/v2/users). */
  geolocation?: Maybe<Geolocation>;
  /** The groups the user is a member of. Read through expand=groups on the user fetch (GET /api/v2/users). */
  groups?: Maybe<Array<Group>>;
  /** The globally unique identifier for the object. */
  id: Scalars['ID']['output'];
  /** The user's profile images. */
  images?: Maybe<Array<Image>>;
  /** Integration presence. Read through expand=integrationPresence on the user fetch (GET /api/v2/users). An expand value of the current API, not of the seed. */
  integrationPresence?: Maybe<UserPresence>;
  /** The language the user prefers. Read through expand=languagePreference on the user fetch (GET /api/v2/users). An expand value of the current API, not of the seed. */
  languagePreference?: Maybe<Scalars['String']['output']>;
  /** The user's routing languages, all pages. Wraps GET /api/v2/users/{userId}/routinglanguages (fetched page by page). */
  languages?: Maybe<Array<UserRoutingLanguage>>;
  /** The user's routing languages as a Relay cursor connection: one upstream page per request. Wraps GET /api/v2/users/{userId}/routinglanguages */
  languagesConnection?: Maybe<UserRoutingLanguageConnection>;
  /** One page of the user's routing languages. Wraps GET /api/v2/users/{userId}/routinglanguages */
  languagesPage?: Maybe<UserLanguageEntityListing>;
  /** When the last OAuth token was issued to the user. Read through expand=lasttokenissued on the user fetch (GET /api/v2/users). An expand value of the current API, not of the seed. */
  lastTokenIssued?: Maybe<OAuthLastTokenIssued>;
  /** The user placement at each site location. Read through expand=locations on the user fetch (GET /api/v2/users). */
  locations?: Maybe<Array<Location>>;
  /** The user's manager. Wraps GET /api/v2/users/{userId} (one id) or GET /api/v2/users (several ids batched), keyed by the manager id the upstream user carries. Null without an error when the user has no manager or the manager does not exist (404). */
  manager?: Maybe<User>;
  /** The user's full name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The user's out-of-office settings. Wraps GET /api/v2/users/{userId}/outofoffice (same data as expand=outOfOffice on the user fetch). */
  outOfOffice?: Maybe<OutOfOffice>;
  /** Preferred full name of the agent. */
  preferredName?: Maybe<Scalars['String']['output']>;
  /** Active presence. Read through expand=presence on the user fetch (GET /api/v2/users). */
  presence?: Maybe<UserPresence>;
  /** Auto populated from addresses. */
  primaryContactInfo?: Maybe<Array<Contact>>;
  /** The user's profile. Wraps GET /api/v2/users/{userId}/profile (deprecated upstream), with the expands the selection under `expands` names. */
  profile?: Maybe<UserProfile>;
  /** The user's profile skills. Wraps GET /api/v2/users/{userId}/profileskills (same data as expand=profileSkills on the user fetch). */
  profileSkills?: Maybe<Array<Scalars['String']['output']>>;
  /** The queues the user is a member of, all pages. Wraps GET /api/v2/users/{userId}/queues (fetched page by page). */
  queues?: Maybe<Array<UserQueue>>;
  /** The queues the user is a member of as a Relay cursor connection: one upstream page per request. Wraps GET /api/v2/users/{userId}/queues */
  queuesConnection?: Maybe<UserQueueConnection>;
  /** One page of the queues the user is a member of. Wraps GET /api/v2/users/{userId}/queues */
  queuesPage?: Maybe<UserQueueEntityListing>;
  /** The user's ACD routing status. Wraps GET /api/v2/users/{userId}/routingstatus (same data as expand=routingStatus on the user fetch). */
  routingStatus?: Maybe<RoutingStatus>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The user's routing skills, all pages. Wraps GET /api/v2/users/{userId}/routingskills (fetched page by page). */
  skills?: Maybe<Array<UserRoutingSkill>>;
  /** The user's routing skills as a Relay cursor connection: one upstream page per request. Wraps GET /api/v2/users/{userId}/routingskills */
  skillsConnection?: Maybe<UserRoutingSkillConnection>;
  /** One page of the user's routing skills. Wraps GET /api/v2/users/{userId}/routingskills */
  skillsPage?: Maybe<UserSkillEntityListing>;
  /** The current state for this user. */
  state?: Maybe<UserState>;
  /** The user's stations. Wraps GET /api/v2/users/{userId}/station (same data as expand=station on the user fetch). */
  station?: Maybe<UserStations>;
  /** The superiors of the user (manager chain). Wraps GET /api/v2/users/{userId}/superiors */
  superiors?: Maybe<Array<User>>;
  /** The team the user is a member of. Read through expand=team on the user fetch (GET /api/v2/users). An expand value of the current API, not of the seed. */
  team?: Maybe<Team>;
  /** The user's job title. */
  title?: Maybe<Scalars['String']['output']>;
  /** The organizations that trust the user, all pages. Wraps GET /api/v2/users/{userId}/trustors (fetched page by page). */
  trustors?: Maybe<Array<Trustor>>;
  /** The organizations that trust the user as a Relay cursor connection: one upstream page per request. Wraps GET /api/v2/users/{userId}/trustors */
  trustorsConnection?: Maybe<TrustorConnection>;
  /** One page of the organizations that trust the user. Wraps GET /api/v2/users/{userId}/trustors */
  trustorsPage?: Maybe<TrustorEntityListing>;
  /** The user's login name. */
  username?: Maybe<Scalars['String']['output']>;
  /** Required when updating a user, this value should be the current version of the user. The current version can be obtained with a GET on the user before doing a PATCH. */
  version?: Maybe<Scalars['Int']['output']>;
  /** The WFM work plan bid rank settings for the user. Read through expand=workPlanBidRanks on the user fetch (GET /api/v2/users). An expand value of the current API, not of the seed. */
  workPlanBidRanks?: Maybe<WorkPlanBidRanks>;
};


/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type UserDirectReportsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type UserFavoritesArgs = {
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type UserFavoritesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type UserFavoritesPageArgs = {
  pageNumber?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  sortOrder?: InputMaybe<Scalars['String']['input']>;
};


/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type UserGeolocationArgs = {
  clientId?: InputMaybe<Scalars['String']['input']>;
};


/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type UserLanguagesArgs = {
  sortOrder?: InputMaybe<SortOrder>;
};


/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type UserLanguagesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type UserLanguagesPageArgs = {
  pageNumber?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type UserQueuesArgs = {
  divisionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  joined?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type UserQueuesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  divisionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  joined?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type UserQueuesPageArgs = {
  divisionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  joined?: InputMaybe<Scalars['Boolean']['input']>;
  pageNumber?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};


/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type UserSkillsArgs = {
  sortOrder?: InputMaybe<SortOrder>;
};


/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type UserSkillsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type UserSkillsPageArgs = {
  pageNumber?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type UserTrustorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Genesys Cloud user. This file holds the fields of the upstream User model; the fields that call other routes are added by the area files (`extend type User`). Federation: the resolvable entity of this subgraph, `@key(fields: "id")`; other subgraphs extend it, and `_entities` loads User representations through the same by-id loader as `Query.user` (bulk GET /api/v2/users, at most 100 ids a call, all calls in one round); like `Query.user`, a representation of a user that does not exist resolves to null without an error. */
export type UserTrustorsPageArgs = {
  pageNumber?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};

/** The roles and permissions of a user. */
export type UserAuthorization = {
  __typename?: 'UserAuthorization';
  /** The policies configured for assigned permissions. */
  permissionPolicies?: Maybe<Array<ResourcePermissionPolicy>>;
  /** A collection of the permissions granted by all assigned roles. */
  permissions?: Maybe<Array<Scalars['String']['output']>>;
  /** The roles granted to the user. */
  roles?: Maybe<Array<DomainRole>>;
  /** A collection of the roles the user is not using. */
  unusedRoles?: Maybe<Array<DomainRole>>;
};

/** The result of setting a user's roles. UserAuthorization has no id of its own: select `user { id authorization { … } }` to update the user in a cache. */
export type UserAuthorizationPayload = {
  __typename?: 'UserAuthorizationPayload';
  /** The user's roles and permissions as the upstream returned them; null if the upstream answered without a body. */
  authorization?: Maybe<UserAuthorization>;
  /** The user, read again after the write. Wraps GET /api/v2/users/{userId} (ids batched) when more than its id is selected. */
  user?: Maybe<User>;
  /** The id of the user the write changed. */
  userId: Scalars['ID']['output'];
};

/** Users as a Relay cursor connection. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The users with their cursors. */
  edges: Array<UserEdge>;
  /** The users alone (the nodes of `edges`). */
  nodes: Array<User>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** The number of users over all pages, as the upstream counts them. */
  totalCount?: Maybe<Scalars['SafeInt']['output']>;
};

/** Summary of a user's current conversations, per media type. */
export type UserConversationSummary = {
  __typename?: 'UserConversationSummary';
  /** Call conversations. */
  call?: Maybe<MediaSummary>;
  /** Callback conversations. */
  callback?: Maybe<MediaSummary>;
  /** Chat conversations. */
  chat?: Maybe<MediaSummary>;
  /** Email conversations. */
  email?: Maybe<MediaSummary>;
  /** Message conversations. */
  message?: Maybe<MediaSummary>;
  /** Social expression conversations. */
  socialExpression?: Maybe<MediaSummary>;
  /** The id of the user. */
  userId?: Maybe<Scalars['String']['output']>;
  /** Video conversations. */
  video?: Maybe<MediaSummary>;
};

/** The body of POST /api/v2/analytics/users/details/query (UserDetailsQuery, with the seed-era filter type). */
export type UserDetailsQueryInput = {
  /** Specifies the date and time range of data being queried. Conversations MUST have started within this time range to potentially be included within the result set. Intervals are represented as an ISO-8601 string. For example: YYYY-MM-DDThh:mm:ss/YYYY-MM-DDThh:mm:ss. */
  interval: Scalars['String']['input'];
  /** Sort the result set in ascending/descending order. Default is ascending. */
  order?: InputMaybe<UserDetailsQueryOrder>;
  /** Page size and number to control iterating through large result sets. Default page size is 25. */
  paging?: InputMaybe<PagingSpecInput>;
  /** Include faceted search and aggregate roll-ups of presence data in your search results. This does not function as a filter, but rather, summary data about the presence results matching your filters. */
  presenceAggregations?: InputMaybe<Array<AnalyticsQueryAggregationInput>>;
  /** Filters that target system and organization presence-level data. */
  presenceFilters?: InputMaybe<Array<AnalyticsQueryFilterInput>>;
  /** Include faceted search and aggregate roll-ups of agent routing status data in your search results. This does not function as a filter, but rather, summary data about the agent routing status results matching your filters. */
  routingStatusAggregations?: InputMaybe<Array<AnalyticsQueryAggregationInput>>;
  /** Filters that target agent routing status-level data. */
  routingStatusFilters?: InputMaybe<Array<AnalyticsQueryFilterInput>>;
  /** Filters that target the users to retrieve data for. */
  userFilters?: InputMaybe<Array<AnalyticsQueryFilterInput>>;
};

/** The sort order of the user details analytics query. */
export type UserDetailsQueryOrder =
  | 'asc'
  | 'desc'
  | 'unordered';

/** A user and its cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Where this user is: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
};

/** A page of users (GET /api/v2/users and GET …/favorites). Its page URIs are those of the caller's request: the expand parameters the gateway adds for the selected fields are left out. */
export type UserEntityListing = {
  __typename?: 'UserEntityListing';
  /** The entries of this page (empty when the upstream omits the field). */
  entities: Array<User>;
  /** The relative URI of the first page. */
  firstUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of the last page. */
  lastUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of the next page; absent on the last page. */
  nextUri?: Maybe<Scalars['String']['output']>;
  /** The number of pages. */
  pageCount?: Maybe<Scalars['Int']['output']>;
  /** The number of this page, starting at 1. */
  pageNumber?: Maybe<Scalars['Int']['output']>;
  /** The page size of this page. */
  pageSize?: Maybe<Scalars['Int']['output']>;
  /** The relative URI of the previous page; absent on the first page. */
  previousUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of this page. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The total number of entries over all pages. */
  total?: Maybe<Scalars['SafeInt']['output']>;
};

/** The expanded sub-resources of a user profile. */
export type UserExpands = {
  __typename?: 'UserExpands';
  /** Roles and permissions assigned to the user. */
  authorization?: Maybe<UserAuthorization>;
  /** Summary of conversion statistics for conversation types. */
  conversationSummary?: Maybe<UserConversationSummary>;
  /** Current geolocation position. */
  geolocation?: Maybe<Geolocation>;
  /** Active 3rd party presence. */
  integrationPresence?: Maybe<UserPresence>;
  /** Determine if out of office is enabled. */
  outOfOffice?: Maybe<OutOfOffice>;
  /** Active presence. */
  presence?: Maybe<UserPresence>;
  /** ACD routing status. */
  routingStatus?: Maybe<RoutingStatus>;
  /** Effective, default, and last station information. */
  station?: Maybe<UserStations>;
};

/** A user, in full (used by resource conditions). */
export type UserFullReference = {
  __typename?: 'UserFullReference';
  /** Whether ACD conversations are answered automatically for the user (upstream: acd auto answer). */
  acdAutoAnswer?: Maybe<Scalars['Boolean']['output']>;
  /** Email addresses and phone numbers for this user. */
  addresses?: Maybe<Array<Contact>>;
  /** Roles and permissions assigned to the user. */
  authorization?: Maybe<UserAuthorization>;
  /** The user's biography. */
  biography?: Maybe<Biography>;
  /** The user's certifications. */
  certifications?: Maybe<Array<Scalars['String']['output']>>;
  /** The user's chat (XMPP) identity. */
  chat?: Maybe<Chat>;
  /** Summary of conversion statistics for conversation types. */
  conversationSummary?: Maybe<UserConversationSummary>;
  /** The last time the user logged in using username and password. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateLastLogin?: Maybe<Scalars['DateTime']['output']>;
  /** The date & time the user was sent their welcome email. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateWelcomeSent?: Maybe<Scalars['DateTime']['output']>;
  /** The user's department. */
  department?: Maybe<Scalars['String']['output']>;
  /** The division to which this entity belongs. */
  division?: Maybe<Division>;
  /** The user's email address. */
  email?: Maybe<Scalars['String']['output']>;
  /** The user's employment details. */
  employerInfo?: Maybe<EmployerInfo>;
  /** Current geolocation position. */
  geolocation?: Maybe<Geolocation>;
  /** The groups the user is a member of. */
  groups?: Maybe<Array<Group>>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The user's profile images. */
  images?: Maybe<Array<Image>>;
  /** Integration presence. */
  integrationPresence?: Maybe<UserPresence>;
  /** The language the user prefers. */
  languagePreference?: Maybe<Scalars['String']['output']>;
  /** Routing (ACD) languages possessed by the user. */
  languages?: Maybe<Array<UserRoutingLanguage>>;
  /** When the last OAuth token was issued to the user. */
  lastTokenIssued?: Maybe<OAuthLastTokenIssued>;
  /** The user placement at each site location. */
  locations?: Maybe<Array<Location>>;
  /** The user's manager (a reference, as sent upstream). */
  manager?: Maybe<User>;
  /** The user's full name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Determine if out of office is enabled. */
  outOfOffice?: Maybe<OutOfOffice>;
  /** Preferred full name of the agent. */
  preferredName?: Maybe<Scalars['String']['output']>;
  /** Active presence. */
  presence?: Maybe<UserPresence>;
  /** Auto populated from addresses. */
  primaryContactInfo?: Maybe<Array<Contact>>;
  /** Profile skills possessed by the user. */
  profileSkills?: Maybe<Array<Scalars['String']['output']>>;
  /** ACD routing status. */
  routingStatus?: Maybe<RoutingStatus>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** Routing (ACD) skills possessed by the user. */
  skills?: Maybe<Array<UserRoutingSkill>>;
  /** The current state for this user. */
  state?: Maybe<UserState>;
  /** Effective, default, and last station information. */
  station?: Maybe<UserStations>;
  /** The team the user is a member of. */
  team?: Maybe<Team>;
  /** The user's job title. */
  title?: Maybe<Scalars['String']['output']>;
  /** The user's login name. */
  username?: Maybe<Scalars['String']['output']>;
  /** Required when updating a user, this value should be the current version of the user. The current version can be obtained with a GET on the user before doing a PATCH. */
  version?: Maybe<Scalars['Int']['output']>;
  /** The WFM work plan bid rank settings for the user. */
  workPlanBidRanks?: Maybe<WorkPlanBidRanks>;
};

/** A page of a user's routing languages. */
export type UserLanguageEntityListing = {
  __typename?: 'UserLanguageEntityListing';
  /** The entries of this page (empty when the upstream omits the field). */
  entities: Array<UserRoutingLanguage>;
  /** The relative URI of the first page. */
  firstUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of the last page. */
  lastUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of the next page; absent on the last page. */
  nextUri?: Maybe<Scalars['String']['output']>;
  /** The number of pages. */
  pageCount?: Maybe<Scalars['Int']['output']>;
  /** The number of this page, starting at 1. */
  pageNumber?: Maybe<Scalars['Int']['output']>;
  /** The page size of this page. */
  pageSize?: Maybe<Scalars['Int']['output']>;
  /** The relative URI of the previous page; absent on the first page. */
  previousUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of this page. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The total number of entries over all pages. */
  total?: Maybe<Scalars['SafeInt']['output']>;
};

/** The states `Query.users` can list (the state parameter of GET /api/v2/users). */
export type UserListState =
  | 'active'
  /** Every state (a value of the current API, not of the seed). */
  | 'any'
  | 'deleted'
  | 'inactive';

/** The states `Query.user` can look a user up in (the state parameter of GET /api/v2/users/{userId}). */
export type UserLookupState =
  | 'active'
  | 'deleted';

/** The caller and the details GET /api/v2/users/me adds to a user (upstream model UserMe). `user` is the caller as a User; every other field is read through one expand of /me. */
export type UserMe = {
  __typename?: 'UserMe';
  /** The first 50 superiors, direct reports, and siblings of this user. Mutually exclusive with superiors and direct reports expands. Read through expand=adjacents on GET /api/v2/users/me. */
  adjacents?: Maybe<Adjacents>;
  /** Auto answer settings for this user. Read through expand=autoanswersettings on GET /api/v2/users/me. An expand value of the current API, not of the seed. */
  autoAnswerSettings?: Maybe<AutoAnswerSettings>;
  /** The PureCloud system date time. Read through expand=date on GET /api/v2/users/me. */
  date?: Maybe<ServerDate>;
  /** The first 50 direct reports to this user. Read through expand=directreports on GET /api/v2/users/me. */
  directReports?: Maybe<Array<User>>;
  /** The presence definitions that the user has access to. Read through expand=divisionedpresencedefinitions on GET /api/v2/users/me. An expand value of the current API, not of the seed. */
  divisionedPresenceDefinitions?: Maybe<Array<OrganizationPresenceDefinition>>;
  /** The first 50 favorited users. Read through expand=favorites on GET /api/v2/users/me. */
  favorites?: Maybe<Array<User>>;
  /** The field config for all entities types of user's organization. Read through expand=fieldconfigs on GET /api/v2/users/me. */
  fieldConfigs?: Maybe<FieldConfigs>;
  /** Geolocation settings for user's organization. Read through expand=geolocationsettings on GET /api/v2/users/me. */
  geolocationSettings?: Maybe<GeolocationSettings>;
  /** The first 100 site locations for user's organization. Read through expand=locationdefinitions on GET /api/v2/users/me. */
  locationDefinitions?: Maybe<Array<LocationDefinition>>;
  /** The first 100 organization roles, with applicable permission policies, for user's organization. Read through expand=orgauthorization on GET /api/v2/users/me. */
  orgAuthorization?: Maybe<Array<DomainOrganizationRole>>;
  /** Products enabled in this organization. Read through expand=orgproducts on GET /api/v2/users/me. An expand value of the current API, not of the seed. */
  orgProducts?: Maybe<Array<DomainOrganizationProduct>>;
  /** Organization details for this user. Read through expand=organization on GET /api/v2/users/me. */
  organization?: Maybe<Organization>;
  /** The first 100 non-divisioned presence definitions for user's organization. Read through expand=presencedefinitions on GET /api/v2/users/me. */
  presenceDefinitions?: Maybe<Array<OrganizationPresence>>;
  /** The first 50 routing skills for user's organizations. Read through expand=routingskills on GET /api/v2/users/me. */
  routingSkills?: Maybe<Array<RoutingSkill>>;
  /** The first 50 superiors of this user. Read through expand=superiors on GET /api/v2/users/me. */
  superiors?: Maybe<Array<User>>;
  /** Information about the current token. Read through expand=token on GET /api/v2/users/me. */
  token?: Maybe<TokenInfo>;
  /** Organizations having this user as a trustee. Read through expand=trustors on GET /api/v2/users/me. */
  trustors?: Maybe<Array<Trustor>>;
  /** The caller as a User: the same response, normalised to the User entity. */
  user: User;
};

/**
 * The result of a write whose upstream answer has no body (deleting a user, invitations, passwords, stations,
 * clearing roles). `userId` names the affected user for a normalising cache; `user` is that user read again after
 * the write (fresh: the gateway has forgotten what it read before). `user { id }`, alone or with listings that have
 * their own route (queues, directReports, …), costs no read of the user; other selections one read, with the expands
 * they need.
 */
export type UserMutationPayload = {
  __typename?: 'UserMutationPayload';
  /** The user the write changed, as it is now; null when it cannot be read (for example after it was deleted by another request). Wraps GET /api/v2/users/{userId} (ids batched) when more than its id is selected. */
  user?: Maybe<User>;
  /** The id of the user the write changed. */
  userId: Scalars['ID']['output'];
};

/** A user's new out-of-office settings. */
export type UserOutOfOfficeEvent = {
  __typename?: 'UserOutOfOfficeEvent';
  /** The new out-of-office settings, as `User.outOfOffice` types them. */
  outOfOffice: OutOfOffice;
  /** True when the value was read from the API after a gap in the upstream channel rather than pushed (it may equal the last value). */
  resynced: Scalars['Boolean']['output'];
  /** The user, for any nested field. Wraps GET /api/v2/users (ids of the events arriving together batched). */
  user: User;
  /** The id of the user whose value changed. */
  userId: Scalars['ID']['output'];
};

/** A user's presence, from one presence source. */
export type UserPresence = {
  __typename?: 'UserPresence';
  /** The definition of the user's desired future presence. */
  futurePresenceDefinition?: Maybe<PresenceDefinition>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The presence message. */
  message?: Maybe<Scalars['String']['output']>;
  /** When the presence last changed (ISO-8601). */
  modifiedDate?: Maybe<Scalars['DateTime']['output']>;
  /** The name of the presence resource. */
  name?: Maybe<Scalars['String']['output']>;
  /** The presence definition of the current presence. */
  presenceDefinition?: Maybe<PresenceDefinition>;
  /** A boolean used to tell whether or not to set this presence source as the primary on a PATCH. */
  primary?: Maybe<Scalars['Boolean']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** Deprecated - The sourceID field should be used as a replacement. */
  source?: Maybe<Scalars['String']['output']>;
  /** Represents the ID of a registered source. */
  sourceId?: Maybe<Scalars['String']['output']>;
};

/** A user's new presence. */
export type UserPresenceEvent = {
  __typename?: 'UserPresenceEvent';
  /** The new presence, as `User.presence` types it. */
  presence: UserPresence;
  /** True when the value was read from the API after a gap in the upstream channel rather than pushed (it may equal the last value). */
  resynced: Scalars['Boolean']['output'];
  /** The user, for any nested field. Wraps GET /api/v2/users (ids of the events arriving together batched). */
  user: User;
  /** The id of the user whose value changed. */
  userId: Scalars['ID']['output'];
};

/** A user profile (deprecated upstream listing of users). */
export type UserProfile = {
  __typename?: 'UserProfile';
  /** Datetime of the last modification. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateModified?: Maybe<Scalars['DateTime']['output']>;
  /** User information expansions: each field selected below is asked for as the expand of the same name (`authorization { unusedRoles }` adds authorization.unusedRoles); null when none is selected. A value the upstream leaves out is null; one it refuses is null with an error on that field alone. */
  expands?: Maybe<UserExpands>;
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The user name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The state of the user resource. */
  state?: Maybe<UserState>;
  /** The version of the group resource. */
  version?: Maybe<Scalars['SafeInt']['output']>;
};

/** A page of user profiles. Its page URIs are those of the caller's request: the expand parameters the gateway adds for the selected fields are left out. */
export type UserProfileEntityListing = {
  __typename?: 'UserProfileEntityListing';
  /** The entries of this page (empty when the upstream omits the field). */
  entities: Array<UserProfile>;
  /** The relative URI of the first page. */
  firstUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of the last page. */
  lastUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of the next page; absent on the last page. */
  nextUri?: Maybe<Scalars['String']['output']>;
  /** The number of pages. */
  pageCount?: Maybe<Scalars['Int']['output']>;
  /** The number of this page, starting at 1. */
  pageNumber?: Maybe<Scalars['Int']['output']>;
  /** The page size of this page. */
  pageSize?: Maybe<Scalars['Int']['output']>;
  /** The relative URI of the previous page; absent on the first page. */
  previousUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of this page. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The total number of entries over all pages. */
  total?: Maybe<Scalars['SafeInt']['output']>;
};

/** The states `Query.userProfiles` can list (the state parameter of GET /api/v2/profiles/users). */
export type UserProfileState =
  | 'active'
  | 'deleted';

/** A queue as seen from one of its members, including whether the user has joined it. `id` identifies this user's membership (unique across users, so a normalising cache keeps each member's `joined` apart); `queueId` is the queue's own id. Federation: `@key(fields: "queueId", resolvable: false)`, keyed by the queue id (the Users API cannot fetch a queue by id). Every field but `joined` is the queue's own, so a subgraph that owns queues may add fields that depend on the queue id alone; `joined` is this member's and comes only from this subgraph, through `User.queues`. */
export type UserQueue = {
  __typename?: 'UserQueue';
  /** The ACW settings for the queue. */
  acwSettings?: Maybe<AcwSettings>;
  /** The Agent Owned Routing settings for the queue. */
  agentOwnedRouting?: Maybe<AgentOwnedRouting>;
  /** Specifies whether the configured whisper should play for all ACD calls, or only for those which are auto-answered. Seed version (SDK 36.1.0) only; absent from the current API. */
  autoAnswerOnly?: Maybe<Scalars['Boolean']['output']>;
  /** The bullseye settings for the queue. */
  bullseye?: Maybe<Bullseye>;
  /** The name to use for caller identification for outbound calls from this queue. */
  callingPartyName?: Maybe<Scalars['String']['output']>;
  /** The phone number to use for caller identification for outbound calls from this queue. */
  callingPartyNumber?: Maybe<Scalars['String']['output']>;
  /** Canned response library IDs and mode with which they are associated with the queue. */
  cannedResponseLibraries?: Maybe<CannedResponseLibraries>;
  /** The Conditional Group Activation settings for the queue. */
  conditionalGroupActivation?: Maybe<ConditionalGroupActivation>;
  /** The Conditional Group Routing settings for the queue. */
  conditionalGroupRouting?: Maybe<ConditionalGroupRouting>;
  /** The ID of the user that created the queue. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The application that created the queue. Seed version (SDK 36.1.0) only; absent from the current API. */
  createdByApp?: Maybe<Scalars['String']['output']>;
  /** The date the queue was created. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateCreated?: Maybe<Scalars['DateTime']['output']>;
  /** The date of the last modification to the queue. Date time is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z. */
  dateModified?: Maybe<Scalars['DateTime']['output']>;
  /** The default media language of the queue. Present in the npm SDK typings only; treat as unstable. */
  defaultMediaLanguage?: Maybe<Scalars['String']['output']>;
  /** The default script Ids for the communication types. Free-form JSON (upstream type map<string,Script>). */
  defaultScripts?: Maybe<Scalars['JSON']['output']>;
  /** The queue description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The Direct Routing settings for the queue. */
  directRouting?: Maybe<DirectRouting>;
  /** The division to which this entity belongs. */
  division?: Maybe<Division>;
  /** The in-queue flow to use for email conversations waiting in queue. */
  emailInQueueFlow?: Maybe<DomainEntityRef>;
  /** Indicates whether audio monitoring is enabled for this queue. */
  enableAudioMonitoring?: Maybe<Scalars['Boolean']['output']>;
  /** Indicates whether manual assignment is enabled for this queue. */
  enableManualAssignment?: Maybe<Scalars['Boolean']['output']>;
  /** Indicates whether voice transcription is enabled for this queue. */
  enableTranscription?: Maybe<Scalars['Boolean']['output']>;
  /** The id of this user's membership of the queue, unique across users and types (`UserQueue:<userId>:<queueId>`). The upstream id is `queueId`. */
  id?: Maybe<Scalars['ID']['output']>;
  /** Whether the user has joined the queue (is receiving its conversations). */
  joined?: Maybe<Scalars['Boolean']['output']>;
  /** The number of joined members in the queue. */
  joinedMemberCount?: Maybe<Scalars['Int']['output']>;
  /** The Last Agent Routing Mode for the queue. */
  lastAgentRoutingMode?: Maybe<QueueLastAgentRoutingMode>;
  /** The media settings for the queue. The seed sent a map of media type to {alertingTimeoutSeconds, serviceLevel}; its call, callback, chat and email entries read through the same fields. */
  mediaSettings?: Maybe<QueueMediaSettings>;
  /** The total number of members in the queue. */
  memberCount?: Maybe<Scalars['Int']['output']>;
  /** The groups of agents associated with the queue, if any. Queue membership will update to match group membership changes. */
  memberGroups?: Maybe<Array<MemberGroup>>;
  /** The in-queue flow to use for message conversations waiting in queue. */
  messageInQueueFlow?: Maybe<DomainEntityRef>;
  /** The ID of the user that last modified the queue. */
  modifiedBy?: Maybe<Scalars['String']['output']>;
  /** The application that last modified the queue. Seed version (SDK 36.1.0) only; absent from the current API. */
  modifiedByApp?: Maybe<Scalars['String']['output']>;
  /** The queue name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The audio to be played when calls on this queue are on hold. If not configured, the default on-hold music will play. */
  onHoldPrompt?: Maybe<DomainEntityRef>;
  /** The default email address to use for outbound email from this queue. */
  outboundEmailAddress?: Maybe<QueueEmailAddress>;
  /** The messaging addresses for the queue. */
  outboundMessagingAddresses?: Maybe<QueueMessagingAddresses>;
  /** The ID of an associated external queue. */
  peerId?: Maybe<Scalars['String']['output']>;
  /** The in-queue flow to use for call conversations waiting in queue. */
  queueFlow?: Maybe<DomainEntityRef>;
  /** The queue's own id (the upstream `id`): what the Users API and the queue-membership mutations take. */
  queueId?: Maybe<Scalars['ID']['output']>;
  /** The routing rules for the queue, used for Preferred Agent Routing. */
  routingRules?: Maybe<Array<RoutingRule>>;
  /** The Scoring Method for the queue. */
  scoringMethod?: Maybe<QueueScoringMethod>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The skill evaluation method to use when routing conversations. */
  skillEvaluationMethod?: Maybe<QueueSkillEvaluationMethod>;
  /** Indicates if the queue is active, inactive, or deleted. Seed version (SDK 36.1.0) only; absent from the current API. */
  state?: Maybe<EntityState>;
  /** Indicates whether recording in-queue calls is suppressed for this queue. */
  suppressInQueueCallRecording?: Maybe<Scalars['Boolean']['output']>;
  /** The number of user members (i.e., non-group members) in the queue. */
  userMemberCount?: Maybe<Scalars['Int']['output']>;
  /** The current version of the queue. Seed version (SDK 36.1.0) only; absent from the current API. */
  version?: Maybe<Scalars['Int']['output']>;
  /** The prompt used for whisper on the queue, if configured. */
  whisperPrompt?: Maybe<DomainEntityRef>;
};

/** A user's queues as a Relay cursor connection. */
export type UserQueueConnection = {
  __typename?: 'UserQueueConnection';
  /** The queues with their cursors. */
  edges: Array<UserQueueEdge>;
  /** The queues alone. */
  nodes: Array<UserQueue>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** The number of queues over all pages. */
  totalCount?: Maybe<Scalars['SafeInt']['output']>;
};

/** A queue of a user and its cursor. */
export type UserQueueEdge = {
  __typename?: 'UserQueueEdge';
  /** Pass it as `after` to continue after this queue. */
  cursor: Scalars['String']['output'];
  /** The queue membership. */
  node: UserQueue;
};

/** A page of a user's queues. */
export type UserQueueEntityListing = {
  __typename?: 'UserQueueEntityListing';
  /** The entries of this page (empty when the upstream omits the field). */
  entities: Array<UserQueue>;
  /** The relative URI of the first page. */
  firstUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of the last page. */
  lastUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of the next page; absent on the last page. */
  nextUri?: Maybe<Scalars['String']['output']>;
  /** The number of pages. */
  pageCount?: Maybe<Scalars['Int']['output']>;
  /** The number of this page, starting at 1. */
  pageNumber?: Maybe<Scalars['Int']['output']>;
  /** The page size of this page. */
  pageSize?: Maybe<Scalars['Int']['output']>;
  /** The relative URI of the previous page; absent on the first page. */
  previousUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of this page. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The total number of entries over all pages. */
  total?: Maybe<Scalars['SafeInt']['output']>;
};

/** One queue to join or unjoin: an element of the body of PATCH /api/v2/users/{userId}/queues (UserQueue; only id and joined are read). */
export type UserQueueInput = {
  /** The queue id (a UUID). */
  id: Scalars['ID']['input'];
  /** True to join the queue, false to unjoin it. */
  joined: Scalars['Boolean']['input'];
};

/** The result of joining or unjoining one queue. */
export type UserQueuePayload = {
  __typename?: 'UserQueuePayload';
  /** The queue as the upstream returned it, with the user's `joined` flag; null if the upstream answered without a body. */
  queue?: Maybe<UserQueue>;
  /** The user, read again after the write; select `user { id queues { … } }` to refresh the user's lists in a cache. Wraps GET /api/v2/users/{userId} (ids batched) when more than its id is selected. */
  user?: Maybe<User>;
  /** The id of the user the write changed. */
  userId: Scalars['ID']['output'];
};

/** The result of joining or unjoining a set of queues. */
export type UserQueuesPayload = {
  __typename?: 'UserQueuesPayload';
  /** The queues named in the request that the user is a member of, as the upstream returned them (it may not show the final state yet). */
  queues: Array<UserQueue>;
  /** The user, read again after the write; select `user { id queues { … } }` to refresh the user's lists in a cache. Wraps GET /api/v2/users/{userId} (ids batched) when more than its id is selected. */
  user?: Maybe<User>;
  /** The id of the user the write changed. */
  userId: Scalars['ID']['output'];
};

/** Represents an organization language assigned to a user. `id` identifies this user's assignment (unique across users); `languageId` is the organization language's id, the one the Users API and the routing-language mutations take. Federation: `@key(fields: "languageId", resolvable: false)`, keyed by that organization language id (the Users API cannot fetch a language by id, and has no model of the organization language itself). This is the user's assignment of the language: a subgraph that owns languages may add fields that depend on the language id alone; `proficiency`, `state` and `selfUri` are this user's and come only from this subgraph, through `User.languages`. */
export type UserRoutingLanguage = {
  __typename?: 'UserRoutingLanguage';
  /** The id of this user's assignment of the language, unique across users and types (`UserRoutingLanguage:<userId>:<languageId>`). The upstream id is `languageId`. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The organization language's id (the upstream `id`): what the Users API and the routing-language mutations take. */
  languageId?: Maybe<Scalars['ID']['output']>;
  /** URI to the organization language used by this user language. */
  languageUri?: Maybe<Scalars['String']['output']>;
  /** The language name. */
  name?: Maybe<Scalars['String']['output']>;
  /** A rating from 0.0 to 5.0 that indicates how fluent an agent is in a particular language. ACD interactions are routed to agents with higher proficiency ratings. */
  proficiency?: Maybe<Scalars['Float']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** Activate or deactivate this routing language. */
  state?: Maybe<EntityState>;
};

/** A user's routing languages as a Relay cursor connection. */
export type UserRoutingLanguageConnection = {
  __typename?: 'UserRoutingLanguageConnection';
  /** The languages with their cursors. */
  edges: Array<UserRoutingLanguageEdge>;
  /** The languages alone. */
  nodes: Array<UserRoutingLanguage>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** The number of languages over all pages. */
  totalCount?: Maybe<Scalars['SafeInt']['output']>;
};

/** A routing language of a user and its cursor. */
export type UserRoutingLanguageEdge = {
  __typename?: 'UserRoutingLanguageEdge';
  /** Pass it as `after` to continue after this language. */
  cursor: Scalars['String']['output'];
  /** The language assignment. */
  node: UserRoutingLanguage;
};

/** The changes to a user's routing language: the body of PATCH /api/v2/users/{userId}/routinglanguages/{languageId} (UserRoutingLanguage). Give at least one field. */
export type UserRoutingLanguageInput = {
  /** The new proficiency, from 0.0 to 5.0. */
  proficiency?: InputMaybe<Scalars['Float']['input']>;
  /** Activate or deactivate the language for the user. */
  state?: InputMaybe<EntityState>;
};

/** The result of adding or updating a user's routing language. */
export type UserRoutingLanguagePayload = {
  __typename?: 'UserRoutingLanguagePayload';
  /** The user's routing language as the upstream returned it (its id is the language's id); null if the upstream answered without a body. */
  language?: Maybe<UserRoutingLanguage>;
  /** The user, read again after the write; select `user { id languages { … } }` to refresh the user's list in a cache. Wraps GET /api/v2/users/{userId} (ids batched) when more than its id is selected. */
  user?: Maybe<User>;
  /** The id of the user the write changed. */
  userId: Scalars['ID']['output'];
};

/** A routing language to add to a user: the body of POST /api/v2/users/{userId}/routinglanguages (UserRoutingLanguagePost). */
export type UserRoutingLanguagePostInput = {
  /** The id of an existing routing language of the organisation (a UUID). */
  id: Scalars['ID']['input'];
  /** How fluent the agent is in the language, from 0.0 to 5.0. */
  proficiency: Scalars['Float']['input'];
};

/** Represents an organization skill assigned to a user. `id` identifies this user's assignment (unique across users, so a normalising cache keeps each user's proficiency apart); `skillId` is the organization skill's id, the one the Users API and the routing-skill mutations take. Federation: `@key(fields: "skillId", resolvable: false)`, keyed by that organization skill id (the Users API cannot fetch a skill by id). This is the user's assignment of the skill, not the skill: a subgraph that owns skills may add fields that depend on the skill id alone; `proficiency`, `state` and `selfUri` are this user's and come only from this subgraph, through `User.skills`. */
export type UserRoutingSkill = {
  __typename?: 'UserRoutingSkill';
  /** The id of this user's assignment of the skill, unique across users and types (`UserRoutingSkill:<userId>:<skillId>`). The upstream id is `skillId`. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The skill name. */
  name?: Maybe<Scalars['String']['output']>;
  /** A rating from 0.0 to 5.0 that indicates how adept an agent is at a particular skill. When "Best available skills" is enabled for a queue in Genesys Cloud, ACD interactions in that queue are routed to agents with higher proficiency ratings. */
  proficiency?: Maybe<Scalars['Float']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The organization skill's id (the upstream `id`): what the Users API and the routing-skill mutations take. */
  skillId?: Maybe<Scalars['ID']['output']>;
  /** URI to the organization skill used by this user skill. */
  skillUri?: Maybe<Scalars['String']['output']>;
  /** Activate or deactivate this routing skill. */
  state?: Maybe<EntityState>;
};

/** A user's routing skills as a Relay cursor connection. */
export type UserRoutingSkillConnection = {
  __typename?: 'UserRoutingSkillConnection';
  /** The skills with their cursors. */
  edges: Array<UserRoutingSkillEdge>;
  /** The skills alone. */
  nodes: Array<UserRoutingSkill>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** The number of skills over all pages. */
  totalCount?: Maybe<Scalars['SafeInt']['output']>;
};

/** A routing skill of a user and its cursor. */
export type UserRoutingSkillEdge = {
  __typename?: 'UserRoutingSkillEdge';
  /** Pass it as `after` to continue after this skill. */
  cursor: Scalars['String']['output'];
  /** The skill assignment. */
  node: UserRoutingSkill;
};

/** The changes to a user's routing skill: the body of PUT /api/v2/users/{userId}/routingskills/{skillId} (UserRoutingSkill). Give at least one field. */
export type UserRoutingSkillInput = {
  /** The new proficiency, from 0.0 to 5.0 (required when the user does not have the skill yet). */
  proficiency?: InputMaybe<Scalars['Float']['input']>;
  /** Activate or deactivate the skill for the user. */
  state?: InputMaybe<EntityState>;
};

/** The result of adding or updating a user's routing skill. */
export type UserRoutingSkillPayload = {
  __typename?: 'UserRoutingSkillPayload';
  /** The user's routing skill as the upstream returned it (its id is the skill's id); null if the upstream answered without a body. */
  skill?: Maybe<UserRoutingSkill>;
  /** The user, read again after the write; select `user { id skills { … } }` to refresh the user's list in a cache. Wraps GET /api/v2/users/{userId} (ids batched) when more than its id is selected. */
  user?: Maybe<User>;
  /** The id of the user the write changed. */
  userId: Scalars['ID']['output'];
};

/** A routing skill to add to a user: the body of POST /api/v2/users/{userId}/routingskills (UserRoutingSkillPost). */
export type UserRoutingSkillPostInput = {
  /** The id of an existing routing skill of the organisation (a UUID). */
  id: Scalars['ID']['input'];
  /** How adept the agent is at the skill, from 0.0 to 5.0; used when a queue routes by best available skills. */
  proficiency: Scalars['Float']['input'];
};

/** A user's new routing status. */
export type UserRoutingStatusEvent = {
  __typename?: 'UserRoutingStatusEvent';
  /** True when the value was read from the API after a gap in the upstream channel rather than pushed (it may equal the last value). */
  resynced: Scalars['Boolean']['output'];
  /** The new routing status, as `User.routingStatus` types it. */
  routingStatus: RoutingStatus;
  /** The user, for any nested field. Wraps GET /api/v2/users (ids of the events arriving together batched). */
  user: User;
  /** The id of the user whose value changed. */
  userId: Scalars['ID']['output'];
};

/** A user search criterion; criteria nest through group. */
export type UserSearchCriteriaInput = {
  /** Set date format for criteria values when using date range search type. Supports Java date format syntax, example yyyy-MM-dd'T'HH:mm:ss.SSSX. */
  dateFormat?: InputMaybe<Scalars['String']['input']>;
  /** The end value of the range. This field is used for range search types. */
  endValue?: InputMaybe<Scalars['String']['input']>;
  /** Field names to search against. */
  fields?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Groups multiple conditions. */
  group?: InputMaybe<Array<UserSearchCriteriaInput>>;
  /** How to apply this search criteria against other criteria. */
  operator?: InputMaybe<UserSearchCriteriaOperator>;
  /** The start value of the range. This field is used for range search types. */
  startValue?: InputMaybe<Scalars['String']['input']>;
  /** Search Type. */
  type: UserSearchCriteriaType;
  /** A value for the search to match against. */
  value?: InputMaybe<Scalars['String']['input']>;
  /** A list of values for the search to match against. */
  values?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** How a search criterion applies against the other criteria. */
export type UserSearchCriteriaOperator =
  | 'AND'
  | 'NOT'
  | 'OR';

/** The kind of a search criterion. */
export type UserSearchCriteriaType =
  | 'CONTAINS'
  | 'EXACT'
  | 'GREATER_THAN'
  | 'GREATER_THAN_EQUAL_TO'
  | 'LESS_THAN'
  | 'LESS_THAN_EQUAL_TO'
  | 'MATCH_ALL'
  | 'QUERY_STRING'
  | 'RANGE'
  | 'REGEX'
  | 'REQUIRED_FIELDS'
  | 'STARTS_WITH'
  | 'TERM'
  | 'TERMS';

/** The body of POST /api/v2/users/search. */
export type UserSearchRequestInput = {
  /** This property only applies to api/v2/user/search; when set to true add additional search criteria to filter users by: directory:user:view. */
  enforcePermissions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Provides more details about a specified resource. */
  expand?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Gets an integration presence for users instead of their defaults. This parameter will only be used when presence is provided as an "expand". When using this parameter the maximum number of users that can be returned is 100. */
  integrationPresenceSource?: InputMaybe<IntegrationPresenceSource>;
  /** The page of resources you want to retrieve. */
  pageNumber?: InputMaybe<Scalars['Int']['input']>;
  /** The number of results per page. */
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  /** The search criteria (ANDed at the top level). */
  query?: InputMaybe<Array<UserSearchCriteriaInput>>;
  /** Multi-value sort order, list of multiple sort values. */
  sort?: InputMaybe<Array<SearchSortInput>>;
  /** The field in the resource that you want to sort the results by. */
  sortBy?: InputMaybe<Scalars['String']['input']>;
  /** The sort order for results. */
  sortOrder?: InputMaybe<SearchSortOrder>;
};

/** A page of a user's routing skills. */
export type UserSkillEntityListing = {
  __typename?: 'UserSkillEntityListing';
  /** The entries of this page (empty when the upstream omits the field). */
  entities: Array<UserRoutingSkill>;
  /** The relative URI of the first page. */
  firstUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of the last page. */
  lastUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of the next page; absent on the last page. */
  nextUri?: Maybe<Scalars['String']['output']>;
  /** The number of pages. */
  pageCount?: Maybe<Scalars['Int']['output']>;
  /** The number of this page, starting at 1. */
  pageNumber?: Maybe<Scalars['Int']['output']>;
  /** The page size of this page. */
  pageSize?: Maybe<Scalars['Int']['output']>;
  /** The relative URI of the previous page; absent on the first page. */
  previousUri?: Maybe<Scalars['String']['output']>;
  /** The relative URI of this page. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** The total number of entries over all pages. */
  total?: Maybe<Scalars['SafeInt']['output']>;
};

/** The lifecycle state of a user. */
export type UserState =
  | 'active'
  | 'deleted'
  | 'inactive';

/** A station (phone) and its association with users: the station itself (every field is the station's, whichever user it was reached from), named after the upstream model. Federation: an entity stub, `@key(fields: "id", resolvable: false)`: the Users API cannot fetch a station by id, so the subgraph that owns stations resolves it and adds its own fields; this subgraph only returns the copies the Users API embeds. */
export type UserStation = {
  __typename?: 'UserStation';
  /** When the station was associated with the user (ISO-8601). */
  associatedDate?: Maybe<Scalars['DateTime']['output']>;
  /** The user associated with the station (a reference, as sent upstream). */
  associatedUser?: Maybe<User>;
  /** The user whose default station this is (a reference, as sent upstream). */
  defaultUser?: Maybe<User>;
  /** A globally unique identifier for this station. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The station name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Provider-specific info for this station, e.g. { "edgeGroupId": "ffe7b15c-a9cc-4f4c-88f5-781327819a49" }. Free-form JSON (upstream type map<string,string>). */
  providerInfo?: Maybe<Scalars['JSON']['output']>;
  /** The station type (for example inin_webrtc_softphone). */
  type?: Maybe<Scalars['String']['output']>;
  /** The number of call appearances on the station. */
  webRtcCallAppearances?: Maybe<Scalars['Int']['output']>;
};

/** A user's new station associations. */
export type UserStationEvent = {
  __typename?: 'UserStationEvent';
  /** True when the value was read from the API after a gap in the upstream channel rather than pushed (it may equal the last value). */
  resynced: Scalars['Boolean']['output'];
  /** The new stations (associated, default, last associated), as `User.station` types them. */
  station: UserStations;
  /** The user, for any nested field. Wraps GET /api/v2/users (ids of the events arriving together batched). */
  user: User;
  /** The id of the user whose value changed. */
  userId: Scalars['ID']['output'];
};

/** The stations of a user: associated, effective, default and last associated. */
export type UserStations = {
  __typename?: 'UserStations';
  /** Current associated station for this user. */
  associatedStation?: Maybe<UserStation>;
  /** Default station to be used if not associated with a station. */
  defaultStation?: Maybe<UserStation>;
  /** The station where the user can be reached based on their default and associated station. */
  effectiveStation?: Maybe<UserStation>;
  /** Last associated station for this user. */
  lastAssociatedStation?: Maybe<UserStation>;
};

/** One page of user search results, with the q64 tokens of the neighbouring pages. */
export type UsersSearchResponse = {
  __typename?: 'UsersSearchResponse';
  /** Q64 value for the current page of results, as upstream sends it: a relative URI (/api/v2/users/search?q64=…). currentQ64 holds just the token. */
  currentPage?: Maybe<Scalars['String']['output']>;
  /** The q64 token of this page (taken from currentPage), for searchUsersByQ64. */
  currentQ64?: Maybe<Scalars['String']['output']>;
  /** Q64 value for the next page of results, as upstream sends it: a relative URI (/api/v2/users/search?q64=…). nextQ64 holds just the token. */
  nextPage?: Maybe<Scalars['String']['output']>;
  /** The q64 token of the next page (taken from nextPage), for searchUsersByQ64; null on the last page. */
  nextQ64?: Maybe<Scalars['String']['output']>;
  /** The total number of pages. */
  pageCount?: Maybe<Scalars['Int']['output']>;
  /** The current page number. */
  pageNumber?: Maybe<Scalars['Int']['output']>;
  /** The current page size. */
  pageSize?: Maybe<Scalars['Int']['output']>;
  /** Q64 value for the previous page of results, as upstream sends it: a relative URI (/api/v2/users/search?q64=…). previousQ64 holds just the token. */
  previousPage?: Maybe<Scalars['String']['output']>;
  /** The q64 token of the previous page (taken from previousPage), for searchUsersByQ64; null on the first page. */
  previousQ64?: Maybe<Scalars['String']['output']>;
  /** Search results. */
  results: Array<User>;
  /** The total number of results found. */
  total?: Maybe<Scalars['SafeInt']['output']>;
  /** Resource types the search was performed against. */
  types?: Maybe<Array<Scalars['String']['output']>>;
};

/** The WFM work plan bid rank settings of a user. */
export type WorkPlanBidRanks = {
  __typename?: 'WorkPlanBidRanks';
  /** Custom agent ranking metric that some customers can use. */
  biddingTieBreaker?: Maybe<Scalars['String']['output']>;
  /** The globally unique identifier for the user. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
  /** Work plan bidding agent performance ranking. The range of values is between 0 and 9999. */
  workPlanBiddingPerformance?: Maybe<Scalars['Int']['output']>;
};

/** A division reference. */
export type WritableDivision = {
  __typename?: 'WritableDivision';
  /** The globally unique identifier for the object. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The division name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The URI for this object. */
  selfUri?: Maybe<Scalars['String']['output']>;
};
