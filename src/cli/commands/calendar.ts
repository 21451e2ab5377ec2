import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ExportWriteSchema } from '../../shared/calendar-export';
import { buildExport, NoOrganiserError, recordInLedger, writeExportFolder } from '../../main/services/calendar-export-run';
import type { ServiceContext } from '../../main/services/context';
import { noWindowEmitter } from '../../main/services/main-emitter';
import { headlessPlatform } from '../../main/services/platform';
import { describeFsError, entryKind } from '../../main/store/durable-fs';
import { sourceExportBuilder } from '../../main/workers/source-workers';
import { CLI_VERSION, openFolder } from '../open';
import { CliFailure, EXIT, type CliIo } from '../io';

export interface CalendarOptions {
  dataDir: string;
  out: string;
  from: string | null;
  to: string | null;
  personIds: string[];
  groupIds: string[];
  record: boolean;
  now: () => Date;
}

/**
 * `calendar`: the Export view's files, written into OUTDIR by the same code
 * (import files for people, groups and the coach, and invitation drafts), one
 * summary line per file. Without --record the ledger is left as it was, so a
 * trial run never changes what the next invitations will contain.
 */
export async function runCalendar(options: CalendarOptions, io: CliIo): Promise<number> {
  const out = path.resolve(options.out);
  const kind = await entryKind(out);
  if (kind !== null && kind !== 'folder') throw new CliFailure(`${out} is not a folder. Give --out a folder (it is made if need be).`);
  const parsed = ExportWriteSchema.safeParse({
    selection: {
      groupIds: options.groupIds.length > 0 ? options.groupIds : null,
      personIds: options.personIds.length > 0 ? options.personIds : null,
      from: options.from,
      to: options.to,
    },
    include: { people: true, groups: true, coach: true, drafts: true },
    reminders: [],
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const flag = { groupIds: '--group', personIds: '--person', from: '--from', to: '--to' }[String(issue.path[1])] ?? 'the options';
    throw new CliFailure(`${flag}: ${issue.message}`);
  }
  const folder = await openFolder(options.dataDir, { mustExist: true, now: options.now });
  const exportBuilder = sourceExportBuilder((message) => io.err(message));
  try {
    const data = path.resolve(folder.store.dataDir);
    if (out === data || out.startsWith(`${data}${path.sep}`)) throw new CliFailure('Give --out a folder outside the data folder.');
    const ctx: ServiceContext = { store: folder.store, now: options.now, newId: randomUUID, appVersion: CLI_VERSION, platform: headlessPlatform, events: noWindowEmitter, exportBuilder };
    const known = (ids: string[], list: string[], what: string) => {
      const unknown = ids.find((id) => !list.includes(id));
      if (unknown !== undefined) throw new CliFailure(`There is no ${what} with id ${unknown} in this folder.`);
    };
    known(options.groupIds, folder.store.groups().map((g) => g.group.id), 'group');
    known(options.personIds, folder.store.index().people.map((p) => p.id), 'person');
    let built;
    try {
      built = await buildExport(ctx, parsed.data);
    } catch (err) {
      if (err instanceof NoOrganiserError) throw new CliFailure(err.message);
      throw err;
    }
    try {
      await writeExportFolder(out, built.files);
    } catch (err) {
      throw new CliFailure(`The calendar files could not be written to ${out}: ${describeFsError(err)}.`);
    }
    for (const file of built.files) io.out(`${file.path}: ${file.summary}`);
    const drafts = built.files.filter((f) => f.kind === 'draft').length;
    if (options.record) await recordInLedger(ctx, built, true);
    io.out(
      `Wrote ${built.files.length - drafts} calendar files and ${drafts} invitation drafts to ${out}. ${
        options.record ? 'Recorded in the export ledger.' : 'Not recorded: add --record once you send them.'
      }`,
    );
    return EXIT.ok;
  } finally {
    await exportBuilder.close();
    await folder.close();
  }
}
