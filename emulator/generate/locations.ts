/** The organisation's locations, one per site. */
import { LOCATION_SITES } from '../names.js';
import { intBetween } from '../prng.js';
import type { Gen } from './common.js';

export function generateLocations({ store, rng, id }: Gen): string[] {
  LOCATION_SITES.forEach((s, i) => {
    const rec = {
      id: id(),
      name: s.name,
      site: i,
      version: intBetween(rng, 1, 5),
      street1: s.street1,
      city: s.city,
      state: s.state,
      zipcode: s.zipcode,
      country: s.country,
      countryName: s.countryName,
      lat: s.lat,
      lon: s.lon,
      region: s.region,
      emergencyNumber:
        s.country === 'US' || s.country === 'CA'
          ? `+1317555${String(1000 + i).slice(-4)}`
          : `+353915${String(10000 + i).slice(-5)}`,
    };
    store.locations.set(rec.id, rec);
  });
  return [...store.locations.keys()];
}
