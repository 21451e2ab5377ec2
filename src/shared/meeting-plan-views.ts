import type { SeriesRule } from './calendar/recurrence';
import type { Meeting, MeetingSeries } from './meetings';

// What the planning methods answer: a group's Meetings tab, and the previews a
// coach reads before saving a series, a move or an extra meeting. Times come
// ready to read in each zone that matters, so the renderer never converts one.

/** A meeting's start and end as one zone's clock reads them. */
export interface ZonedTimes {
  zone: string;
  date: string;
  /** 'HH:mm'. */
  startTime: string;
  endTime: string;
  /** "Tue 13 Jan 2026, 18:00–20:00". */
  label: string;
}

/** Something a meeting clashes with, named for the coach. */
export interface NamedClash {
  kind: 'meeting' | 'one-to-one' | 'busy';
  /** The other meeting's group (or the group of the member in the 1:1), or null for a busy time. */
  groupId: string | null;
  /** The other meeting; null for a 1:1 or a busy time. */
  meetingId: string | null;
  /** "Founders Circle", "1:1 with Amara Okafor" or the busy time's title ("Busy" when it has none). */
  name: string;
  /** When it is, on the coach's clock: "Tue 13 Jan 2026, 18:00–19:30". */
  when: string;
  relation: 'overlap' | 'too-close';
  minutes: number;
  /** "Overlaps Founders Circle (Tue 13 Jan 2026, 18:00–19:30, your time) by 30 minutes." */
  text: string;
}

/** One possible time of a planned meeting, with what it would clash with. */
export interface TimeChoice {
  start: string;
  end: string;
  inGroupZone: ZonedTimes;
  inCoachZone: ZonedTimes;
  clashes: NamedClash[];
}

/**
 * One meeting as it would be planned: an exact time, or (on a daylight-saving
 * edge) the choices the coach has to make, each with its clashes.
 */
export type PlannedMeetingPreview = {
  index: number;
  date: string;
  time: string;
  minutes: number;
  /** "Tuesday 13 January 2026". */
  dayLabel: string;
} & (
  | { status: 'ok'; at: TimeChoice }
  /** The time does not exist that day: the coach accepts the time calendars move it to, moves it, or skips it. */
  | { status: 'gap'; message: string; movedForward: TimeChoice & { time: string } }
  /** The time happens twice that day: the coach picks the first or the second. */
  | { status: 'twice'; message: string; earlier: TimeChoice; later: TimeChoice }
  | { status: 'invalid'; message: string }
);

export interface SeriesPreviewView {
  /** "Monthly on the 2nd Tuesday, 18:00 (Europe/London), until 12 Jan 2027". */
  summary: string;
  meetings: PlannedMeetingPreview[];
  /** The moved dates asked about, each at its new date and time, with the index of the date it moves. */
  moved: PlannedMeetingPreview[];
  /** Meetings that clash, counting a moved date at its new time. */
  conflictCount: number;
  /** Meetings on a daylight-saving edge (a moved one at its new time): each needs a choice before saving. */
  needsChoice: number;
  /** When changing a series from a date: meetings of the old series that will be kept as one-offs, because they have records. */
  keptWithRecords: { meetingId: string; label: string }[];
}

export interface MeetingRow {
  meeting: Meeting;
  inGroupZone: ZonedTimes;
  /** The coach's clock, when it differs from the group's. */
  inCoachZone: ZonedTimes | null;
  /** The zone asked for (a member's), when given and different from the group's. */
  inViewerZone: ZonedTimes | null;
  /** Moved from where its series put it. */
  moved: boolean;
  /** A one-off meeting outside any series. */
  extra: boolean;
  /** Attendance, check-ins, next steps or an edited agenda are recorded for it. */
  hasRecords: boolean;
  /** For a planned meeting still to come: what it clashes with. */
  clashes: NamedClash[];
}

export interface SeriesView {
  series: MeetingSeries;
  /** "Monthly on the 2nd Tuesday". */
  patternLabel: string;
  /** "until 12 Jan 2027" or "10 meetings". */
  endLabel: string;
  /** "18:00 Europe/London, 120 minutes". */
  timeLabel: string;
  /** The rule as the series form edits it, or why it cannot be edited here. */
  rule: SeriesRule | null;
  ruleProblem: string | null;
  /** Meetings of this series still to come (planned or cancelled). */
  upcomingCount: number;
}

export interface GroupMeetingsView {
  groupId: string;
  groupZone: string;
  coachZone: string;
  viewerZone: string | null;
  /** Today in the group's zone. */
  today: string;
  series: SeriesView[];
  next: MeetingRow | null;
  upcoming: MeetingRow[];
  /** Newest first. */
  past: MeetingRow[];
  /** Zones of current and upcoming members other than the group's, with who is in each. */
  memberZones: { zone: string; names: string[] }[];
  /** What a new series form starts from: the group's dates, zone and meeting length. */
  seriesDefaults: SeriesRule;
}

// ---------- command answers ----------

export interface SeriesPlanned {
  series: MeetingSeries;
  meetings: Meeting[];
  skipped: number;
}

export interface SeriesChanged extends SeriesPlanned {
  /** The old series, now ending before the change; null when it had no meeting before it and was removed. */
  ended: MeetingSeries | null;
  /** Meetings of the old series from the change on that have records: kept, as one-off meetings. */
  keptAsOneOffs: Meeting[];
  /** Meetings of the old series from the change on that had no records and were replaced. */
  removedCount: number;
}
