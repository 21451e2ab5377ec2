import { describe, expect, it } from 'vitest';
import { selectBackupsToKeep } from '../../../src/main/store/backup-retention';

const NOW = new Date('2025-06-15T12:00:00.000Z');
const HOUR = 3600_000;
const at = (hoursAgo: number) => ({ id: `b-${hoursAgo}h`, createdAt: new Date(NOW.getTime() - hoursAgo * HOUR).toISOString() });

describe('backup retention', () => {
  it('keeps everything while there are 10 or fewer', () => {
    const list = [0, 1, 500, 5000, 20000].map(at);
    expect(selectBackupsToKeep(list, NOW)).toEqual(new Set(list.map((b) => b.id)));
  });

  it('keeps the 10 newest, the newest of each of the last 7 days and of each of the last 8 weeks', () => {
    // Hourly backups for 70 days.
    const list = Array.from({ length: 70 * 24 }, (_, h) => at(h));
    const keep = selectBackupsToKeep(list, NOW);
    const expected = new Set<string>();
    for (let h = 0; h < 10; h++) expected.add(`b-${h}h`); // 10 newest
    for (let d = 0; d < 7; d++) expected.add(`b-${d * 24}h`); // newest in each 24 h window
    for (let w = 0; w < 8; w++) expected.add(`b-${w * 7 * 24}h`); // newest in each 7-day window
    expect(keep).toEqual(expected);
    expect(keep.size).toBe(10 + 6 + 7); // windows 0 overlap with the 10 newest; week 0 = day 0
  });

  it('drops backups older than 8 weeks unless they are among the 10 newest', () => {
    const list = [at(0), at(24 * 7 * 9), at(24 * 7 * 20)];
    expect(selectBackupsToKeep(list, NOW)).toEqual(new Set(list.map((b) => b.id)));
    const many = [...Array.from({ length: 12 }, (_, h) => at(h)), at(24 * 7 * 9)];
    const keep = selectBackupsToKeep(many, NOW);
    expect(keep.has(`b-${24 * 7 * 9}h`)).toBe(false);
    expect(keep.has('b-11h')).toBe(false);
    expect(keep.has('b-9h')).toBe(true);
  });

  it('does not depend on the input order, and counts a backup from the future as today', () => {
    const list = Array.from({ length: 30 }, (_, i) => at(i * 5)).reverse();
    const future = { id: 'future', createdAt: new Date(NOW.getTime() + HOUR).toISOString() };
    const keep = selectBackupsToKeep([...list, future], NOW);
    expect(keep.has('future')).toBe(true);
    expect(selectBackupsToKeep([...list].sort(() => 0.5 - Math.random()), NOW)).toEqual(selectBackupsToKeep(list, NOW));
  });

  it('takes the newest by creation order, so backups made after the clock moved back are kept', () => {
    const year = 365 * 24;
    const fast = Array.from({ length: 12 }, (_, i) => ({ ...at(-year - i), sequence: i + 1 }));
    const corrected = { ...at(0), id: 'after-correction', sequence: 13 };
    const keep = selectBackupsToKeep([...fast, corrected], NOW);
    expect(keep.has('after-correction')).toBe(true);
    expect(keep.has(fast[0]!.id)).toBe(false);
  });
});
