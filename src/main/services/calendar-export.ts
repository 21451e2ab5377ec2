import path from 'node:path';
import type { ExportEventLine, ExportPreview, PersonExportPreview } from '../../shared/calendar-export';
import type { CalendarEvent } from '../domain/calendar-export/calendar-event';
import { zonedTimes } from '../domain/meetings/clash-names';
import { describeFsError } from '../store/durable-fs';
import { buildExport, NoOrganiserError, planFor, recordInLedger, writeExportFolder } from './calendar-export-run';
import type { ServiceContext } from './context';
import { invalidInput, ServiceError } from './errors';
import type { Handlers } from './handlers';

// The Export view: what each person's file will hold and who needs new
// invitations, then the files written into a folder the coach picks. Writing
// from the app always records in the ledger, since the coach is about to send
// what it wrote; the CLI records only when told to (--record).

const lineOf = (e: CalendarEvent, zone: string): ExportEventLine => ({
  uid: e.uid,
  kind: e.kind,
  summary: e.summary,
  when: zonedTimes(e.start, e.end, zone).label,
  cancelled: e.cancelled,
});

export function calendarExportServices(ctx: ServiceContext): Handlers<'calendarExport.preview' | 'calendarExport.write'> {
  return {
    'calendarExport.preview': async (selection): Promise<ExportPreview> => {
      const { plan, ledger, window } = await planFor(ctx, selection);
      const settings = ctx.store.index().settings;
      const groupNames = new Map(ctx.store.groups().map((g) => [g.group.id, g.group.name]));
      const people: PersonExportPreview[] = plan.people.map((p) => ({
        personId: p.person.id,
        name: p.person.name,
        email: p.person.email,
        timeZone: p.person.timeZone,
        groups: p.groupIds.map((id) => groupNames.get(id) ?? ''),
        counts: {
          meetings: p.events.filter((e) => e.kind === 'meeting').length,
          pairSessions: p.events.filter((e) => e.kind === 'pair-session').length,
          oneToOnes: p.events.filter((e) => e.kind === 'one-to-one').length,
          cancelled: p.events.filter((e) => e.cancelled).length,
        },
        events: p.events.map((e) => lineOf(e, p.person.timeZone)),
        invitationsNeeded: p.invitations.length,
        neverInvited: p.firstInvitation,
      }));
      return {
        from: window.fromDay,
        to: window.toDay,
        coachTimeZone: settings.coachTimeZone,
        coachEmail: settings.coachEmail,
        people,
        groups: plan.groups.map((g) => ({ groupId: g.groupId, name: g.name, meetings: g.events.length })),
        coachEvents: plan.coach.length,
        peopleWithChanges: people.filter((p) => p.invitationsNeeded > 0).length,
        lastExportAt: ledger.lastExportAt,
      };
    },

    'calendarExport.write': async (request) => {
      let built;
      try {
        built = await buildExport(ctx, request);
      } catch (err) {
        if (err instanceof NoOrganiserError) throw invalidInput(err.message);
        throw err;
      }
      const folder = await ctx.platform.chooseFolder({ title: 'Choose a folder for the calendar files', buttonLabel: 'Write files here' });
      if (folder === null) return { folder: null, files: [] };
      const data = path.resolve(ctx.store.dataDir);
      const target = path.resolve(folder);
      if (target === data || target.startsWith(`${data}${path.sep}`)) throw invalidInput('Choose a folder outside Circlekeeper’s data folder, for example in your Documents folder.');
      try {
        await writeExportFolder(target, built.files);
      } catch (err) {
        throw new ServiceError('unavailable', `The calendar files could not be written there: ${describeFsError(err)}.`);
      }
      await recordInLedger(ctx, built, request.include.drafts);
      return { folder: target, files: built.files.map((f) => ({ path: f.path, kind: f.kind, summary: f.summary })) };
    },
  };
}
