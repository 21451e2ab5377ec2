import type { z } from 'zod';
import { appMethods } from './app';
import { backupMethods } from './backups';
import { betweenMethods } from './between';
import { oneToOneMethods } from './one-to-ones';
import { calendarMethods } from './calendar';
import { calendarExportMethods } from './calendar-export';
import { dashboardMethods } from './dashboard';
import { dataMethods } from './data';
import { groupMethods } from './groups';
import { meetingRecordMethods } from './meeting-records';
import { meetingMethods } from './meetings';
import { membershipMethods } from './memberships';
import type { MethodSpec } from './method';
import { normMethods } from './norms';
import { noteMethods } from './notes';
import { peopleMethods } from './people';
import { settingsMethods } from './settings';
import { vaultMethods } from './vault';

// The one place the areas meet. Each area file declares its own methods; this
// merges them into the map that ipcMain, the preload, the renderer client and
// the test host are derived from. Adding a method is one entry in its area
// (plus its name in method-names.ts and a service); adding an area is one line
// in AREAS. A name declared in two areas fails to compile, and the merge
// refuses it at load as well, so one could never silently replace the other.

const AREAS = [
  appMethods,
  settingsMethods,
  dashboardMethods,
  groupMethods,
  peopleMethods,
  membershipMethods,
  normMethods,
  meetingMethods,
  calendarMethods,
  backupMethods,
  dataMethods,
  meetingRecordMethods,
  vaultMethods,
  noteMethods,
  betweenMethods,
  oneToOneMethods,
  calendarExportMethods,
] as const;

type Areas = typeof AREAS;

/** Names declared by more than one of the maps, left to right. */
export type DuplicateNames<T extends readonly object[], Seen extends PropertyKey = never> = T extends readonly [
  infer Head extends object,
  ...infer Rest extends readonly object[],
]
  ? (keyof Head & Seen) | DuplicateNames<Rest, Seen | keyof Head>
  : never;

type Merged<T extends readonly object[]> = T extends readonly [infer Head extends object, ...infer Rest extends readonly object[]]
  ? Head & Merged<Rest>
  : unknown;

/** The merged map, with a readable type (one object, not an intersection of nine). */
type Flat<T> = { [K in keyof T]: T[K] };

/** Merges method maps in order, refusing a name declared twice. */
export function mergeAreas<const T extends readonly Record<string, MethodSpec>[]>(areas: T): Flat<Merged<T>> {
  const merged: Record<string, MethodSpec> = {};
  for (const area of areas) {
    for (const [name, spec] of Object.entries(area)) {
      if (Object.prototype.hasOwnProperty.call(merged, name)) {
        throw new Error(`The contract declares ${name} twice.`);
      }
      merged[name] = spec;
    }
  }
  return merged as Flat<Merged<T>>;
}

// Fails to compile, naming the method, when two areas declare one name.
const eachNameOnce: [DuplicateNames<Areas>] extends [never] ? true : DuplicateNames<Areas> = true;
void eachNameOnce;

export const api = mergeAreas(AREAS);

export type Api = typeof api;
export type MethodName = keyof Api;
export type QueryName = { [M in MethodName]: Api[M]['kind'] extends 'query' ? M : never }[MethodName];
export type CommandName = Exclude<MethodName, QueryName>;

export const methodNames = Object.keys(api) as MethodName[];

export type Input<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type Output<M extends MethodName> = NonNullable<Api[M]['output']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}

export const isQueryName = (name: unknown): name is QueryName => isMethodName(name) && api[name].kind === 'query';
export const isCommandName = (name: unknown): name is CommandName => isMethodName(name) && api[name].kind === 'command';

export { changesReach, EVERYTHING, TAG_KINDS, tags, tagsMeet, wholeGroup, type Tag, type TagKind } from './tags';
export { MAX_PEOPLE_PER_CALL, MembershipDatesSchema, PersonIdsSchema } from './inputs';
export type { CommandSpec, QuerySpec } from './method';
export type { BackupRestored } from './backups';
export type { MembershipRemoved } from './memberships';
export type { AgreementWithdrawn, NormsRevision } from './norms';
export type { PersonDeletedKeepingHistory } from './people';
export type { VaultCredential, VaultSetUp, VaultStatus } from './vault';
export * from './events';
