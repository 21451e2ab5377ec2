import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/store/open-store';
import { tempDir } from './helpers';

// Months of a coach's use through the real store on disk, with a clock that
// moves: the retention rule must leave a backup for each recent day and week,
// not only the newest ten.

const DAY = 24 * 3600_000;
const ageInDays = (now: number, createdAt: string) => (now - Date.parse(createdAt)) / DAY;

describe('backups kept after months of use', () => {
  it('daily use for 70 days (one change a day, app started once a day) keeps a week of days and 8 weeks', async () => {
    const dir = await tempDir();
    const start = Date.parse('2026-01-05T09:00:00.000Z'); // a Monday
    let now = start;
    for (let day = 0; day < 70; day++) {
      now = start + day * DAY;
      const store = await openStore({ dataDir: dir, defaultTimeZone: 'UTC', now: () => new Date(now), backupIntervalMs: 0 });
      await store.updateIndex((d) => void (d.settings.coachName = `Day ${day}`));
      await store.close(); // waits for the start backup (of yesterday's change) and its prune
    }
    const store = await openStore({ dataDir: dir, defaultTimeZone: 'UTC', now: () => new Date(now), backupIntervalMs: 0 });
    await store.flush();
    const { backups } = await store.listBackups();
    await store.close();
    const ages = backups.map((b) => ageInDays(now, b.createdAt));
    // 10 newest (days 0-9 back), then one a week back to the week 7 weeks before this one.
    for (let d = 0; d < 7; d++) expect(ages.some((a) => a >= d && a < d + 1), `a backup ${d} days old`).toBe(true);
    expect(Math.max(...ages)).toBeGreaterThanOrEqual(7 * 7);
    expect(Math.max(...ages)).toBeLessThan(8 * 7);
    expect(backups.length).toBeGreaterThanOrEqual(10 + 6);
  }, 60_000);

  it('hourly backups through working days keep yesterday and the weeks before, not just today', async () => {
    const dir = await tempDir();
    const start = Date.parse('2026-01-05T08:00:00.000Z');
    let now = start;
    const store = await openStore({ dataDir: dir, defaultTimeZone: 'UTC', now: () => new Date(now), backupIntervalMs: 0 });
    for (let day = 0; day < 30; day++) {
      for (let hour = 0; hour < 10; hour++) {
        now = start + day * DAY + hour * 3600_000;
        await store.updateIndex((d) => void (d.settings.coachName = `Day ${day} hour ${hour}`));
        await store.backupIfChanged('periodic'); // what the hourly timer runs
      }
    }
    const { backups } = await store.listBackups();
    await store.close();
    const ages = backups.map((b) => ageInDays(now, b.createdAt));
    for (let d = 1; d < 7; d++) expect(ages.some((a) => a >= d - 0.5 && a < d + 0.5), `a backup from ${d} days ago`).toBe(true);
    // One in each of the five weeks used (from Monday 5 January); the first week's is its last one, Sunday 11 January.
    for (let w = 0; w < 5; w++) {
      const from = Date.parse('2026-01-05T00:00:00.000Z') + w * 7 * DAY;
      expect(backups.some((b) => Date.parse(b.createdAt) >= from && Date.parse(b.createdAt) < from + 7 * DAY), `week ${w}`).toBe(true);
    }
    expect(backups.at(-1)!.createdAt).toBe('2026-01-11T17:00:00.000Z');
  }, 60_000);
});
