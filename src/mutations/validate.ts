/**
 * Input checks for every mutation, run before anything is sent upstream. GraphQL has already checked types,
 * non-null fields and enum values; this module checks what the SDL cannot say: id formats (UUIDs where
 * Genesys uses them), non-empty and bounded strings, email and E.164 formats, ranges (proficiency 0–5,
 * latitude, longitude), list sizes (at most 50 users in a bulk patch), duplicates and cross-field rules.
 *
 * Each `…Body` function checks one mutation's arguments and returns the upstream request body, or throws one
 * BAD_USER_INPUT GraphQLError: `extensions.field` names the first offending argument path (`input.proficiency`,
 * `input[3].id`), `extensions.problems` lists every problem found. Messages never repeat a value the client
 * sent, so a password (or anything else) cannot leak through an error.
 */
import type * as G from '../__generated__/schema-types.js';
import type * as M from '../genesys/models.js';
import { badUserInput, type InputProblem } from '../validation/bad-input.js';
import { isUuid, UUID_MESSAGE } from '../validation/ids.js';

/** PATCH /api/v2/users/bulk: "Max 50 users can be updated at a time" (docs/upstream-api.md#bulk-ids). */
export const BULK_PATCH_LIMIT = 50;
const PROFICIENCY_MIN = 0;
const PROFICIENCY_MAX = 5;
const NAME_MAX = 255;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Opt<T> = T | null | undefined;

const given = <T>(value: Opt<T>): value is T => value !== null && value !== undefined;

/** Drops the keys whose value is null or undefined: the API treats an absent field and a null one differently. */
function defined<T extends object>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/** Collects the problems of one mutation's arguments; `done()` throws them as one BAD_USER_INPUT error. */
export class InputCheck {
  readonly problems: InputProblem[] = [];

  fail(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  uuid(field: string, value: Opt<string>): void {
    if (given(value) && !isUuid(value)) this.fail(field, UUID_MESSAGE);
  }

  uuids(field: string, values: Opt<readonly string[]>): void {
    values?.forEach((v, i) => this.uuid(`${field}[${i}]`, v));
    this.unique(field, values ?? [], 'id');
  }

  /** A string that, when given, is not blank and at most `max` characters long. */
  text(field: string, value: Opt<string>, max?: number): void {
    if (!given(value)) return;
    if (value.trim() === '') this.fail(field, 'must not be empty.');
    else if (max !== undefined && value.length > max) this.fail(field, `must be at most ${max} characters long.`);
  }

  texts(field: string, values: Opt<readonly string[]>, max?: number): void {
    values?.forEach((v, i) => this.text(`${field}[${i}]`, v, max));
  }

  /** Only the length: an empty value is allowed (it clears the field upstream). */
  maxLength(field: string, value: Opt<string>, max: number): void {
    if (given(value) && value.length > max) this.fail(field, `must be at most ${max} characters long.`);
  }

  email(field: string, value: Opt<string>): void {
    this.text(field, value, NAME_MAX);
    if (given(value) && value.trim() !== '' && !EMAIL.test(value)) this.fail(field, 'must be an email address.');
  }

  e164(field: string, value: Opt<string>): void {
    if (given(value) && !E164.test(value)) this.fail(field, 'must be an E.164 phone number such as +13175550100.');
  }

  date(field: string, value: Opt<string>): void {
    if (given(value) && !(DATE.test(value) && !Number.isNaN(Date.parse(value))))
      this.fail(field, 'must be a date yyyy-MM-dd.');
  }

  range(field: string, value: Opt<number>, min: number, max: number): void {
    if (given(value) && !(Number.isFinite(value) && value >= min && value <= max)) {
      this.fail(field, `must be between ${min} and ${max}.`);
    }
  }

  proficiency(field: string, value: Opt<number>): void {
    this.range(field, value, PROFICIENCY_MIN, PROFICIENCY_MAX);
  }

  /** A password: present and not blank. The message never includes the value. */
  password(field: string, value: Opt<string>): void {
    if (typeof value !== 'string' || value.trim() === '') this.fail(field, 'must not be empty.');
  }

  /** Each value at most once (ids compare case-insensitively); `suffix` names the id inside a list of objects. */
  unique(field: string, values: readonly string[], what: string, suffix = ''): void {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      const key = v.toLowerCase();
      if (seen.has(key)) this.fail(`${field}[${i}]${suffix}`, `repeats an earlier ${what}; give each ${what} once.`);
      seen.add(key);
    });
  }

  done(): void {
    if (this.problems.length > 0) throw badUserInput(this.problems);
  }
}

