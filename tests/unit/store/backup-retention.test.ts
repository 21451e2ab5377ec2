import { describe, expect, it } from 'vitest';
import { selectBackupsToKeep } from '../../../src/main/store/backup-retention';

// NOW is Sunday 15 June 2025, 12:00 UTC: the last day of the week Mon 9 - Sun 15 June.
const NOW = new Date('2025-06-15T12:00:00.000Z');
const HOUR = 3600_000;
const at = (hoursAgo: number) => ({ id: `b-${hoursAgo}h`, createdAt: new Date(NOW.getTime() - hoursAgo * HOUR).toISOString() });

describe('backup retention', () => {
  it('keeps everything while there are 10 or fewer', () => {
    const list = [0, 1, 500, 5000, 20000].map(at);
    expect(selectBackupsToKeep(list, NOW, 'UTC')).toEqual(new Set(list.map((b) => b.id)));
  });

  it('keeps the 10 newest, the last of each of the last 7 calendar days and of each of the last 8 weeks', () => {
    // Hourly backups for 70 days.
    const list = Array.from({ length: 70 * 24 }, (_, h) => at(h));
    const keep = selectBackupsToKeep(list, NOW, 'UTC');
    const expected = new Set<string>();
    for (let h = 0; h < 10; h++) expected.add(`b-${h}h`); // 10 newest
    // Yesterday ended 13 hours ago (23:00 is the last hourly backup of 14 June), and so on back.
    for (let d = 0; d < 6; d++) expected.add(`b-${13 + 24 * d}h`);
    // Last week ended on Sunday 8 June, 23:00: 6 days and 13 hours ago; earlier weeks a week apart.
    for (let w = 0; w < 7; w++) expected.add(`b-${157 + 168 * w}h`);
    expect(keep).toEqual(expected);
    expect(keep.size).toBe(10 + 6 + 7); // today and this week are the newest backup, already among the 10
  });

  it('counts days in the coach’s own zone, so the day’s keeper is the last backup of their day', () => {
    // 23:30 in Auckland on 14 June is 11:30 UTC on 14 June; 00:30 in Auckland on 15 June is 12:30 UTC on 14 June.
    const late = { id: 'late-on-the-14th', createdAt: '2025-06-14T11:30:00.000Z' };
    const early = { id: 'early-on-the-15th', createdAt: '2025-06-14T12:30:00.000Z' };
    const filler = Array.from({ length: 10 }, (_, i) => ({ id: `today-${i}`, createdAt: `2025-06-15T0${i}:00:00.000Z` }));
    expect(selectBackupsToKeep([late, early, ...filler], NOW, 'Pacific/Auckland').has('late-on-the-14th')).toBe(true);
    // In UTC both are on the 14th, and only the later one is that day's keeper.
    const utc = selectBackupsToKeep([late, early, ...filler], NOW, 'UTC');
    expect([utc.has('late-on-the-14th'), utc.has('early-on-the-15th')]).toEqual([false, true]);
  });

  it('drops backups older than 8 weeks unless they are among the 10 newest', () => {
    const list = [at(0), at(24 * 7 * 9), at(24 * 7 * 20)];
    expect(selectBackupsToKeep(list, NOW, 'UTC')).toEqual(new Set(list.map((b) => b.id)));
    const many = [...Array.from({ length: 12 }, (_, h) => at(h)), at(24 * 7 * 9)];
    const keep = selectBackupsToKeep(many, NOW, 'UTC');
    expect(keep.has(`b-${24 * 7 * 9}h`)).toBe(false);
    expect(keep.has('b-11h')).toBe(false);
    expect(keep.has('b-9h')).toBe(true);
  });

  it('does not depend on the input order, and counts a backup from the future as today', () => {
    const list = Array.from({ length: 30 }, (_, i) => at(i * 5)).reverse();
    const future = { id: 'future', createdAt: new Date(NOW.getTime() + HOUR).toISOString() };
    const keep = selectBackupsToKeep([...list, future], NOW, 'UTC');
    expect(keep.has('future')).toBe(true);
    const shuffled = [...list].sort((a, b) => (a.id.length * 7919 + a.id.charCodeAt(2)) % 13 - (b.id.length * 7919 + b.id.charCodeAt(2)) % 13);
    expect(selectBackupsToKeep(shuffled, NOW, 'UTC')).toEqual(selectBackupsToKeep(list, NOW, 'UTC'));
  });

  it('takes the newest by creation order, so backups made after the clock moved back are kept', () => {
    const year = 365 * 24;
    const fast = Array.from({ length: 12 }, (_, i) => ({ ...at(-year - i), sequence: i + 1 }));
    const corrected = { ...at(0), id: 'after-correction', sequence: 13 };
    const keep = selectBackupsToKeep([...fast, corrected], NOW, 'UTC');
    expect(keep.has('after-correction')).toBe(true);
    expect(keep.has(fast[0]!.id)).toBe(false);
  });

  it('falls back to UTC days for a zone it does not know', () => {
    const list = Array.from({ length: 40 }, (_, h) => at(h * 3));
    expect(selectBackupsToKeep(list, NOW, 'Not/AZone')).toEqual(selectBackupsToKeep(list, NOW, 'UTC'));
  });

  it('is stable over time: pruning again and again as the days pass keeps a backup for every day and week in range', () => {
    // A pure re-run of months of use: every day 9:00-17:00 an hourly backup, each followed by a prune.
    let kept: { id: string; createdAt: string }[] = [];
    const start = Date.parse('2025-03-03T09:00:00.000Z'); // a Monday
    for (let day = 0; day < 100; day++) {
      for (let hour = 0; hour < 9; hour++) {
        const now = new Date(start + day * 24 * HOUR + hour * HOUR);
        kept.push({ id: now.toISOString(), createdAt: now.toISOString() });
        const keep = selectBackupsToKeep(kept, now, 'UTC');
        kept = kept.filter((b) => keep.has(b.id));
      }
    }
    const days = new Set(kept.map((b) => b.createdAt.slice(0, 10)));
    // Day 99 is Tuesday 10 June: one backup kept for each of the last 7 days ...
    for (let d = 0; d < 7; d++) expect(days).toContain(new Date(start + (99 - d) * 24 * HOUR).toISOString().slice(0, 10));
    // ... and one in each of the 8 weeks that start on the Mondays 21 April ... 9 June.
    const thisMonday = Date.parse('2025-06-09T00:00:00.000Z');
    for (let w = 0; w < 8; w++) {
      const from = thisMonday - w * 7 * 24 * HOUR;
      expect(kept.some((b) => Date.parse(b.createdAt) >= from && Date.parse(b.createdAt) < from + 7 * 24 * HOUR), `week ${w}`).toBe(true);
    }
    // The oldest is the last backup of the week of 21 April: its Sunday, 27 April, at 17:00.
    expect(kept[0]!.createdAt).toBe('2025-04-27T17:00:00.000Z');
  });
});
