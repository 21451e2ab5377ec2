import { z } from 'zod';
import { OneToOneStatusSchema, type OneToOne } from '../between';
import { LocalTimeSchema } from '../calendar/series-schema';
import { IdSchema, requiredDate } from '../primitives';
import { command, query } from './method';
import { tags } from './tags';

// The coach's 1:1s with members: scheduled on the coach's own clock (shown in
// the member's zone too), checked against the coach's meetings and other 1:1s
// before saving, and a "who is due" list across every group.

export const OneToOneMinutesSchema = z
  .number({ error: 'Enter the length in minutes.' })
  .int('Use whole minutes.')
  .min(15, 'A 1:1 lasts at least 15 minutes.')
  .max(240, 'A 1:1 lasts at most 4 hours (240 minutes).');

const whenFields = {
  date: requiredDate('Date'),
  time: LocalTimeSchema,
  minutes: OneToOneMinutesSchema,
};

const whereField = z.string().trim().max(300, 'Keep the link or place under 300 characters.');

export const ScheduleOneToOneSchema = z.strictObject({ groupId: IdSchema, personId: IdSchema, ...whenFields, where: whereField });
export const UpdateOneToOneSchema = z.strictObject({ groupId: IdSchema, id: IdSchema, ...whenFields, where: whereField });
export const OneToOneConflictsSchema = z.strictObject({ id: IdSchema.nullable(), ...whenFields });

export interface OneToOneView extends OneToOne {
  groupId: string;
  personName: string;
  /** The member's own zone and the start there, e.g. "Wed 4 Mar, 09:30 (Asia/Singapore)". */
  memberTimeZone: string;
  memberLocal: { date: string; time: string };
}

export interface DueEntry {
  personId: string;
  personName: string;
  groupId: string;
  groupName: string;
  state: 'overdue' | 'due' | 'scheduled';
  dueOn: string;
  daysOverdue: number;
  lastHeldOn: string | null;
  nextPlanned: { id: string; date: string } | null;
  /** Why, in a sentence. */
  because: string;
}

/**
 * Where one member stands by the group's cadence, most pressing first:
 * not-planned: the group opted out of 1:1s;
 * overdue: a due date passed and no planned 1:1 takes care of it;
 * scheduled: a planned 1:1 takes care of what is due (daysOverdue > 0 when it catches up);
 * no-one-to-one-yet: none held since joining; dueOn null when nothing more falls due;
 * due: the current due period is open and has no 1:1 yet;
 * up-to-date: the current period has its 1:1 (or nothing more falls due).
 */
export type MemberOneToOneStatus =
  | { kind: 'not-planned' }
  | { kind: 'overdue'; dueOn: string; days: number }
  | { kind: 'scheduled'; dueOn: string; daysOverdue: number }
  | { kind: 'no-one-to-one-yet'; dueOn: string | null }
  | { kind: 'due'; dueOn: string }
  | { kind: 'up-to-date'; nextDueOn: string | null };

/** One current member of a group and their 1:1s, for the "1:1s by member" card. */
export interface MemberOneToOneRow {
  personId: string;
  personName: string;
  /** The member's own zone, so the schedule dialog can show their clock. */
  timeZone: string;
  lastHeldOn: string | null;
  /** On the coach's clock; time null for the coach's pair session in a round (no 1:1 of its own). */
  nextPlanned: { id: string; date: string; time: string | null } | null;
  /** Planned 1:1s whose day passed without being marked held or cancelled, oldest first. */
  unrecordedOn: string[];
  status: MemberOneToOneStatus;
  /** The status in a sentence or two. */
  because: string;
}

export interface OneToOneClash {
  /** "Overlaps Founders Peer Circle (Tue 9 Mar 2027, 18:00–19:30) by 30 minutes." */
  text: string;
  kind: 'overlap' | 'too-close';
}

const inGroup = ({ groupId }: { groupId: string }) => [tags.oneToOnes(groupId)];

export const oneToOneMethods = {
  'oneToOnes.forGroup': query<OneToOneView[]>()(z.strictObject({ groupId: IdSchema }), ({ groupId }) => [tags.oneToOnes(groupId), tags.members(groupId), tags.person()]),
  /** Across every running group, most in need first. */
  'oneToOnes.due': query<DueEntry[]>()(z.strictObject({}), () => [tags.oneToOnes(), tags.members(), tags.meetings(), tags.meetingRecords(), tags.between(), tags.person(), tags.group(), tags.settings()]),
  /** The group's current members by name, each with their last and next 1:1 and where they stand by the group's cadence. */
  'oneToOnes.byMember': query<MemberOneToOneRow[]>()(z.strictObject({ groupId: IdSchema }), ({ groupId }) => [
    tags.oneToOnes(groupId),
    tags.members(groupId),
    tags.meetings(groupId),
    tags.between(groupId),
    tags.person(),
    // "Today" is the coach's.
    tags.settings(),
  ]),
  /** What a 1:1 at this time would clash with, before it is saved. */
  'oneToOnes.conflicts': query<OneToOneClash[]>()(OneToOneConflictsSchema, () => [tags.oneToOnes(), tags.meetings(), tags.coachCalendar(), tags.settings(), tags.group(), tags.person()]),
  'oneToOnes.schedule': command<OneToOneView>()(ScheduleOneToOneSchema, inGroup),
  'oneToOnes.update': command<OneToOneView>()(UpdateOneToOneSchema, inGroup),
  'oneToOnes.setStatus': command<OneToOneView>()(z.strictObject({ groupId: IdSchema, id: IdSchema, status: OneToOneStatusSchema }), inGroup),
} as const;
