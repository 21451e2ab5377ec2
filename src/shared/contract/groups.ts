import { z } from 'zod';
import { GroupInputSchema, type Group } from '../entities';
import { IdSchema } from '../primitives';
import { composed } from '../text';
import type { GroupDetail, GroupSummary } from '../views';
import { byId } from './inputs';
import { command, query } from './method';
import { tags, wholeGroup } from './tags';

/** The people a group page names: its members (and so everyone who has not agreed). */
const peopleOn = (detail: GroupDetail | undefined) =>
  detail ? detail.members.flatMap((m) => (m.person ? [tags.person(m.person.id)] : [])) : [tags.person()];

export const groupMethods = {
  // Summaries count members and warn about goals and norms, but name nobody.
  'groups.list': query<GroupSummary[]>()(z.strictObject({ includeArchived: z.boolean() }), () => [
    tags.group(),
    tags.members(),
    tags.norms(),
  ]),
  'groups.get': query<GroupDetail>()(byId, ({ id }, detail) => [...wholeGroup(id), ...peopleOn(detail)]),
  'groups.create': command<Group>()(GroupInputSchema, (_input, group) => wholeGroup(group.id)),
  // The group's name, colour and dates show wherever its members are listed, so these change the record only.
  'groups.update': command<Group>()(z.strictObject({ id: IdSchema, values: GroupInputSchema }), ({ id }) => [tags.group(id)]),
  'groups.archive': command<Group>()(byId, ({ id }) => [tags.group(id)]),
  'groups.restore': command<Group>()(byId, ({ id }) => [tags.group(id)]),
  // The typed name is composed (NFC) like the stored one, so "Café" typed either way confirms.
  'groups.delete': command<{ deleted: true }>()(
    z.strictObject({ id: IdSchema, confirmName: z.string().max(200).transform(composed) }),
    ({ id }) => wholeGroup(id),
  ),
} as const;
