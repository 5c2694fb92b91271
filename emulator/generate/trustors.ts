/** The organisations that trust this one (trustors). */
import { FIRST_NAMES, LAST_NAMES, TRUSTOR_ORGS } from '../names.js';
import { intBetween, pick } from '../prng.js';
import { ascii, DAY, GEN_EPOCH, iso, type Gen } from './common.js';

export function generateTrustorOrgs({ store, rng, id }: Gen): string[] {
  TRUSTOR_ORGS.forEach((t, i) => {
    const rec = {
      id: id(),
      name: t.name,
      domain: t.domain,
      dateCreated: iso(GEN_EPOCH - intBetween(rng, 30, 700) * DAY),
      enabled: i !== 3,
      creatorId: id(),
      creatorName: `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`,
      creatorEmail: '',
      permissions: i % 2 === 0 ? ['directory:user:view', 'routing:queue:view'] : ['directory:user:view'],
    };
    rec.creatorEmail = `${ascii(rec.creatorName.split(' ')[0])}@${t.domain}.example`;
    store.trustorOrgs.set(rec.id, rec);
  });
  return [...store.trustorOrgs.keys()];
}
