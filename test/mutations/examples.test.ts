/**
 * The mutation examples of examples/ (06 on), run through their typed documents against the emulator's
 * default organisation with their sidecar variables: each does what its title says, and running it again
 * gives the same answer and leaves the same state (the IDE lets people click them twice).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import * as typed from '../../src/__generated__/examples.js';
import { loadExamples } from '../../src/ide/index.js';
import { DEFAULT_OPTIONS } from '../../emulator/index.js';
import { expectData } from '../helpers/operations.js';
import { useOrg } from './helpers.js';

const org = useOrg({ emulator: { users: DEFAULT_OPTIONS.users, seed: DEFAULT_OPTIONS.seed } });

const mutations = loadExamples().filter((e) => e.operationType === 'mutation');

function variablesOf(operationName: string): Record<string, unknown> {
  const example = mutations.find((e) => e.operationName === operationName);
  if (!example?.variables) throw new Error(`${operationName} needs a sidecar of variables`);
  return example.variables;
}

/** Runs an example twice; both answers, with `version` fields (which count writes) left out for the comparison. */
async function twice<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
): Promise<TData> {
  const run = () => expectData(org.h, document, variables);
  const first = await run();
  const second = await run();
  const stable = (data: TData) =>
    JSON.parse(
      JSON.stringify(data, (key, value: unknown) => (key === 'version' || key === 'startTime' ? undefined : value)),
    ) as unknown;
  expect(stable(second)).toEqual(stable(first));
  return second;
}

it('there is one mutation example per family, each with a typed document and a sidecar of default-org ids', () => {
  expect(mutations.map((e) => e.operationName)).toEqual([
    'AssignRoutingSkill',
    'RateRoutingLanguage',
    'SetQueueMembership',
    'SetAvailability',
    'ForwardCalls',
    'PickStation',
    'SetRoles',
    'EnableAutoAnswer',
  ]);
  for (const example of mutations) {
    expect(Object.keys(typed)).toContain(`${example.operationName}Document`);
    expect(
      Object.values(example.variables ?? {})
        .flat()
        .every((v) => typeof v === 'string' && /^[0-9a-f-]{36}$/.test(v)),
    ).toBe(true);
  }
  expect(variablesOf('PickStation')).toMatchObject({ userId: org.fx.deepUser, stationId: org.fx.freeStationId });
});

it("AssignRoutingSkill sets the skill and lists it with the user's skills", async () => {
  const vars = variablesOf('AssignRoutingSkill') as { userId: string; skillId: string };
  const data = await twice(typed.AssignRoutingSkillDocument, vars);
  expect(data.addUserRoutingSkill?.skill).toMatchObject({
    id: `UserRoutingSkill:${vars.userId}:${vars.skillId}`,
    skillId: vars.skillId,
    proficiency: 4,
    state: 'active',
  });
  expect(data.addUserRoutingSkill?.user?.skills).toContainEqual(
    expect.objectContaining({ skillId: vars.skillId, proficiency: 4 }),
  );
  expect(org.store.sub(vars.userId).skills.get(vars.skillId)).toEqual({ proficiency: 4, state: 'active' });
});

it('RateRoutingLanguage updates a language the user has', async () => {
  const vars = variablesOf('RateRoutingLanguage') as { userId: string; languageId: string };
  const data = await twice(typed.RateRoutingLanguageDocument, vars);
  expect(data.updateUserRoutingLanguage?.language).toMatchObject({
    languageId: vars.languageId,
    proficiency: 4.5,
    state: 'active',
  });
  expect(org.store.sub(vars.userId).languages.get(vars.languageId)).toEqual({ proficiency: 4.5, state: 'active' });
});

it('SetQueueMembership joins one queue and leaves another, and lists the joined ones', async () => {
  const vars = variablesOf('SetQueueMembership') as { userId: string; joinQueueId: string; leaveQueueId: string };
  const data = await twice(typed.SetQueueMembershipDocument, vars);
  expect(data.setUserQueuesMembership?.queues).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ queueId: vars.joinQueueId, joined: true }),
      expect.objectContaining({ queueId: vars.leaveQueueId, joined: false }),
    ]),
  );
  const joined = (data.setUserQueuesMembership?.user?.queues ?? []).map((q) => q.queueId);
  expect(joined).toContain(vars.joinQueueId);
  expect(joined).not.toContain(vars.leaveQueueId);
});

it('SetAvailability sets the routing status and turns out of office off, read back on the user', async () => {
  const vars = variablesOf('SetAvailability') as { userId: string };
  const data = await twice(typed.SetAvailabilityDocument, vars);
  expect(data.setUserRoutingStatus?.user?.routingStatus?.status).toBe('IDLE');
  expect(data.setUserOutOfOffice?.user?.outOfOffice?.active).toBe(false);
  expect(org.store.sub(vars.userId).routingStatus.status).toBe('IDLE');
});

it('ForwardCalls replaces call forwarding with one phone route', async () => {
  const vars = variablesOf('ForwardCalls') as { userId: string };
  const data = await twice(typed.ForwardCallsDocument, vars);
  expect(data.replaceUserCallForwarding?.callForwarding).toEqual({
    enabled: true,
    voicemail: 'PURECLOUD',
    calls: [{ targets: [{ type: 'PHONENUMBER', value: '+13175550100' }] }],
  });
});

it('PickStation associates the station with the user', async () => {
  const vars = variablesOf('PickStation') as { userId: string; stationId: string };
  const data = await twice(typed.PickStationDocument, vars);
  expect(data.setUserAssociatedStation?.user?.station?.associatedStation?.id).toBe(vars.stationId);
  expect(org.store.stations.get(vars.stationId)?.associatedUserId).toBe(vars.userId);
});

it('SetRoles sets exactly the listed roles', async () => {
  const vars = variablesOf('SetRoles') as { userId: string; roleIds: string[] };
  const data = await twice(typed.SetRolesDocument, vars);
  expect(data.setUserRoles?.authorization?.roles?.map((r) => r.id)).toEqual(vars.roleIds);
  expect(org.store.sub(vars.userId).roleIds).toEqual(vars.roleIds);
});

it('EnableAutoAnswer turns auto answer on for both users', async () => {
  const vars = variablesOf('EnableAutoAnswer') as { first: string; second: string };
  const data = await twice(typed.EnableAutoAnswerDocument, vars);
  expect(data.updateUsersAcdAutoAnswer?.map((u) => [u.id, u.acdAutoAnswer])).toEqual([
    [vars.first, true],
    [vars.second, true],
  ]);
});
