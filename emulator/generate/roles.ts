/** Roles and their permission policies (some conditional, as in real organisations). */
import type { ResourceConditionNode, ResourcePermissionPolicy } from '../../src/genesys/models.js';
import { ROLE_DEFS } from '../names.js';
import { uuidFrom, type Rng } from '../prng.js';
import type { EmulatorStore } from '../store.js';
import { ascii, type Gen } from './common.js';

/** The role ids by what they grant, in ROLE_DEFS order. */
export interface RoleIds {
  all: string[];
  admin: string;
  employee: string;
  user: string;
  agent: string;
  supervisor: string;
  routingAdmin: string;
  peopleAdmin: string;
  telephonyAdmin: string;
  quality: string;
  trusted: string;
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

/** The roles, after the queues and divisions (their conditional policies name them). */
export function generateRoles({ store, rng, id }: Gen): RoleIds {
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
  const all = [...store.roles.keys()];
  const [admin, employee, user, agent, supervisor, routingAdmin, peopleAdmin, telephonyAdmin, quality, trusted] = all;
  return {
    all,
    admin,
    employee,
    user,
    agent,
    supervisor,
    routingAdmin,
    peopleAdmin,
    telephonyAdmin,
    quality,
    trusted,
  };
}
