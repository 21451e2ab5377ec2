import { expandSeries, planOccurrence, type PlannedOccurrence, type SeriesRule } from '../../../shared/calendar/recurrence';
import { conflictsFor, type Conflict, type ConflictIndex, type ConflictOptions } from './conflicts';

// The preview a coach sees before saving a series, moving a meeting or adding
// one: each meeting with every clash marked. A meeting on a DST edge has no
// single time yet, so each of its possible times is checked, and the coach sees
// what each choice would clash with before choosing.

export type OccurrenceConflicts =
  | { status: 'ok'; conflicts: Conflict[] }
  | { status: 'gap'; movedForward: Conflict[] }
  | { status: 'twice'; earlier: Conflict[]; later: Conflict[] }
  | { status: 'invalid' };

export interface PreviewedMeeting {
  occurrence: PlannedOccurrence;
  clashes: OccurrenceConflicts;
  /** True when some possible time of this meeting clashes: the preview marks it. */
  hasConflict: boolean;
}

export interface PreviewOptions extends ConflictOptions {
  /** The meeting being moved, which must not clash with its own old time. */
  meetingId?: string;
}

/** Every clash of one planned meeting (of any status) with the coach's calendar. */
export function previewOccurrence(occurrence: PlannedOccurrence, groupId: string, index: ConflictIndex, options: PreviewOptions = {}): PreviewedMeeting {
  const check = (span: { start: string; end: string }) =>
    conflictsFor({ ...span, groupId, ...(options.meetingId !== undefined ? { id: options.meetingId } : {}) }, index, options);
  let clashes: OccurrenceConflicts;
  switch (occurrence.status) {
    case 'ok':
      clashes = { status: 'ok', conflicts: check(occurrence) };
      break;
    case 'gap':
      clashes = { status: 'gap', movedForward: check(occurrence.movedForward) };
      break;
    case 'twice':
      clashes = { status: 'twice', earlier: check(occurrence.earlier), later: check(occurrence.later) };
      break;
    case 'invalid':
      clashes = { status: 'invalid' };
      break;
  }
  const lists = clashes.status === 'ok' ? [clashes.conflicts] : clashes.status === 'gap' ? [clashes.movedForward] : clashes.status === 'twice' ? [clashes.earlier, clashes.later] : [];
  return { occurrence, clashes, hasConflict: lists.some((l) => l.length > 0) };
}

export interface SeriesPreview {
  meetings: PreviewedMeeting[];
  /** How many meetings clash, and how many sit on a DST edge and need a choice before saving. */
  conflictCount: number;
  needsChoice: number;
}

/** A whole series planned for `groupId`, each meeting checked against the coach's calendar. */
export function previewSeries(rule: SeriesRule, groupId: string, index: ConflictIndex, options: ConflictOptions = {}): SeriesPreview {
  const meetings = expandSeries(rule).map((o) => previewOccurrence(o, groupId, index, options));
  return {
    meetings,
    conflictCount: meetings.filter((m) => m.hasConflict).length,
    needsChoice: meetings.filter((m) => m.occurrence.status !== 'ok').length,
  };
}

/** One meeting moved to (or added at) a local date and time: its times and clashes. */
export function previewMeetingAt(
  at: { date: string; time: string; timeZone: string; minutes: number },
  groupId: string,
  index: ConflictIndex,
  options: PreviewOptions = {},
): PreviewedMeeting {
  return previewOccurrence(planOccurrence(at.date, at.time, at.timeZone, at.minutes), groupId, index, options);
}
