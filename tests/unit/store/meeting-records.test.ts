import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, type MeetingRecordsDoc } from '../../../src/main/store/documents';
import type { MeetingRecord } from '../../../src/shared/meetings';
import { FIXED_NOW, open, seed, tempDir } from './helpers';

// Meeting records are the store's history: one file per group per year, read
// the first time a page asks for them and never at open. These tests hold the
// promises that come with that: nothing is lost across restarts, a damaged year
// is repaired when read (from the newest good backup) without stopping the
// open, deleting a group takes its records with it even across a crash, and
// backups and restores carry them.

const record = (meetingId: string, note = ''): MeetingRecord => ({
  meetingId,
  agenda: null,
  coachees: [],
  attendance: [],
  heldAt: null,
  checkIns: [],
  nextSteps: note
    ? [{ id: randomUUID(), membershipId: randomUUID(), text: note, dueOn: '', status: 'open', reviewedAt: null, reviewedInMeetingId: null, carriedFromId: null, createdAt: FIXED_NOW.toISOString() }]
    : [],
  updatedAt: FIXED_NOW.toISOString(),
});

const recordsPath = (dir: string, groupId: string, year: number) => path.join(dir, 'meetings', groupId, `${year}.json`);

async function withRecords(dir: string, groupId: string, year: number, note: string) {
  const store = await open(dir);
  const meetingId = randomUUID();
  await store.updateMeetingRecords(groupId, year, (doc) => {
    doc.records.push(record(meetingId, note));
  });
  return { store, meetingId };
}

