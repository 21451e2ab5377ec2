import { z } from 'zod';
import {
  GoalInputSchema,
  GroupInputSchema,
  NormTextSchema,
  PersonInputSchema,
  SettingsSchema,
  type Group,
  type Person,
  type Settings,
} from './entities';
import { AddressBookInputSchema } from './address-book';
import { IdSchema, requiredDate } from './primitives';
import { composed } from './text';
import type {
  AppInfo,
  BackupInfo,
  BackupList,
  Dashboard,
  DataExportResult,
  GroupDetail,
  GroupSummary,
  ImportPreview,
  ImportResult,
  PersonDetail,
  PersonSummary,
} from './views';

// The one contract between the renderer and main. Each entry names a method,
// the strict schema its input must pass (checked again in main, whatever the
// renderer already checked) and the type it resolves to. ipcMain handlers, the
// preload bridge, the renderer client and the test host's HTTP routes are all
// derived from this map, so a method exists everywhere or nowhere.

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
}

// Curried so the output type is written once and the input type is inferred.
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });

const none = z.strictObject({});
const byId = z.strictObject({ id: IdSchema });
const inMembership = z.strictObject({ groupId: IdSchema, membershipId: IdSchema });
/** People chosen in one go (members to add, agreements to record): far more than any group holds. */
export const MAX_PEOPLE_PER_CALL = 50;
export const PersonIdsSchema = z
  .array(IdSchema, { error: 'Choose the people.' })
  .min(1, 'Choose at least one person.')
  .max(MAX_PEOPLE_PER_CALL, `Choose at most ${MAX_PEOPLE_PER_CALL} people at a time.`)
  .refine((ids) => new Set(ids).size === ids.length, 'Each person can be chosen only once.');

/** The dates of a membership as forms and main check them; the rules between them are the domain's. */
export const MembershipDatesSchema = z.strictObject({
  joinedOn: requiredDate('Joined on'),
  leftOn: requiredDate('Left on').nullable(),
});

export const api = {
  'app.info': method<AppInfo>()(none),
  'recovery.acknowledge': method<{ acknowledged: number }>()(
    z.strictObject({ ids: z.array(IdSchema).min(1).max(500) }),
  ),

  'settings.get': method<Settings>()(none),
  'settings.update': method<Settings>()(SettingsSchema),

  'dashboard.get': method<Dashboard>()(none),

  'groups.list': method<GroupSummary[]>()(z.strictObject({ includeArchived: z.boolean() })),
  'groups.get': method<GroupDetail>()(byId),
  'groups.create': method<Group>()(GroupInputSchema),
  'groups.update': method<Group>()(z.strictObject({ id: IdSchema, values: GroupInputSchema })),
  'groups.archive': method<Group>()(byId),
  'groups.restore': method<Group>()(byId),
  // The typed name is composed (NFC) like the stored one, so "Café" typed either way confirms.
  'groups.delete': method<{ deleted: true }>()(
    z.strictObject({ id: IdSchema, confirmName: z.string().max(200).transform(composed) }),
  ),

  'people.list': method<PersonSummary[]>()(none),
  'people.get': method<PersonDetail>()(byId),
  'people.create': method<Person>()(PersonInputSchema),
  'people.update': method<Person>()(z.strictObject({ id: IdSchema, values: PersonInputSchema })),
  'people.delete': method<{ deleted: true }>()(byId),
  /** Deletes the person but keeps each group's history, with them shown there as a former member. */
  'people.deleteKeepingHistory': method<{ deleted: true; groupsKept: number }>()(byId),
  'people.importPreview': method<ImportPreview>()(AddressBookInputSchema),
  'people.importCommit': method<ImportResult>()(AddressBookInputSchema),

  'memberships.add': method<GroupDetail>()(
    z.strictObject({ groupId: IdSchema, personId: IdSchema, joinedOn: requiredDate('Joined on') }),
  ),
  /** All or nothing: when anyone cannot join, nobody is added and each refusal is named. */
  'memberships.addMany': method<GroupDetail>()(
    z.strictObject({ groupId: IdSchema, personIds: PersonIdsSchema, joinedOn: requiredDate('Joined on') }),
  ),
  'memberships.leave': method<GroupDetail>()(
    z.strictObject({ groupId: IdSchema, membershipId: IdSchema, leftOn: requiredDate('Left on') }),
  ),
  /** Corrects when a membership starts and ends, under the same rules as adding and leaving. */
  'memberships.updateDates': method<GroupDetail>()(
    z.strictObject({ groupId: IdSchema, membershipId: IdSchema, ...MembershipDatesSchema.shape }),
  ),
  'memberships.rejoin': method<GroupDetail>()(inMembership),
  'memberships.remove': method<GroupDetail>()(inMembership),
  'goals.set': method<GroupDetail>()(
    z.strictObject({ groupId: IdSchema, membershipId: IdSchema, goal: GoalInputSchema }),
  ),
  'goals.clear': method<GroupDetail>()(inMembership),

  'norms.add': method<GroupDetail>()(z.strictObject({ groupId: IdSchema, text: NormTextSchema })),
  'norms.update': method<GroupDetail>()(
    z.strictObject({ groupId: IdSchema, normId: IdSchema, text: NormTextSchema }),
  ),
  'norms.remove': method<GroupDetail>()(z.strictObject({ groupId: IdSchema, normId: IdSchema })),
  'norms.move': method<GroupDetail>()(
    z.strictObject({ groupId: IdSchema, normId: IdSchema, direction: z.enum(['up', 'down']) }),
  ),
  'norms.recordAgreement': method<GroupDetail>()(
    z.strictObject({ groupId: IdSchema, personId: IdSchema, agreedOn: requiredDate('Agreed on') }),
  ),
  /** All or nothing, like adding several members: one date for everyone who agreed at one meeting. */
  'norms.recordAgreements': method<GroupDetail>()(
    z.strictObject({ groupId: IdSchema, personIds: PersonIdsSchema, agreedOn: requiredDate('Agreed on') }),
  ),
  'norms.withdrawAgreement': method<GroupDetail>()(z.strictObject({ groupId: IdSchema, personId: IdSchema })),

  'backups.list': method<BackupList>()(none),
  'backups.create': method<BackupInfo>()(none),
  'backups.restore': method<AppInfo>()(
    z.strictObject({ id: z.string().regex(/^[0-9A-Za-z._-]{1,100}$/, 'Not a valid backup id.') }),
  ),
  /** Asks where to save, then writes every record as the documented export (docs/export-format.md). */
  'data.export': method<DataExportResult>()(none),
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export const methodNames = Object.keys(api) as MethodName[];

export type Input<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type Output<M extends MethodName> = NonNullable<Api[M]['output']>;

export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unknown_method'
  | 'forbidden'
  | 'unavailable'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Field paths (dot-joined) to messages, for forms to show beside inputs. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The client surface the renderer sees: one async function per method. */
export type ApiClient = { [M in MethodName]: (input: Input<M>) => Promise<Result<Output<M>>> };

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}

export const BRIDGE_KEY = 'circlekeeper';
export const IPC_CHANNEL_PREFIX = 'ck:';
