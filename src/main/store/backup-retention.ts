/**
 * Which backups to keep. A backup survives if it is any of:
 *
 *   1. one of the 10 newest;
 *   2. the newest backup in each of the last 7 days;
 *   3. the newest backup in each of the last 8 weeks.
 *
 * "Day k" is the 24-hour window (now - (k+1)×24h, now - k×24h], and "week k" the
 * same with 7×24h, counted back from `now`. Windows relative to now (rather than
 * calendar days) make the rule independent of the machine's time zone and of
 * daylight-saving changes. Everything older than 8 weeks is removed unless it is
 * among the 10 newest. Pure: `now` and the list are given.
 */
export const KEEP_NEWEST = 10;
export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 8;

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;

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

export function selectBackupsToKeep(backups: readonly DatedBackup[], now: Date): Set<string> {
  const sorted = [...backups].sort(newestFirst);
  const keep = new Set(sorted.slice(0, KEEP_NEWEST).map((b) => b.id));
  const newestInWindow = (size: number, count: number): void => {
    const seen = new Set<number>();
    for (const b of sorted) {
      const age = now.getTime() - Date.parse(b.createdAt);
      // A backup dated in the future (clock moved back) counts as today's.
      const slot = Math.max(0, Math.floor(age / size));
      if (slot >= count || seen.has(slot)) continue;
      seen.add(slot);
      keep.add(b.id);
    }
  };
  newestInWindow(DAY_MS, KEEP_DAILY);
  newestInWindow(WEEK_MS, KEEP_WEEKLY);
  return keep;
}