/** Checks `userId` (and whatever `more` adds), then throws or returns `body()`. */
function checked<T>(userId: string | undefined, more: (c: InputCheck) => void, body: () => T): T {
  const c = new InputCheck();
  if (userId !== undefined) c.uuid('userId', userId);
  more(c);
  c.done();
  return body();
}

/** Only the user id to check (writes with no body, and reads of what a write touched). */
export function checkUserId(userId: string): void {
  checked(
    userId,
    () => undefined,
    () => undefined,
  );
}

/** A path id besides the user's: a skill, language, queue or station. */
export function checkIds(userId: string, ids: Record<string, string>): void {
  checked(
    userId,
    (c) => Object.entries(ids).forEach(([field, id]) => c.uuid(field, id)),
    () => undefined,
  );
}

// ------------------------------------------------------------------------------------------ users

const CONTACT_TYPE_DEFAULT = 'WORK';

function contacts(c: InputCheck, field: string, list: Opt<readonly G.ContactInput[]>): M.Contact[] | undefined {
  if (!given(list)) return undefined;
  const seen = new Set<string>();
  return list.map((contact, i) => {
    const at = `${field}[${i}]`;
    const type = contact.type ?? CONTACT_TYPE_DEFAULT;
    if (!given(contact.address) && !given(contact.extension)) c.fail(`${at}.address`, 'or extension is required.');
    if (contact.mediaType === 'EMAIL') c.email(`${at}.address`, contact.address);
    else c.text(`${at}.address`, contact.address, NAME_MAX);
    c.text(`${at}.extension`, contact.extension, 50);
    const key = `${contact.mediaType}/${type}`;
    if (seen.has(key))
      c.fail(`${at}.type`, `repeats ${contact.mediaType} ${type}: one entry is allowed per media type and type.`);
    seen.add(key);
    return defined<M.Contact>({
      address: contact.address ?? undefined,
      mediaType: contact.mediaType,
      type: contact.type ?? undefined,
      extension: contact.extension ?? undefined,
      countryCode: contact.countryCode ?? undefined,
      integration: contact.integration ?? undefined,
    });
  });
}

export function createUserBody(input: G.CreateUserInput): M.CreateUser {
  const c = new InputCheck();
  c.text('input.name', input.name, NAME_MAX);
  c.email('input.email', input.email);
  c.maxLength('input.department', input.department, NAME_MAX);
  c.maxLength('input.title', input.title, NAME_MAX);
  if (given(input.password)) c.password('input.password', input.password);
  c.uuid('input.divisionId', input.divisionId);
  if (input.state === 'deleted') c.fail('input.state', 'must be active or inactive: a new user cannot be deleted.');
  const addresses = contacts(c, 'input.addresses', input.addresses);
  c.done();
  return defined<M.CreateUser>({
    name: input.name,
    email: input.email,
    department: input.department ?? undefined,
    title: input.title ?? undefined,
    addresses,
    password: input.password ?? undefined,
    divisionId: input.divisionId ?? undefined,
    state: input.state ?? undefined,
  });
}

function coordinates(c: InputCheck, field: string, value: unknown): Record<string, number> | undefined {
  if (!given(value)) return undefined;
  const ok =
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value as Record<string, unknown>).every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!ok) c.fail(field, 'must be a JSON object of numbers, e.g. {"x": 12, "y": 40}.');
  return ok ? (value as Record<string, number>) : undefined;
}

