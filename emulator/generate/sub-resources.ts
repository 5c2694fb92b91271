/**
 * Each user's sub-resources (skills, languages, roles, presence, out of office, call forwarding, geolocations,
 * favourites, trustors, conversation summary…), made on first access from a stream derived from (seed, user
 * index), so they do not depend on the order requests arrive in.
 */
import type { CallRoute, UserConversationSummary } from '../../src/genesys/models.js';
import { LOCATION_SITES, PROFILE_SKILLS, ROUTING_STATUSES } from '../names.js';
import { hash32, intBetween, mulberry32, pick, sample } from '../prng.js';
import type { Assignment, EmulatorStore, GeoRecord, UserRecord, UserSub } from '../store.js';
import { DAY, GEN_EPOCH, GEOLOCATION_CLIENT_IDS, iso, type Gen } from './common.js';
import type { RoleIds } from './roles.js';

export interface SubResourceInputs {
  head: UserRecord;
  /** The fixture user with every sub-resource. */
  rich: UserRecord;
  skillIds: readonly string[];
  languageIds: readonly string[];
  locationIds: readonly string[];
  trustorIds: readonly string[];
  roles: RoleIds;
  presenceBySystem: (systemPresence: string) => string;
  /** A station no agent has, for call forwarding to a station. */
  freeStation: { id: string };
}

