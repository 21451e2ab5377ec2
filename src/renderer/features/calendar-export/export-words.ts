import type { ExportWritten } from '../../../shared/calendar-export';

// How the Export view names reminders, counts, events and files.

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const reminderLabel = (minutes: number): string =>
  minutes >= 1440 ? plural(minutes / 1440, 'day', 'days') + ' before' : minutes >= 60 ? plural(minutes / 60, 'hour', 'hours') + ' before' : `${minutes} minutes before`;

export const fileKindLabel: Record<ExportWritten['files'][number]['kind'], string> = {
  person: 'Person',
  group: 'Group',
  coach: 'Yours',
  draft: 'Invitation draft',
};

/** "4 meetings, 2 pair sessions, 1 1:1, 1 cancelled": only the kinds there are, and "nothing in this period" otherwise. */
export function countsLine(counts: { meetings: number; pairSessions: number; oneToOnes: number; cancelled: number }): string {
  const parts = [
    counts.meetings > 0 ? plural(counts.meetings, 'meeting', 'meetings') : '',
    counts.pairSessions > 0 ? plural(counts.pairSessions, 'pair session', 'pair sessions') : '',
    counts.oneToOnes > 0 ? plural(counts.oneToOnes, '1:1', '1:1s') : '',
    counts.cancelled > 0 ? `${counts.cancelled} cancelled` : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'Nothing in this period' : parts.join(', ');
}
