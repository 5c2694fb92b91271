import type * as Types from './schema-types.js';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Actions as ActionsModel, AcwSettings as AcwSettingsModel, AddressableEntityRef as AddressableEntityRefModel, Adjacents as AdjacentsModel, AgentOwnedRouting as AgentOwnedRoutingModel, AggregateDataContainer as AggregateDataContainerModel, AggregateMetricData as AggregateMetricDataModel, AggregateViewData as AggregateViewDataModel, AggregationResult as AggregationResultModel, AggregationResultEntry as AggregationResultEntryModel, AnalyticsRoutingStatusRecord as AnalyticsRoutingStatusRecordModel, AnalyticsUserDetail as AnalyticsUserDetailModel, AnalyticsUserDetailsQueryResponse as AnalyticsUserDetailsQueryResponseModel, AnalyticsUserPresenceRecord as AnalyticsUserPresenceRecordModel, AutoAnswerSettings as AutoAnswerSettingsModel, Biography as BiographyModel, Bullseye as BullseyeModel, CallForwarding as CallForwardingModel, CallRoute as CallRouteModel, CallTarget as CallTargetModel, CallbackMediaSettings as CallbackMediaSettingsModel, CannedResponseLibraries as CannedResponseLibrariesModel, Chat as ChatModel, ConditionalGroupActivation as ConditionalGroupActivationModel, ConditionalGroupActivationCondition as ConditionalGroupActivationConditionModel, ConditionalGroupActivationPilotRule as ConditionalGroupActivationPilotRuleModel, ConditionalGroupActivationRule as ConditionalGroupActivationRuleModel, ConditionalGroupActivationSimpleMetric as ConditionalGroupActivationSimpleMetricModel, ConditionalGroupRouting as ConditionalGroupRoutingModel, ConditionalGroupRoutingRule as ConditionalGroupRoutingRuleModel, Contact as ContactModel, DirectRouting as DirectRoutingModel, DirectRoutingMediaSettings as DirectRoutingMediaSettingsModel, Division as DivisionModel, DomainEntityRef as DomainEntityRefModel, DomainOrganizationProduct as DomainOrganizationProductModel, DomainOrganizationRole as DomainOrganizationRoleModel, DomainPermissionPolicy as DomainPermissionPolicyModel, DomainResourceConditionNode as DomainResourceConditionNodeModel, DomainResourceConditionValue as DomainResourceConditionValueModel, DomainRole as DomainRoleModel, Education as EducationModel, EmailAddress as EmailAddressModel, EmailMediaSettings as EmailMediaSettingsModel, EmployerInfo as EmployerInfoModel, Entity as EntityModel, ExpansionCriterium as ExpansionCriteriumModel, FieldConfig as FieldConfigModel, FieldConfigs as FieldConfigsModel, FieldList as FieldListModel, Geolocation as GeolocationModel, GeolocationSettings as GeolocationSettingsModel, Group as GroupModel, GroupContact as GroupContactModel, Image as ImageModel, InactivityTimeoutSettings as InactivityTimeoutSettingsModel, InboundRoute as InboundRouteModel, Location as LocationModel, LocationAddress as LocationAddressModel, LocationAddressVerificationDetails as LocationAddressVerificationDetailsModel, LocationDefinition as LocationDefinitionModel, LocationEmergencyNumber as LocationEmergencyNumberModel, LocationImage as LocationImageModel, MediaSettings as MediaSettingsModel, MediaSummary as MediaSummaryModel, MediaSummaryDetail as MediaSummaryDetailModel, MemberGroup as MemberGroupModel, MessageMediaSettings as MessageMediaSettingsModel, NamedEntity as NamedEntityModel, OAuthLastTokenIssued as OAuthLastTokenIssuedModel, ObservationDataContainer as ObservationDataContainerModel, ObservationQueryResponse as ObservationQueryResponseModel, OrgOAuthClient as OrgOAuthClientModel, OrgUser as OrgUserModel, Organization as OrganizationModel, OrganizationPresence as OrganizationPresenceModel, OrganizationPresenceDefinition as OrganizationPresenceDefinitionModel, OutOfOffice as OutOfOfficeModel, PresenceDefinition as PresenceDefinitionModel, PresenceQueryResponse as PresenceQueryResponseModel, QueueEmailAddress as QueueEmailAddressModel, QueueFullReference as QueueFullReferenceModel, QueueMediaSettings as QueueMediaSettingsModel, QueueMessagingAddresses as QueueMessagingAddressesModel, ResourceConditionNode as ResourceConditionNodeModel, ResourceConditionValue as ResourceConditionValueModel, ResourcePermissionPolicy as ResourcePermissionPolicyModel, Ring as RingModel, RoleDivision as RoleDivisionModel, RoutingRule as RoutingRuleModel, RoutingSkill as RoutingSkillModel, RoutingStatus as RoutingStatusModel, Section as SectionModel, ServerDate as ServerDateModel, ServiceLevel as ServiceLevelModel, Signature as SignatureModel, SkillsToRemove as SkillsToRemoveModel, StatisticalResponse as StatisticalResponseModel, StatisticalSummary as StatisticalSummaryModel, Team as TeamModel, TeamFullReference as TeamFullReferenceModel, TokenInfo as TokenInfoModel, TokenInfoClonedUser as TokenInfoClonedUserModel, TrusteeAuthorization as TrusteeAuthorizationModel, Trustor as TrustorModel, TrustorEntityListing as TrustorEntityListingModel, User as UserModel, UserAuthorization as UserAuthorizationModel, UserConversationSummary as UserConversationSummaryModel, UserEntityListing as UserEntityListingModel, UserExpands as UserExpandsModel, UserFullReference as UserFullReferenceModel, UserLanguageEntityListing as UserLanguageEntityListingModel, UserMe as UserMeModel, UserPresence as UserPresenceModel, UserProfile as UserProfileModel, UserProfileEntityListing as UserProfileEntityListingModel, UserQueue as UserQueueModel, UserQueueEntityListing as UserQueueEntityListingModel, UserRoutingLanguage as UserRoutingLanguageModel, UserRoutingSkill as UserRoutingSkillModel, UserSkillEntityListing as UserSkillEntityListingModel, UserStation as UserStationModel, UserStations as UserStationsModel, UsersSearchResponse as UsersSearchResponseModel, WorkPlanBidRanks as WorkPlanBidRanksModel, WritableDivision as WritableDivisionModel } from '../genesys/models.js';
import type { CallForwardingPayload as CallForwardingPayloadModel, GeolocationPayload as GeolocationPayloadModel, OutOfOfficePayload as OutOfOfficePayloadModel, ProfileSkillsPayload as ProfileSkillsPayloadModel, RemoveUserRoutingLanguagePayload as RemoveUserRoutingLanguagePayloadModel, RemoveUserRoutingSkillPayload as RemoveUserRoutingSkillPayloadModel, RoutingStatusPayload as RoutingStatusPayloadModel, UserAuthorizationPayload as UserAuthorizationPayloadModel, UserMutationPayload as UserMutationPayloadModel, UserQueuePayload as UserQueuePayloadModel, UserQueuesPayload as UserQueuesPayloadModel, UserRoutingLanguagePayload as UserRoutingLanguagePayloadModel, UserRoutingSkillPayload as UserRoutingSkillPayloadModel } from '../mutations/payloads.js';
import type { PageInfo as PageInfoModel, TrustorConnection as TrustorConnectionModel, TrustorEdge as TrustorEdgeModel, UserConnection as UserConnectionModel, UserEdge as UserEdgeModel, UserQueueConnection as UserQueueConnectionModel, UserQueueEdge as UserQueueEdgeModel, UserRoutingLanguageConnection as UserRoutingLanguageConnectionModel, UserRoutingLanguageEdge as UserRoutingLanguageEdgeModel, UserRoutingSkillConnection as UserRoutingSkillConnectionModel, UserRoutingSkillEdge as UserRoutingSkillEdgeModel } from '../relay/connection.js';
import type { OutOfOfficeEvent as OutOfOfficeEventModel, PresenceEvent as PresenceEventModel, RoutingStatusEvent as RoutingStatusEventModel, StationEvent as StationEventModel } from '../live/events.js';
import type { GatewayContext } from '../context.js';
type User = Types.User;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };


