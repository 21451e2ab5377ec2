import type { MeetingMode } from './entities';
import type { z } from 'zod';
import type { AgendaTemplateItemSchema, Meeting, NextStep, Progress, StoredAgendaItem } from './meetings';

// What the meeting page, the group's member statistics and a person's next
// steps show: records joined with names and the rules' verdicts, so the
// renderer never recomputes rotation, attendance or reviews itself.

export type AttendanceMarkValue = 'present' | 'absent' | 'excused';
/** Planned until the coach records it as held. */
export type MeetingStateValue = 'planned' | 'held' | 'cancelled';
/** Why a member is in the hot seat (see the rotation in main/domain/meetings/rotation.ts). */
export type TurnReasonValue = 'taken' | 'missed' | 'fixed' | 'carried-over' | 'rotation';

/** A meeting's start and end as read on one clock. */
export interface ZonedTimes {
  timeZone: string;
  date: string;
  startTime: string;
  endDate: string;
  endTime: string;
}

export interface NextStepView {
  step: NextStep;
  memberName: string;
  /** The meeting it was agreed at, and that meeting's local date. */
  meetingId: string;
  meetingDate: string;
  overdue: boolean;
  /** When it was first agreed, if it has been carried over (the first meeting's date), and how many times. */
  firstAgreedOn: string | null;
  timesCarried: number;
}

export interface MeetingMemberView {
  membershipId: string;
  personId: string | null;
  name: string;
  /** The member's goal ("I want to get better at …"), if they have one. */
  goal: string | null;
  attendance: AttendanceMarkValue | null;
  checkIn: { progress: Progress; summary: string } | null;
  /** In the hot seat at this meeting. */
  coachee: boolean;
  /** Next steps agreed at this meeting. */
  nextSteps: NextStepView[];
}

export interface AgendaCheckView {
  totalMinutes: number;
  meetingMinutes: number;
  fits: boolean;
  warnings: string[];
}

export interface AgendaView {
  items: (StoredAgendaItem & { coacheeName: string | null })[];
  check: AgendaCheckView;
  /** True when the coach edited this meeting's agenda; false while it follows the template. */
  edited: boolean;
  /** Whose template an unedited agenda follows. */
  template: 'method' | 'group';
}

export interface MeetingLink {
  id: string;
  date: string;
  state: MeetingStateValue;
}

export interface MeetingPage {
  group: { id: string; name: string; color: string; timeZone: string; archived: boolean };
  meeting: Meeting;
  state: MeetingStateValue;
  heldAt: string | null;
  /** The meeting has begun (its start is past), so what happened at it can be recorded. */
  started: boolean;
  inGroupZone: ZonedTimes;
  inCoachZone: ZonedTimes;
  /** Where it happens: the meeting's own place, or the group's usual one. */
  place: MeetingMode;
  placeIsOverride: boolean;
  /** Its place in the programme: 3 of 12, counting meetings not cancelled. */
  number: number | null;
  of: number;
  previous: MeetingLink | null;
  next: MeetingLink | null;
  coacheesPerMeeting: 1 | 2;
  /** The template unedited agendas follow: the group's own, or the method's. */
  template: { own: boolean; items: z.infer<typeof AgendaTemplateItemSchema>[] };
  coachees: { membershipId: string; name: string; reason: TurnReasonValue }[];
  /** True when the coachees were chosen by hand rather than by the rotation. */
  coacheesByHand: boolean;
  agenda: AgendaView;
  /** Members in the group on the meeting's date. */
  members: MeetingMemberView[];
  /** Open steps from earlier meetings, and the ones reviewed at this one. */
  review: NextStepView[];
}

export interface MemberMeetingStats {
  membershipId: string;
  personId: string | null;
  name: string;
  /** In the group today. */
  active: boolean;
  /** Not in the group yet: the day they join. Null for a current or former member. */
  joinsOn: string | null;
  attendance: { present: number; absent: number; excused: number; rate: number | null };
  turns: { taken: number; planned: number; fairShare: number; nextTurn: string | null };
}

export interface MemberStatsView {
  groupId: string;
  heldCount: number;
  /** Planned meetings from today on. */
  plannedCount: number;
  /** Planned meetings before today never recorded as held. */
  unrecordedCount: number;
  coacheesPerMeeting: 1 | 2;
  members: MemberMeetingStats[];
}

export interface SwapPreview {
  /** The coachees the meeting would have. */
  coachees: string[];
  staysFair: boolean;
  unevennessBefore: number;
  unevennessAfter: number;
  changes: {
    membershipId: string;
    name: string;
    totalBefore: number;
    totalAfter: number;
    nextTurnBefore: string | null;
    nextTurnAfter: string | null;
  }[];
}

/** On the person's own page: their name is the page's, so the step does not carry it (and renaming them refreshes nothing here). */
export interface PersonNextStep extends Omit<NextStepView, 'memberName'> {
  groupId: string;
  groupName: string;
  groupColor: string;
}

export interface PersonNextSteps {
  /** Every group the person is a member of (the groups whose next steps this can show). */
  groupIds: string[];
  /** Open steps, overdue first. */
  open: PersonNextStep[];
}

/** A past meeting as it stands for one person: recorded as held, cancelled, or past and never recorded. */
export type PersonMeetingStateValue = 'held' | 'cancelled' | 'not-recorded';

/** One meeting of a group the person was in on its day, for their page's timeline (no confidential text). */
export interface PersonMeeting {
  groupId: string;
  groupName: string;
  groupColor: string;
  meetingId: string;
  /** The meeting's local date and start time, in its own zone. */
  date: string;
  startTime: string;
  timeZone: string;
  state: PersonMeetingStateValue;
  /**
   * Their mark. Held: null when none was recorded. Not recorded: apologies
   * sent ahead, if any. Cancelled: always null (nobody missed it).
   */
  attendance: AttendanceMarkValue | null;
  /** In the hot seat at a held meeting (even if they then missed it: see attendance). */
  coachee: boolean;
  /** Why it was cancelled, as the coach wrote it; '' otherwise. */
  cancelledReason: string;
}

export interface PersonMeetingHistory {
  /** Every group the person is a member of (the groups whose meetings this can show). */
  groupIds: string[];
  /** Newest first. Meetings still to come are not history and are left out. */
  meetings: PersonMeeting[];
}