function biography(c: InputCheck, bio: Opt<G.BiographyInput>): M.Biography | undefined {
  if (!given(bio)) return undefined;
  c.maxLength('input.biography.biography', bio.biography, 2000);
  const education = bio.education?.map((e, i) => {
    const at = `input.biography.education[${i}]`;
    c.maxLength(`${at}.notes`, e.notes, 2000);
    c.date(`${at}.dateStart`, e.dateStart);
    c.date(`${at}.dateEnd`, e.dateEnd);
    return defined<M.Education>({
      school: e.school ?? undefined,
      fieldOfStudy: e.fieldOfStudy ?? undefined,
      notes: e.notes ?? undefined,
      dateStart: e.dateStart ?? undefined,
      dateEnd: e.dateEnd ?? undefined,
    });
  });
  return defined<M.Biography>({
    biography: bio.biography ?? undefined,
    interests: bio.interests ?? undefined,
    hobbies: bio.hobbies ?? undefined,
    spouse: bio.spouse ?? undefined,
    education,
  });
}

function employerInfo(c: InputCheck, info: Opt<G.EmployerInfoInput>): M.EmployerInfo | undefined {
  if (!given(info)) return undefined;
  c.date('input.employerInfo.dateHire', info.dateHire);
  return defined<M.EmployerInfo>({
    officialName: info.officialName ?? undefined,
    employeeId: info.employeeId ?? undefined,
    employeeType: info.employeeType ?? undefined,
    dateHire: info.dateHire ?? undefined,
  });
}

/**
 * PATCH /api/v2/users/{userId}. Null means "leave unchanged", except `manager: null`, which removes the
 * manager (sent upstream as null). `state`, when given, must come alone: the API changes nothing else then.
 */
export function updateUserBody(userId: string, input: G.UpdateUserInput): M.UpdateUser {
  const c = new InputCheck();
  c.uuid('userId', userId);
  if (!(Number.isInteger(input.version) && input.version >= 0))
    c.fail('input.version', "must be the user's current version (an integer of 0 or more).");
  c.text('input.name', input.name, NAME_MAX);
  c.email('input.email', input.email);
  c.text('input.username', input.username, NAME_MAX);
  c.maxLength('input.department', input.department, NAME_MAX);
  c.maxLength('input.title', input.title, NAME_MAX);
  c.maxLength('input.preferredName', input.preferredName, NAME_MAX);
  if (given(input.chat)) c.text('input.chat.jabberId', input.chat.jabberId);
  c.uuid('input.manager', input.manager);
  if (given(input.manager) && input.manager.toLowerCase() === userId.toLowerCase())
    c.fail('input.manager', 'must not be the user themselves.');
  input.images?.forEach((img, i) => c.text(`input.images[${i}].imageUri`, img.imageUri));
  c.texts('input.profileSkills', input.profileSkills, 100);
  c.texts('input.certifications', input.certifications, 255);
  const locations = input.locations?.map((loc, i) => {
    c.uuid(`input.locations[${i}].id`, loc.id);
    c.maxLength(`input.locations[${i}].notes`, loc.notes, 500);
    return defined<M.Location>({
      id: loc.id,
      notes: loc.notes ?? undefined,
      coordinates: coordinates(c, `input.locations[${i}].coordinates`, loc.coordinates),
    });
  });
  input.groups?.forEach((g, i) => c.uuid(`input.groups[${i}].id`, g.id));
  c.unique('input.groups', input.groups?.map((g) => g.id) ?? [], 'group', '.id');
  const body = defined<M.UpdateUser>({
    version: input.version,
    name: input.name ?? undefined,
    chat: given(input.chat) ? { jabberId: input.chat.jabberId } : undefined,
    department: input.department ?? undefined,
    email: input.email ?? undefined,
    addresses: contacts(c, 'input.addresses', input.addresses),
    title: input.title ?? undefined,
    username: input.username ?? undefined,
    preferredName: input.preferredName ?? undefined,
    manager: input.manager ?? undefined,
    images: input.images?.map((img) =>
      defined<M.Image>({ resolution: img.resolution ?? undefined, imageUri: img.imageUri }),
    ),
    profileSkills: input.profileSkills ?? undefined,
    locations,
    groups: input.groups?.map((g) => ({ id: g.id })),
    state: input.state ?? undefined,
    acdAutoAnswer: input.acdAutoAnswer ?? undefined,
    certifications: input.certifications ?? undefined,
    biography: biography(c, input.biography),
    employerInfo: employerInfo(c, input.employerInfo),
  });
  const removesManager = 'manager' in input && input.manager === null;
  const changes = Object.keys(body).filter((k) => k !== 'version').length + (removesManager ? 1 : 0);
  if (input.state === 'deleted') c.fail('input.state', 'must be active or inactive: use deleteUser to delete a user.');
  else if (given(input.state) && changes > 1)
    c.fail('input.state', 'must be the only field besides version: the API changes nothing else when state is given.');
  if (changes === 0) c.fail('input', 'has nothing to change: give at least one field besides version.');
  c.done();
  // The upstream model types manager as a string; null is what removes it.
  return removesManager ? ({ ...body, manager: null } as unknown as M.UpdateUser) : body;
}