export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Types.Maybe<T> extends T ? Types.Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Types.Maybe<TTypes> | Promise<Types.Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node: ( UserModel );
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actions: ResolverTypeWrapper<ActionsModel>;
  AcwSettings: ResolverTypeWrapper<AcwSettingsModel>;
  Int: ResolverTypeWrapper<Types.Scalars['Int']['output']>;
  AcwSettingsWrapupPrompt: Types.AcwSettingsWrapupPrompt;
  AddressableEntityRef: ResolverTypeWrapper<AddressableEntityRefModel>;
  ID: ResolverTypeWrapper<Types.Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Types.Scalars['String']['output']>;
  Adjacents: ResolverTypeWrapper<AdjacentsModel>;
  AgentOwnedRouting: ResolverTypeWrapper<AgentOwnedRoutingModel>;
  Boolean: ResolverTypeWrapper<Types.Scalars['Boolean']['output']>;
  AggregateDataContainer: ResolverTypeWrapper<AggregateDataContainerModel>;
  AggregateMetricData: ResolverTypeWrapper<AggregateMetricDataModel>;
  AggregateViewData: ResolverTypeWrapper<AggregateViewDataModel>;
  AggregationQueryInput: Types.AggregationQueryInput;
  AggregationRangeInput: Types.AggregationRangeInput;
  Float: ResolverTypeWrapper<Types.Scalars['Float']['output']>;
  AggregationResult: ResolverTypeWrapper<AggregationResultModel>;
  AggregationResultEntry: ResolverTypeWrapper<AggregationResultEntryModel>;
  AnalyticsAggregationType: Types.AnalyticsAggregationType;
  AnalyticsQueryAggregationInput: Types.AnalyticsQueryAggregationInput;
  AnalyticsQueryClauseInput: Types.AnalyticsQueryClauseInput;
  AnalyticsQueryFilterInput: Types.AnalyticsQueryFilterInput;
  AnalyticsQueryFilterType: Types.AnalyticsQueryFilterType;
  AnalyticsQueryPredicateDimension: Types.AnalyticsQueryPredicateDimension;
  AnalyticsQueryPredicateInput: Types.AnalyticsQueryPredicateInput;
  AnalyticsQueryPredicateMetric: Types.AnalyticsQueryPredicateMetric;
  AnalyticsQueryPredicateOperator: Types.AnalyticsQueryPredicateOperator;
  AnalyticsQueryPredicatePropertyType: Types.AnalyticsQueryPredicatePropertyType;
  AnalyticsQueryPredicateType: Types.AnalyticsQueryPredicateType;
  AnalyticsRoutingStatusRecord: ResolverTypeWrapper<AnalyticsRoutingStatusRecordModel>;
  AnalyticsSystemPresence: Types.AnalyticsSystemPresence;
  AnalyticsUserDetail: ResolverTypeWrapper<AnalyticsUserDetailModel>;
  AnalyticsUserDetailsQueryResponse: ResolverTypeWrapper<AnalyticsUserDetailsQueryResponseModel>;
  AnalyticsUserPresenceRecord: ResolverTypeWrapper<AnalyticsUserPresenceRecordModel>;
  AnalyticsViewFunction: Types.AnalyticsViewFunction;
  AnalyticsViewInput: Types.AnalyticsViewInput;
  AutoAnswerSettings: ResolverTypeWrapper<AutoAnswerSettingsModel>;
  Biography: ResolverTypeWrapper<BiographyModel>;
  BiographyInput: Types.BiographyInput;
  Bullseye: ResolverTypeWrapper<BullseyeModel>;
  CallForwarding: ResolverTypeWrapper<CallForwardingModel>;
  CallForwardingInput: Types.CallForwardingInput;
  CallForwardingPayload: ResolverTypeWrapper<CallForwardingPayloadModel>;
  CallForwardingVoicemail: Types.CallForwardingVoicemail;
  CallRoute: ResolverTypeWrapper<CallRouteModel>;
  CallRouteInput: Types.CallRouteInput;
  CallTarget: ResolverTypeWrapper<CallTargetModel>;
  CallTargetInput: Types.CallTargetInput;
  CallTargetType: Types.CallTargetType;
  CallbackMediaSettings: ResolverTypeWrapper<CallbackMediaSettingsModel>;
  CallbackMediaSettingsMode: Types.CallbackMediaSettingsMode;
  CallbackReactionType: Types.CallbackReactionType;
  CannedResponseLibraries: ResolverTypeWrapper<CannedResponseLibrariesModel>;
  CannedResponseLibrariesMode: Types.CannedResponseLibrariesMode;
  ChangeMyPasswordRequestInput: Types.ChangeMyPasswordRequestInput;
  ChangePasswordRequestInput: Types.ChangePasswordRequestInput;
  Chat: ResolverTypeWrapper<ChatModel>;
  ChatInput: Types.ChatInput;
  ConditionalGroupActivation: ResolverTypeWrapper<ConditionalGroupActivationModel>;
  ConditionalGroupActivationCondition: ResolverTypeWrapper<ConditionalGroupActivationConditionModel>;
  ConditionalGroupActivationConditionOperator: Types.ConditionalGroupActivationConditionOperator;
  ConditionalGroupActivationPilotRule: ResolverTypeWrapper<ConditionalGroupActivationPilotRuleModel>;
  ConditionalGroupActivationRule: ResolverTypeWrapper<ConditionalGroupActivationRuleModel>;
  ConditionalGroupActivationSimpleMetric: ResolverTypeWrapper<ConditionalGroupActivationSimpleMetricModel>;
  ConditionalGroupActivationSimpleMetricMetric: Types.ConditionalGroupActivationSimpleMetricMetric;
  ConditionalGroupRouting: ResolverTypeWrapper<ConditionalGroupRoutingModel>;
  ConditionalGroupRoutingRule: ResolverTypeWrapper<ConditionalGroupRoutingRuleModel>;
  ConditionalGroupRoutingRuleMetric: Types.ConditionalGroupRoutingRuleMetric;
  ConditionalGroupRoutingRuleOperator: Types.ConditionalGroupRoutingRuleOperator;
  Contact: ResolverTypeWrapper<ContactModel>;
  ContactInput: Types.ContactInput;
  ContactMediaType: Types.ContactMediaType;
  ContactType: Types.ContactType;
  CreateUserInput: Types.CreateUserInput;
  DateTime: ResolverTypeWrapper<Types.Scalars['DateTime']['output']>;
  DirectRouting: ResolverTypeWrapper<DirectRoutingModel>;
  DirectRoutingMediaSettings: ResolverTypeWrapper<DirectRoutingMediaSettingsModel>;
  Division: ResolverTypeWrapper<DivisionModel>;
  DomainEntityRef: ResolverTypeWrapper<DomainEntityRefModel>;
  DomainOrganizationProduct: ResolverTypeWrapper<DomainOrganizationProductModel>;
  DomainOrganizationRole: ResolverTypeWrapper<DomainOrganizationRoleModel>;
  DomainPermissionPolicy: ResolverTypeWrapper<DomainPermissionPolicyModel>;
  DomainResourceConditionNode: ResolverTypeWrapper<DomainResourceConditionNodeModel>;
  DomainResourceConditionValue: ResolverTypeWrapper<DomainResourceConditionValueModel>;
  DomainRole: ResolverTypeWrapper<DomainRoleModel>;
  Education: ResolverTypeWrapper<EducationModel>;
  EducationInput: Types.EducationInput;
  EmailAddress: ResolverTypeWrapper<EmailAddressModel>;
  EmailMediaSettings: ResolverTypeWrapper<EmailMediaSettingsModel>;
  EmployerInfo: ResolverTypeWrapper<EmployerInfoModel>;
  EmployerInfoInput: Types.EmployerInfoInput;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityState: Types.EntityState;
  ExpansionCriterium: ResolverTypeWrapper<ExpansionCriteriumModel>;
  ExpansionCriteriumType: Types.ExpansionCriteriumType;
  FieldConfig: ResolverTypeWrapper<FieldConfigModel>;
  FieldConfigType: Types.FieldConfigType;
  FieldConfigs: ResolverTypeWrapper<FieldConfigsModel>;
  FieldList: ResolverTypeWrapper<FieldListModel>;
  Geolocation: ResolverTypeWrapper<GeolocationModel>;
  GeolocationInput: Types.GeolocationInput;
  GeolocationPayload: ResolverTypeWrapper<GeolocationPayloadModel>;
  GeolocationSettings: ResolverTypeWrapper<GeolocationSettingsModel>;
  Group: ResolverTypeWrapper<GroupModel>;
  GroupContact: ResolverTypeWrapper<GroupContactModel>;
  GroupContactMediaType: Types.GroupContactMediaType;
  GroupContactType: Types.GroupContactType;
  GroupReferenceInput: Types.GroupReferenceInput;
  GroupType: Types.GroupType;
  GroupVisibility: Types.GroupVisibility;
  Image: ResolverTypeWrapper<ImageModel>;
  ImageInput: Types.ImageInput;
  InactivityTimeoutSettings: ResolverTypeWrapper<InactivityTimeoutSettingsModel>;
  InactivityTimeoutSettingsActionType: Types.InactivityTimeoutSettingsActionType;
  InboundRoute: ResolverTypeWrapper<InboundRouteModel>;
  InboundRouteHistoryInclusion: Types.InboundRouteHistoryInclusion;
  InboundRouteStatus: Types.InboundRouteStatus;
  IntegrationPresenceSource: Types.IntegrationPresenceSource;
  JSON: ResolverTypeWrapper<Types.Scalars['JSON']['output']>;
  Location: ResolverTypeWrapper<LocationModel>;
  LocationAddress: ResolverTypeWrapper<LocationAddressModel>;
  LocationAddressVerificationDetails: ResolverTypeWrapper<LocationAddressVerificationDetailsModel>;
  LocationAddressVerificationDetailsStatus: Types.LocationAddressVerificationDetailsStatus;
  LocationDefinition: ResolverTypeWrapper<LocationDefinitionModel>;
  LocationDefinitionState: Types.LocationDefinitionState;
  LocationEmergencyNumber: ResolverTypeWrapper<LocationEmergencyNumberModel>;
  LocationEmergencyNumberType: Types.LocationEmergencyNumberType;
  LocationImage: ResolverTypeWrapper<LocationImageModel>;
  LocationInput: Types.LocationInput;
  MediaSettings: ResolverTypeWrapper<MediaSettingsModel>;
  MediaSummary: ResolverTypeWrapper<MediaSummaryModel>;
  MediaSummaryDetail: ResolverTypeWrapper<MediaSummaryDetailModel>;
  MemberGroup: ResolverTypeWrapper<MemberGroupModel>;
  MemberGroupType: Types.MemberGroupType;
  MessageMediaSettings: ResolverTypeWrapper<MessageMediaSettingsModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NamedEntity: ResolverTypeWrapper<NamedEntityModel>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  NumericRangeInput: Types.NumericRangeInput;
  OAuthLastTokenIssued: ResolverTypeWrapper<OAuthLastTokenIssuedModel>;
  ObservationDataContainer: ResolverTypeWrapper<ObservationDataContainerModel>;
  ObservationQueryInput: Types.ObservationQueryInput;
  ObservationQueryResponse: ResolverTypeWrapper<ObservationQueryResponseModel>;
  OrgOAuthClient: ResolverTypeWrapper<OrgOAuthClientModel>;
  OrgOAuthClientState: Types.OrgOAuthClientState;
  OrgUser: ResolverTypeWrapper<OrgUserModel>;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  OrganizationPresence: ResolverTypeWrapper<OrganizationPresenceModel>;
  OrganizationPresenceDefinition: ResolverTypeWrapper<OrganizationPresenceDefinitionModel>;
  OrganizationPresenceDefinitionType: Types.OrganizationPresenceDefinitionType;
  OrganizationProductPlatform: Types.OrganizationProductPlatform;
  OutOfOffice: ResolverTypeWrapper<OutOfOfficeModel>;
  OutOfOfficeInput: Types.OutOfOfficeInput;
  OutOfOfficePayload: ResolverTypeWrapper<OutOfOfficePayloadModel>;
  PageInfo: ResolverTypeWrapper<PageInfoModel>;
  PagingSpecInput: Types.PagingSpecInput;
  Password: ResolverTypeWrapper<Types.Scalars['Password']['output']>;
  PatchUserInput: Types.PatchUserInput;
  PresenceDefinition: ResolverTypeWrapper<PresenceDefinitionModel>;
  PresenceQueryResponse: ResolverTypeWrapper<PresenceQueryResponseModel>;
  ProfileSkillsPayload: ResolverTypeWrapper<ProfileSkillsPayloadModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QueueEmailAddress: ResolverTypeWrapper<QueueEmailAddressModel>;
  QueueFullReference: ResolverTypeWrapper<QueueFullReferenceModel>;
  QueueLastAgentRoutingMode: Types.QueueLastAgentRoutingMode;
  QueueMediaSettings: ResolverTypeWrapper<QueueMediaSettingsModel>;
  QueueMessagingAddresses: ResolverTypeWrapper<QueueMessagingAddressesModel>;
  QueueScoringMethod: Types.QueueScoringMethod;
  QueueSkillEvaluationMethod: Types.QueueSkillEvaluationMethod;
  RemoveUserRoutingLanguagePayload: ResolverTypeWrapper<RemoveUserRoutingLanguagePayloadModel>;
  RemoveUserRoutingSkillPayload: ResolverTypeWrapper<RemoveUserRoutingSkillPayloadModel>;
  ResourceConditionConjunction: Types.ResourceConditionConjunction;
  ResourceConditionNode: ResolverTypeWrapper<ResourceConditionNodeModel>;
  ResourceConditionOperator: Types.ResourceConditionOperator;
  ResourceConditionValue: ResolverTypeWrapper<ResourceConditionValueModel>;
  ResourceConditionValueType: Types.ResourceConditionValueType;
  ResourcePermissionPolicy: ResolverTypeWrapper<ResourcePermissionPolicyModel>;
  Ring: ResolverTypeWrapper<RingModel>;
  RoleDivision: ResolverTypeWrapper<RoleDivisionModel>;
  RoutingRule: ResolverTypeWrapper<RoutingRuleModel>;
  RoutingRuleOperator: Types.RoutingRuleOperator;
  RoutingSkill: ResolverTypeWrapper<RoutingSkillModel>;
  RoutingStatus: ResolverTypeWrapper<RoutingStatusModel>;
  RoutingStatusInput: Types.RoutingStatusInput;
  RoutingStatusPayload: ResolverTypeWrapper<RoutingStatusPayloadModel>;
  RoutingStatusValue: Types.RoutingStatusValue;
  SafeInt: ResolverTypeWrapper<Types.Scalars['SafeInt']['output']>;
  SearchSortInput: Types.SearchSortInput;
  SearchSortOrder: Types.SearchSortOrder;
  Section: ResolverTypeWrapper<SectionModel>;
  ServerDate: ResolverTypeWrapper<ServerDateModel>;
  ServiceLevel: ResolverTypeWrapper<ServiceLevelModel>;
  Signature: ResolverTypeWrapper<SignatureModel>;
  SignatureInclusionType: Types.SignatureInclusionType;
  SkillsToRemove: ResolverTypeWrapper<SkillsToRemoveModel>;
  SortOrder: Types.SortOrder;
  StatisticalResponse: ResolverTypeWrapper<StatisticalResponseModel>;
  StatisticalSummary: ResolverTypeWrapper<StatisticalSummaryModel>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SystemPresence: Types.SystemPresence;
  Team: ResolverTypeWrapper<TeamModel>;
  TeamFullReference: ResolverTypeWrapper<TeamFullReferenceModel>;
  TokenInfo: ResolverTypeWrapper<TokenInfoModel>;
  TokenInfoClonedUser: ResolverTypeWrapper<TokenInfoClonedUserModel>;
  TrusteeAuthorization: ResolverTypeWrapper<TrusteeAuthorizationModel>;
  Trustor: ResolverTypeWrapper<TrustorModel>;
  TrustorConnection: ResolverTypeWrapper<TrustorConnectionModel>;
  TrustorEdge: ResolverTypeWrapper<TrustorEdgeModel>;
  TrustorEntityListing: ResolverTypeWrapper<TrustorEntityListingModel>;
  UpdateUserInput: Types.UpdateUserInput;
  User: ResolverTypeWrapper<UserModel>;
  UserAuthorization: ResolverTypeWrapper<UserAuthorizationModel>;
  UserAuthorizationPayload: ResolverTypeWrapper<UserAuthorizationPayloadModel>;
  UserConnection: ResolverTypeWrapper<UserConnectionModel>;
  UserConversationSummary: ResolverTypeWrapper<UserConversationSummaryModel>;
  UserDetailsQueryInput: Types.UserDetailsQueryInput;
  UserDetailsQueryOrder: Types.UserDetailsQueryOrder;
  UserEdge: ResolverTypeWrapper<UserEdgeModel>;
  UserEntityListing: ResolverTypeWrapper<UserEntityListingModel>;
  UserExpands: ResolverTypeWrapper<UserExpandsModel>;
  UserFullReference: ResolverTypeWrapper<UserFullReferenceModel>;
  UserLanguageEntityListing: ResolverTypeWrapper<UserLanguageEntityListingModel>;
  UserListState: Types.UserListState;
  UserLookupState: Types.UserLookupState;
  UserMe: ResolverTypeWrapper<UserMeModel>;
  UserMutationPayload: ResolverTypeWrapper<UserMutationPayloadModel>;
  UserOutOfOfficeEvent: ResolverTypeWrapper<OutOfOfficeEventModel>;
  UserPresence: ResolverTypeWrapper<UserPresenceModel>;
  UserPresenceEvent: ResolverTypeWrapper<PresenceEventModel>;
  UserProfile: ResolverTypeWrapper<UserProfileModel>;
  UserProfileEntityListing: ResolverTypeWrapper<UserProfileEntityListingModel>;
  UserProfileState: Types.UserProfileState;
  UserQueue: ResolverTypeWrapper<UserQueueModel>;
  UserQueueConnection: ResolverTypeWrapper<UserQueueConnectionModel>;
  UserQueueEdge: ResolverTypeWrapper<UserQueueEdgeModel>;
  UserQueueEntityListing: ResolverTypeWrapper<UserQueueEntityListingModel>;
  UserQueueInput: Types.UserQueueInput;
  UserQueuePayload: ResolverTypeWrapper<UserQueuePayloadModel>;
  UserQueuesPayload: ResolverTypeWrapper<UserQueuesPayloadModel>;
  UserRoutingLanguage: ResolverTypeWrapper<UserRoutingLanguageModel>;
  UserRoutingLanguageConnection: ResolverTypeWrapper<UserRoutingLanguageConnectionModel>;
  UserRoutingLanguageEdge: ResolverTypeWrapper<UserRoutingLanguageEdgeModel>;
  UserRoutingLanguageInput: Types.UserRoutingLanguageInput;
  UserRoutingLanguagePayload: ResolverTypeWrapper<UserRoutingLanguagePayloadModel>;
  UserRoutingLanguagePostInput: Types.UserRoutingLanguagePostInput;
  UserRoutingSkill: ResolverTypeWrapper<UserRoutingSkillModel>;
  UserRoutingSkillConnection: ResolverTypeWrapper<UserRoutingSkillConnectionModel>;
  UserRoutingSkillEdge: ResolverTypeWrapper<UserRoutingSkillEdgeModel>;
  UserRoutingSkillInput: Types.UserRoutingSkillInput;
  UserRoutingSkillPayload: ResolverTypeWrapper<UserRoutingSkillPayloadModel>;
  UserRoutingSkillPostInput: Types.UserRoutingSkillPostInput;
  UserRoutingStatusEvent: ResolverTypeWrapper<RoutingStatusEventModel>;
  UserSearchCriteriaInput: Types.UserSearchCriteriaInput;
  UserSearchCriteriaOperator: Types.UserSearchCriteriaOperator;
  UserSearchCriteriaType: Types.UserSearchCriteriaType;
  UserSearchRequestInput: Types.UserSearchRequestInput;
  UserSkillEntityListing: ResolverTypeWrapper<UserSkillEntityListingModel>;
  UserState: Types.UserState;
  UserStation: ResolverTypeWrapper<UserStationModel>;
  UserStationEvent: ResolverTypeWrapper<StationEventModel>;
  UserStations: ResolverTypeWrapper<UserStationsModel>;
  UsersSearchResponse: ResolverTypeWrapper<UsersSearchResponseModel>;
  WorkPlanBidRanks: ResolverTypeWrapper<WorkPlanBidRanksModel>;
  WritableDivision: ResolverTypeWrapper<WritableDivisionModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actions: ActionsModel;
  AcwSettings: AcwSettingsModel;
  Int: Types.Scalars['Int']['output'];
  AddressableEntityRef: AddressableEntityRefModel;
  ID: Types.Scalars['ID']['output'];
  String: Types.Scalars['String']['output'];
  Adjacents: AdjacentsModel;
  AgentOwnedRouting: AgentOwnedRoutingModel;
  Boolean: Types.Scalars['Boolean']['output'];
  AggregateDataContainer: AggregateDataContainerModel;
  AggregateMetricData: AggregateMetricDataModel;
  AggregateViewData: AggregateViewDataModel;
  AggregationQueryInput: Types.AggregationQueryInput;
  AggregationRangeInput: Types.AggregationRangeInput;
  Float: Types.Scalars['Float']['output'];
  AggregationResult: AggregationResultModel;
  AggregationResultEntry: AggregationResultEntryModel;
  AnalyticsQueryAggregationInput: Types.AnalyticsQueryAggregationInput;
  AnalyticsQueryClauseInput: Types.AnalyticsQueryClauseInput;
  AnalyticsQueryFilterInput: Types.AnalyticsQueryFilterInput;
  AnalyticsQueryPredicateInput: Types.AnalyticsQueryPredicateInput;
  AnalyticsRoutingStatusRecord: AnalyticsRoutingStatusRecordModel;
  AnalyticsUserDetail: AnalyticsUserDetailModel;
  AnalyticsUserDetailsQueryResponse: AnalyticsUserDetailsQueryResponseModel;
  AnalyticsUserPresenceRecord: AnalyticsUserPresenceRecordModel;
  AnalyticsViewInput: Types.AnalyticsViewInput;
  AutoAnswerSettings: AutoAnswerSettingsModel;
  Biography: BiographyModel;
  BiographyInput: Types.BiographyInput;
  Bullseye: BullseyeModel;
  CallForwarding: CallForwardingModel;
  CallForwardingInput: Types.CallForwardingInput;
  CallForwardingPayload: CallForwardingPayloadModel;
  CallRoute: CallRouteModel;
  CallRouteInput: Types.CallRouteInput;
  CallTarget: CallTargetModel;
  CallTargetInput: Types.CallTargetInput;
  CallbackMediaSettings: CallbackMediaSettingsModel;
  CannedResponseLibraries: CannedResponseLibrariesModel;
  ChangeMyPasswordRequestInput: Types.ChangeMyPasswordRequestInput;
  ChangePasswordRequestInput: Types.ChangePasswordRequestInput;
  Chat: ChatModel;
  ChatInput: Types.ChatInput;
  ConditionalGroupActivation: ConditionalGroupActivationModel;
  ConditionalGroupActivationCondition: ConditionalGroupActivationConditionModel;
  ConditionalGroupActivationPilotRule: ConditionalGroupActivationPilotRuleModel;
  ConditionalGroupActivationRule: ConditionalGroupActivationRuleModel;
  ConditionalGroupActivationSimpleMetric: ConditionalGroupActivationSimpleMetricModel;
  ConditionalGroupRouting: ConditionalGroupRoutingModel;
  ConditionalGroupRoutingRule: ConditionalGroupRoutingRuleModel;
  Contact: ContactModel;
  ContactInput: Types.ContactInput;
  CreateUserInput: Types.CreateUserInput;
  DateTime: Types.Scalars['DateTime']['output'];
  DirectRouting: DirectRoutingModel;
  DirectRoutingMediaSettings: DirectRoutingMediaSettingsModel;
  Division: DivisionModel;
  DomainEntityRef: DomainEntityRefModel;
  DomainOrganizationProduct: DomainOrganizationProductModel;
  DomainOrganizationRole: DomainOrganizationRoleModel;
  DomainPermissionPolicy: DomainPermissionPolicyModel;
  DomainResourceConditionNode: DomainResourceConditionNodeModel;
  DomainResourceConditionValue: DomainResourceConditionValueModel;
  DomainRole: DomainRoleModel;
  Education: EducationModel;
  EducationInput: Types.EducationInput;
  EmailAddress: EmailAddressModel;
  EmailMediaSettings: EmailMediaSettingsModel;
  EmployerInfo: EmployerInfoModel;
  EmployerInfoInput: Types.EmployerInfoInput;
  Entity: EntityModel;
  ExpansionCriterium: ExpansionCriteriumModel;
  FieldConfig: FieldConfigModel;
  FieldConfigs: FieldConfigsModel;
  FieldList: FieldListModel;
  Geolocation: GeolocationModel;
  GeolocationInput: Types.GeolocationInput;
  GeolocationPayload: GeolocationPayloadModel;
  GeolocationSettings: GeolocationSettingsModel;
  Group: GroupModel;
  GroupContact: GroupContactModel;
  GroupReferenceInput: Types.GroupReferenceInput;
  Image: ImageModel;
  ImageInput: Types.ImageInput;
  InactivityTimeoutSettings: InactivityTimeoutSettingsModel;
  InboundRoute: InboundRouteModel;
  JSON: Types.Scalars['JSON']['output'];
  Location: LocationModel;
  LocationAddress: LocationAddressModel;
  LocationAddressVerificationDetails: LocationAddressVerificationDetailsModel;
  LocationDefinition: LocationDefinitionModel;
  LocationEmergencyNumber: LocationEmergencyNumberModel;
  LocationImage: LocationImageModel;
  LocationInput: Types.LocationInput;
  MediaSettings: MediaSettingsModel;
  MediaSummary: MediaSummaryModel;
  MediaSummaryDetail: MediaSummaryDetailModel;
  MemberGroup: MemberGroupModel;
  MessageMediaSettings: MessageMediaSettingsModel;
  Mutation: Record<PropertyKey, never>;
  NamedEntity: NamedEntityModel;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  NumericRangeInput: Types.NumericRangeInput;
  OAuthLastTokenIssued: OAuthLastTokenIssuedModel;
  ObservationDataContainer: ObservationDataContainerModel;
  ObservationQueryInput: Types.ObservationQueryInput;
  ObservationQueryResponse: ObservationQueryResponseModel;
  OrgOAuthClient: OrgOAuthClientModel;
  OrgUser: OrgUserModel;
  Organization: OrganizationModel;
  OrganizationPresence: OrganizationPresenceModel;
  OrganizationPresenceDefinition: OrganizationPresenceDefinitionModel;
  OutOfOffice: OutOfOfficeModel;
  OutOfOfficeInput: Types.OutOfOfficeInput;
  OutOfOfficePayload: OutOfOfficePayloadModel;
  PageInfo: PageInfoModel;
  PagingSpecInput: Types.PagingSpecInput;
  Password: Types.Scalars['Password']['output'];
  PatchUserInput: Types.PatchUserInput;
  PresenceDefinition: PresenceDefinitionModel;
  PresenceQueryResponse: PresenceQueryResponseModel;
  ProfileSkillsPayload: ProfileSkillsPayloadModel;
  Query: Record<PropertyKey, never>;
  QueueEmailAddress: QueueEmailAddressModel;
  QueueFullReference: QueueFullReferenceModel;
  QueueMediaSettings: QueueMediaSettingsModel;
  QueueMessagingAddresses: QueueMessagingAddressesModel;
  RemoveUserRoutingLanguagePayload: RemoveUserRoutingLanguagePayloadModel;
  RemoveUserRoutingSkillPayload: RemoveUserRoutingSkillPayloadModel;
  ResourceConditionNode: ResourceConditionNodeModel;
  ResourceConditionValue: ResourceConditionValueModel;
  ResourcePermissionPolicy: ResourcePermissionPolicyModel;
  Ring: RingModel;
  RoleDivision: RoleDivisionModel;
  RoutingRule: RoutingRuleModel;
  RoutingSkill: RoutingSkillModel;
  RoutingStatus: RoutingStatusModel;
  RoutingStatusInput: Types.RoutingStatusInput;
  RoutingStatusPayload: RoutingStatusPayloadModel;
  SafeInt: Types.Scalars['SafeInt']['output'];
  SearchSortInput: Types.SearchSortInput;
  Section: SectionModel;
  ServerDate: ServerDateModel;
  ServiceLevel: ServiceLevelModel;
  Signature: SignatureModel;
  SkillsToRemove: SkillsToRemoveModel;
  StatisticalResponse: StatisticalResponseModel;
  StatisticalSummary: StatisticalSummaryModel;
  Subscription: Record<PropertyKey, never>;
  Team: TeamModel;
  TeamFullReference: TeamFullReferenceModel;
  TokenInfo: TokenInfoModel;
  TokenInfoClonedUser: TokenInfoClonedUserModel;
  TrusteeAuthorization: TrusteeAuthorizationModel;
  Trustor: TrustorModel;
  TrustorConnection: TrustorConnectionModel;
  TrustorEdge: TrustorEdgeModel;
  TrustorEntityListing: TrustorEntityListingModel;
  UpdateUserInput: Types.UpdateUserInput;
  User: UserModel;
  UserAuthorization: UserAuthorizationModel;
  UserAuthorizationPayload: UserAuthorizationPayloadModel;
  UserConnection: UserConnectionModel;
  UserConversationSummary: UserConversationSummaryModel;
  UserDetailsQueryInput: Types.UserDetailsQueryInput;
  UserEdge: UserEdgeModel;
  UserEntityListing: UserEntityListingModel;
  UserExpands: UserExpandsModel;
  UserFullReference: UserFullReferenceModel;
  UserLanguageEntityListing: UserLanguageEntityListingModel;
  UserMe: UserMeModel;
  UserMutationPayload: UserMutationPayloadModel;
  UserOutOfOfficeEvent: OutOfOfficeEventModel;
  UserPresence: UserPresenceModel;
  UserPresenceEvent: PresenceEventModel;
  UserProfile: UserProfileModel;
  UserProfileEntityListing: UserProfileEntityListingModel;
  UserQueue: UserQueueModel;
  UserQueueConnection: UserQueueConnectionModel;
  UserQueueEdge: UserQueueEdgeModel;
  UserQueueEntityListing: UserQueueEntityListingModel;
  UserQueueInput: Types.UserQueueInput;
  UserQueuePayload: UserQueuePayloadModel;
  UserQueuesPayload: UserQueuesPayloadModel;
  UserRoutingLanguage: UserRoutingLanguageModel;
  UserRoutingLanguageConnection: UserRoutingLanguageConnectionModel;
  UserRoutingLanguageEdge: UserRoutingLanguageEdgeModel;
  UserRoutingLanguageInput: Types.UserRoutingLanguageInput;
  UserRoutingLanguagePayload: UserRoutingLanguagePayloadModel;
  UserRoutingLanguagePostInput: Types.UserRoutingLanguagePostInput;
  UserRoutingSkill: UserRoutingSkillModel;
  UserRoutingSkillConnection: UserRoutingSkillConnectionModel;
  UserRoutingSkillEdge: UserRoutingSkillEdgeModel;
  UserRoutingSkillInput: Types.UserRoutingSkillInput;
  UserRoutingSkillPayload: UserRoutingSkillPayloadModel;
  UserRoutingSkillPostInput: Types.UserRoutingSkillPostInput;
  UserRoutingStatusEvent: RoutingStatusEventModel;
  UserSearchCriteriaInput: Types.UserSearchCriteriaInput;
  UserSearchRequestInput: Types.UserSearchRequestInput;
  UserSkillEntityListing: UserSkillEntityListingModel;
  UserStation: UserStationModel;
  UserStationEvent: StationEventModel;
  UserStations: UserStationsModel;
  UsersSearchResponse: UsersSearchResponseModel;
  WorkPlanBidRanks: WorkPlanBidRanksModel;
  WritableDivision: WritableDivisionModel;
};

