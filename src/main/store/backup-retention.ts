import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * Which backups to keep. A backup survives if it is any of:
 *
 *   1. one of the 10 newest;
 *   2. the newest backup of each of the last 7 calendar days (today included);
 *   3. the newest backup of each of the last 8 weeks (Monday to Sunday, this week included).
 *
 * Days and weeks are anchored to the calendar in the coach's time zone, not
 * windows sliding with "now". That is what makes the rule stable over time:
 * once a day is over, its newest backup stays its keeper until the day falls
 * out of range. (With windows counted back from now, each prune dropped the
 * backup that was about to become a window's keeper, so after months of daily
 * use only the 10 newest were left.) Pure: `now`, the zone and the list are given.
 */
export const KEEP_NEWEST = 10;
export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 8;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DatedBackup {
  id: string;
  createdAt: string;
  /** Creation order in the folder; when present it decides which is newest, not the clock. */
  sequence?: number;
}

/**
 * Newest first. Creation order wins over the time stamp: after the clock is
 * corrected backwards, the backups made since are older by date than the ones
 * made while it ran fast, yet they are the newest and must not be pruned.
 */
const newestFirst = (a: DatedBackup, b: DatedBackup): number =>
  a.sequence !== undefined && b.sequence !== undefined && a.sequence !== b.sequence
    ? b.sequence - a.sequence
    : Date.parse(b.createdAt) - Date.parse(a.createdAt);

/** Days since 1970-01-01 of the calendar date at `ms` in `zone` (a whole number, DST-proof). */
function dayNumber(ms: number, zone: string): number {
  const [y, m, d] = format(new TZDate(ms, zone), 'yyyy-MM-dd').split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** Weeks since the Monday before 1970-01-01 (a Thursday), so every week runs Monday to Sunday. */
const weekNumber = (day: number): number => Math.floor((day + 3) / 7);

function usableZone(zone: string | undefined): string {
  if (!zone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

export function selectBackupsToKeep(backups: readonly DatedBackup[], now: Date, timeZone?: string): Set<string> {
  const zone = usableZone(timeZone);
  const sorted = [...backups].sort(newestFirst);
  const keep = new Set(sorted.slice(0, KEEP_NEWEST).map((b) => b.id));
  const today = dayNumber(now.getTime(), zone);
  const thisWeek = weekNumber(today);
  const daysSeen = new Set<number>();
  const weeksSeen = new Set<number>();
  for (const b of sorted) {
    const at = Date.parse(b.createdAt);
    // A backup dated in the future (the clock was moved back since) counts as today's.
    const day = Number.isNaN(at) ? today : Math.min(today, dayNumber(at, zone));
    const week = weekNumber(day);
    if (today - day < KEEP_DAILY && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(b.id);
    }
    if (thisWeek - week < KEEP_WEEKLY && !weeksSeen.has(week)) {
      weeksSeen.add(week);
      keep.add(b.id);
    }
  }
  return keep;
}
