/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n        query TracedUser($id: ID!) {\n          user(id: $id) {\n            name\n            manager {\n              name\n            }\n          }\n        }\n      ": typeof types.TracedUserDocument,
    "\n  query EntityUsers($reps: [_Any!]!) {\n    _entities(representations: $reps) {\n      ... on User {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.EntityUsersDocument,
    "\n  query ServiceSdl {\n    _service {\n      sdl\n    }\n  }\n": typeof types.ServiceSdlDocument,
    "\n        query AuthMe {\n          me {\n            id\n          }\n        }\n      ": typeof types.AuthMeDocument,
    "\n        query AuthRolesForbidden($id: ID!) {\n          user(id: $id) {\n            name\n            authorization {\n              roles {\n                id\n              }\n            }\n            manager {\n              name\n            }\n          }\n        }\n      ": typeof types.AuthRolesForbiddenDocument,
    "\n          query DisMe {\n            me {\n              id\n              name\n              presence {\n                source\n              }\n              integrationPresence {\n                source\n              }\n            }\n          }\n        ": typeof types.DisMeDocument,
    "\n          query DisUsers {\n            users(pageSize: 3) {\n              entities {\n                id\n                routingStatus {\n                  status\n                }\n                integrationPresence {\n                  source\n                }\n              }\n            }\n          }\n        ": typeof types.DisUsersDocument,
    "\n        query DisUserProfiles {\n          userProfiles(pageSize: 2) {\n            entities {\n              expands {\n                presence {\n                  source\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.DisUserProfilesDocument,
    "\n          query DisUserProfiles2 {\n            userProfiles(pageSize: 2) {\n              entities {\n                expands {\n                  presence {\n                    source\n                  }\n                  integrationPresence {\n                    source\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.DisUserProfiles2Document,
    "\n        query DisUsers2($ids: [ID!]) {\n          users(ids: $ids) {\n            entities {\n              id\n              state\n            }\n          }\n        }\n      ": typeof types.DisUsers2Document,
    "\n        query DisUsers3($ids: [ID!]) {\n          users(ids: $ids, state: active) {\n            entities {\n              id\n            }\n          }\n        }\n      ": typeof types.DisUsers3Document,
    "\n        query Dis__type {\n          __type(name: \"User\") {\n            fields {\n              name\n              description\n            }\n          }\n        }\n      ": typeof types.Dis__TypeDocument,
    "\n        query DisSearchUsers($r: UserSearchRequestInput!) {\n          searchUsers(request: $r) {\n            currentQ64\n            nextQ64\n            currentPage\n            results {\n              id\n              presence {\n                source\n              }\n              station {\n                effectiveStation {\n                  id\n                }\n              }\n              routingStatus {\n                status\n              }\n              outOfOffice {\n                active\n              }\n            }\n          }\n        }\n      ": typeof types.DisSearchUsersDocument,
    "\n        query DisUsers4 {\n          users(pageSize: 2, sortOrder: descending) {\n            selfUri\n            nextUri\n            lastUri\n            entities {\n              presence {\n                source\n              }\n            }\n          }\n        }\n      ": typeof types.DisUsers4Document,
    "\n        query DisSearchUsers2($r: UserSearchRequestInput!) {\n          searchUsers(request: $r) {\n            nextQ64\n          }\n        }\n      ": typeof types.DisSearchUsers2Document,
    "\n        query DisSearchUsersByQ64($q: String!) {\n          searchUsersByQ64(q64: $q) {\n            currentQ64\n            results {\n              presence {\n                source\n              }\n            }\n          }\n        }\n      ": typeof types.DisSearchUsersByQ64Document,
    "\n        query CostsPageWithManagers {\n          users(pageSize: 50) {\n            entities {\n              id\n              name\n              manager {\n                id\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.CostsPageWithManagersDocument,
    "\n        query CostsReportsOfReports($id: ID!) {\n          user(id: $id) {\n            name\n            directReports {\n              id\n              name\n              directReports {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.CostsReportsOfReportsDocument,
    "\n        query CostsManagerChain($id: ID!) {\n          user(id: $id) {\n            name\n            manager {\n              name\n              manager {\n                name\n                manager {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.CostsManagerChainDocument,
    "\n        query CostsSameUserTwice($id: ID!) {\n          a: user(id: $id) {\n            name\n          }\n          b: user(id: $id) {\n            id\n          }\n        }\n      ": typeof types.CostsSameUserTwiceDocument,
    "\n        query CostsMissingUser {\n          missing: user(id: \"00000000-0000-4000-8000-000000000000\") {\n            id\n            name\n          }\n          me {\n            id\n            name\n          }\n        }\n      ": typeof types.CostsMissingUserDocument,
    "\n        query CostsOneMissingInBulk($a: ID!) {\n          a: user(id: $a) {\n            id\n          }\n          b: user(id: \"00000000-0000-4000-8000-000000000001\") {\n            id\n          }\n        }\n      ": typeof types.CostsOneMissingInBulkDocument,
    "\n        query ReadsUser($id: ID!) {\n          user(id: $id) {\n            id\n            name\n            email\n            version\n            state\n            division {\n              id\n            }\n          }\n        }\n      ": typeof types.ReadsUserDocument,
    "\n        query ReadsUser2($id: ID!) {\n          user(id: $id, state: deleted) {\n            id\n            state\n          }\n        }\n      ": typeof types.ReadsUser2Document,
    "\n        query ReadsUsers {\n          users(pageSize: 10, pageNumber: 2, sortOrder: descending, state: inactive) {\n            entities {\n              name\n              state\n            }\n            pageSize\n            pageNumber\n            total\n            pageCount\n            nextUri\n          }\n        }\n      ": typeof types.ReadsUsersDocument,
    "\n        query ReadsUsersByIds($ids: [ID!], $again: ID!) {\n          users(ids: $ids, pageSize: 2) {\n            entities {\n              id\n            }\n          }\n          again: user(id: $again) {\n            name\n          }\n        }\n      ": typeof types.ReadsUsersByIdsDocument,
    "\n        query ReadsMe {\n          me {\n            id\n            name\n            directReports {\n              manager {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.ReadsMeDocument,
    "\n        query ReadsMe2 {\n          me {\n            routingStatus {\n              status\n            }\n            directReports {\n              id\n              station {\n                effectiveStation {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ReadsMe2Document,
    "\n        query ReadsMeDetails {\n          meDetails {\n            user {\n              id\n            }\n            organization {\n              id\n              name\n            }\n            date {\n              currentDate\n            }\n            token {\n              organization {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.ReadsMeDetailsDocument,
    "\n        query ReadsUser3($id: ID!) {\n          user(id: $id) {\n            superiors {\n              id\n              name\n            }\n          }\n        }\n      ": typeof types.ReadsUser3Document,
    "\n        query ReadsUser4($id: ID!) {\n          user(id: $id) {\n            adjacents {\n              superiors {\n                id\n                name\n              }\n              siblings {\n                id\n              }\n              directReports {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.ReadsUser4Document,
    "\n        query ReadsUser5($id: ID!) {\n          user(id: $id) {\n            favorites {\n              id\n            }\n            favoritesPage(pageSize: 1) {\n              entities {\n                id\n              }\n              pageSize\n              total\n            }\n          }\n        }\n      ": typeof types.ReadsUser5Document,
    "\n        query ReadsUsers2 {\n          users(pageSize: 5) {\n            entities {\n              presence {\n                presenceDefinition {\n                  systemPresence\n                }\n              }\n              locations {\n                id\n              }\n              groups {\n                id\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.ReadsUsers2Document,
    "\n          query ReadsUsers3 {\n            users(pageSize: 5) {\n              entities {\n                id\n                presence {\n                  id\n                }\n              }\n            }\n          }\n        ": typeof types.ReadsUsers3Document,
    "\n        query ReadsUsers4 {\n          users(pageSize: 5) {\n            entities {\n              outOfOffice {\n                user {\n                  presence {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ReadsUsers4Document,
    "\n        query ReadsSearchUsers($r: UserSearchRequestInput!) {\n          searchUsers(request: $r) {\n            total\n            pageCount\n            results {\n              id\n              name\n            }\n            nextQ64\n          }\n        }\n      ": typeof types.ReadsSearchUsersDocument,
    "\n        query ReadsSearchUsersByQ64($q: String!) {\n          searchUsersByQ64(q64: $q) {\n            pageNumber\n            results {\n              id\n            }\n          }\n        }\n      ": typeof types.ReadsSearchUsersByQ64Document,
    "\n        query ReadsSearchUsers2($r: UserSearchRequestInput!) {\n          searchUsers(request: $r) {\n            results {\n              id\n              manager {\n                id\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.ReadsSearchUsers2Document,
    "\n        query ReadsUserProfiles {\n          userProfiles(pageSize: 3) {\n            entities {\n              id\n              name\n              state\n              version\n            }\n            pageSize\n            total\n          }\n        }\n      ": typeof types.ReadsUserProfilesDocument,
    "\n        query ReadsFieldConfig {\n          fieldConfig(type: person) {\n            id\n            entityType\n            sections {\n              key\n              fieldList {\n                key\n                type\n                required\n              }\n            }\n          }\n        }\n      ": typeof types.ReadsFieldConfigDocument,
    "\n        query ReadsUserAggregates($q: AggregationQueryInput!) {\n          userAggregates(query: $q) {\n            results {\n              group\n              data {\n                interval\n                metrics {\n                  metric\n                  stats {\n                    sum\n                    count\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ReadsUserAggregatesDocument,
    "\n        query ReadsUserDetails($q: UserDetailsQueryInput!) {\n          userDetails(query: $q) {\n            userDetails {\n              userId\n              primaryPresence {\n                systemPresence\n                startTime\n              }\n            }\n          }\n        }\n      ": typeof types.ReadsUserDetailsDocument,
    "\n        query ReadsUserObservations($q: ObservationQueryInput!) {\n          userObservations(query: $q) {\n            results {\n              group\n              data {\n                metric\n                stats {\n                  count\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ReadsUserObservationsDocument,
};
const documents: Documents = {
    "\n        query TracedUser($id: ID!) {\n          user(id: $id) {\n            name\n            manager {\n              name\n            }\n          }\n        }\n      ": types.TracedUserDocument,
    "\n  query EntityUsers($reps: [_Any!]!) {\n    _entities(representations: $reps) {\n      ... on User {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.EntityUsersDocument,
    "\n  query ServiceSdl {\n    _service {\n      sdl\n    }\n  }\n": types.ServiceSdlDocument,
    "\n        query AuthMe {\n          me {\n            id\n          }\n        }\n      ": types.AuthMeDocument,
    "\n        query AuthRolesForbidden($id: ID!) {\n          user(id: $id) {\n            name\n            authorization {\n              roles {\n                id\n              }\n            }\n            manager {\n              name\n            }\n          }\n        }\n      ": types.AuthRolesForbiddenDocument,
    "\n          query DisMe {\n            me {\n              id\n              name\n              presence {\n                source\n              }\n              integrationPresence {\n                source\n              }\n            }\n          }\n        ": types.DisMeDocument,
    "\n          query DisUsers {\n            users(pageSize: 3) {\n              entities {\n                id\n                routingStatus {\n                  status\n                }\n                integrationPresence {\n                  source\n                }\n              }\n            }\n          }\n        ": types.DisUsersDocument,
    "\n        query DisUserProfiles {\n          userProfiles(pageSize: 2) {\n            entities {\n              expands {\n                presence {\n                  source\n                }\n              }\n            }\n          }\n        }\n      ": types.DisUserProfilesDocument,
    "\n          query DisUserProfiles2 {\n            userProfiles(pageSize: 2) {\n              entities {\n                expands {\n                  presence {\n                    source\n                  }\n                  integrationPresence {\n                    source\n                  }\n                }\n              }\n            }\n          }\n        ": types.DisUserProfiles2Document,
    "\n        query DisUsers2($ids: [ID!]) {\n          users(ids: $ids) {\n            entities {\n              id\n              state\n            }\n          }\n        }\n      ": types.DisUsers2Document,
    "\n        query DisUsers3($ids: [ID!]) {\n          users(ids: $ids, state: active) {\n            entities {\n              id\n            }\n          }\n        }\n      ": types.DisUsers3Document,
    "\n        query Dis__type {\n          __type(name: \"User\") {\n            fields {\n              name\n              description\n            }\n          }\n        }\n      ": types.Dis__TypeDocument,
    "\n        query DisSearchUsers($r: UserSearchRequestInput!) {\n          searchUsers(request: $r) {\n            currentQ64\n            nextQ64\n            currentPage\n            results {\n              id\n              presence {\n                source\n              }\n              station {\n                effectiveStation {\n                  id\n                }\n              }\n              routingStatus {\n                status\n              }\n              outOfOffice {\n                active\n              }\n            }\n          }\n        }\n      ": types.DisSearchUsersDocument,
    "\n        query DisUsers4 {\n          users(pageSize: 2, sortOrder: descending) {\n            selfUri\n            nextUri\n            lastUri\n            entities {\n              presence {\n                source\n              }\n            }\n          }\n        }\n      ": types.DisUsers4Document,
    "\n        query DisSearchUsers2($r: UserSearchRequestInput!) {\n          searchUsers(request: $r) {\n            nextQ64\n          }\n        }\n      ": types.DisSearchUsers2Document,
    "\n        query DisSearchUsersByQ64($q: String!) {\n          searchUsersByQ64(q64: $q) {\n            currentQ64\n            results {\n              presence {\n                source\n              }\n            }\n          }\n        }\n      ": types.DisSearchUsersByQ64Document,
    "\n        query CostsPageWithManagers {\n          users(pageSize: 50) {\n            entities {\n              id\n              name\n              manager {\n                id\n                name\n              }\n            }\n          }\n        }\n      ": types.CostsPageWithManagersDocument,
    "\n        query CostsReportsOfReports($id: ID!) {\n          user(id: $id) {\n            name\n            directReports {\n              id\n              name\n              directReports {\n                name\n              }\n            }\n          }\n        }\n      ": types.CostsReportsOfReportsDocument,
    "\n        query CostsManagerChain($id: ID!) {\n          user(id: $id) {\n            name\n            manager {\n              name\n              manager {\n                name\n                manager {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": types.CostsManagerChainDocument,
    "\n        query CostsSameUserTwice($id: ID!) {\n          a: user(id: $id) {\n            name\n          }\n          b: user(id: $id) {\n            id\n          }\n        }\n      ": types.CostsSameUserTwiceDocument,
    "\n        query CostsMissingUser {\n          missing: user(id: \"00000000-0000-4000-8000-000000000000\") {\n            id\n            name\n          }\n          me {\n            id\n            name\n          }\n        }\n      ": types.CostsMissingUserDocument,
    "\n        query CostsOneMissingInBulk($a: ID!) {\n          a: user(id: $a) {\n            id\n          }\n          b: user(id: \"00000000-0000-4000-8000-000000000001\") {\n            id\n          }\n        }\n      ": types.CostsOneMissingInBulkDocument,
    "\n        query ReadsUser($id: ID!) {\n          user(id: $id) {\n            id\n            name\n            email\n            version\n            state\n            division {\n              id\n            }\n          }\n        }\n      ": types.ReadsUserDocument,
    "\n        query ReadsUser2($id: ID!) {\n          user(id: $id, state: deleted) {\n            id\n            state\n          }\n        }\n      ": types.ReadsUser2Document,
    "\n        query ReadsUsers {\n          users(pageSize: 10, pageNumber: 2, sortOrder: descending, state: inactive) {\n            entities {\n              name\n              state\n            }\n            pageSize\n            pageNumber\n            total\n            pageCount\n            nextUri\n          }\n        }\n      ": types.ReadsUsersDocument,
    "\n        query ReadsUsersByIds($ids: [ID!], $again: ID!) {\n          users(ids: $ids, pageSize: 2) {\n            entities {\n              id\n            }\n          }\n          again: user(id: $again) {\n            name\n          }\n        }\n      ": types.ReadsUsersByIdsDocument,
    "\n        query ReadsMe {\n          me {\n            id\n            name\n            directReports {\n              manager {\n                name\n              }\n            }\n          }\n        }\n      ": types.ReadsMeDocument,
    "\n        query ReadsMe2 {\n          me {\n            routingStatus {\n              status\n            }\n            directReports {\n              id\n              station {\n                effectiveStation {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.ReadsMe2Document,
    "\n        query ReadsMeDetails {\n          meDetails {\n            user {\n              id\n            }\n            organization {\n              id\n              name\n            }\n            date {\n              currentDate\n            }\n            token {\n              organization {\n                id\n              }\n            }\n          }\n        }\n      ": types.ReadsMeDetailsDocument,
    "\n        query ReadsUser3($id: ID!) {\n          user(id: $id) {\n            superiors {\n              id\n              name\n            }\n          }\n        }\n      ": types.ReadsUser3Document,
    "\n        query ReadsUser4($id: ID!) {\n          user(id: $id) {\n            adjacents {\n              superiors {\n                id\n                name\n              }\n              siblings {\n                id\n              }\n              directReports {\n                id\n              }\n            }\n          }\n        }\n      ": types.ReadsUser4Document,
    "\n        query ReadsUser5($id: ID!) {\n          user(id: $id) {\n            favorites {\n              id\n            }\n            favoritesPage(pageSize: 1) {\n              entities {\n                id\n              }\n              pageSize\n              total\n            }\n          }\n        }\n      ": types.ReadsUser5Document,
    "\n        query ReadsUsers2 {\n          users(pageSize: 5) {\n            entities {\n              presence {\n                presenceDefinition {\n                  systemPresence\n                }\n              }\n              locations {\n                id\n              }\n              groups {\n                id\n                name\n              }\n            }\n          }\n        }\n      ": types.ReadsUsers2Document,
    "\n          query ReadsUsers3 {\n            users(pageSize: 5) {\n              entities {\n                id\n                presence {\n                  id\n                }\n              }\n            }\n          }\n        ": types.ReadsUsers3Document,
    "\n        query ReadsUsers4 {\n          users(pageSize: 5) {\n            entities {\n              outOfOffice {\n                user {\n                  presence {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.ReadsUsers4Document,
    "\n        query ReadsSearchUsers($r: UserSearchRequestInput!) {\n          searchUsers(request: $r) {\n            total\n            pageCount\n            results {\n              id\n              name\n            }\n            nextQ64\n          }\n        }\n      ": types.ReadsSearchUsersDocument,
    "\n        query ReadsSearchUsersByQ64($q: String!) {\n          searchUsersByQ64(q64: $q) {\n            pageNumber\n            results {\n              id\n            }\n          }\n        }\n      ": types.ReadsSearchUsersByQ64Document,
    "\n        query ReadsSearchUsers2($r: UserSearchRequestInput!) {\n          searchUsers(request: $r) {\n            results {\n              id\n              manager {\n                id\n                name\n              }\n            }\n          }\n        }\n      ": types.ReadsSearchUsers2Document,
    "\n        query ReadsUserProfiles {\n          userProfiles(pageSize: 3) {\n            entities {\n              id\n              name\n              state\n              version\n            }\n            pageSize\n            total\n          }\n        }\n      ": types.ReadsUserProfilesDocument,
    "\n        query ReadsFieldConfig {\n          fieldConfig(type: person) {\n            id\n            entityType\n            sections {\n              key\n              fieldList {\n                key\n                type\n                required\n              }\n            }\n          }\n        }\n      ": types.ReadsFieldConfigDocument,
    "\n        query ReadsUserAggregates($q: AggregationQueryInput!) {\n          userAggregates(query: $q) {\n            results {\n              group\n              data {\n                interval\n                metrics {\n                  metric\n                  stats {\n                    sum\n                    count\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.ReadsUserAggregatesDocument,
    "\n        query ReadsUserDetails($q: UserDetailsQueryInput!) {\n          userDetails(query: $q) {\n            userDetails {\n              userId\n              primaryPresence {\n                systemPresence\n                startTime\n              }\n            }\n          }\n        }\n      ": types.ReadsUserDetailsDocument,
    "\n        query ReadsUserObservations($q: ObservationQueryInput!) {\n          userObservations(query: $q) {\n            results {\n              group\n              data {\n                metric\n                stats {\n                  count\n                }\n              }\n            }\n          }\n        }\n      ": types.ReadsUserObservationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TracedUser($id: ID!) {\n          user(id: $id) {\n            name\n            manager {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TracedUser($id: ID!) {\n          user(id: $id) {\n            name\n            manager {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityUsers($reps: [_Any!]!) {\n    _entities(representations: $reps) {\n      ... on User {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityUsers($reps: [_Any!]!) {\n    _entities(representations: $reps) {\n      ... on User {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceSdl {\n    _service {\n      sdl\n    }\n  }\n"): (typeof documents)["\n  query ServiceSdl {\n    _service {\n      sdl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthMe {\n          me {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query AuthMe {\n          me {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthRolesForbidden($id: ID!) {\n          user(id: $id) {\n            name\n            authorization {\n              roles {\n                id\n              }\n            }\n            manager {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AuthRolesForbidden($id: ID!) {\n          user(id: $id) {\n            name\n            authorization {\n              roles {\n                id\n              }\n            }\n            manager {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DisMe {\n            me {\n              id\n              name\n              presence {\n                source\n              }\n              integrationPresence {\n                source\n              }\n            }\n          }\n        "): (typeof documents)["\n          query DisMe {\n            me {\n              id\n              name\n              presence {\n                source\n              }\n              integrationPresence {\n                source\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DisUsers {\n            users(pageSize: 3) {\n              entities {\n                id\n                routingStatus {\n                  status\n                }\n                integrationPresence {\n                  source\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query DisUsers {\n            users(pageSize: 3) {\n              entities {\n                id\n                routingStatus {\n                  status\n                }\n                integrationPresence {\n                  source\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DisUserProfiles {\n          userProfiles(pageSize: 2) {\n            entities {\n              expands {\n                presence {\n                  source\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DisUserProfiles {\n          userProfiles(pageSize: 2) {\n            entities {\n              expands {\n                presence {\n                  source\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DisUserProfiles2 {\n            userProfiles(pageSize: 2) {\n              entities {\n                expands {\n                  presence {\n                    source\n                  }\n                  integrationPresence {\n                    source\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query DisUserProfiles2 {\n            userProfiles(pageSize: 2) {\n              entities {\n                expands {\n                  presence {\n                    source\n                  }\n                  integrationPresence {\n                    source\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DisUsers2($ids: [ID!]) {\n          users(ids: $ids) {\n            entities {\n              id\n              state\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DisUsers2($ids: [ID!]) {\n          users(ids: $ids) {\n            entities {\n              id\n              state\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DisUsers3($ids: [ID!]) {\n          users(ids: $ids, state: active) {\n            entities {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DisUsers3($ids: [ID!]) {\n          users(ids: $ids, state: active) {\n            entities {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Dis__type {\n          __type(name: \"User\") {\n            fields {\n              name\n              description\n            }\n          }\n        }\n      "): (typeof documents)["\n        query Dis__type {\n          __type(name: \"User\") {\n            fields {\n              name\n              description\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DisSearchUsers($r: UserSearchRequestInput!) {\n          searchUsers(request: $r) {\n            currentQ64\n            nextQ64\n            currentPage\n            results {\n              id\n              presence {\n                source\n              }\n              station {\n                effectiveStation {\n                  id\n                }\n              }\n              routingStatus {\n                status\n              }\n              outOfOffice {\n                active\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DisSearchUsers($r: UserSearchRequestInput!) {\n          searchUsers(request: $r) {\n            currentQ64\n            nextQ64\n            currentPage\n            results {\n              id\n              presence {\n                source\n              }\n              station {\n                effectiveStation {\n                  id\n                }\n              }\n              routingStatus {\n                status\n              }\n              outOfOffice {\n                active\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DisUsers4 {\n          users(pageSize: 2, sortOrder: descending) {\n            selfUri\n            nextUri\n            lastUri\n            entities {\n              presence {\n                source\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DisUsers4 {\n          users(pageSize: 2, sortOrder: descending) {\n            selfUri\n            nextUri\n            lastUri\n            entities {\n              presence {\n                source\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DisSearchUsers2($r: UserSearchRequestInput!) {\n          searchUsers(request: $r) {\n            nextQ64\n          }\n        }\n      "): (typeof documents)["\n        query DisSearchUsers2($r: UserSearchRequestInput!) {\n          searchUsers(request: $r) {\n            nextQ64\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DisSearchUsersByQ64($q: String!) {\n          searchUsersByQ64(q64: $q) {\n            currentQ64\n            results {\n              presence {\n                source\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DisSearchUsersByQ64($q: String!) {\n          searchUsersByQ64(q64: $q) {\n            currentQ64\n            results {\n              presence {\n                source\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CostsPageWithManagers {\n          users(pageSize: 50) {\n            entities {\n              id\n              name\n              manager {\n                id\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CostsPageWithManagers {\n          users(pageSize: 50) {\n            entities {\n              id\n              name\n              manager {\n                id\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CostsReportsOfReports($id: ID!) {\n          user(id: $id) {\n            name\n            directReports {\n              id\n              name\n              directReports {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CostsReportsOfReports($id: ID!) {\n          user(id: $id) {\n            name\n            directReports {\n              id\n              name\n              directReports {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CostsManagerChain($id: ID!) {\n          user(id: $id) {\n            name\n            manager {\n              name\n              manager {\n                name\n                manager {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query CostsManagerChain($id: ID!) {\n          user(id: $id) {\n            name\n            manager {\n              name\n              manager {\n                name\n                manager {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CostsSameUserTwice($id: ID!) {\n          a: user(id: $id) {\n            name\n          }\n          b: user(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query CostsSameUserTwice($id: ID!) {\n          a: user(id: $id) {\n            name\n          }\n          b: user(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CostsMissingUser {\n          missing: user(id: \"00000000-0000-4000-8000-000000000000\") {\n            id\n            name\n          }\n          me {\n            id\n            name\n          }\n        }\n      "): (typeof documents)["\n        query CostsMissingUser {\n          missing: user(id: \"00000000-0000-4000-8000-000000000000\") {\n            id\n            name\n          }\n          me {\n            id\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CostsOneMissingInBulk($a: ID!) {\n          a: user(id: $a) {\n            id\n          }\n          b: user(id: \"00000000-0000-4000-8000-000000000001\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query CostsOneMissingInBulk($a: ID!) {\n          a: user(id: $a) {\n            id\n          }\n          b: user(id: \"00000000-0000-4000-8000-000000000001\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsUser($id: ID!) {\n          user(id: $id) {\n            id\n            name\n            email\n            version\n            state\n            division {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadsUser($id: ID!) {\n          user(id: $id) {\n            id\n            name\n            email\n            version\n            state\n            division {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsUser2($id: ID!) {\n          user(id: $id, state: deleted) {\n            id\n            state\n          }\n        }\n      "): (typeof documents)["\n        query ReadsUser2($id: ID!) {\n          user(id: $id, state: deleted) {\n            id\n            state\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsUsers {\n          users(pageSize: 10, pageNumber: 2, sortOrder: descending, state: inactive) {\n            entities {\n              name\n              state\n            }\n            pageSize\n            pageNumber\n            total\n            pageCount\n            nextUri\n          }\n        }\n      "): (typeof documents)["\n        query ReadsUsers {\n          users(pageSize: 10, pageNumber: 2, sortOrder: descending, state: inactive) {\n            entities {\n              name\n              state\n            }\n            pageSize\n            pageNumber\n            total\n            pageCount\n            nextUri\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsUsersByIds($ids: [ID!], $again: ID!) {\n          users(ids: $ids, pageSize: 2) {\n            entities {\n              id\n            }\n          }\n          again: user(id: $again) {\n            name\n          }\n        }\n      "): (typeof documents)["\n        query ReadsUsersByIds($ids: [ID!], $again: ID!) {\n          users(ids: $ids, pageSize: 2) {\n            entities {\n              id\n            }\n          }\n          again: user(id: $again) {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsMe {\n          me {\n            id\n            name\n            directReports {\n              manager {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadsMe {\n          me {\n            id\n            name\n            directReports {\n              manager {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsMe2 {\n          me {\n            routingStatus {\n              status\n            }\n            directReports {\n              id\n              station {\n                effectiveStation {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadsMe2 {\n          me {\n            routingStatus {\n              status\n            }\n            directReports {\n              id\n              station {\n                effectiveStation {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsMeDetails {\n          meDetails {\n            user {\n              id\n            }\n            organization {\n              id\n              name\n            }\n            date {\n              currentDate\n            }\n            token {\n              organization {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadsMeDetails {\n          meDetails {\n            user {\n              id\n            }\n            organization {\n              id\n              name\n            }\n            date {\n              currentDate\n            }\n            token {\n              organization {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsUser3($id: ID!) {\n          user(id: $id) {\n            superiors {\n              id\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadsUser3($id: ID!) {\n          user(id: $id) {\n            superiors {\n              id\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsUser4($id: ID!) {\n          user(id: $id) {\n            adjacents {\n              superiors {\n                id\n                name\n              }\n              siblings {\n                id\n              }\n              directReports {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadsUser4($id: ID!) {\n          user(id: $id) {\n            adjacents {\n              superiors {\n                id\n                name\n              }\n              siblings {\n                id\n              }\n              directReports {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsUser5($id: ID!) {\n          user(id: $id) {\n            favorites {\n              id\n            }\n            favoritesPage(pageSize: 1) {\n              entities {\n                id\n              }\n              pageSize\n              total\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadsUser5($id: ID!) {\n          user(id: $id) {\n            favorites {\n              id\n            }\n            favoritesPage(pageSize: 1) {\n              entities {\n                id\n              }\n              pageSize\n              total\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsUsers2 {\n          users(pageSize: 5) {\n            entities {\n              presence {\n                presenceDefinition {\n                  systemPresence\n                }\n              }\n              locations {\n                id\n              }\n              groups {\n                id\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadsUsers2 {\n          users(pageSize: 5) {\n            entities {\n              presence {\n                presenceDefinition {\n                  systemPresence\n                }\n              }\n              locations {\n                id\n              }\n              groups {\n                id\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ReadsUsers3 {\n            users(pageSize: 5) {\n              entities {\n                id\n                presence {\n                  id\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ReadsUsers3 {\n            users(pageSize: 5) {\n              entities {\n                id\n                presence {\n                  id\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsUsers4 {\n          users(pageSize: 5) {\n            entities {\n              outOfOffice {\n                user {\n                  presence {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadsUsers4 {\n          users(pageSize: 5) {\n            entities {\n              outOfOffice {\n                user {\n                  presence {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsSearchUsers($r: UserSearchRequestInput!) {\n          searchUsers(request: $r) {\n            total\n            pageCount\n            results {\n              id\n              name\n            }\n            nextQ64\n          }\n        }\n      "): (typeof documents)["\n        query ReadsSearchUsers($r: UserSearchRequestInput!) {\n          searchUsers(request: $r) {\n            total\n            pageCount\n            results {\n              id\n              name\n            }\n            nextQ64\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsSearchUsersByQ64($q: String!) {\n          searchUsersByQ64(q64: $q) {\n            pageNumber\n            results {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadsSearchUsersByQ64($q: String!) {\n          searchUsersByQ64(q64: $q) {\n            pageNumber\n            results {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsSearchUsers2($r: UserSearchRequestInput!) {\n          searchUsers(request: $r) {\n            results {\n              id\n              manager {\n                id\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadsSearchUsers2($r: UserSearchRequestInput!) {\n          searchUsers(request: $r) {\n            results {\n              id\n              manager {\n                id\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsUserProfiles {\n          userProfiles(pageSize: 3) {\n            entities {\n              id\n              name\n              state\n              version\n            }\n            pageSize\n            total\n          }\n        }\n      "): (typeof documents)["\n        query ReadsUserProfiles {\n          userProfiles(pageSize: 3) {\n            entities {\n              id\n              name\n              state\n              version\n            }\n            pageSize\n            total\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsFieldConfig {\n          fieldConfig(type: person) {\n            id\n            entityType\n            sections {\n              key\n              fieldList {\n                key\n                type\n                required\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadsFieldConfig {\n          fieldConfig(type: person) {\n            id\n            entityType\n            sections {\n              key\n              fieldList {\n                key\n                type\n                required\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsUserAggregates($q: AggregationQueryInput!) {\n          userAggregates(query: $q) {\n            results {\n              group\n              data {\n                interval\n                metrics {\n                  metric\n                  stats {\n                    sum\n                    count\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadsUserAggregates($q: AggregationQueryInput!) {\n          userAggregates(query: $q) {\n            results {\n              group\n              data {\n                interval\n                metrics {\n                  metric\n                  stats {\n                    sum\n                    count\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsUserDetails($q: UserDetailsQueryInput!) {\n          userDetails(query: $q) {\n            userDetails {\n              userId\n              primaryPresence {\n                systemPresence\n                startTime\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadsUserDetails($q: UserDetailsQueryInput!) {\n          userDetails(query: $q) {\n            userDetails {\n              userId\n              primaryPresence {\n                systemPresence\n                startTime\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReadsUserObservations($q: ObservationQueryInput!) {\n          userObservations(query: $q) {\n            results {\n              group\n              data {\n                metric\n                stats {\n                  count\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ReadsUserObservations($q: ObservationQueryInput!) {\n          userObservations(query: $q) {\n            results {\n              group\n              data {\n                metric\n                stats {\n                  count\n                }\n              }\n            }\n          }\n        }\n      "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;