export type ActionsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Actions'] = ResolversParentTypes['Actions']> = {
  skillsToRemove?: Resolver<Types.Maybe<Array<ResolversTypes['SkillsToRemove']>>, ParentType, ContextType>;
};

export type AcwSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AcwSettings'] = ResolversParentTypes['AcwSettings']> = {
  timeoutMs?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  wrapupPrompt?: Resolver<Types.Maybe<ResolversTypes['AcwSettingsWrapupPrompt']>, ParentType, ContextType>;
};

export type AddressableEntityRefResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AddressableEntityRef'] = ResolversParentTypes['AddressableEntityRef']> = {
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AdjacentsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Adjacents'] = ResolversParentTypes['Adjacents']> = {
  directReports?: Resolver<Types.Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
  siblings?: Resolver<Types.Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
  superiors?: Resolver<Types.Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
};

export type AgentOwnedRoutingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AgentOwnedRouting'] = ResolversParentTypes['AgentOwnedRouting']> = {
  enableAgentOwnedCallbacks?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  maxOwnedCallbackDelayHours?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxOwnedCallbackHours?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AggregateDataContainerResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AggregateDataContainer'] = ResolversParentTypes['AggregateDataContainer']> = {
  data?: Resolver<Types.Maybe<Array<ResolversTypes['StatisticalResponse']>>, ParentType, ContextType>;
  group?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type AggregateMetricDataResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AggregateMetricData'] = ResolversParentTypes['AggregateMetricData']> = {
  metric?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifier?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stats?: Resolver<Types.Maybe<ResolversTypes['StatisticalSummary']>, ParentType, ContextType>;
};

export type AggregateViewDataResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AggregateViewData'] = ResolversParentTypes['AggregateViewData']> = {
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stats?: Resolver<Types.Maybe<ResolversTypes['StatisticalSummary']>, ParentType, ContextType>;
};

export type AggregationResultResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AggregationResult'] = ResolversParentTypes['AggregationResult']> = {
  count?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  dimension?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metric?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  results?: Resolver<Types.Maybe<Array<ResolversTypes['AggregationResultEntry']>>, ParentType, ContextType>;
  type?: Resolver<Types.Maybe<ResolversTypes['AnalyticsAggregationType']>, ParentType, ContextType>;
};

export type AggregationResultEntryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AggregationResultEntry'] = ResolversParentTypes['AggregationResultEntry']> = {
  count?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  gte?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lt?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AnalyticsRoutingStatusRecordResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AnalyticsRoutingStatusRecord'] = ResolversParentTypes['AnalyticsRoutingStatusRecord']> = {
  durationMilliseconds?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  endTime?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  routingStatus?: Resolver<Types.Maybe<ResolversTypes['RoutingStatusValue']>, ParentType, ContextType>;
  startTime?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type AnalyticsUserDetailResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AnalyticsUserDetail'] = ResolversParentTypes['AnalyticsUserDetail']> = {
  primaryPresence?: Resolver<Types.Maybe<Array<ResolversTypes['AnalyticsUserPresenceRecord']>>, ParentType, ContextType>;
  routingStatus?: Resolver<Types.Maybe<Array<ResolversTypes['AnalyticsRoutingStatusRecord']>>, ParentType, ContextType>;
  userId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AnalyticsUserDetailsQueryResponseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AnalyticsUserDetailsQueryResponse'] = ResolversParentTypes['AnalyticsUserDetailsQueryResponse']> = {
  aggregations?: Resolver<Types.Maybe<Array<ResolversTypes['AggregationResult']>>, ParentType, ContextType>;
  totalHits?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userDetails?: Resolver<Types.Maybe<Array<ResolversTypes['AnalyticsUserDetail']>>, ParentType, ContextType>;
};

export type AnalyticsUserPresenceRecordResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AnalyticsUserPresenceRecord'] = ResolversParentTypes['AnalyticsUserPresenceRecord']> = {
  durationMilliseconds?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  endTime?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  organizationPresenceId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startTime?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  systemPresence?: Resolver<Types.Maybe<ResolversTypes['AnalyticsSystemPresence']>, ParentType, ContextType>;
};

export type AutoAnswerSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['AutoAnswerSettings'] = ResolversParentTypes['AutoAnswerSettings']> = {
  settings?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type BiographyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Biography'] = ResolversParentTypes['Biography']> = {
  biography?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  education?: Resolver<Types.Maybe<Array<ResolversTypes['Education']>>, ParentType, ContextType>;
  hobbies?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  interests?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  spouse?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BullseyeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Bullseye'] = ResolversParentTypes['Bullseye']> = {
  rings?: Resolver<Types.Maybe<Array<ResolversTypes['Ring']>>, ParentType, ContextType>;
};

export type CallForwardingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CallForwarding'] = ResolversParentTypes['CallForwarding']> = {
  calls?: Resolver<Types.Maybe<Array<ResolversTypes['CallRoute']>>, ParentType, ContextType>;
  enabled?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  modifiedDate?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phoneNumber?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  voicemail?: Resolver<Types.Maybe<ResolversTypes['CallForwardingVoicemail']>, ParentType, ContextType>;
};

export type CallForwardingPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CallForwardingPayload'] = ResolversParentTypes['CallForwardingPayload']> = {
  callForwarding?: Resolver<Types.Maybe<ResolversTypes['CallForwarding']>, ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CallRouteResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CallRoute'] = ResolversParentTypes['CallRoute']> = {
  targets?: Resolver<Types.Maybe<Array<ResolversTypes['CallTarget']>>, ParentType, ContextType>;
};

export type CallTargetResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CallTarget'] = ResolversParentTypes['CallTarget']> = {
  type?: Resolver<Types.Maybe<ResolversTypes['CallTargetType']>, ParentType, ContextType>;
  value?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CallbackMediaSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CallbackMediaSettings'] = ResolversParentTypes['CallbackMediaSettings']> = {
  alertingTimeoutSeconds?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  answeringMachineFlow?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  answeringMachineReactionType?: Resolver<Types.Maybe<ResolversTypes['CallbackReactionType']>, ParentType, ContextType>;
  autoAnswerAlertToneSeconds?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  autoDialDelaySeconds?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  autoEndDelaySeconds?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  edgeGroup?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  enableAutoAnswer?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enableAutoDialAndEnd?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  liveVoiceFlow?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  liveVoiceReactionType?: Resolver<Types.Maybe<ResolversTypes['CallbackReactionType']>, ParentType, ContextType>;
  manualAnswerAlertToneSeconds?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxRetryCount?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mode?: Resolver<Types.Maybe<ResolversTypes['CallbackMediaSettingsMode']>, ParentType, ContextType>;
  pacingModifier?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  retryDelaySeconds?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  serviceLevel?: Resolver<Types.Maybe<ResolversTypes['ServiceLevel']>, ParentType, ContextType>;
  site?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
};

