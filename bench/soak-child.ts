// The process the soak test kills: `node soak-child.mjs <dataDir> <mode> [backupId]`.
//   write    writes forever; prints each sequence number only after every write
//            of that step has resolved (were acknowledged as saved)
//   restore  restores the given backup, prints "restored" when it has, then waits
//   prune    makes backups back to back (each one prunes), printing each id
import { randomUUID } from 'node:crypto';
import { openStore } from '../src/main/store/open-store';
import { SOAK_GROUP_NAME, SOAK_MEETING_ID, SOAK_NOTE_ID, SOAK_RECORDS_YEAR, soakGroup, soakLedger, soakNote, soakRecord, soakSeqOf } from './soak-shared';

const [dataDir, mode = 'write', backupId] = process.argv.slice(2) as [string, string?, string?];
const store = await openStore({ dataDir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
// The start backup runs first, so the kill window that follows covers the work this mode is about.
await store.flush();
process.stdout.write('ready\n');

if (mode === 'restore') {
  const started = performance.now();
  await store.restoreBackup(backupId!);
  process.stdout.write(`restored ${Math.round(performance.now() - started)}\n`);
  await new Promise(() => undefined); // wait to be killed
} else if (mode === 'prune') {
  for (;;) {
    const started = performance.now();
    const backup = await store.createBackup('manual');
    process.stdout.write(`backup ${backup.id} ${Math.round(performance.now() - started)}\n`);
  }
} else {
  let groupId = store.groups().find((g) => g.group.name === SOAK_GROUP_NAME)?.group.id;
  if (!groupId) groupId = (await store.createGroup(soakGroup(randomUUID()))).group.id;
  let seq = soakSeqOf(store.group(groupId)!.group.purpose);
  for (;;) {
    seq += 1;
    const n = seq;
    await store.updateGroup(groupId, (d) => void (d.group.purpose = `Soak write ${n}`));
    await store.updateIndex((d) => void (d.settings.coachName = `Soak ${n}`));
    // History files too: one check-in of a meeting record, in the soak group's year of records.
    await store.updateMeetingRecords(groupId, SOAK_RECORDS_YEAR, (d) => {
      const record = d.records.find((r) => r.meetingId === SOAK_MEETING_ID);
      if (record) record.checkIns[0]!.summary = `Soak write ${n}`;
      else d.records.push(soakRecord(SOAK_MEETING_ID, n));
    });
    // A note saved again (a new revision file, the old one let go), as autosave does.
    const revisionOf = async (id: string) => ((await store.notes.entries()).find((e) => e.meta.id === id)?.meta.revision ?? 0) + 1;
    await store.notes.write(soakNote(SOAK_NOTE_ID, await revisionOf(SOAK_NOTE_ID), n));
    // The calendar export's ledger, saved whole as a recorded export saves it.
    await store.saveCalendarLedger(soakLedger(n));
    // Other notes come and go, so backups differ in which notes they hold.
    if (n % 5 === 0) {
      await store.notes.write(soakNote(randomUUID(), 1, n));
      const others = (await store.notes.entries()).filter((e) => e.meta.id !== SOAK_NOTE_ID);
      if (others.length > 6) await store.notes.remove(others[0]!.meta.id);
    }
    // Groups come and go, so backups differ in which groups they hold (a restore must remove some).
    if (n % 10 === 0) {
      const extra = await store.createGroup(soakGroup(randomUUID(), `Extra ${n}`));
      // Deleting a group takes its records with it: kills land in the middle of that as well.
      await store.updateMeetingRecords(extra.group.id, SOAK_RECORDS_YEAR, (d) => void d.records.push(soakRecord(randomUUID(), n)));
      const extras = store.groups().filter((g) => g.group.name.startsWith('Extra '));
      if (extras.length > 4) await store.deleteGroup(extras[0]!.group.id);
    }
    // Now and then a backup, so kills also land in the middle of one.
    if (n % 25 === 0) await store.createBackup('manual');
    process.stdout.write(`${n}\n`);
  }
}
