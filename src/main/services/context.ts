import type { Person } from '../../shared/entities';
import type { GroupDetail } from '../../shared/views';
import { todayIn } from '../../shared/calendar/days';
import type { GroupRecord } from '../domain/group-health';
import { buildGroupDetail } from '../domain/group-summary';
import { peopleById } from '../domain/group-health';
import type { GroupDoc } from '../store/documents';
import type { DataStore } from '../store/types';
import { notFound } from './errors';
import type { ExportFileBuilder } from './export-builders';
import type { MainEmitter } from './main-emitter';
import type { PlatformPort } from './platform';

/** What every service needs: the open store, a clock, an id source, the app's version, the desktop around it and a way to tell the window. */
export interface ServiceContext {
  store: DataStore;
  now: () => Date;
  newId: () => string;
  appVersion: string;
  platform: PlatformPort;
  /** News for the window it did not ask for (the contract's events). */
  events: MainEmitter;
  /** Turns calendar export plans into files: worker threads in the app, the CLI and the test host; the main thread when not given. */
  exportBuilder?: ExportFileBuilder;
}

/** Values leave the services as copies, so no caller can reach into the store's memory. */
export const clone = <T>(value: T): T => structuredClone(value);

export const nowIso = (ctx: ServiceContext): string => ctx.now().toISOString();

export function requireGroup(ctx: ServiceContext, groupId: string): Readonly<GroupDoc> {
  const doc = ctx.store.group(groupId);
  if (!doc) throw notFound('That group');
  return doc;
}

export function requirePerson(ctx: ServiceContext, personId: string): Readonly<Person> {
  const person = ctx.store.index().people.find((p) => p.id === personId);
  if (!person) throw notFound('That person');
  return person;
}

/** Today's date where the group meets: membership and agreement dates are the group's days. */
export const groupToday = (ctx: ServiceContext, doc: Pick<GroupRecord, 'group'>): string =>
  todayIn(doc.group.timeZone, ctx.now());

export const coachToday = (ctx: ServiceContext): string =>
  todayIn(ctx.store.index().settings.coachTimeZone, ctx.now());

export const currentPeople = (ctx: ServiceContext): Map<string, Person> => peopleById(ctx.store.index().people);

export function groupDetail(ctx: ServiceContext, doc: GroupRecord): GroupDetail {
  return clone(buildGroupDetail(doc, currentPeople(ctx), ctx.now()));
}

/** Names and emails are unique regardless of case, surrounding spaces and Unicode form (shared/text.ts). */
export { sameText } from '../../shared/text';