export type CannedResponseLibrariesResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['CannedResponseLibraries'] = ResolversParentTypes['CannedResponseLibraries']> = {
  libraryIds?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  mode?: Resolver<Types.Maybe<ResolversTypes['CannedResponseLibrariesMode']>, ParentType, ContextType>;
};

export type ChatResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Chat'] = ResolversParentTypes['Chat']> = {
  jabberId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConditionalGroupActivationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ConditionalGroupActivation'] = ResolversParentTypes['ConditionalGroupActivation']> = {
  pilotRule?: Resolver<Types.Maybe<ResolversTypes['ConditionalGroupActivationPilotRule']>, ParentType, ContextType>;
  rules?: Resolver<Types.Maybe<Array<ResolversTypes['ConditionalGroupActivationRule']>>, ParentType, ContextType>;
};

export type ConditionalGroupActivationConditionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ConditionalGroupActivationCondition'] = ResolversParentTypes['ConditionalGroupActivationCondition']> = {
  operator?: Resolver<Types.Maybe<ResolversTypes['ConditionalGroupActivationConditionOperator']>, ParentType, ContextType>;
  simpleMetric?: Resolver<Types.Maybe<ResolversTypes['ConditionalGroupActivationSimpleMetric']>, ParentType, ContextType>;
  value?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ConditionalGroupActivationPilotRuleResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ConditionalGroupActivationPilotRule'] = ResolversParentTypes['ConditionalGroupActivationPilotRule']> = {
  conditionExpression?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conditions?: Resolver<Types.Maybe<Array<ResolversTypes['ConditionalGroupActivationCondition']>>, ParentType, ContextType>;
};

export type ConditionalGroupActivationRuleResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ConditionalGroupActivationRule'] = ResolversParentTypes['ConditionalGroupActivationRule']> = {
  conditionExpression?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conditions?: Resolver<Types.Maybe<Array<ResolversTypes['ConditionalGroupActivationCondition']>>, ParentType, ContextType>;
  groups?: Resolver<Types.Maybe<Array<ResolversTypes['MemberGroup']>>, ParentType, ContextType>;
};

export type ConditionalGroupActivationSimpleMetricResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ConditionalGroupActivationSimpleMetric'] = ResolversParentTypes['ConditionalGroupActivationSimpleMetric']> = {
  metric?: Resolver<Types.Maybe<ResolversTypes['ConditionalGroupActivationSimpleMetricMetric']>, ParentType, ContextType>;
  queue?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
};

export type ConditionalGroupRoutingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ConditionalGroupRouting'] = ResolversParentTypes['ConditionalGroupRouting']> = {
  rules?: Resolver<Types.Maybe<Array<ResolversTypes['ConditionalGroupRoutingRule']>>, ParentType, ContextType>;
};

export type ConditionalGroupRoutingRuleResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ConditionalGroupRoutingRule'] = ResolversParentTypes['ConditionalGroupRoutingRule']> = {
  conditionValue?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  groups?: Resolver<Types.Maybe<Array<ResolversTypes['MemberGroup']>>, ParentType, ContextType>;
  metric?: Resolver<Types.Maybe<ResolversTypes['ConditionalGroupRoutingRuleMetric']>, ParentType, ContextType>;
  operator?: Resolver<Types.Maybe<ResolversTypes['ConditionalGroupRoutingRuleOperator']>, ParentType, ContextType>;
  queue?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  waitSeconds?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ContactResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  address?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryCode?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  display?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  extension?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  integration?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mediaType?: Resolver<Types.Maybe<ResolversTypes['ContactMediaType']>, ParentType, ContextType>;
  type?: Resolver<Types.Maybe<ResolversTypes['ContactType']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DirectRoutingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DirectRouting'] = ResolversParentTypes['DirectRouting']> = {
  agentWaitSeconds?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  backupQueueId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  callMediaSettings?: Resolver<Types.Maybe<ResolversTypes['DirectRoutingMediaSettings']>, ParentType, ContextType>;
  emailMediaSettings?: Resolver<Types.Maybe<ResolversTypes['DirectRoutingMediaSettings']>, ParentType, ContextType>;
  messageMediaSettings?: Resolver<Types.Maybe<ResolversTypes['DirectRoutingMediaSettings']>, ParentType, ContextType>;
  waitForAgent?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type DirectRoutingMediaSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DirectRoutingMediaSettings'] = ResolversParentTypes['DirectRoutingMediaSettings']> = {
  useAgentAddressOutbound?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type DivisionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Division'] = ResolversParentTypes['Division']> = {
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DomainEntityRefResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DomainEntityRef'] = ResolversParentTypes['DomainEntityRef']> = {
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DomainOrganizationProductResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DomainOrganizationProduct'] = ResolversParentTypes['DomainOrganizationProduct']> = {
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type DomainOrganizationRoleResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DomainOrganizationRole'] = ResolversParentTypes['DomainOrganizationRole']> = {
  addonLicenses?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  base?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  baseLicense?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateLicenseLastUpdated?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  default?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  defaultRoleId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  permissionPolicies?: Resolver<Types.Maybe<Array<ResolversTypes['DomainPermissionPolicy']>>, ParentType, ContextType>;
  permissions?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  roleNeedsUpdate?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unusedPermissions?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  userCount?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DomainPermissionPolicyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DomainPermissionPolicy'] = ResolversParentTypes['DomainPermissionPolicy']> = {
  actionSet?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  allowConditions?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  domain?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  namedResources?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  policyDescription?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  policyName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceConditionNode?: Resolver<Types.Maybe<ResolversTypes['DomainResourceConditionNode']>, ParentType, ContextType>;
};

export type DomainResourceConditionNodeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DomainResourceConditionNode'] = ResolversParentTypes['DomainResourceConditionNode']> = {
  conjunction?: Resolver<Types.Maybe<ResolversTypes['ResourceConditionConjunction']>, ParentType, ContextType>;
  operands?: Resolver<Types.Maybe<Array<ResolversTypes['DomainResourceConditionValue']>>, ParentType, ContextType>;
  operator?: Resolver<Types.Maybe<ResolversTypes['ResourceConditionOperator']>, ParentType, ContextType>;
  terms?: Resolver<Types.Maybe<Array<ResolversTypes['DomainResourceConditionNode']>>, ParentType, ContextType>;
  variableName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DomainResourceConditionValueResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DomainResourceConditionValue'] = ResolversParentTypes['DomainResourceConditionValue']> = {
  queue?: Resolver<Types.Maybe<ResolversTypes['QueueFullReference']>, ParentType, ContextType>;
  team?: Resolver<Types.Maybe<ResolversTypes['TeamFullReference']>, ParentType, ContextType>;
  type?: Resolver<Types.Maybe<ResolversTypes['ResourceConditionValueType']>, ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['UserFullReference']>, ParentType, ContextType>;
  value?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DomainRoleResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['DomainRole'] = ResolversParentTypes['DomainRole']> = {
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EducationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Education'] = ResolversParentTypes['Education']> = {
  dateEnd?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateStart?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fieldOfStudy?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  school?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EmailAddressResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EmailAddress'] = ResolversParentTypes['EmailAddress']> = {
  email?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EmailMediaSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EmailMediaSettings'] = ResolversParentTypes['EmailMediaSettings']> = {
  alertingTimeoutSeconds?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  allOutboundEmailAddresses?: Resolver<Types.Maybe<Array<ResolversTypes['QueueEmailAddress']>>, ParentType, ContextType>;
  autoAnswerAlertToneSeconds?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  enableAutoAnswer?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  manualAnswerAlertToneSeconds?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  serviceLevel?: Resolver<Types.Maybe<ResolversTypes['ServiceLevel']>, ParentType, ContextType>;
};

export type EmployerInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['EmployerInfo'] = ResolversParentTypes['EmployerInfo']> = {
  dateHire?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employeeId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employeeType?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  officialName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ExpansionCriteriumResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ExpansionCriterium'] = ResolversParentTypes['ExpansionCriterium']> = {
  threshold?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  type?: Resolver<Types.Maybe<ResolversTypes['ExpansionCriteriumType']>, ParentType, ContextType>;
};

export type FieldConfigResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FieldConfig'] = ResolversParentTypes['FieldConfig']> = {
  entityType?: Resolver<Types.Maybe<ResolversTypes['FieldConfigType']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schemaVersion?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sections?: Resolver<Types.Maybe<Array<ResolversTypes['Section']>>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FieldConfigsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FieldConfigs'] = ResolversParentTypes['FieldConfigs']> = {
  externalContact?: Resolver<Types.Maybe<ResolversTypes['FieldConfig']>, ParentType, ContextType>;
  group?: Resolver<Types.Maybe<ResolversTypes['FieldConfig']>, ParentType, ContextType>;
  org?: Resolver<Types.Maybe<ResolversTypes['FieldConfig']>, ParentType, ContextType>;
  person?: Resolver<Types.Maybe<ResolversTypes['FieldConfig']>, ParentType, ContextType>;
};

export type FieldListResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['FieldList'] = ResolversParentTypes['FieldList']> = {
  customLabels?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  gdpr?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  instructionText?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  labelKeys?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  params?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  repeatable?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  required?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  state?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GeolocationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Geolocation'] = ResolversParentTypes['Geolocation']> = {
  city?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  country?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  latitude?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  locations?: Resolver<Types.Maybe<Array<ResolversTypes['LocationDefinition']>>, ParentType, ContextType>;
  longitude?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  primary?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  region?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GeolocationPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GeolocationPayload'] = ResolversParentTypes['GeolocationPayload']> = {
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  geolocation?: Resolver<Types.Maybe<ResolversTypes['Geolocation']>, ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type GeolocationSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GeolocationSettings'] = ResolversParentTypes['GeolocationSettings']> = {
  enabled?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  mapboxKey?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group']> = {
  addresses?: Resolver<Types.Maybe<Array<ResolversTypes['GroupContact']>>, ParentType, ContextType>;
  callsEnabled?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  dateModified?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  images?: Resolver<Types.Maybe<Array<ResolversTypes['Image']>>, ParentType, ContextType>;
  includeOwners?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  memberCount?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owners?: Resolver<Types.Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
  rolesEnabled?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  rulesVisible?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Types.Maybe<ResolversTypes['EntityState']>, ParentType, ContextType>;
  type?: Resolver<Types.Maybe<ResolversTypes['GroupType']>, ParentType, ContextType>;
  version?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  visibility?: Resolver<Types.Maybe<ResolversTypes['GroupVisibility']>, ParentType, ContextType>;
};

export type GroupContactResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['GroupContact'] = ResolversParentTypes['GroupContact']> = {
  address?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  display?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  extension?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mediaType?: Resolver<Types.Maybe<ResolversTypes['GroupContactMediaType']>, ParentType, ContextType>;
  type?: Resolver<Types.Maybe<ResolversTypes['GroupContactType']>, ParentType, ContextType>;
};

export type ImageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Image'] = ResolversParentTypes['Image']> = {
  imageUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolution?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InactivityTimeoutSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InactivityTimeoutSettings'] = ResolversParentTypes['InactivityTimeoutSettings']> = {
  actionType?: Resolver<Types.Maybe<ResolversTypes['InactivityTimeoutSettingsActionType']>, ParentType, ContextType>;
  flowId?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  timeoutSeconds?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type InboundRouteResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['InboundRoute'] = ResolversParentTypes['InboundRoute']> = {
  allowMultipleActions?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  autoBcc?: Resolver<Types.Maybe<Array<ResolversTypes['EmailAddress']>>, ParentType, ContextType>;
  flow?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  fromEmail?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  historyInclusion?: Resolver<Types.Maybe<ResolversTypes['InboundRouteHistoryInclusion']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  language?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  mailboxFolders?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pattern?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priority?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  queue?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  replyEmailAddress?: Resolver<Types.Maybe<ResolversTypes['QueueEmailAddress']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signature?: Resolver<Types.Maybe<ResolversTypes['Signature']>, ParentType, ContextType>;
  skills?: Resolver<Types.Maybe<Array<ResolversTypes['DomainEntityRef']>>, ParentType, ContextType>;
  spamFlow?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  status?: Resolver<Types.Maybe<ResolversTypes['InboundRouteStatus']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = {
  coordinates?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  floorplanId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  locationDefinition?: Resolver<Types.Maybe<ResolversTypes['LocationDefinition']>, ParentType, ContextType>;
  notes?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LocationAddressResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LocationAddress'] = ResolversParentTypes['LocationAddress']> = {
  city?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street1?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street2?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zipcode?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LocationAddressVerificationDetailsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LocationAddressVerificationDetails'] = ResolversParentTypes['LocationAddressVerificationDetails']> = {
  dateFinished?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dateStarted?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  service?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Types.Maybe<ResolversTypes['LocationAddressVerificationDetailsStatus']>, ParentType, ContextType>;
};

export type LocationDefinitionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LocationDefinition'] = ResolversParentTypes['LocationDefinition']> = {
  address?: Resolver<Types.Maybe<ResolversTypes['LocationAddress']>, ParentType, ContextType>;
  addressStored?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addressVerificationDetails?: Resolver<Types.Maybe<ResolversTypes['LocationAddressVerificationDetails']>, ParentType, ContextType>;
  addressVerified?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  contactUser?: Resolver<Types.Maybe<ResolversTypes['AddressableEntityRef']>, ParentType, ContextType>;
  emergencyNumber?: Resolver<Types.Maybe<ResolversTypes['LocationEmergencyNumber']>, ParentType, ContextType>;
  floorplanImage?: Resolver<Types.Maybe<Array<ResolversTypes['LocationImage']>>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  images?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  profileImage?: Resolver<Types.Maybe<Array<ResolversTypes['LocationImage']>>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Types.Maybe<ResolversTypes['LocationDefinitionState']>, ParentType, ContextType>;
  version?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LocationEmergencyNumberResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LocationEmergencyNumber'] = ResolversParentTypes['LocationEmergencyNumber']> = {
  e164?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Types.Maybe<ResolversTypes['LocationEmergencyNumberType']>, ParentType, ContextType>;
};

export type LocationImageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['LocationImage'] = ResolversParentTypes['LocationImage']> = {
  imageUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolution?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MediaSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MediaSettings'] = ResolversParentTypes['MediaSettings']> = {
  alertingTimeoutSeconds?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  autoAnswerAlertToneSeconds?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  enableAutoAnswer?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  manualAnswerAlertToneSeconds?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  serviceLevel?: Resolver<Types.Maybe<ResolversTypes['ServiceLevel']>, ParentType, ContextType>;
};

export type MediaSummaryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MediaSummary'] = ResolversParentTypes['MediaSummary']> = {
  contactCenter?: Resolver<Types.Maybe<ResolversTypes['MediaSummaryDetail']>, ParentType, ContextType>;
  enterprise?: Resolver<Types.Maybe<ResolversTypes['MediaSummaryDetail']>, ParentType, ContextType>;
};

export type MediaSummaryDetailResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MediaSummaryDetail'] = ResolversParentTypes['MediaSummaryDetail']> = {
  active?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  acw?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MemberGroupResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MemberGroup'] = ResolversParentTypes['MemberGroup']> = {
  division?: Resolver<Types.Maybe<ResolversTypes['WritableDivision']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  memberCount?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Types.Maybe<ResolversTypes['MemberGroupType']>, ParentType, ContextType>;
};

