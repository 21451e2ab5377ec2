import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Meeting } from '../../../src/shared/meetings';
import type { Host } from './host';

// Meetings for the end-to-end tests, written into a group's file in the host's
// data folder while nothing is being saved, then picked up by reopening the
// store, as the app would after a restart. (Planning series and extra meetings
// through the interface belongs to the planner; these tests only run meetings.)

export async function seedMeetings(host: Host, groupId: string, meetings: readonly Meeting[]): Promise<void> {
  const file = join(host.dataDir, 'groups', `${groupId}.json`);
  const doc = JSON.parse(await readFile(file, 'utf8')) as { meetings: Meeting[] };
  doc.meetings.push(...meetings);
  await writeFile(file, JSON.stringify(doc, null, 2));
  await host.reopen();
}
