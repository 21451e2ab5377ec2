import type { OneToOneStatus } from './between';
import type { BusyImportSummary } from './busy-import';
import type { MeetingStatus } from './meetings';

// What the coach's calendar shows across every group: the month grid, the
// list of days (meetings and the coach's 1:1s with members), the calendar-wide
// clashes and the coach's own calendar settings. Times are read on the coach's clock unless a field says otherwise.

/** The group a meeting belongs to, as a calendar labels it (the name is always shown; the colour only helps). */
export interface CalendarGroup {
  id: string;
  name: string;
  color: string;
}

/** One side of a clash: a meeting of a group, a 1:1 with one of its members, or a busy time from the coach's own calendar. */
export type ClashSide =
  | { kind: 'meeting'; meetingId: string; group: CalendarGroup; start: string; end: string; when: string }
  | { kind: 'one-to-one'; oneToOneId: string; group: CalendarGroup; personId: string; personName: string; start: string; end: string; when: string }
  | { kind: 'busy'; label: string; start: string; end: string; when: string };

export interface CalendarClash {
  first: ClashSide;
  second: ClashSide;
  /** 'overlap': both run at once for `minutes`; 'too-close': only `minutes` lie between them, less than the coach's break. */
  kind: 'overlap' | 'too-close';
  minutes: number;
  /** The clash in a sentence, on the coach's clock. */
  text: string;
}

interface CalendarItemBase {
  id: string;
  group: CalendarGroup;
  start: string;
  end: string;
  /** Start and end on the coach's clock ('HH:mm'); `endsOn` when it runs past midnight there. */
  localStart: string;
  localEnd: string;
  endsOn: string | null;
  /** Before now: already happened (or, if cancelled, would have). */
  past: boolean;
  /** What it clashes with, named ("Founders Circle", "your 1:1 with Amara Okafor", "your busy time “Dentist”"); empty when it does not. */
  clashesWith: string[];
}

export interface CalendarMeetingItem extends CalendarItemBase {
  kind: 'meeting';
  status: MeetingStatus;
  cancelledReason: string;
}

/** A 1:1 of the coach with a member; `group` is the group the member is in it for. */
export interface CalendarOneToOneItem extends CalendarItemBase {
  kind: 'one-to-one';
  personId: string;
  personName: string;
  status: OneToOneStatus;
  /** A video link or a place; empty when still to be agreed. */
  where: string;
}

export type CalendarItem = CalendarMeetingItem | CalendarOneToOneItem;

export interface CalendarMonthDay {
  date: string;
  inMonth: boolean;
  isToday: boolean;
  /** Meetings and 1:1s, in time order. */
  items: CalendarItem[];
}

export interface CalendarMonth {
  month: string;
  /** The coach's zone, which the grid is drawn in. */
  timeZone: string;
  today: string;
  weeks: CalendarMonthDay[][];
  /** Clashes involving the month's meetings and 1:1s, in time order. */
  clashes: CalendarClash[];
}

/** A date and times as another zone's clock reads them. */
export interface LocalTimes {
  timeZone: string;
  date: string;
  startTime: string;
  endTime: string;
}

export interface CalendarListMeeting extends CalendarMeetingItem {
  /** Where the group meets, when that is not the coach's zone: its own date and times there. */
  groupTime: LocalTimes | null;
}

export interface CalendarListOneToOne extends CalendarOneToOneItem {
  /** The member's own date and times, when their zone is not the coach's. */
  memberTime: LocalTimes | null;
}

export type CalendarListItem = CalendarListMeeting | CalendarListOneToOne;

export interface CalendarListDay {
  date: string;
  isToday: boolean;
  /** Meetings and 1:1s, in time order. */
  items: CalendarListItem[];
}

export interface CalendarList {
  from: string;
  /** The last day shown. */
  to: string;
  timeZone: string;
  today: string;
  /** Only days with meetings or 1:1s, in order. */
  days: CalendarListDay[];
}

export interface CalendarClashes {
  timeZone: string;
  /** Clashes that end after now, in time order. */
  clashes: CalendarClash[];
}

export interface ImportedBusyCalendar {
  fileName: string;
  importedAt: string;
  busyCount: number;
  /** What the import left out, by reason (empty: nothing); null for an import stored before the counts were kept. */
  skipped: BusyImportSummary['skipped'] | null;
  /** The first and last busy time kept (null when the file had none in the dates checked). */
  first: { start: string; end: string } | null;
  last: { start: string; end: string } | null;
  /** The next few, so the coach can see the import is what they expect. */
  upcoming: { start: string; end: string; label: string; when: string }[];
}

export interface CalendarSettings {
  bufferMinutes: number;
  timeZone: string;
  busy: ImportedBusyCalendar | null;
}

export interface BusyCleared {
  removed: number;
}

export type { BusyImportSummary };