export type MessageMediaSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['MessageMediaSettings'] = ResolversParentTypes['MessageMediaSettings']> = {
  alertingTimeoutSeconds?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  autoAnswerAlertToneSeconds?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  enableAutoAnswer?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enableInactivityTimeout?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  inactivityTimeoutSettings?: Resolver<Types.Maybe<ResolversTypes['InactivityTimeoutSettings']>, ParentType, ContextType>;
  manualAnswerAlertToneSeconds?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  serviceLevel?: Resolver<Types.Maybe<ResolversTypes['ServiceLevel']>, ParentType, ContextType>;
  subTypeSettings?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addUserRoutingLanguage?: Resolver<Types.Maybe<ResolversTypes['UserRoutingLanguagePayload']>, ParentType, ContextType, RequireFields<Types.MutationAddUserRoutingLanguageArgs, 'input' | 'userId'>>;
  addUserRoutingSkill?: Resolver<Types.Maybe<ResolversTypes['UserRoutingSkillPayload']>, ParentType, ContextType, RequireFields<Types.MutationAddUserRoutingSkillArgs, 'input' | 'userId'>>;
  changeMyPassword?: Resolver<Types.Maybe<ResolversTypes['UserMutationPayload']>, ParentType, ContextType, RequireFields<Types.MutationChangeMyPasswordArgs, 'input'>>;
  changeUserPassword?: Resolver<Types.Maybe<ResolversTypes['UserMutationPayload']>, ParentType, ContextType, RequireFields<Types.MutationChangeUserPasswordArgs, 'input' | 'userId'>>;
  clearUserAssociatedStation?: Resolver<Types.Maybe<ResolversTypes['UserMutationPayload']>, ParentType, ContextType, RequireFields<Types.MutationClearUserAssociatedStationArgs, 'userId'>>;
  clearUserDefaultStation?: Resolver<Types.Maybe<ResolversTypes['UserMutationPayload']>, ParentType, ContextType, RequireFields<Types.MutationClearUserDefaultStationArgs, 'userId'>>;
  createUser?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<Types.MutationCreateUserArgs, 'input'>>;
  deleteUser?: Resolver<Types.Maybe<ResolversTypes['UserMutationPayload']>, ParentType, ContextType, RequireFields<Types.MutationDeleteUserArgs, 'userId'>>;
  inviteUser?: Resolver<Types.Maybe<ResolversTypes['UserMutationPayload']>, ParentType, ContextType, RequireFields<Types.MutationInviteUserArgs, 'force' | 'userId'>>;
  removeUserRoles?: Resolver<Types.Maybe<ResolversTypes['UserMutationPayload']>, ParentType, ContextType, RequireFields<Types.MutationRemoveUserRolesArgs, 'userId'>>;
  removeUserRoutingLanguage?: Resolver<Types.Maybe<ResolversTypes['RemoveUserRoutingLanguagePayload']>, ParentType, ContextType, RequireFields<Types.MutationRemoveUserRoutingLanguageArgs, 'languageId' | 'userId'>>;
  removeUserRoutingSkill?: Resolver<Types.Maybe<ResolversTypes['RemoveUserRoutingSkillPayload']>, ParentType, ContextType, RequireFields<Types.MutationRemoveUserRoutingSkillArgs, 'skillId' | 'userId'>>;
  replaceUserCallForwarding?: Resolver<Types.Maybe<ResolversTypes['CallForwardingPayload']>, ParentType, ContextType, RequireFields<Types.MutationReplaceUserCallForwardingArgs, 'input' | 'userId'>>;
  setUserAssociatedStation?: Resolver<Types.Maybe<ResolversTypes['UserMutationPayload']>, ParentType, ContextType, RequireFields<Types.MutationSetUserAssociatedStationArgs, 'stationId' | 'userId'>>;
  setUserDefaultStation?: Resolver<Types.Maybe<ResolversTypes['UserMutationPayload']>, ParentType, ContextType, RequireFields<Types.MutationSetUserDefaultStationArgs, 'stationId' | 'userId'>>;
  setUserOutOfOffice?: Resolver<Types.Maybe<ResolversTypes['OutOfOfficePayload']>, ParentType, ContextType, RequireFields<Types.MutationSetUserOutOfOfficeArgs, 'input' | 'userId'>>;
  setUserProfileSkills?: Resolver<Types.Maybe<ResolversTypes['ProfileSkillsPayload']>, ParentType, ContextType, RequireFields<Types.MutationSetUserProfileSkillsArgs, 'skills' | 'userId'>>;
  setUserQueueMembership?: Resolver<Types.Maybe<ResolversTypes['UserQueuePayload']>, ParentType, ContextType, RequireFields<Types.MutationSetUserQueueMembershipArgs, 'joined' | 'queueId' | 'userId'>>;
  setUserQueuesMembership?: Resolver<Types.Maybe<ResolversTypes['UserQueuesPayload']>, ParentType, ContextType, RequireFields<Types.MutationSetUserQueuesMembershipArgs, 'input' | 'userId'>>;
  setUserRoles?: Resolver<Types.Maybe<ResolversTypes['UserAuthorizationPayload']>, ParentType, ContextType, RequireFields<Types.MutationSetUserRolesArgs, 'roleIds' | 'userId'>>;
  setUserRoutingStatus?: Resolver<Types.Maybe<ResolversTypes['RoutingStatusPayload']>, ParentType, ContextType, RequireFields<Types.MutationSetUserRoutingStatusArgs, 'input' | 'userId'>>;
  updateUser?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<Types.MutationUpdateUserArgs, 'input' | 'userId'>>;
  updateUserCallForwarding?: Resolver<Types.Maybe<ResolversTypes['CallForwardingPayload']>, ParentType, ContextType, RequireFields<Types.MutationUpdateUserCallForwardingArgs, 'input' | 'userId'>>;
  updateUserGeolocation?: Resolver<Types.Maybe<ResolversTypes['GeolocationPayload']>, ParentType, ContextType, RequireFields<Types.MutationUpdateUserGeolocationArgs, 'clientId' | 'input' | 'userId'>>;
  updateUserRoutingLanguage?: Resolver<Types.Maybe<ResolversTypes['UserRoutingLanguagePayload']>, ParentType, ContextType, RequireFields<Types.MutationUpdateUserRoutingLanguageArgs, 'input' | 'languageId' | 'userId'>>;
  updateUserRoutingSkill?: Resolver<Types.Maybe<ResolversTypes['UserRoutingSkillPayload']>, ParentType, ContextType, RequireFields<Types.MutationUpdateUserRoutingSkillArgs, 'input' | 'skillId' | 'userId'>>;
  updateUsersAcdAutoAnswer?: Resolver<Types.Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType, RequireFields<Types.MutationUpdateUsersAcdAutoAnswerArgs, 'input'>>;
};

export type NamedEntityResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['NamedEntity'] = ResolversParentTypes['NamedEntity']> = {
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'User', ParentType, ContextType>;
};

export type OAuthLastTokenIssuedResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OAuthLastTokenIssued'] = ResolversParentTypes['OAuthLastTokenIssued']> = {
  dateIssued?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ObservationDataContainerResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ObservationDataContainer'] = ResolversParentTypes['ObservationDataContainer']> = {
  data?: Resolver<Types.Maybe<Array<ResolversTypes['AggregateMetricData']>>, ParentType, ContextType>;
  group?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type ObservationQueryResponseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ObservationQueryResponse'] = ResolversParentTypes['ObservationQueryResponse']> = {
  results?: Resolver<Types.Maybe<Array<ResolversTypes['ObservationDataContainer']>>, ParentType, ContextType>;
};

export type OrgOAuthClientResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OrgOAuthClient'] = ResolversParentTypes['OrgOAuthClient']> = {
  authorizedGrantType?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdBy?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  dateCreated?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dateModified?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dateToDelete?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  modifiedBy?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Types.Maybe<ResolversTypes['NamedEntity']>, ParentType, ContextType>;
  roleDivisions?: Resolver<Types.Maybe<Array<ResolversTypes['RoleDivision']>>, ParentType, ContextType>;
  scope?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  state?: Resolver<Types.Maybe<ResolversTypes['OrgOAuthClientState']>, ParentType, ContextType>;
};

export type OrgUserResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OrgUser'] = ResolversParentTypes['OrgUser']> = {
  acdAutoAnswer?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addresses?: Resolver<Types.Maybe<Array<ResolversTypes['Contact']>>, ParentType, ContextType>;
  authorization?: Resolver<Types.Maybe<ResolversTypes['UserAuthorization']>, ParentType, ContextType>;
  biography?: Resolver<Types.Maybe<ResolversTypes['Biography']>, ParentType, ContextType>;
  certifications?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  chat?: Resolver<Types.Maybe<ResolversTypes['Chat']>, ParentType, ContextType>;
  conversationSummary?: Resolver<Types.Maybe<ResolversTypes['UserConversationSummary']>, ParentType, ContextType>;
  dateLastLogin?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dateWelcomeSent?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  department?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  division?: Resolver<Types.Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  email?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employerInfo?: Resolver<Types.Maybe<ResolversTypes['EmployerInfo']>, ParentType, ContextType>;
  geolocation?: Resolver<Types.Maybe<ResolversTypes['Geolocation']>, ParentType, ContextType>;
  groups?: Resolver<Types.Maybe<Array<ResolversTypes['Group']>>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  images?: Resolver<Types.Maybe<Array<ResolversTypes['Image']>>, ParentType, ContextType>;
  integrationPresence?: Resolver<Types.Maybe<ResolversTypes['UserPresence']>, ParentType, ContextType>;
  languagePreference?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  languages?: Resolver<Types.Maybe<Array<ResolversTypes['UserRoutingLanguage']>>, ParentType, ContextType>;
  lastTokenIssued?: Resolver<Types.Maybe<ResolversTypes['OAuthLastTokenIssued']>, ParentType, ContextType>;
  locations?: Resolver<Types.Maybe<Array<ResolversTypes['Location']>>, ParentType, ContextType>;
  manager?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Types.Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  outOfOffice?: Resolver<Types.Maybe<ResolversTypes['OutOfOffice']>, ParentType, ContextType>;
  preferredName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  presence?: Resolver<Types.Maybe<ResolversTypes['UserPresence']>, ParentType, ContextType>;
  primaryContactInfo?: Resolver<Types.Maybe<Array<ResolversTypes['Contact']>>, ParentType, ContextType>;
  profileSkills?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  routingStatus?: Resolver<Types.Maybe<ResolversTypes['RoutingStatus']>, ParentType, ContextType>;
  skills?: Resolver<Types.Maybe<Array<ResolversTypes['UserRoutingSkill']>>, ParentType, ContextType>;
  state?: Resolver<Types.Maybe<ResolversTypes['UserState']>, ParentType, ContextType>;
  station?: Resolver<Types.Maybe<ResolversTypes['UserStations']>, ParentType, ContextType>;
  team?: Resolver<Types.Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  title?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  username?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  workPlanBidRanks?: Resolver<Types.Maybe<ResolversTypes['WorkPlanBidRanks']>, ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  defaultCountryCode?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  defaultLanguage?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  defaultSiteId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  features?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  productPlatform?: Resolver<Types.Maybe<ResolversTypes['OrganizationProductPlatform']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Types.Maybe<ResolversTypes['EntityState']>, ParentType, ContextType>;
  supportURI?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  thirdPartyOrgName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  thirdPartyURI?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  voicemailEnabled?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type OrganizationPresenceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OrganizationPresence'] = ResolversParentTypes['OrganizationPresence']> = {
  createdBy?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdDate?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deactivated?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  languageLabels?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  modifiedBy?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  modifiedDate?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  primary?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  systemPresence?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganizationPresenceDefinitionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OrganizationPresenceDefinition'] = ResolversParentTypes['OrganizationPresenceDefinition']> = {
  deactivated?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  divisionId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  languageLabels?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  systemPresence?: Resolver<Types.Maybe<ResolversTypes['SystemPresence']>, ParentType, ContextType>;
  type?: Resolver<Types.Maybe<ResolversTypes['OrganizationPresenceDefinitionType']>, ParentType, ContextType>;
};

export type OutOfOfficeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OutOfOffice'] = ResolversParentTypes['OutOfOffice']> = {
  active?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endDate?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  indefinite?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type OutOfOfficePayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['OutOfOfficePayload'] = ResolversParentTypes['OutOfOfficePayload']> = {
  outOfOffice?: Resolver<Types.Maybe<ResolversTypes['OutOfOffice']>, ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface PasswordScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Password'], any> {
  name: 'Password';
}

export type PresenceDefinitionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PresenceDefinition'] = ResolversParentTypes['PresenceDefinition']> = {
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  systemPresence?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PresenceQueryResponseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['PresenceQueryResponse'] = ResolversParentTypes['PresenceQueryResponse']> = {
  results?: Resolver<Types.Maybe<Array<ResolversTypes['AggregateDataContainer']>>, ParentType, ContextType>;
  systemToOrganizationMappings?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type ProfileSkillsPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ProfileSkillsPayload'] = ResolversParentTypes['ProfileSkillsPayload']> = {
  profileSkills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  fieldConfig?: Resolver<Types.Maybe<ResolversTypes['FieldConfig']>, ParentType, ContextType, RequireFields<Types.QueryFieldConfigArgs, 'type'>>;
  me?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  meDetails?: Resolver<Types.Maybe<ResolversTypes['UserMe']>, ParentType, ContextType>;
  node?: Resolver<Types.Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<Types.QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Types.Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<Types.QueryNodesArgs, 'ids'>>;
  searchUsers?: Resolver<ResolversTypes['UsersSearchResponse'], ParentType, ContextType, RequireFields<Types.QuerySearchUsersArgs, 'request'>>;
  searchUsersByQ64?: Resolver<ResolversTypes['UsersSearchResponse'], ParentType, ContextType, RequireFields<Types.QuerySearchUsersByQ64Args, 'q64'>>;
  searchUsersConnection?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<Types.QuerySearchUsersConnectionArgs, 'first' | 'request'>>;
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<Types.QueryUserArgs, 'id' | 'state'>>;
  userAggregates?: Resolver<Types.Maybe<ResolversTypes['PresenceQueryResponse']>, ParentType, ContextType, RequireFields<Types.QueryUserAggregatesArgs, 'query'>>;
  userDetails?: Resolver<Types.Maybe<ResolversTypes['AnalyticsUserDetailsQueryResponse']>, ParentType, ContextType, RequireFields<Types.QueryUserDetailsArgs, 'query'>>;
  userObservations?: Resolver<Types.Maybe<ResolversTypes['ObservationQueryResponse']>, ParentType, ContextType, RequireFields<Types.QueryUserObservationsArgs, 'query'>>;
  userProfiles?: Resolver<ResolversTypes['UserProfileEntityListing'], ParentType, ContextType, RequireFields<Types.QueryUserProfilesArgs, 'pageNumber' | 'pageSize' | 'state'>>;
  users?: Resolver<ResolversTypes['UserEntityListing'], ParentType, ContextType, RequireFields<Types.QueryUsersArgs, 'pageNumber' | 'pageSize' | 'sortOrder'>>;
  usersConnection?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<Types.QueryUsersConnectionArgs, 'first' | 'sortOrder' | 'state'>>;
};

export type QueueEmailAddressResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['QueueEmailAddress'] = ResolversParentTypes['QueueEmailAddress']> = {
  domain?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  route?: Resolver<Types.Maybe<ResolversTypes['InboundRoute']>, ParentType, ContextType>;
};