export function installSubResources({ seed, store }: Gen, inputs: SubResourceInputs): void {
  const {
    head,
    rich,
    skillIds,
    languageIds,
    locationIds,
    trustorIds,
    roles: R,
    presenceBySystem,
    freeStation,
  } = inputs;
  const offline = presenceBySystem('Offline');
  const activePresences = [
    presenceBySystem('Available'),
    presenceBySystem('OnQueue'),
    presenceBySystem('Busy'),
    presenceBySystem('Away'),
    presenceBySystem('Break'),
    presenceBySystem('Meal'),
    presenceBySystem('Meeting'),
    presenceBySystem('Training'),
    offline,
  ];
  const userCountAtGen = store.userList.length;

  store.setSubFactory((st: EmulatorStore, u: UserRecord): UserSub => {
    const r = mulberry32(hash32(seed, u.index, 0x5b));
    const forced = u.id === rich.id;
    const isHead = u.id === head.id;
    const now = GEN_EPOCH;
    const skills = new Map<string, Assignment>();
    const nSkills = forced ? 5 : u.agent ? intBetween(r, 2, 6) : u.level === 5 ? intBetween(r, 1, 2) : 0;
    for (const sid of sample(r, skillIds, nSkills)) {
      skills.set(sid, {
        proficiency: intBetween(r, forced ? 1 : 0, 5),
        state: forced || r() < 0.92 ? 'active' : 'inactive',
      });
    }
    const languages = new Map<string, Assignment>();
    if (u.agent || u.level === 5 || forced) {
      languages.set(languageIds[0], { proficiency: intBetween(r, 3, 5), state: 'active' });
      for (const lid of sample(r, languageIds.slice(1), forced ? 2 : r() < 0.35 ? intBetween(r, 1, 2) : 0)) {
        languages.set(lid, { proficiency: intBetween(r, 1, 5), state: r() < 0.9 ? 'active' : 'inactive' });
      }
    }
    const roles = isHead
      ? [R.admin, R.employee, R.user]
      : u.agent
        ? [R.employee, R.user, R.agent]
        : u.level >= 3
          ? [R.employee, R.user, R.supervisor]
          : [R.employee, R.user, R.supervisor, R.peopleAdmin];
    const extraRoll = r();
    if (!isHead && extraRoll < 0.03) roles.push(R.routingAdmin);
    else if (!isHead && extraRoll < 0.05) roles.push(R.telephonyAdmin);
    else if (!isHead && extraRoll < 0.08) roles.push(R.quality);

    const active = u.state === 'active';
    const status = u.agent && active ? pick(r, ROUTING_STATUSES) : 'OFF_QUEUE';
    const presenceId = active ? pick(r, activePresences) : offline;
    const oooOn = forced || (active && r() < 0.05);
    const indefinite = !forced && oooOn && r() < 0.3;
    const oooStart = now - intBetween(r, 1, 10) * DAY;
    const cfOn = forced || r() < 0.1;
    const calls: CallRoute[] = [];
    if (cfOn) {
      calls.push({ targets: [{ type: 'PHONENUMBER', value: `+1317${String(5550000 + intBetween(r, 0, 9999))}` }] });
      if (forced || r() < 0.4) {
        const links = st.userStations.get(u.id);
        calls.push({ targets: [{ type: 'STATION', value: links?.default ?? freeStation.id }] });
      }
    }
    const geolocations = new Map<string, GeoRecord>();
    const site = LOCATION_SITES[u.index % LOCATION_SITES.length];
    const siteLoc = locationIds[u.index % locationIds.length];
    const clients = forced
      ? [...GEOLOCATION_CLIENT_IDS]
      : ['browser', ...(r() < 0.4 ? ['mobile'] : []), ...(r() < 0.2 ? ['desktop'] : [])];
    for (const c of clients) {
      geolocations.set(c, {
        clientId: c,
        type: c === 'mobile' ? pick(r, ['ios', 'android']) : c === 'desktop' ? 'windows' : 'web',
        latitude: Math.round((site.lat + (r() - 0.5) * 0.2) * 1e5) / 1e5,
        longitude: Math.round((site.lon + (r() - 0.5) * 0.2) * 1e5) / 1e5,
        country: site.country,
        region: site.region,
        city: site.city,
        locationIds: c === 'browser' ? [siteLoc] : [],
      });
    }
    const favorites: string[] = [];
    if (forced || isHead || r() < 0.3) {
      const n = forced || isHead ? 4 : intBetween(r, 1, 5);
      for (let i = 0; i < n * 2 && favorites.length < n; i++) {
        const other = st.userList[Math.floor(r() * userCountAtGen)];
        if (other && other.id !== u.id && other.state !== 'deleted' && !favorites.includes(other.id))
          favorites.push(other.id);
      }
    }
    const trustors = forced
      ? trustorIds.slice(0, 2)
      : isHead
        ? trustorIds.slice(0, 1)
        : r() < 0.05
          ? sample(r, trustorIds, intBetween(r, 1, 2))
          : [];
    if (trustors.length > 0 && !roles.includes(R.trusted)) roles.push(R.trusted);
    const media = (
      activeMax: number,
    ): { contactCenter: { active: number; acw: number }; enterprise: { active: number; acw: number } } => ({
      contactCenter: {
        active: u.agent && active ? intBetween(r, 0, activeMax) : 0,
        acw: u.agent && active ? intBetween(r, 0, 1) : 0,
      },
      enterprise: { active: active ? intBetween(r, 0, 1) : 0, acw: 0 },
    });
    const summary: UserConversationSummary = {
      userId: u.id,
      call: media(1),
      callback: media(1),
      email: media(3),
      message: media(4),
      chat: media(3),
      socialExpression: media(1),
      video: media(0),
    };
    return {
      skills,
      languages,
      roleIds: roles,
      routingStatus: { status, startTime: iso(now - intBetween(r, 1, 480) * 60_000) },
      presence: {
        definitionId: presenceId,
        message:
          active && r() < 0.2
            ? pick(r, ['Back in 10', 'In training until 3pm', 'Focus time', 'Covering the VIP line'])
            : undefined,
        modifiedDate: iso(now - intBetween(r, 1, 600) * 60_000),
      },
      outOfOffice: {
        id: u.id,
        active: oooOn,
        indefinite,
        startDate: oooOn || r() < 0.1 ? iso(oooStart) : undefined,
        endDate: oooOn && !indefinite ? iso(oooStart + intBetween(r, 3, 21) * DAY) : undefined,
      },
      callForwarding: {
        id: u.id,
        enabled: cfOn && (forced || r() < 0.7),
        calls,
        voicemail: pick(r, ['PURECLOUD', 'LASTCALL', 'NONE'] as const),
        modifiedDate: iso(now - intBetween(r, 1, 90) * DAY),
      },
      geolocations,
      primaryClientId: 'browser',
      profileSkills: sample(r, PROFILE_SKILLS, forced ? 3 : intBetween(r, 0, 4)),
      locations: [
        { id: siteLoc, notes: r() < 0.5 ? `Floor ${intBetween(r, 1, 6)}, Desk ${intBetween(r, 1, 120)}` : undefined },
      ],
      favoriteIds: favorites,
      trustorIds: trustors,
      conversationSummary: summary,
      inviteOutstanding: u.dateLastLogin === undefined && u.state === 'active',
      workPlanBiddingPerformance: intBetween(r, 0, 9999),
      autoAnswer: { call: u.acdAutoAnswer },
    };
  });
}