export function patchUsersBody(input: readonly G.PatchUserInput[]): M.PatchUser[] {
  const c = new InputCheck();
  if (input.length === 0) c.fail('input', 'must name at least one user.');
  if (input.length > BULK_PATCH_LIMIT)
    c.fail('input', `must name at most ${BULK_PATCH_LIMIT} users (the upstream's limit per request).`);
  input.forEach((u, i) => c.uuid(`input[${i}].id`, u.id));
  c.unique(
    'input',
    input.map((u) => u.id),
    'user',
    '.id',
  );
  c.done();
  return input.map((u) => ({ id: u.id, acdAutoAnswer: u.acdAutoAnswer }));
}

export function changePasswordBody(userId: string, input: G.ChangePasswordRequestInput): M.ChangePasswordRequest {
  return checked(
    userId,
    (c) => c.password('input.newPassword', input.newPassword),
    () => ({ newPassword: input.newPassword }),
  );
}

export function changeMyPasswordBody(input: G.ChangeMyPasswordRequestInput): M.ChangeMyPasswordRequest {
  return checked(
    undefined,
    (c) => {
      c.password('input.oldPassword', input.oldPassword);
      c.password('input.newPassword', input.newPassword);
      if (input.newPassword === input.oldPassword)
        c.fail('input.newPassword', 'must differ from the current password.');
    },
    () => ({ newPassword: input.newPassword, oldPassword: input.oldPassword }),
  );
}

// ------------------------------------------------------------------------------------------ routing

export function routingSkillPostBody(userId: string, input: G.UserRoutingSkillPostInput): M.UserRoutingSkillPost {
  return checked(
    userId,
    (c) => {
      c.uuid('input.id', input.id);
      c.proficiency('input.proficiency', input.proficiency);
    },
    () => ({ id: input.id, proficiency: input.proficiency }),
  );
}

export function routingLanguagePostBody(
  userId: string,
  input: G.UserRoutingLanguagePostInput,
): M.UserRoutingLanguagePost {
  return routingSkillPostBody(userId, input);
}

type ProficiencyAndState = { proficiency?: number; state?: 'active' | 'inactive' | 'deleted' };

/** PUT …/routingskills/{skillId} and PATCH …/routinglanguages/{languageId}: proficiency and/or state. */
export function proficiencyAndStateBody(
  userId: string,
  idField: 'skillId' | 'languageId',
  id: string,
  input: G.UserRoutingSkillInput | G.UserRoutingLanguageInput,
): ProficiencyAndState {
  return checked(
    userId,
    (c) => {
      c.uuid(idField, id);
      c.proficiency('input.proficiency', input.proficiency);
      if (!given(input.proficiency) && !given(input.state))
        c.fail('input', 'has nothing to change: give proficiency and/or state.');
    },
    () =>
      defined<ProficiencyAndState>({ proficiency: input.proficiency ?? undefined, state: input.state ?? undefined }),
  );
}

export function userQueueBody(userId: string, queueId: string, joined: boolean): M.UserQueue {
  return checked(
    userId,
    (c) => c.uuid('queueId', queueId),
    () => ({ id: queueId, joined }),
  );
}

export function routingStatusBody(userId: string, input: G.RoutingStatusInput): M.RoutingStatus {
  return checked(
    userId,
    () => undefined,
    () => ({ status: input.status }),
  );
}

