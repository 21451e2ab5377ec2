// The demo practice's real export for the independent readers: `cli demo`
// builds the folder, then the same code as `cli calendar` (buildExport and
// writeExportFolder) writes every person's, group's and the coach's file and
// the invitation drafts. Each draft's calendar part is taken out of its MIME
// message with a real parser, so the readers check exactly what a mail app
// would hand to a calendar. The expected instants come from the export plan
// itself: the app's own UTC instants.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { main } from '../../src/cli/index';
import { openFolder } from '../../src/cli/open';
import { personFolderName } from '../../src/main/domain/calendar-export/draft-file-name';
import { buildExport, writeExportFolder } from '../../src/main/services/calendar-export-run';
import { noWindowEmitter } from '../../src/main/services/main-emitter';
import { headlessPlatform } from '../../src/main/services/platform';
import { type Expected, type Window, expectedCalendar, expectedInstants, seriesInstants } from './expected';

const TODAY = '2027-01-15';
const NOW = new Date(`${TODAY}T09:00:00Z`);
/** Wide enough to hold every meeting of every series a draft carries, past ones included. */
const WIDE: Window = { from: '2025-01-01T00:00:00Z', to: '2030-01-01T00:00:00Z' };
/** Drafts of this many people are read (each person's whole first invitation); enough variety, bounded time. */
const DRAFT_PEOPLE = 4;

const quiet = { out: () => undefined, err: (line: string) => process.stderr.write(`${line}\n`) };

export async function addDemoExport(outDir: string, expected: Expected): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ck-readers-demo-'));
  try {
    if ((await main(['demo', '--data-dir', dataDir, '--today', TODAY], quiet)) !== 0) throw new Error('the demo could not be built');
    const folder = await openFolder(dataDir, { mustExist: true, now: () => NOW });
    try {
      const ctx = { store: folder.store, now: () => NOW, newId: () => 'unused', appVersion: 'readers', platform: headlessPlatform, events: noWindowEmitter };
      const built = await buildExport(ctx, {
        selection: { groupIds: null, personIds: null, from: TODAY, to: null },
        include: { people: true, groups: true, coach: true, drafts: true },
        reminders: [30],
      });
      const root = path.join(outDir, 'demo');
      await writeExportFolder(root, built.files);
      const window: Window = { from: `${TODAY}T00:00:00Z`, to: WIDE.to };
      expected.calendars.push(expectedCalendar('demo/coach.ics', expectedInstants(built.plan.coach, window), window));
      for (const g of built.plan.groups) {
        expected.calendars.push(expectedCalendar(`demo/groups/${personFolderName(g.name, g.groupId)}.ics`, expectedInstants(g.events, window), window));
      }
      for (const p of built.plan.people) {
        expected.calendars.push(expectedCalendar(`demo/people/${personFolderName(p.person.name, p.person.id)}.ics`, expectedInstants(p.events, window), window));
      }
      for (const p of built.plan.people.slice(0, DRAFT_PEOPLE)) {
        const prefix = `drafts/${personFolderName(p.person.name, p.person.id)}/`;
        const drafts = built.files.filter((f) => f.path.startsWith(prefix));
        if (drafts.length !== p.invitations.length) throw new Error(`${p.person.name}: ${drafts.length} drafts for ${p.invitations.length} invitations`);
        for (const [i, draft] of drafts.entries()) {
          const mail = await simpleParser(Buffer.from(draft.bytes));
          const calendar = mail.attachments.find((a) => a.contentType === 'text/calendar' || a.contentType === 'application/ics');
          if (calendar === undefined) throw new Error(`${draft.path} has no calendar part`);
          const file = `demo/drafts-ics/${draft.path.replace(/\.eml$/, '.ics')}`;
          await fs.mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
          await fs.writeFile(path.join(outDir, file), calendar.content);
          const plan = p.invitations[i]!;
          const instants = plan.item.type === 'series' ? seriesInstants(plan.item.series, WIDE, 'exdate') : expectedInstants([plan.item.event], WIDE);
          expected.calendars.push(expectedCalendar(file, instants, WIDE));
        }
      }
    } finally {
      await folder.close();
    }
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}