export type QueueFullReferenceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['QueueFullReference'] = ResolversParentTypes['QueueFullReference']> = {
  acwSettings?: Resolver<Types.Maybe<ResolversTypes['AcwSettings']>, ParentType, ContextType>;
  agentOwnedRouting?: Resolver<Types.Maybe<ResolversTypes['AgentOwnedRouting']>, ParentType, ContextType>;
  autoAnswerOnly?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  bullseye?: Resolver<Types.Maybe<ResolversTypes['Bullseye']>, ParentType, ContextType>;
  callingPartyName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  callingPartyNumber?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cannedResponseLibraries?: Resolver<Types.Maybe<ResolversTypes['CannedResponseLibraries']>, ParentType, ContextType>;
  conditionalGroupActivation?: Resolver<Types.Maybe<ResolversTypes['ConditionalGroupActivation']>, ParentType, ContextType>;
  conditionalGroupRouting?: Resolver<Types.Maybe<ResolversTypes['ConditionalGroupRouting']>, ParentType, ContextType>;
  createdBy?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateCreated?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dateModified?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  defaultMediaLanguage?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  defaultScripts?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  directRouting?: Resolver<Types.Maybe<ResolversTypes['DirectRouting']>, ParentType, ContextType>;
  division?: Resolver<Types.Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  emailInQueueFlow?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  enableAudioMonitoring?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enableManualAssignment?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enableTranscription?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  joinedMemberCount?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastAgentRoutingMode?: Resolver<Types.Maybe<ResolversTypes['QueueLastAgentRoutingMode']>, ParentType, ContextType>;
  mediaSettings?: Resolver<Types.Maybe<ResolversTypes['QueueMediaSettings']>, ParentType, ContextType>;
  memberCount?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  memberGroups?: Resolver<Types.Maybe<Array<ResolversTypes['MemberGroup']>>, ParentType, ContextType>;
  messageInQueueFlow?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  modifiedBy?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onHoldPrompt?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  outboundEmailAddress?: Resolver<Types.Maybe<ResolversTypes['QueueEmailAddress']>, ParentType, ContextType>;
  outboundMessagingAddresses?: Resolver<Types.Maybe<ResolversTypes['QueueMessagingAddresses']>, ParentType, ContextType>;
  peerId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  queueFlow?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  routingRules?: Resolver<Types.Maybe<Array<ResolversTypes['RoutingRule']>>, ParentType, ContextType>;
  scoringMethod?: Resolver<Types.Maybe<ResolversTypes['QueueScoringMethod']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  skillEvaluationMethod?: Resolver<Types.Maybe<ResolversTypes['QueueSkillEvaluationMethod']>, ParentType, ContextType>;
  suppressInQueueCallRecording?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userMemberCount?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  whisperPrompt?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
};

export type QueueMediaSettingsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['QueueMediaSettings'] = ResolversParentTypes['QueueMediaSettings']> = {
  call?: Resolver<Types.Maybe<ResolversTypes['MediaSettings']>, ParentType, ContextType>;
  callback?: Resolver<Types.Maybe<ResolversTypes['CallbackMediaSettings']>, ParentType, ContextType>;
  chat?: Resolver<Types.Maybe<ResolversTypes['MediaSettings']>, ParentType, ContextType>;
  email?: Resolver<Types.Maybe<ResolversTypes['EmailMediaSettings']>, ParentType, ContextType>;
  message?: Resolver<Types.Maybe<ResolversTypes['MessageMediaSettings']>, ParentType, ContextType>;
};

export type QueueMessagingAddressesResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['QueueMessagingAddresses'] = ResolversParentTypes['QueueMessagingAddresses']> = {
  openMessagingRecipient?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  smsAddress?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  whatsAppRecipient?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
};

export type RemoveUserRoutingLanguagePayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RemoveUserRoutingLanguagePayload'] = ResolversParentTypes['RemoveUserRoutingLanguagePayload']> = {
  removedLanguageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RemoveUserRoutingSkillPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RemoveUserRoutingSkillPayload'] = ResolversParentTypes['RemoveUserRoutingSkillPayload']> = {
  removedSkillId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ResourceConditionNodeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ResourceConditionNode'] = ResolversParentTypes['ResourceConditionNode']> = {
  conjunction?: Resolver<Types.Maybe<ResolversTypes['ResourceConditionConjunction']>, ParentType, ContextType>;
  operands?: Resolver<Types.Maybe<Array<ResolversTypes['ResourceConditionValue']>>, ParentType, ContextType>;
  operator?: Resolver<Types.Maybe<ResolversTypes['ResourceConditionOperator']>, ParentType, ContextType>;
  terms?: Resolver<Types.Maybe<Array<ResolversTypes['ResourceConditionNode']>>, ParentType, ContextType>;
  variableName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ResourceConditionValueResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ResourceConditionValue'] = ResolversParentTypes['ResourceConditionValue']> = {
  type?: Resolver<Types.Maybe<ResolversTypes['ResourceConditionValueType']>, ParentType, ContextType>;
  value?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ResourcePermissionPolicyResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ResourcePermissionPolicy'] = ResolversParentTypes['ResourcePermissionPolicy']> = {
  actionSet?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  actionSetKey?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  allowConditions?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  domain?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  namedResources?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  policyDescription?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  policyName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceCondition?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceConditionNode?: Resolver<Types.Maybe<ResolversTypes['ResourceConditionNode']>, ParentType, ContextType>;
};

export type RingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Ring'] = ResolversParentTypes['Ring']> = {
  actions?: Resolver<Types.Maybe<ResolversTypes['Actions']>, ParentType, ContextType>;
  expansionCriteria?: Resolver<Types.Maybe<Array<ResolversTypes['ExpansionCriterium']>>, ParentType, ContextType>;
  memberGroups?: Resolver<Types.Maybe<Array<ResolversTypes['MemberGroup']>>, ParentType, ContextType>;
};

export type RoleDivisionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RoleDivision'] = ResolversParentTypes['RoleDivision']> = {
  divisionId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roleId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RoutingRuleResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RoutingRule'] = ResolversParentTypes['RoutingRule']> = {
  operator?: Resolver<Types.Maybe<ResolversTypes['RoutingRuleOperator']>, ParentType, ContextType>;
  threshold?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  waitSeconds?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type RoutingSkillResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RoutingSkill'] = ResolversParentTypes['RoutingSkill']> = {
  dateModified?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  division?: Resolver<Types.Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Types.Maybe<ResolversTypes['EntityState']>, ParentType, ContextType>;
  version?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RoutingStatusResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RoutingStatus'] = ResolversParentTypes['RoutingStatus']> = {
  startTime?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Types.Maybe<ResolversTypes['RoutingStatusValue']>, ParentType, ContextType>;
  userId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RoutingStatusPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['RoutingStatusPayload'] = ResolversParentTypes['RoutingStatusPayload']> = {
  routingStatus?: Resolver<Types.Maybe<ResolversTypes['RoutingStatus']>, ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface SafeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SafeInt'], any> {
  name: 'SafeInt';
}

export type SectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Section'] = ResolversParentTypes['Section']> = {
  fieldList?: Resolver<Types.Maybe<Array<ResolversTypes['FieldList']>>, ParentType, ContextType>;
  instructionText?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ServerDateResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServerDate'] = ResolversParentTypes['ServerDate']> = {
  currentDate?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ServiceLevelResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['ServiceLevel'] = ResolversParentTypes['ServiceLevel']> = {
  durationMs?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  percentage?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SignatureResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Signature'] = ResolversParentTypes['Signature']> = {
  alwaysIncluded?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  cannedResponseId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  inclusionType?: Resolver<Types.Maybe<ResolversTypes['SignatureInclusionType']>, ParentType, ContextType>;
};

export type SkillsToRemoveResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['SkillsToRemove'] = ResolversParentTypes['SkillsToRemove']> = {
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatisticalResponseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['StatisticalResponse'] = ResolversParentTypes['StatisticalResponse']> = {
  interval?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metrics?: Resolver<Types.Maybe<Array<ResolversTypes['AggregateMetricData']>>, ParentType, ContextType>;
  views?: Resolver<Types.Maybe<Array<ResolversTypes['AggregateViewData']>>, ParentType, ContextType>;
};

export type StatisticalSummaryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['StatisticalSummary'] = ResolversParentTypes['StatisticalSummary']> = {
  calculatedMetricValue?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  count?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  countNegative?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  countPositive?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  current?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  denominator?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  numerator?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p95?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  p99?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  ratio?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sum?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  target?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  userOutOfOfficeChanged?: SubscriptionResolver<ResolversTypes['UserOutOfOfficeEvent'], "userOutOfOfficeChanged", ParentType, ContextType, RequireFields<Types.SubscriptionUserOutOfOfficeChangedArgs, 'userIds'>>;
  userPresenceChanged?: SubscriptionResolver<ResolversTypes['UserPresenceEvent'], "userPresenceChanged", ParentType, ContextType, RequireFields<Types.SubscriptionUserPresenceChangedArgs, 'userIds'>>;
  userRoutingStatusChanged?: SubscriptionResolver<ResolversTypes['UserRoutingStatusEvent'], "userRoutingStatusChanged", ParentType, ContextType, RequireFields<Types.SubscriptionUserRoutingStatusChangedArgs, 'userIds'>>;
  userStationChanged?: SubscriptionResolver<ResolversTypes['UserStationEvent'], "userStationChanged", ParentType, ContextType, RequireFields<Types.SubscriptionUserStationChangedArgs, 'userIds'>>;
};

export type TeamResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team']> = {
  dateCreated?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dateModified?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  division?: Resolver<Types.Maybe<ResolversTypes['WritableDivision']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  memberCount?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TeamFullReferenceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TeamFullReference'] = ResolversParentTypes['TeamFullReference']> = {
  dateCreated?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dateModified?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  division?: Resolver<Types.Maybe<ResolversTypes['WritableDivision']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  memberCount?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TokenInfoResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TokenInfo'] = ResolversParentTypes['TokenInfo']> = {
  OAuthClient?: Resolver<Types.Maybe<ResolversTypes['OrgOAuthClient']>, ParentType, ContextType>;
  authorizedScope?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  clonedUser?: Resolver<Types.Maybe<ResolversTypes['TokenInfoClonedUser']>, ParentType, ContextType>;
  dateTokenIdles?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  homeOrganization?: Resolver<Types.Maybe<ResolversTypes['NamedEntity']>, ParentType, ContextType>;
  organization?: Resolver<Types.Maybe<ResolversTypes['NamedEntity']>, ParentType, ContextType>;
};

export type TokenInfoClonedUserResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TokenInfoClonedUser'] = ResolversParentTypes['TokenInfoClonedUser']> = {
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  organization?: Resolver<Types.Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type TrusteeAuthorizationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TrusteeAuthorization'] = ResolversParentTypes['TrusteeAuthorization']> = {
  permissions?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type TrustorResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['Trustor'] = ResolversParentTypes['Trustor']> = {
  authorization?: Resolver<Types.Maybe<ResolversTypes['TrusteeAuthorization']>, ParentType, ContextType>;
  createdBy?: Resolver<Types.Maybe<ResolversTypes['OrgUser']>, ParentType, ContextType>;
  dateCreated?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  enabled?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  organization?: Resolver<Types.Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TrustorConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TrustorConnection'] = ResolversParentTypes['TrustorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrustorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Trustor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
};

export type TrustorEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TrustorEdge'] = ResolversParentTypes['TrustorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Trustor'], ParentType, ContextType>;
};

export type TrustorEntityListingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['TrustorEntityListing'] = ResolversParentTypes['TrustorEntityListing']> = {
  entities?: Resolver<Array<ResolversTypes['Trustor']>, ParentType, ContextType>;
  firstUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageCount?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageNumber?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageSize?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previousUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Types.Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acdAutoAnswer?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addresses?: Resolver<Types.Maybe<Array<ResolversTypes['Contact']>>, ParentType, ContextType>;
  adjacents?: Resolver<Types.Maybe<ResolversTypes['Adjacents']>, ParentType, ContextType>;
  authorization?: Resolver<Types.Maybe<ResolversTypes['UserAuthorization']>, ParentType, ContextType>;
  biography?: Resolver<Types.Maybe<ResolversTypes['Biography']>, ParentType, ContextType>;
  callForwarding?: Resolver<Types.Maybe<ResolversTypes['CallForwarding']>, ParentType, ContextType>;
  certifications?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  chat?: Resolver<Types.Maybe<ResolversTypes['Chat']>, ParentType, ContextType>;
  conversationSummary?: Resolver<Types.Maybe<ResolversTypes['UserConversationSummary']>, ParentType, ContextType>;
  dateLastLogin?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dateWelcomeSent?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  department?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  directReports?: Resolver<Types.Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
  directReportsConnection?: Resolver<Types.Maybe<ResolversTypes['UserConnection']>, ParentType, ContextType, RequireFields<Types.UserDirectReportsConnectionArgs, 'first'>>;
  division?: Resolver<Types.Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  email?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employerInfo?: Resolver<Types.Maybe<ResolversTypes['EmployerInfo']>, ParentType, ContextType>;
  favorites?: Resolver<Types.Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType, RequireFields<Types.UserFavoritesArgs, 'sortOrder'>>;
  favoritesConnection?: Resolver<Types.Maybe<ResolversTypes['UserConnection']>, ParentType, ContextType, RequireFields<Types.UserFavoritesConnectionArgs, 'first' | 'sortOrder'>>;
  favoritesPage?: Resolver<Types.Maybe<ResolversTypes['UserEntityListing']>, ParentType, ContextType, RequireFields<Types.UserFavoritesPageArgs, 'pageNumber' | 'pageSize' | 'sortOrder'>>;
  geolocation?: Resolver<Types.Maybe<ResolversTypes['Geolocation']>, ParentType, ContextType, Partial<Types.UserGeolocationArgs>>;
  groups?: Resolver<Types.Maybe<Array<ResolversTypes['Group']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  images?: Resolver<Types.Maybe<Array<ResolversTypes['Image']>>, ParentType, ContextType>;
  integrationPresence?: Resolver<Types.Maybe<ResolversTypes['UserPresence']>, ParentType, ContextType>;
  languagePreference?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  languages?: Resolver<Types.Maybe<Array<ResolversTypes['UserRoutingLanguage']>>, ParentType, ContextType, RequireFields<Types.UserLanguagesArgs, 'sortOrder'>>;
  languagesConnection?: Resolver<Types.Maybe<ResolversTypes['UserRoutingLanguageConnection']>, ParentType, ContextType, RequireFields<Types.UserLanguagesConnectionArgs, 'first' | 'sortOrder'>>;
  languagesPage?: Resolver<Types.Maybe<ResolversTypes['UserLanguageEntityListing']>, ParentType, ContextType, RequireFields<Types.UserLanguagesPageArgs, 'pageNumber' | 'pageSize' | 'sortOrder'>>;
  lastTokenIssued?: Resolver<Types.Maybe<ResolversTypes['OAuthLastTokenIssued']>, ParentType, ContextType>;
  locations?: Resolver<Types.Maybe<Array<ResolversTypes['Location']>>, ParentType, ContextType>;
  manager?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outOfOffice?: Resolver<Types.Maybe<ResolversTypes['OutOfOffice']>, ParentType, ContextType>;
  preferredName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  presence?: Resolver<Types.Maybe<ResolversTypes['UserPresence']>, ParentType, ContextType>;
  primaryContactInfo?: Resolver<Types.Maybe<Array<ResolversTypes['Contact']>>, ParentType, ContextType>;
  profile?: Resolver<Types.Maybe<ResolversTypes['UserProfile']>, ParentType, ContextType>;
  profileSkills?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  queues?: Resolver<Types.Maybe<Array<ResolversTypes['UserQueue']>>, ParentType, ContextType, RequireFields<Types.UserQueuesArgs, 'joined'>>;
  queuesConnection?: Resolver<Types.Maybe<ResolversTypes['UserQueueConnection']>, ParentType, ContextType, RequireFields<Types.UserQueuesConnectionArgs, 'first' | 'joined'>>;
  queuesPage?: Resolver<Types.Maybe<ResolversTypes['UserQueueEntityListing']>, ParentType, ContextType, RequireFields<Types.UserQueuesPageArgs, 'joined' | 'pageNumber' | 'pageSize'>>;
  routingStatus?: Resolver<Types.Maybe<ResolversTypes['RoutingStatus']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  skills?: Resolver<Types.Maybe<Array<ResolversTypes['UserRoutingSkill']>>, ParentType, ContextType, RequireFields<Types.UserSkillsArgs, 'sortOrder'>>;
  skillsConnection?: Resolver<Types.Maybe<ResolversTypes['UserRoutingSkillConnection']>, ParentType, ContextType, RequireFields<Types.UserSkillsConnectionArgs, 'first' | 'sortOrder'>>;
  skillsPage?: Resolver<Types.Maybe<ResolversTypes['UserSkillEntityListing']>, ParentType, ContextType, RequireFields<Types.UserSkillsPageArgs, 'pageNumber' | 'pageSize' | 'sortOrder'>>;
  state?: Resolver<Types.Maybe<ResolversTypes['UserState']>, ParentType, ContextType>;
  station?: Resolver<Types.Maybe<ResolversTypes['UserStations']>, ParentType, ContextType>;
  superiors?: Resolver<Types.Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
  team?: Resolver<Types.Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  title?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trustors?: Resolver<Types.Maybe<Array<ResolversTypes['Trustor']>>, ParentType, ContextType>;
  trustorsConnection?: Resolver<Types.Maybe<ResolversTypes['TrustorConnection']>, ParentType, ContextType, RequireFields<Types.UserTrustorsConnectionArgs, 'first'>>;
  trustorsPage?: Resolver<Types.Maybe<ResolversTypes['TrustorEntityListing']>, ParentType, ContextType, RequireFields<Types.UserTrustorsPageArgs, 'pageNumber' | 'pageSize'>>;
  username?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  workPlanBidRanks?: Resolver<Types.Maybe<ResolversTypes['WorkPlanBidRanks']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserAuthorizationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserAuthorization'] = ResolversParentTypes['UserAuthorization']> = {
  permissionPolicies?: Resolver<Types.Maybe<Array<ResolversTypes['ResourcePermissionPolicy']>>, ParentType, ContextType>;
  permissions?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  roles?: Resolver<Types.Maybe<Array<ResolversTypes['DomainRole']>>, ParentType, ContextType>;
  unusedRoles?: Resolver<Types.Maybe<Array<ResolversTypes['DomainRole']>>, ParentType, ContextType>;
};