describe('meeting records', () => {
  it('answers an empty year without writing a file, and keeps a written one across a restart', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    const store = await open(dir);
    expect(await store.meetingRecords(groupId, 2025)).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION, groupId, year: 2025, records: [] });
    expect(await store.allMeetingRecords(groupId)).toEqual([]);
    await expect(fs.stat(path.join(dir, 'meetings'))).rejects.toThrow();

    const meetingId = randomUUID();
    await store.updateMeetingRecords(groupId, 2025, (doc) => {
      doc.records.push(record(meetingId, 'Ask for feedback twice'));
    });
    await store.close();
    expect(((await fs.stat(recordsPath(dir, groupId, 2025))).mode & 0o777).toString(8)).toBe('600');

    const again = await open(dir);
    const years = await again.allMeetingRecords(groupId);
    expect(years.map((y) => [y.year, y.records.map((r) => r.meetingId)])).toEqual([[2025, [meetingId]]]);
    expect(years[0]!.records[0]!.nextSteps[0]!.text).toBe('Ask for feedback twice');
  });

  it('refuses a change that breaks the schema or the file identity, changing nothing', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    const { store } = await withRecords(dir, groupId, 2025, 'Keep');
    const before = await fs.readFile(recordsPath(dir, groupId, 2025));
    await expect(store.updateMeetingRecords(groupId, 2025, (doc) => void (doc.year = 2026))).rejects.toThrow(/cannot change/);
    await expect(store.updateMeetingRecords(groupId, 2025, (doc) => void ((doc.records[0] as { heldAt: unknown }).heldAt = 'yesterday'))).rejects.toThrow();
    await expect(store.meetingRecords(randomUUID(), 2025)).rejects.toThrow(/group could not be found/);
    expect(await fs.readFile(recordsPath(dir, groupId, 2025))).toEqual(before);
    expect((await store.meetingRecords(groupId, 2025)).records[0]!.nextSteps[0]!.text).toBe('Keep');
  });

  it('does not read records at open: a damaged year does not stop the start, and is repaired from a backup when read', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    const { store } = await withRecords(dir, groupId, 2025, 'From the backup');
    await store.createBackup('manual');
    await store.close();
    await fs.writeFile(recordsPath(dir, groupId, 2025), '{"schemaVersion":3,"groupId":');

    const again = await open(dir);
    expect(again.recovery).toEqual([]);
    const doc = await again.meetingRecords(groupId, 2025);
    expect(doc.records[0]!.nextSteps[0]!.text).toBe('From the backup');
    expect(again.recovery).toMatchObject([{ kind: 'file-restored', file: `meetings/${groupId}/2025.json`, problem: expect.stringMatching(/cut short/) }]);
    const keptAs = again.recovery[0]!.keptAs;
    expect(await fs.readFile(path.join(dir, keptAs), 'utf8')).toBe('{"schemaVersion":3,"groupId":');
    expect(JSON.parse(await fs.readFile(recordsPath(dir, groupId, 2025), 'utf8'))).toEqual(doc);
  });

  it('sets aside a damaged year that no backup holds, opens it empty and says where the file went', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    const { store } = await withRecords(dir, groupId, 2024, 'Lost');
    await store.close();
    // Another group's year copied over this one: valid JSON, wrong identity.
    const other: MeetingRecordsDoc = { schemaVersion: CURRENT_SCHEMA_VERSION, groupId: randomUUID(), year: 2024, records: [] };
    await fs.writeFile(recordsPath(dir, groupId, 2024), JSON.stringify(other));
    const again = await open(dir);
    expect((await again.meetingRecords(groupId, 2024)).records).toEqual([]);
    expect(again.recovery).toMatchObject([{ kind: 'file-set-aside', restoredFrom: null, problem: expect.stringMatching(/holds records of group/) }]);
    await expect(fs.stat(recordsPath(dir, groupId, 2024))).rejects.toThrow();
  });

  it('refuses a year written by a newer app, leaving it untouched', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    const { store } = await withRecords(dir, groupId, 2025, 'x');
    await store.close();
    const newer = JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, groupId, year: 2025, records: [], future: true });
    await fs.writeFile(recordsPath(dir, groupId, 2025), newer);
    const again = await open(dir);
    await expect(again.meetingRecords(groupId, 2025)).rejects.toThrow(/newer/i);
    expect(await fs.readFile(recordsPath(dir, groupId, 2025), 'utf8')).toBe(newer);
  });

  it('deletes a group with its records; a delete cut short by a crash is settled at the next open', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    const { store } = await withRecords(dir, groupId, 2025, 'x');
    await store.deleteGroup(groupId);
    await expect(fs.stat(path.join(dir, 'meetings', groupId))).rejects.toThrow();
    expect(await fs.readdir(path.join(dir, 'meetings'))).toEqual([]);
    await store.close();

    // Crash after the records were marked but before the group file went: the group keeps its records.
    const dir2 = await tempDir();
    const seeded = await seed(dir2);
    const first = await withRecords(dir2, seeded.groupId, 2025, 'Still here');
    await first.store.close();
    await fs.rename(path.join(dir2, 'meetings', seeded.groupId), path.join(dir2, 'meetings', `.deleted-${seeded.groupId}`));
    const reopened = await open(dir2);
    expect((await reopened.meetingRecords(seeded.groupId, 2025)).records[0]!.nextSteps[0]!.text).toBe('Still here');
    await reopened.close();

    // Crash after the group file went: the marked records go too.
    await fs.rename(path.join(dir2, 'meetings', seeded.groupId), path.join(dir2, 'meetings', `.deleted-${seeded.groupId}`));
    await fs.rm(path.join(dir2, 'groups', `${seeded.groupId}.json`));
    await (await open(dir2)).close();
    expect(await fs.readdir(path.join(dir2, 'meetings'))).toEqual([]);
  });

  it('backs records up and restores them, removing years the backup did not have', async () => {
    const dir = await tempDir();
    const { groupId } = await seed(dir);
    const { store, meetingId } = await withRecords(dir, groupId, 2025, 'Before');
    const backup = await store.createBackup('manual');
    await store.updateMeetingRecords(groupId, 2025, (doc) => {
      doc.records[0]!.nextSteps[0]!.text = 'After';
    });
    await store.updateMeetingRecords(groupId, 2026, (doc) => {
      doc.records.push(record(randomUUID(), 'Only after'));
    });
    await store.restoreBackup(backup.id);
    const years = await store.allMeetingRecords(groupId);
    expect(years.map((y) => y.year)).toEqual([2025]);
    expect(years[0]!.records.find((r) => r.meetingId === meetingId)!.nextSteps[0]!.text).toBe('Before');
    await expect(fs.stat(recordsPath(dir, groupId, 2026))).rejects.toThrow();
    // The safety backup taken before the restore holds what it replaced.
    const list = await store.listBackups();
    const safety = list.backups.find((b) => b.reason === 'before-restore')!;
    expect(await fs.readFile(path.join(dir, 'backups', safety.id, 'meetings', groupId, '2026.json'), 'utf8')).toContain('Only after');
  });
});
