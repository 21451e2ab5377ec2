import { afterEach, describe, expect, it } from 'vitest';
import type { Input, MethodName, Output } from '../../../src/shared/api';
import { dispatch, type Services } from '../../../src/main/dispatch';
import { createServices } from '../../../src/main/services/registry';
import { openStore } from '../../../src/main/store/open-store';
import type { DataStore } from '../../../src/main/store/types';
import { fixedClock, sequentialIds } from '../../support/clock';
import { monthlyRule } from '../../support/meeting-plans';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { makeTempDir, removeTempDirs } from '../../support/temp-dir';

// Changing a series decides from the meeting records which later meetings to
// keep, and records live in files apart from the group's. These tests land a
// records write exactly between that read and the group's write (and the other
// way round), on a real store on disk, by holding the store's answer back
// until the other call has finished.

type Hook = (() => Promise<void>) | null;

/** The real store, with a hook run once after the next records read and once before the next records write. */
function interleaving(store: DataStore) {
  const hooks: { afterRecordsRead: Hook; beforeRecordsWrite: Hook } = { afterRecordsRead: null, beforeRecordsWrite: null };
  const take = (key: keyof typeof hooks): Hook => {
    const hook = hooks[key];
    hooks[key] = null;
    return hook;
  };
  const overrides: Partial<DataStore> = {
    allMeetingRecords: async (groupId) => {
      const docs = await store.allMeetingRecords(groupId);
      await take('afterRecordsRead')?.();
      return docs;
    },
    updateMeetingRecords: async (...args) => {
      await take('beforeRecordsWrite')?.();
      return store.updateMeetingRecords(...args);
    },
  };
  // Everything else is the store itself, called on itself.
  const wrapped = new Proxy(store, {
    get(target, key) {
      if (key in overrides) return overrides[key as keyof DataStore];
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: wrapped, hooks };
}

let opened: DataStore | null = null;

afterEach(async () => {
  await opened?.close();
  opened = null;
  await removeTempDirs();
});

async function setUp() {
  const dir = await makeTempDir();
  const clock = fixedClock();
  clock.set('2026-03-15T10:00:00.000Z');
  const store = await openStore({ dataDir: dir, defaultTimeZone: 'Europe/London', now: clock.now, backupIntervalMs: 0, onBackgroundError: () => undefined });
  opened = store;
  const { store: racing, hooks } = interleaving(store);
  const services: Services = createServices({ store: racing, now: clock.now, newId: sequentialIds(), appVersion: '0.0.0-test' });
  const call = <M extends MethodName>(method: M, input: Input<M>) => dispatch(services, method, input, { error: () => undefined });
  const ok = async <M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await call(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
    return result.value as Output<M>;
  };
  const groupId = (await ok('groups.create', sampleGroupInput({ name: 'Leaders Circle', startDate: '2026-04-01' }))).id;
  const person = await ok('people.create', samplePersonInput({ name: 'Ada' }));
  const { id: membershipId } = await ok('memberships.add', { groupId, personId: person.id, joinedOn: '2026-04-01' });
  const planned = await ok('meetings.planSeries', { groupId, rule: monthlyRule({ end: { type: 'count', count: 6 } }), adjustments: [] });
  return { store, hooks, call, ok, groupId, membershipId, planned };
}

const fromJune = (groupId: string, seriesId: string) => ({
  groupId,
  seriesId,
  fromDate: '2026-06-01',
  rule: monthlyRule({ fromDate: '2026-06-01', pattern: { type: 'monthly-weekday', week: 1, weekday: 'TH' }, end: { type: 'count', count: 3 } }),
  adjustments: [],
});

describe('changing a series while meeting records are being saved', () => {
  it('keeps a meeting whose records were written between the records read and the group write', async () => {
    const { store, hooks, ok, groupId, membershipId, planned } = await setUp();
    const june = planned.meetings[2]!;
    expect(june.date).toBe('2026-06-09');
    // The apology lands after the change has read the records (none) and before it writes the group.
    hooks.afterRecordsRead = async () => {
      await ok('meetings.recordAttendance', { groupId, meetingId: june.id, marks: [{ membershipId, mark: 'excused' }] });
    };

    const changed = await ok('meetings.changeSeriesFrom', fromJune(groupId, planned.series.id));

    expect(changed.keptAsOneOffs.map((m) => m.id)).toEqual([june.id]);
    expect(changed.removedCount).toBe(3); // July, August, September
    const stored = store.group(groupId)!.meetings;
    expect(stored.find((m) => m.id === june.id)).toMatchObject({ seriesId: null, date: '2026-06-09' });
    // Every record belongs to a meeting that is still planned.
    const records = (await store.allMeetingRecords(groupId)).flatMap((y) => y.records);
    expect(records.map((r) => r.meetingId)).toEqual([june.id]);
    expect(stored.map((m) => m.id)).toEqual(expect.arrayContaining(records.map((r) => r.meetingId)));
  });

  it('refuses a records write queued behind a change that removed its meeting, and writes nothing', async () => {
    const { store, hooks, call, groupId, membershipId, planned } = await setUp();
    const june = planned.meetings[2]!;
    // The apology has checked its meeting and is about to write when the series changes under it.
    hooks.beforeRecordsWrite = async () => {
      const changed = await call('meetings.changeSeriesFrom', fromJune(groupId, planned.series.id));
      expect(changed.ok).toBe(true);
    };

    const result = await call('meetings.recordAttendance', { groupId, meetingId: june.id, marks: [{ membershipId, mark: 'excused' }] });

    expect(result.ok ? null : [result.error.code, result.error.message]).toEqual(['conflict', expect.stringMatching(/no longer in the group’s plan/)]);
    expect(store.group(groupId)!.meetings.some((m) => m.id === june.id)).toBe(false);
    expect((await store.allMeetingRecords(groupId)).flatMap((y) => y.records)).toEqual([]);
  });

  it('gives up with a clear message, changing nothing, when records keep being written during the change', async () => {
    const { store, hooks, call, ok, groupId, membershipId, planned } = await setUp();
    const june = planned.meetings[2]!;
    const before = store.group(groupId);
    let writes = 0;
    const apology = async (): Promise<void> => {
      writes += 1;
      await ok('meetings.recordAttendance', { groupId, meetingId: june.id, marks: [{ membershipId, mark: writes % 2 === 0 ? 'absent' : 'excused' }] });
      hooks.afterRecordsRead = apology;
    };
    hooks.afterRecordsRead = apology;

    const result = await call('meetings.changeSeriesFrom', fromJune(groupId, planned.series.id));

    expect(result.ok ? null : [result.error.code, result.error.message]).toEqual(['conflict', expect.stringMatching(/kept being saved while the series was changing, so nothing was changed/)]);
    expect(writes).toBe(3);
    expect(store.group(groupId)).toBe(before);
    hooks.afterRecordsRead = null;
  });
});
