import { buildDataExport, exportFileName } from '../domain/data-export';
import { CURRENT_SCHEMA_VERSION } from '../store/documents';
import { describeFsError } from '../store/durable-fs';
import { coachToday, type ServiceContext } from './context';
import { invalidInput, ServiceError } from './errors';
import { ExportLocationError, writeExportFile } from './export-file';
import type { Handlers } from './handlers';

/** The same export as `cli export`, of the data as the app holds it, saved where the coach chooses. */
export function dataExportServices(ctx: ServiceContext): Handlers<'data.export'> {
  return {
    'data.export': async () => {
      const target = await ctx.platform.chooseSaveLocation({
        title: 'Export all your data',
        defaultName: exportFileName(coachToday(ctx)),
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      if (target === null) return { saved: false as const };
      const groups = ctx.store.groups();
      const meetingRecords = [];
      for (const g of groups) meetingRecords.push(...(await ctx.store.allMeetingRecords(g.group.id)));
      const doc = buildDataExport({
        index: ctx.store.index(),
        groups,
        meetingRecords,
        exportedAt: ctx.now(),
        appVersion: ctx.appVersion,
        dataSchemaVersion: CURRENT_SCHEMA_VERSION,
        notes: (await ctx.store.notes.entries()).map((e) => e.meta),
      });
      const text = `${JSON.stringify(doc, null, 2)}\n`;
      try {
        await writeExportFile(target, ctx.store.dataDir, text);
      } catch (err) {
        if (err instanceof ExportLocationError) throw invalidInput(err.message);
        throw new ServiceError('unavailable', `The export could not be saved there: ${describeFsError(err)}.`);
      }
      return { saved: true as const, path: target, people: doc.people.length, groups: doc.groups.length, bytes: Buffer.byteLength(text) };
    },
  };
}
