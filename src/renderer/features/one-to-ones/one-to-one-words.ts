import { format, parseISO } from 'date-fns';
import { localTimeAt } from '../../../shared/calendar/zoned';
import { planOccurrence } from '../../../shared/calendar/recurrence';
import type { DueEntry, MemberOneToOneRow, MemberOneToOneStatus, OneToOneView } from '../../../shared/contract/one-to-ones';
import type { BadgeTone } from '../../ui/Badge';

// How a 1:1 reads: on the coach's clock first, then on the member's when
// their zone differs, so "17:00" is never ambiguous.

export const STATUS_LABELS: Record<OneToOneView['status'], { label: string; tone: BadgeTone }> = {
  planned: { label: 'Planned', tone: 'info' },
  held: { label: 'Held', tone: 'success' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
};

export const DUE_LABELS: Record<DueEntry['state'], { label: string; tone: BadgeTone }> = {
  overdue: { label: 'Overdue', tone: 'danger' },
  due: { label: 'Due', tone: 'warning' },
  scheduled: { label: 'Scheduled', tone: 'info' },
};

/** The badge of a member's row in "1:1s by member": the sentence beside it says the rest. */
export function memberStatusBadge(status: MemberOneToOneStatus): { label: string; tone: BadgeTone } {
  switch (status.kind) {
    case 'overdue':
      return { label: `Overdue by ${status.days} ${status.days === 1 ? 'day' : 'days'}`, tone: 'danger' };
    case 'scheduled':
      return { label: 'Scheduled', tone: 'info' };
    case 'no-one-to-one-yet':
      return { label: 'No 1:1 yet', tone: 'warning' };
    case 'due':
      return { label: 'Due', tone: 'warning' };
    case 'up-to-date':
      return { label: 'Up to date', tone: 'success' };
    case 'not-planned':
      return { label: 'Not planned', tone: 'neutral' };
  }
}

/** "Tue 9 Mar 2027, 18:00", or the day alone for the coach's pair session in a round. */
export function nextPlannedLabel(next: NonNullable<MemberOneToOneRow['nextPlanned']>): string {
  return next.time === null ? `${dayLabel(next.date)} (in the pairing round)` : `${dayLabel(next.date)}, ${next.time}`;
}

export function dayLabel(isoDate: string): string {
  return format(parseISO(isoDate), 'EEE d MMM yyyy');
}

export function minutesLabel(minutes: number): string {
  return `${minutes} min`;
}

/** "Tue 9 Mar 2027, 18:00" */
export function coachWhen(o: Pick<OneToOneView, 'date' | 'startTime'>): string {
  return `${dayLabel(o.date)}, ${o.startTime}`;
}

/** The first name is how the coach speaks of a member in a sentence. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/**
 * "17:00 for Ada (Asia/Singapore)", with the member's day when it is not the
 * coach's; null when both keep the same clock.
 */
export function memberWhen(coachDate: string, member: { name: string; timeZone: string; date: string; time: string }, coachZone: string): string | null {
  if (member.timeZone === coachZone) return null;
  const day = member.date === coachDate ? '' : `${dayLabel(member.date)}, `;
  return `${day}${member.time} for ${firstName(member.name)} (${member.timeZone})`;
}

/** Where a time on the coach's clock falls on the member's, or null when the coach's clock skips or repeats it. */
export function memberLocalOf(date: string, time: string, minutes: number, coachZone: string, memberZone: string): { date: string; time: string } | null {
  const planned = planOccurrence(date, time, coachZone, minutes);
  if (planned.status !== 'ok') return null;
  const local = localTimeAt(planned.start, memberZone);
  return { date: local.date, time: local.time };
}
