/** Teams: one per team lead, holding the lead and their agents. */
import type { UserRecord } from '../store.js';
import type { Gen } from './common.js';

export function generateTeams({ store, id }: Gen, leads: readonly UserRecord[]): void {
  for (const lead of leads) {
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
}