export type UserAuthorizationPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserAuthorizationPayload'] = ResolversParentTypes['UserAuthorizationPayload']> = {
  authorization?: Resolver<Types.Maybe<ResolversTypes['UserAuthorization']>, ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
};

export type UserConversationSummaryResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserConversationSummary'] = ResolversParentTypes['UserConversationSummary']> = {
  call?: Resolver<Types.Maybe<ResolversTypes['MediaSummary']>, ParentType, ContextType>;
  callback?: Resolver<Types.Maybe<ResolversTypes['MediaSummary']>, ParentType, ContextType>;
  chat?: Resolver<Types.Maybe<ResolversTypes['MediaSummary']>, ParentType, ContextType>;
  email?: Resolver<Types.Maybe<ResolversTypes['MediaSummary']>, ParentType, ContextType>;
  message?: Resolver<Types.Maybe<ResolversTypes['MediaSummary']>, ParentType, ContextType>;
  socialExpression?: Resolver<Types.Maybe<ResolversTypes['MediaSummary']>, ParentType, ContextType>;
  userId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  video?: Resolver<Types.Maybe<ResolversTypes['MediaSummary']>, ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserEntityListingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserEntityListing'] = ResolversParentTypes['UserEntityListing']> = {
  entities?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  firstUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageCount?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageNumber?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageSize?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previousUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
};

export type UserExpandsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserExpands'] = ResolversParentTypes['UserExpands']> = {
  authorization?: Resolver<Types.Maybe<ResolversTypes['UserAuthorization']>, ParentType, ContextType>;
  conversationSummary?: Resolver<Types.Maybe<ResolversTypes['UserConversationSummary']>, ParentType, ContextType>;
  geolocation?: Resolver<Types.Maybe<ResolversTypes['Geolocation']>, ParentType, ContextType>;
  integrationPresence?: Resolver<Types.Maybe<ResolversTypes['UserPresence']>, ParentType, ContextType>;
  outOfOffice?: Resolver<Types.Maybe<ResolversTypes['OutOfOffice']>, ParentType, ContextType>;
  presence?: Resolver<Types.Maybe<ResolversTypes['UserPresence']>, ParentType, ContextType>;
  routingStatus?: Resolver<Types.Maybe<ResolversTypes['RoutingStatus']>, ParentType, ContextType>;
  station?: Resolver<Types.Maybe<ResolversTypes['UserStations']>, ParentType, ContextType>;
};

export type UserFullReferenceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserFullReference'] = ResolversParentTypes['UserFullReference']> = {
  acdAutoAnswer?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addresses?: Resolver<Types.Maybe<Array<ResolversTypes['Contact']>>, ParentType, ContextType>;
  authorization?: Resolver<Types.Maybe<ResolversTypes['UserAuthorization']>, ParentType, ContextType>;
  biography?: Resolver<Types.Maybe<ResolversTypes['Biography']>, ParentType, ContextType>;
  certifications?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  chat?: Resolver<Types.Maybe<ResolversTypes['Chat']>, ParentType, ContextType>;
  conversationSummary?: Resolver<Types.Maybe<ResolversTypes['UserConversationSummary']>, ParentType, ContextType>;
  dateLastLogin?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dateWelcomeSent?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  department?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  division?: Resolver<Types.Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  email?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employerInfo?: Resolver<Types.Maybe<ResolversTypes['EmployerInfo']>, ParentType, ContextType>;
  geolocation?: Resolver<Types.Maybe<ResolversTypes['Geolocation']>, ParentType, ContextType>;
  groups?: Resolver<Types.Maybe<Array<ResolversTypes['Group']>>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  images?: Resolver<Types.Maybe<Array<ResolversTypes['Image']>>, ParentType, ContextType>;
  integrationPresence?: Resolver<Types.Maybe<ResolversTypes['UserPresence']>, ParentType, ContextType>;
  languagePreference?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  languages?: Resolver<Types.Maybe<Array<ResolversTypes['UserRoutingLanguage']>>, ParentType, ContextType>;
  lastTokenIssued?: Resolver<Types.Maybe<ResolversTypes['OAuthLastTokenIssued']>, ParentType, ContextType>;
  locations?: Resolver<Types.Maybe<Array<ResolversTypes['Location']>>, ParentType, ContextType>;
  manager?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outOfOffice?: Resolver<Types.Maybe<ResolversTypes['OutOfOffice']>, ParentType, ContextType>;
  preferredName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  presence?: Resolver<Types.Maybe<ResolversTypes['UserPresence']>, ParentType, ContextType>;
  primaryContactInfo?: Resolver<Types.Maybe<Array<ResolversTypes['Contact']>>, ParentType, ContextType>;
  profileSkills?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  routingStatus?: Resolver<Types.Maybe<ResolversTypes['RoutingStatus']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  skills?: Resolver<Types.Maybe<Array<ResolversTypes['UserRoutingSkill']>>, ParentType, ContextType>;
  state?: Resolver<Types.Maybe<ResolversTypes['UserState']>, ParentType, ContextType>;
  station?: Resolver<Types.Maybe<ResolversTypes['UserStations']>, ParentType, ContextType>;
  team?: Resolver<Types.Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
  title?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  username?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  workPlanBidRanks?: Resolver<Types.Maybe<ResolversTypes['WorkPlanBidRanks']>, ParentType, ContextType>;
};

export type UserLanguageEntityListingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserLanguageEntityListing'] = ResolversParentTypes['UserLanguageEntityListing']> = {
  entities?: Resolver<Array<ResolversTypes['UserRoutingLanguage']>, ParentType, ContextType>;
  firstUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageCount?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageNumber?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageSize?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previousUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
};

export type UserMeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserMe'] = ResolversParentTypes['UserMe']> = {
  adjacents?: Resolver<Types.Maybe<ResolversTypes['Adjacents']>, ParentType, ContextType>;
  autoAnswerSettings?: Resolver<Types.Maybe<ResolversTypes['AutoAnswerSettings']>, ParentType, ContextType>;
  date?: Resolver<Types.Maybe<ResolversTypes['ServerDate']>, ParentType, ContextType>;
  directReports?: Resolver<Types.Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
  divisionedPresenceDefinitions?: Resolver<Types.Maybe<Array<ResolversTypes['OrganizationPresenceDefinition']>>, ParentType, ContextType>;
  favorites?: Resolver<Types.Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
  fieldConfigs?: Resolver<Types.Maybe<ResolversTypes['FieldConfigs']>, ParentType, ContextType>;
  geolocationSettings?: Resolver<Types.Maybe<ResolversTypes['GeolocationSettings']>, ParentType, ContextType>;
  locationDefinitions?: Resolver<Types.Maybe<Array<ResolversTypes['LocationDefinition']>>, ParentType, ContextType>;
  orgAuthorization?: Resolver<Types.Maybe<Array<ResolversTypes['DomainOrganizationRole']>>, ParentType, ContextType>;
  orgProducts?: Resolver<Types.Maybe<Array<ResolversTypes['DomainOrganizationProduct']>>, ParentType, ContextType>;
  organization?: Resolver<Types.Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  presenceDefinitions?: Resolver<Types.Maybe<Array<ResolversTypes['OrganizationPresence']>>, ParentType, ContextType>;
  routingSkills?: Resolver<Types.Maybe<Array<ResolversTypes['RoutingSkill']>>, ParentType, ContextType>;
  superiors?: Resolver<Types.Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
  token?: Resolver<Types.Maybe<ResolversTypes['TokenInfo']>, ParentType, ContextType>;
  trustors?: Resolver<Types.Maybe<Array<ResolversTypes['Trustor']>>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserMutationPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserMutationPayload'] = ResolversParentTypes['UserMutationPayload']> = {
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserOutOfOfficeEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserOutOfOfficeEvent'] = ResolversParentTypes['UserOutOfOfficeEvent']> = {
  outOfOffice?: Resolver<ResolversTypes['OutOfOffice'], ParentType, ContextType>;
  resynced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserPresenceResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserPresence'] = ResolversParentTypes['UserPresence']> = {
  futurePresenceDefinition?: Resolver<Types.Maybe<ResolversTypes['PresenceDefinition']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modifiedDate?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  presenceDefinition?: Resolver<Types.Maybe<ResolversTypes['PresenceDefinition']>, ParentType, ContextType>;
  primary?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserPresenceEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserPresenceEvent'] = ResolversParentTypes['UserPresenceEvent']> = {
  presence?: Resolver<ResolversTypes['UserPresence'], ParentType, ContextType>;
  resynced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserProfileResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserProfile'] = ResolversParentTypes['UserProfile']> = {
  dateModified?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expands?: Resolver<Types.Maybe<ResolversTypes['UserExpands']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Types.Maybe<ResolversTypes['UserState']>, ParentType, ContextType>;
  version?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
};

export type UserProfileEntityListingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserProfileEntityListing'] = ResolversParentTypes['UserProfileEntityListing']> = {
  entities?: Resolver<Array<ResolversTypes['UserProfile']>, ParentType, ContextType>;
  firstUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageCount?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageNumber?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageSize?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previousUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
};

export type UserQueueResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserQueue'] = ResolversParentTypes['UserQueue']> = {
  acwSettings?: Resolver<Types.Maybe<ResolversTypes['AcwSettings']>, ParentType, ContextType>;
  agentOwnedRouting?: Resolver<Types.Maybe<ResolversTypes['AgentOwnedRouting']>, ParentType, ContextType>;
  autoAnswerOnly?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  bullseye?: Resolver<Types.Maybe<ResolversTypes['Bullseye']>, ParentType, ContextType>;
  callingPartyName?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  callingPartyNumber?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cannedResponseLibraries?: Resolver<Types.Maybe<ResolversTypes['CannedResponseLibraries']>, ParentType, ContextType>;
  conditionalGroupActivation?: Resolver<Types.Maybe<ResolversTypes['ConditionalGroupActivation']>, ParentType, ContextType>;
  conditionalGroupRouting?: Resolver<Types.Maybe<ResolversTypes['ConditionalGroupRouting']>, ParentType, ContextType>;
  createdBy?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdByApp?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateCreated?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dateModified?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  defaultMediaLanguage?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  defaultScripts?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  description?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  directRouting?: Resolver<Types.Maybe<ResolversTypes['DirectRouting']>, ParentType, ContextType>;
  division?: Resolver<Types.Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  emailInQueueFlow?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  enableAudioMonitoring?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enableManualAssignment?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  enableTranscription?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  joined?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  joinedMemberCount?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastAgentRoutingMode?: Resolver<Types.Maybe<ResolversTypes['QueueLastAgentRoutingMode']>, ParentType, ContextType>;
  mediaSettings?: Resolver<Types.Maybe<ResolversTypes['QueueMediaSettings']>, ParentType, ContextType>;
  memberCount?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  memberGroups?: Resolver<Types.Maybe<Array<ResolversTypes['MemberGroup']>>, ParentType, ContextType>;
  messageInQueueFlow?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  modifiedBy?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modifiedByApp?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onHoldPrompt?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  outboundEmailAddress?: Resolver<Types.Maybe<ResolversTypes['QueueEmailAddress']>, ParentType, ContextType>;
  outboundMessagingAddresses?: Resolver<Types.Maybe<ResolversTypes['QueueMessagingAddresses']>, ParentType, ContextType>;
  peerId?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  queueFlow?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
  queueId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  routingRules?: Resolver<Types.Maybe<Array<ResolversTypes['RoutingRule']>>, ParentType, ContextType>;
  scoringMethod?: Resolver<Types.Maybe<ResolversTypes['QueueScoringMethod']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  skillEvaluationMethod?: Resolver<Types.Maybe<ResolversTypes['QueueSkillEvaluationMethod']>, ParentType, ContextType>;
  state?: Resolver<Types.Maybe<ResolversTypes['EntityState']>, ParentType, ContextType>;
  suppressInQueueCallRecording?: Resolver<Types.Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userMemberCount?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  whisperPrompt?: Resolver<Types.Maybe<ResolversTypes['DomainEntityRef']>, ParentType, ContextType>;
};

export type UserQueueConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserQueueConnection'] = ResolversParentTypes['UserQueueConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserQueueEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['UserQueue']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
};

export type UserQueueEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserQueueEdge'] = ResolversParentTypes['UserQueueEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UserQueue'], ParentType, ContextType>;
};

export type UserQueueEntityListingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserQueueEntityListing'] = ResolversParentTypes['UserQueueEntityListing']> = {
  entities?: Resolver<Array<ResolversTypes['UserQueue']>, ParentType, ContextType>;
  firstUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageCount?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageNumber?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageSize?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previousUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
};

