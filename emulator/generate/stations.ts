/** Stations (phones): one per agent plus 10% spare; most agents have a default station and are associated with it. */
import { intBetween } from '../prng.js';
import type { StationRecord, UserRecord } from '../store.js';
import { GEN_EPOCH, iso, type Gen } from './common.js';

type ProviderInfo = StationRecord['providerInfo'];

/** The edge group and phone base every station shares (drawn before the users: the stream's order). */
export function stationProviderInfo({ id }: Gen): ProviderInfo {
  const edgeGroupId = id();
  return { edgeGroupId, phoneBaseSettingsId: id() };
}

/** The stations, assigned to agents; returns the spare station left free for the fixtures. */
export function generateStations(
  { store, rng, id }: Gen,
  providerInfo: ProviderInfo,
  agents: readonly UserRecord[],
  rich: UserRecord,
): StationRecord {
  const stationCount = Math.ceil(agents.length * 1.1) + 2;
  const stationList: StationRecord[] = [];
  for (let i = 0; i < stationCount; i++) {
    const webrtc = rng() < 0.8;
    const st: StationRecord = {
      id: id(),
      name: webrtc ? `WebRTC Phone ${String(i + 1).padStart(5, '0')}` : `Desk Phone ${String(i + 1).padStart(5, '0')}`,
      type: webrtc ? 'inin_webrtc_softphone' : 'inin_sip_phone',
      providerInfo,
      webRtcCallAppearances: webrtc ? 4 : 0,
    };
    store.stations.set(st.id, st);
    stationList.push(st);
  }
  let next = 0;
  for (const a of agents) {
    if (a.state === 'deleted') continue;
    const station = stationList[next++];
    if (a === rich || rng() < 0.85) {
      store.setDefaultStation(a, station.id);
      if (a.state === 'active' && (a === rich || rng() < 0.8)) {
        store.associateStation(a, station.id);
        store.stations.get(station.id)!.associatedDate = iso(GEN_EPOCH - intBetween(rng, 1, 600) * 60_000);
      }
    }
  }
  // The rich user also has a last-associated station (a spare one).
  const lastStation = stationList[stationList.length - 1];
  store.stationLinks(rich.id).lastAssociated = lastStation.id;
  return stationList[stationList.length - 2];
}
