/** The organisation record and its divisions (the first is the home division). */
import { DIVISION_NAMES } from '../names.js';
import { DAY, GEN_EPOCH, iso, type Gen } from './common.js';

export function generateOrganisation({ store, id }: Gen): void {
  store.org = {
    id: id(),
    name: 'Northwind Contact Center',
    domain: 'northwind',
    thirdPartyOrgName: 'northwind',
    defaultLanguage: 'en',
    defaultCountryCode: 'US',
    version: 7,
    defaultSiteId: id(),
    dateCreated: iso(GEN_EPOCH - 1900 * DAY),
  };
}

/** The division ids, home first. */
export function generateDivisions({ store, id }: Gen): string[] {
  DIVISION_NAMES.forEach((name, i) => {
    const d = {
      id: id(),
      name,
      description: i === 0 ? 'The home division' : `${name} division`,
      homeDivision: i === 0,
    };
    store.divisions.set(d.id, d);
  });
  return [...store.divisions.keys()];
}