export type UserQueuePayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserQueuePayload'] = ResolversParentTypes['UserQueuePayload']> = {
  queue?: Resolver<Types.Maybe<ResolversTypes['UserQueue']>, ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserQueuesPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserQueuesPayload'] = ResolversParentTypes['UserQueuesPayload']> = {
  queues?: Resolver<Array<ResolversTypes['UserQueue']>, ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserRoutingLanguageResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserRoutingLanguage'] = ResolversParentTypes['UserRoutingLanguage']> = {
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  languageId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  languageUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proficiency?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Types.Maybe<ResolversTypes['EntityState']>, ParentType, ContextType>;
};

export type UserRoutingLanguageConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserRoutingLanguageConnection'] = ResolversParentTypes['UserRoutingLanguageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserRoutingLanguageEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['UserRoutingLanguage']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
};

export type UserRoutingLanguageEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserRoutingLanguageEdge'] = ResolversParentTypes['UserRoutingLanguageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UserRoutingLanguage'], ParentType, ContextType>;
};

export type UserRoutingLanguagePayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserRoutingLanguagePayload'] = ResolversParentTypes['UserRoutingLanguagePayload']> = {
  language?: Resolver<Types.Maybe<ResolversTypes['UserRoutingLanguage']>, ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserRoutingSkillResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserRoutingSkill'] = ResolversParentTypes['UserRoutingSkill']> = {
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proficiency?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  skillId?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  skillUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Types.Maybe<ResolversTypes['EntityState']>, ParentType, ContextType>;
};

export type UserRoutingSkillConnectionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserRoutingSkillConnection'] = ResolversParentTypes['UserRoutingSkillConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserRoutingSkillEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['UserRoutingSkill']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
};

export type UserRoutingSkillEdgeResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserRoutingSkillEdge'] = ResolversParentTypes['UserRoutingSkillEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UserRoutingSkill'], ParentType, ContextType>;
};

export type UserRoutingSkillPayloadResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserRoutingSkillPayload'] = ResolversParentTypes['UserRoutingSkillPayload']> = {
  skill?: Resolver<Types.Maybe<ResolversTypes['UserRoutingSkill']>, ParentType, ContextType>;
  user?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserRoutingStatusEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserRoutingStatusEvent'] = ResolversParentTypes['UserRoutingStatusEvent']> = {
  resynced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  routingStatus?: Resolver<ResolversTypes['RoutingStatus'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserSkillEntityListingResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserSkillEntityListing'] = ResolversParentTypes['UserSkillEntityListing']> = {
  entities?: Resolver<Array<ResolversTypes['UserRoutingSkill']>, ParentType, ContextType>;
  firstUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageCount?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageNumber?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageSize?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previousUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
};

export type UserStationResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserStation'] = ResolversParentTypes['UserStation']> = {
  associatedDate?: Resolver<Types.Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  associatedUser?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  defaultUser?: Resolver<Types.Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerInfo?: Resolver<Types.Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  type?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  webRtcCallAppearances?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type UserStationEventResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserStationEvent'] = ResolversParentTypes['UserStationEvent']> = {
  resynced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  station?: Resolver<ResolversTypes['UserStations'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserStationsResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UserStations'] = ResolversParentTypes['UserStations']> = {
  associatedStation?: Resolver<Types.Maybe<ResolversTypes['UserStation']>, ParentType, ContextType>;
  defaultStation?: Resolver<Types.Maybe<ResolversTypes['UserStation']>, ParentType, ContextType>;
  effectiveStation?: Resolver<Types.Maybe<ResolversTypes['UserStation']>, ParentType, ContextType>;
  lastAssociatedStation?: Resolver<Types.Maybe<ResolversTypes['UserStation']>, ParentType, ContextType>;
};

export type UsersSearchResponseResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['UsersSearchResponse'] = ResolversParentTypes['UsersSearchResponse']> = {
  currentPage?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currentQ64?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextPage?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextQ64?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageCount?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageNumber?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageSize?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previousPage?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousQ64?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  total?: Resolver<Types.Maybe<ResolversTypes['SafeInt']>, ParentType, ContextType>;
  types?: Resolver<Types.Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type WorkPlanBidRanksResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WorkPlanBidRanks'] = ResolversParentTypes['WorkPlanBidRanks']> = {
  biddingTieBreaker?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workPlanBiddingPerformance?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WritableDivisionResolvers<ContextType = GatewayContext, ParentType extends ResolversParentTypes['WritableDivision'] = ResolversParentTypes['WritableDivision']> = {
  id?: Resolver<Types.Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfUri?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GatewayContext> = {
  Actions?: ActionsResolvers<ContextType>;
  AcwSettings?: AcwSettingsResolvers<ContextType>;
  AddressableEntityRef?: AddressableEntityRefResolvers<ContextType>;
  Adjacents?: AdjacentsResolvers<ContextType>;
  AgentOwnedRouting?: AgentOwnedRoutingResolvers<ContextType>;
  AggregateDataContainer?: AggregateDataContainerResolvers<ContextType>;
  AggregateMetricData?: AggregateMetricDataResolvers<ContextType>;
  AggregateViewData?: AggregateViewDataResolvers<ContextType>;
  AggregationResult?: AggregationResultResolvers<ContextType>;
  AggregationResultEntry?: AggregationResultEntryResolvers<ContextType>;
  AnalyticsRoutingStatusRecord?: AnalyticsRoutingStatusRecordResolvers<ContextType>;
  AnalyticsUserDetail?: AnalyticsUserDetailResolvers<ContextType>;
  AnalyticsUserDetailsQueryResponse?: AnalyticsUserDetailsQueryResponseResolvers<ContextType>;
  AnalyticsUserPresenceRecord?: AnalyticsUserPresenceRecordResolvers<ContextType>;
  AutoAnswerSettings?: AutoAnswerSettingsResolvers<ContextType>;
  Biography?: BiographyResolvers<ContextType>;
  Bullseye?: BullseyeResolvers<ContextType>;
  CallForwarding?: CallForwardingResolvers<ContextType>;
  CallForwardingPayload?: CallForwardingPayloadResolvers<ContextType>;
  CallRoute?: CallRouteResolvers<ContextType>;
  CallTarget?: CallTargetResolvers<ContextType>;
  CallbackMediaSettings?: CallbackMediaSettingsResolvers<ContextType>;
  CannedResponseLibraries?: CannedResponseLibrariesResolvers<ContextType>;
  Chat?: ChatResolvers<ContextType>;
  ConditionalGroupActivation?: ConditionalGroupActivationResolvers<ContextType>;
  ConditionalGroupActivationCondition?: ConditionalGroupActivationConditionResolvers<ContextType>;
  ConditionalGroupActivationPilotRule?: ConditionalGroupActivationPilotRuleResolvers<ContextType>;
  ConditionalGroupActivationRule?: ConditionalGroupActivationRuleResolvers<ContextType>;
  ConditionalGroupActivationSimpleMetric?: ConditionalGroupActivationSimpleMetricResolvers<ContextType>;
  ConditionalGroupRouting?: ConditionalGroupRoutingResolvers<ContextType>;
  ConditionalGroupRoutingRule?: ConditionalGroupRoutingRuleResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DirectRouting?: DirectRoutingResolvers<ContextType>;
  DirectRoutingMediaSettings?: DirectRoutingMediaSettingsResolvers<ContextType>;
  Division?: DivisionResolvers<ContextType>;
  DomainEntityRef?: DomainEntityRefResolvers<ContextType>;
  DomainOrganizationProduct?: DomainOrganizationProductResolvers<ContextType>;
  DomainOrganizationRole?: DomainOrganizationRoleResolvers<ContextType>;
  DomainPermissionPolicy?: DomainPermissionPolicyResolvers<ContextType>;
  DomainResourceConditionNode?: DomainResourceConditionNodeResolvers<ContextType>;
  DomainResourceConditionValue?: DomainResourceConditionValueResolvers<ContextType>;
  DomainRole?: DomainRoleResolvers<ContextType>;
  Education?: EducationResolvers<ContextType>;
  EmailAddress?: EmailAddressResolvers<ContextType>;
  EmailMediaSettings?: EmailMediaSettingsResolvers<ContextType>;
  EmployerInfo?: EmployerInfoResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  ExpansionCriterium?: ExpansionCriteriumResolvers<ContextType>;
  FieldConfig?: FieldConfigResolvers<ContextType>;
  FieldConfigs?: FieldConfigsResolvers<ContextType>;
  FieldList?: FieldListResolvers<ContextType>;
  Geolocation?: GeolocationResolvers<ContextType>;
  GeolocationPayload?: GeolocationPayloadResolvers<ContextType>;
  GeolocationSettings?: GeolocationSettingsResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  GroupContact?: GroupContactResolvers<ContextType>;
  Image?: ImageResolvers<ContextType>;
  InactivityTimeoutSettings?: InactivityTimeoutSettingsResolvers<ContextType>;
  InboundRoute?: InboundRouteResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Location?: LocationResolvers<ContextType>;
  LocationAddress?: LocationAddressResolvers<ContextType>;
  LocationAddressVerificationDetails?: LocationAddressVerificationDetailsResolvers<ContextType>;
  LocationDefinition?: LocationDefinitionResolvers<ContextType>;
  LocationEmergencyNumber?: LocationEmergencyNumberResolvers<ContextType>;
  LocationImage?: LocationImageResolvers<ContextType>;
  MediaSettings?: MediaSettingsResolvers<ContextType>;
  MediaSummary?: MediaSummaryResolvers<ContextType>;
  MediaSummaryDetail?: MediaSummaryDetailResolvers<ContextType>;
  MemberGroup?: MemberGroupResolvers<ContextType>;
  MessageMediaSettings?: MessageMediaSettingsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NamedEntity?: NamedEntityResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OAuthLastTokenIssued?: OAuthLastTokenIssuedResolvers<ContextType>;
  ObservationDataContainer?: ObservationDataContainerResolvers<ContextType>;
  ObservationQueryResponse?: ObservationQueryResponseResolvers<ContextType>;
  OrgOAuthClient?: OrgOAuthClientResolvers<ContextType>;
  OrgUser?: OrgUserResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationPresence?: OrganizationPresenceResolvers<ContextType>;
  OrganizationPresenceDefinition?: OrganizationPresenceDefinitionResolvers<ContextType>;
  OutOfOffice?: OutOfOfficeResolvers<ContextType>;
  OutOfOfficePayload?: OutOfOfficePayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Password?: GraphQLScalarType;
  PresenceDefinition?: PresenceDefinitionResolvers<ContextType>;
  PresenceQueryResponse?: PresenceQueryResponseResolvers<ContextType>;
  ProfileSkillsPayload?: ProfileSkillsPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QueueEmailAddress?: QueueEmailAddressResolvers<ContextType>;
  QueueFullReference?: QueueFullReferenceResolvers<ContextType>;
  QueueMediaSettings?: QueueMediaSettingsResolvers<ContextType>;
  QueueMessagingAddresses?: QueueMessagingAddressesResolvers<ContextType>;
  RemoveUserRoutingLanguagePayload?: RemoveUserRoutingLanguagePayloadResolvers<ContextType>;
  RemoveUserRoutingSkillPayload?: RemoveUserRoutingSkillPayloadResolvers<ContextType>;
  ResourceConditionNode?: ResourceConditionNodeResolvers<ContextType>;
  ResourceConditionValue?: ResourceConditionValueResolvers<ContextType>;
  ResourcePermissionPolicy?: ResourcePermissionPolicyResolvers<ContextType>;
  Ring?: RingResolvers<ContextType>;
  RoleDivision?: RoleDivisionResolvers<ContextType>;
  RoutingRule?: RoutingRuleResolvers<ContextType>;
  RoutingSkill?: RoutingSkillResolvers<ContextType>;
  RoutingStatus?: RoutingStatusResolvers<ContextType>;
  RoutingStatusPayload?: RoutingStatusPayloadResolvers<ContextType>;
  SafeInt?: GraphQLScalarType;
  Section?: SectionResolvers<ContextType>;
  ServerDate?: ServerDateResolvers<ContextType>;
  ServiceLevel?: ServiceLevelResolvers<ContextType>;
  Signature?: SignatureResolvers<ContextType>;
  SkillsToRemove?: SkillsToRemoveResolvers<ContextType>;
  StatisticalResponse?: StatisticalResponseResolvers<ContextType>;
  StatisticalSummary?: StatisticalSummaryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TeamFullReference?: TeamFullReferenceResolvers<ContextType>;
  TokenInfo?: TokenInfoResolvers<ContextType>;
  TokenInfoClonedUser?: TokenInfoClonedUserResolvers<ContextType>;
  TrusteeAuthorization?: TrusteeAuthorizationResolvers<ContextType>;
  Trustor?: TrustorResolvers<ContextType>;
  TrustorConnection?: TrustorConnectionResolvers<ContextType>;
  TrustorEdge?: TrustorEdgeResolvers<ContextType>;
  TrustorEntityListing?: TrustorEntityListingResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserAuthorization?: UserAuthorizationResolvers<ContextType>;
  UserAuthorizationPayload?: UserAuthorizationPayloadResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserConversationSummary?: UserConversationSummaryResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserEntityListing?: UserEntityListingResolvers<ContextType>;
  UserExpands?: UserExpandsResolvers<ContextType>;
  UserFullReference?: UserFullReferenceResolvers<ContextType>;
  UserLanguageEntityListing?: UserLanguageEntityListingResolvers<ContextType>;
  UserMe?: UserMeResolvers<ContextType>;
  UserMutationPayload?: UserMutationPayloadResolvers<ContextType>;
  UserOutOfOfficeEvent?: UserOutOfOfficeEventResolvers<ContextType>;
  UserPresence?: UserPresenceResolvers<ContextType>;
  UserPresenceEvent?: UserPresenceEventResolvers<ContextType>;
  UserProfile?: UserProfileResolvers<ContextType>;
  UserProfileEntityListing?: UserProfileEntityListingResolvers<ContextType>;
  UserQueue?: UserQueueResolvers<ContextType>;
  UserQueueConnection?: UserQueueConnectionResolvers<ContextType>;
  UserQueueEdge?: UserQueueEdgeResolvers<ContextType>;
  UserQueueEntityListing?: UserQueueEntityListingResolvers<ContextType>;
  UserQueuePayload?: UserQueuePayloadResolvers<ContextType>;
  UserQueuesPayload?: UserQueuesPayloadResolvers<ContextType>;
  UserRoutingLanguage?: UserRoutingLanguageResolvers<ContextType>;
  UserRoutingLanguageConnection?: UserRoutingLanguageConnectionResolvers<ContextType>;
  UserRoutingLanguageEdge?: UserRoutingLanguageEdgeResolvers<ContextType>;
  UserRoutingLanguagePayload?: UserRoutingLanguagePayloadResolvers<ContextType>;
  UserRoutingSkill?: UserRoutingSkillResolvers<ContextType>;
  UserRoutingSkillConnection?: UserRoutingSkillConnectionResolvers<ContextType>;
  UserRoutingSkillEdge?: UserRoutingSkillEdgeResolvers<ContextType>;
  UserRoutingSkillPayload?: UserRoutingSkillPayloadResolvers<ContextType>;
  UserRoutingStatusEvent?: UserRoutingStatusEventResolvers<ContextType>;
  UserSkillEntityListing?: UserSkillEntityListingResolvers<ContextType>;
  UserStation?: UserStationResolvers<ContextType>;
  UserStationEvent?: UserStationEventResolvers<ContextType>;
  UserStations?: UserStationsResolvers<ContextType>;
  UsersSearchResponse?: UsersSearchResponseResolvers<ContextType>;
  WorkPlanBidRanks?: WorkPlanBidRanksResolvers<ContextType>;
  WritableDivision?: WritableDivisionResolvers<ContextType>;
};

