import type { MeetingMode } from '../../../shared/entities';
import type { AttendanceMarkValue, MeetingStateValue, TurnReasonValue, ZonedTimes } from '../../../shared/meeting-views';
import type { NextStepStatus, Progress } from '../../../shared/meetings';
import type { BadgeTone } from '../../ui/Badge';
import { formatDay, formatDayLong } from '../../app/dates';

// The words of running a meeting, shared by its page, the group's meeting
// statistics and a person's next steps.

export const progressLabel: Record<Progress, string> = {
  'on-track': 'On track',
  'some-progress': 'Some progress',
  stuck: 'Stuck',
  achieved: 'Achieved',
};

export const progressTone: Record<Progress, BadgeTone> = {
  'on-track': 'success',
  'some-progress': 'info',
  stuck: 'warning',
  achieved: 'success',
};

export const attendanceLabel: Record<AttendanceMarkValue, string> = {
  present: 'Present',
  absent: 'Absent',
  excused: 'Excused',
};

export const stateLabel: Record<MeetingStateValue, string> = { planned: 'Planned', held: 'Held', cancelled: 'Cancelled' };
export const stateTone: Record<MeetingStateValue, BadgeTone> = { planned: 'info', held: 'success', cancelled: 'warning' };

export const turnReasonLabel: Record<TurnReasonValue, string> = {
  taken: 'Took the hot seat',
  missed: 'Was away: the turn moves to their next meeting',
  fixed: 'Chosen by you',
  'carried-over': 'Missed an earlier turn',
  rotation: 'Next in the rotation',
};

export const stepStatusLabel: Record<NextStepStatus, string> = {
  open: 'Open',
  done: 'Done',
  'carried-over': 'Carried over',
  dropped: 'Dropped',
};

export const stepStatusTone: Record<NextStepStatus, BadgeTone> = { open: 'info', done: 'success', 'carried-over': 'neutral', dropped: 'neutral' };

/** "Tue 10 Feb 2026, 18:00–20:00" (with the end's day when it ends on another). */
export function timesLabel(t: ZonedTimes): string {
  const end = t.endDate === t.date ? t.endTime : `${formatDay(t.endDate)} ${t.endTime}`;
  return `${formatDayLong(t.date)}, ${t.startTime}–${end}`;
}

/** The zone's place name as coaches say it: "London" for Europe/London. */
export const zonePlace = (zone: string): string => (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');

export function placeLabel(place: MeetingMode): string {
  switch (place.type) {
    case 'virtual':
      return place.videoLink;
    case 'in-person':
      return place.address;
    case 'hybrid':
      return `${place.address}, or by video at ${place.videoLink}`;
  }
}

export const percent = (rate: number | null): string => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
