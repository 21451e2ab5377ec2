import { PersonInputSchema, type Person } from '../entities';
import { AddressBookInputSchema } from '../address-book';
import { IdSchema } from '../primitives';
import { z } from 'zod';
import type { ImportPreview, ImportResult, PersonDetail, PersonSummary } from '../views';
import { byId, none } from './inputs';
import { command, query } from './method';
import { tags } from './tags';

/** What deleting a person with the groups' history kept changed. */
export interface PersonDeletedKeepingHistory {
  deleted: true;
  /** Groups that still hold their history, now as a former member. */
  groupsKept: number;
  /** Every group whose file was rewritten (a membership that had not begun is simply removed). */
  groupIds: string[];
}

export const peopleMethods = {
  // Each person with the names of the running groups they are in: every group's record and memberships.
  'people.list': query<PersonSummary[]>()(none, () => [tags.person(), tags.memberships(), tags.group()]),
  'people.get': query<PersonDetail>()(byId, ({ id }, detail) => [
    tags.person(id),
    tags.memberships(id),
    ...(detail ? detail.memberships.map((m) => tags.group(m.groupId)) : [tags.group()]),
  ]),
  'people.create': command<Person>()(PersonInputSchema, (_input, person) => [tags.person(person.id)]),
  'people.update': command<Person>()(z.strictObject({ id: IdSchema, values: PersonInputSchema }), ({ id }) => [tags.person(id)]),
  // Refused while the person is in any group, so only their own record goes.
  'people.delete': command<{ deleted: true }>()(byId, ({ id }) => [tags.person(id)]),
  /** Deletes the person but keeps each group's history, with them shown there as a former member. */
  'people.deleteKeepingHistory': command<PersonDeletedKeepingHistory>()(byId, ({ id }, { groupIds }) => [
    tags.person(id),
    tags.memberships(id),
    ...groupIds.flatMap((groupId) => [tags.members(groupId), tags.norms(groupId)]),
  ]),
  // Saves nothing: the file is checked against the people already known, and a row
  // without a time zone gets the coach's.
  'people.importPreview': query<ImportPreview>()(AddressBookInputSchema, () => [tags.person(), tags.settings()]),
  'people.importCommit': command<ImportResult>()(AddressBookInputSchema, (_input, { created }) =>
    created.map((person) => tags.person(person.id)),
  ),
} as const;
