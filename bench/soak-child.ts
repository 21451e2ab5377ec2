// The writer the soak test kills: `node --import tsx bench/soak-child.ts <dataDir>`.
// It writes forever and prints each sequence number only after both writes of
// that step have resolved (that is, were acknowledged as saved).
import { randomUUID } from 'node:crypto';
import { openStore } from '../src/main/store/open-store';
import { soakGroup, soakSeqOf } from './soak-shared';

const dataDir = process.argv[2]!;
const store = await openStore({ dataDir, defaultTimeZone: 'UTC', backupIntervalMs: 0 });
let groupId = store.groupIds()[0];
if (!groupId) groupId = (await store.createGroup(soakGroup(randomUUID()))).group.id;
let seq = soakSeqOf(store.group(groupId)!.group.purpose);
process.stdout.write('ready\n');

for (;;) {
  seq += 1;
  const n = seq;
  await store.updateGroup(groupId, (d) => void (d.group.purpose = `Soak write ${n}`));
  await store.updateIndex((d) => void (d.settings.coachName = `Soak ${n}`));
  // Now and then a backup, so kills also land in the middle of one.
  if (n % 25 === 0) await store.createBackup('manual');
  process.stdout.write(`${n}\n`);
}