export function userQueuesBody(
  userId: string,
  input: readonly G.UserQueueInput[],
  divisionIds: Opt<readonly string[]>,
): M.UserQueue[] {
  return checked(
    userId,
    (c) => {
      if (input.length === 0) c.fail('input', 'must name at least one queue.');
      input.forEach((q, i) => c.uuid(`input[${i}].id`, q.id));
      c.unique(
        'input',
        input.map((q) => q.id),
        'queue',
        '.id',
      );
      c.uuids('divisionIds', divisionIds);
    },
    () => input.map((q) => ({ id: q.id, joined: q.joined })),
  );
}

// ------------------------------------------------------------------------------------------ settings

export function roleIdsBody(userId: string, roleIds: readonly string[]): string[] {
  return checked(
    userId,
    (c) => c.uuids('roleIds', roleIds),
    () => [...roleIds],
  );
}

export function outOfOfficeBody(userId: string, input: G.OutOfOfficeInput): M.OutOfOffice {
  return checked(
    userId,
    (c) => {
      if (input.active && !input.indefinite) {
        if (!given(input.startDate))
          c.fail('input.startDate', 'is required when out of office is active and not indefinite.');
        if (!given(input.endDate))
          c.fail('input.endDate', 'is required when out of office is active and not indefinite.');
      }
      if (given(input.startDate) && given(input.endDate) && Date.parse(input.endDate) <= Date.parse(input.startDate)) {
        c.fail('input.endDate', 'must be after startDate.');
      }
    },
    () =>
      defined<M.OutOfOffice>({
        active: input.active,
        indefinite: input.indefinite ?? undefined,
        startDate: input.startDate ?? undefined,
        endDate: input.endDate ?? undefined,
      }),
  );
}

/** PUT (replace) and PATCH (merge) of call forwarding; only a replace knows the whole result, so only it checks `enabled` needs a route. */
export function callForwardingBody(
  userId: string,
  input: G.CallForwardingInput,
  mode: 'replace' | 'merge',
): M.CallForwarding {
  return checked(
    userId,
    (c) => {
      c.e164('input.phoneNumber', input.phoneNumber);
      input.calls?.forEach((route, i) => {
        if (route.targets.length === 0) c.fail(`input.calls[${i}].targets`, 'must hold at least one target.');
        route.targets.forEach((t, j) => {
          const at = `input.calls[${i}].targets[${j}].value`;
          if (t.type === 'STATION') c.uuid(at, t.value);
          else c.e164(at, t.value);
        });
      });
      const routes = input.calls ?? (mode === 'replace' ? [] : undefined);
      if (input.enabled && routes?.length === 0 && !given(input.phoneNumber)) {
        c.fail('input.calls', 'must hold at least one call route when call forwarding is enabled.');
      }
    },
    () =>
      defined<M.CallForwarding>({
        enabled: input.enabled ?? undefined,
        calls: input.calls?.map((route) => ({ targets: route.targets.map((t) => ({ type: t.type, value: t.value })) })),
        voicemail: input.voicemail ?? undefined,
        phoneNumber: input.phoneNumber ?? undefined,
      }),
  );
}

export function geolocationBody(userId: string, clientId: string, input: G.GeolocationInput): M.Geolocation {
  return checked(
    userId,
    (c) => {
      c.text('clientId', clientId, 100);
      c.maxLength('input.type', input.type, 50);
      c.range('input.latitude', input.latitude, -90, 90);
      c.range('input.longitude', input.longitude, -180, 180);
      if (given(input.latitude) !== given(input.longitude)) {
        c.fail(given(input.latitude) ? 'input.longitude' : 'input.latitude', 'is required with the other coordinate.');
      }
      if (Object.values(input).every((v) => !given(v))) {
        c.fail('input', 'has nothing to change: give primary, latitude and longitude, or city, region and country.');
      }
    },
    () =>
      defined<M.Geolocation>({
        type: input.type ?? undefined,
        primary: input.primary ?? undefined,
        latitude: input.latitude ?? undefined,
        longitude: input.longitude ?? undefined,
        country: input.country ?? undefined,
        region: input.region ?? undefined,
        city: input.city ?? undefined,
      }),
  );
}

export function profileSkillsBody(userId: string, skills: readonly string[]): string[] {
  return checked(
    userId,
    (c) => c.texts('skills', skills, 100),
    () => [...skills],
  );
}
