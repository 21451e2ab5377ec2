// What a calendar file says about one event, once it has been decided who the
// file is for and what they may see. Everything here is safe to send: the
// schedule builder (schedule.ts) never copies notes, goals, check-ins or next
// steps into these shapes, so the writers (ics-file.ts, invitation.ts,
// eml-draft.ts) cannot leak what they are never given.

export type CalendarEventKind = 'meeting' | 'pair-session' | 'one-to-one';

export interface CalendarEvent {
  /** Stable across exports and recipients: derived from the record id ("meeting-<id>@circlekeeper"). */
  uid: string;
  kind: CalendarEventKind;
  /** The meeting, pair session or 1:1 it comes from. */
  recordId: string;
  groupId: string;
  summary: string;
  /** Plain text for the event body: who it is with and how to join; never notes. */
  description: string;
  /** Local date ('YYYY-MM-DD') and start ('HH:mm') in `timeZone`, as planned; written with TZID. */
  date: string;
  startTime: string;
  timeZone: string;
  minutes: number;
  /** The same moment as UTC instants (ISO 8601 with Z), the app's own truth the readers are checked against. */
  start: string;
  end: string;
  /** An address, or the video link when there is no address; '' when none is known. */
  location: string;
  /** The video link; '' when none. */
  url: string;
  cancelled: boolean;
  /** RFC 5545 SEQUENCE: rises on every change the recipient would see (export-ledger.ts). */
  sequence: number;
  /** For a meeting of a series: the series and where the series first put this meeting (RECURRENCE-ID). */
  series: { id: string; originalStart: string } | null;
}

/** A meeting series as one recurring event of an invitation. */
export interface CalendarSeries {
  /** "series-<id>@circlekeeper". */
  uid: string;
  seriesId: string;
  groupId: string;
  /** The stored RFC 5545 text: "DTSTART;TZID=Europe/London:20270112T180000\nRRULE:FREQ=MONTHLY;...". */
  rule: string;
  timeZone: string;
  minutes: number;
  summary: string;
  description: string;
  location: string;
  url: string;
  /** The highest SEQUENCE among its meetings, so the series rises whenever one of them changes. */
  sequence: number;
  /** Every meeting the series holds, cancelled ones included, in time order. */
  meetings: CalendarEvent[];
}

export interface CalendarPerson {
  name: string;
  email: string;
}
