import { displayFileName, type BusyImportSummary } from '../../shared/busy-import';
import type { CalendarSettings, ImportedBusyCalendar } from '../../shared/calendar-views';
import type { BusyCalendar } from '../../shared/meetings';
import { whenLabel } from '../domain/meetings/calendar-clashes';
import { readBusyTimes } from '../domain/ics/busy-times';
import { clone, nowIso, type ServiceContext } from './context';
import { invalidInput } from './errors';
import type { Handlers } from './handlers';
import { timeSlices } from './time-slices';

// The coach's own calendar settings: the least break they want between two
// meetings, and busy times imported from the calendar they keep elsewhere. An
// import keeps only each busy time's start, end and title; the file's text is
// read here and dropped, never stored, logged or sent anywhere. A new import
// replaces the last one, so re-importing a fresh export is how it is updated.

const UPCOMING_SHOWN = 5;

function importedCalendar(busy: BusyCalendar, now: Date, zone: string): ImportedBusyCalendar {
  const times = busy.busyTimes;
  const span = (b: { start: string; end: string }) => ({ start: b.start, end: b.end });
  const nowMs = now.getTime();
  return {
    fileName: busy.fileName,
    importedAt: busy.importedAt,
    busyCount: times.length,
    skipped: busy.skipped ?? null,
    first: times.length > 0 ? span(times[0]!) : null,
    last: times.length > 0 ? span(times.at(-1)!) : null,
    upcoming: times
      .filter((b) => Date.parse(b.end) > nowMs)
      .slice(0, UPCOMING_SHOWN)
      .map((b) => ({ ...span(b), label: b.label, when: whenLabel(b.start, b.end, zone) })),
  };
}

export function calendarSettingsServices(
  ctx: ServiceContext,
): Handlers<'calendar.settings' | 'calendar.updateSettings' | 'calendar.importBusy' | 'calendar.clearBusy'> {
  return {
    'calendar.settings': async () => {
      const index = ctx.store.index();
      const zone = index.settings.coachTimeZone;
      const settings: CalendarSettings = {
        bufferMinutes: index.calendar.bufferMinutes,
        timeZone: zone,
        busy: index.calendar.busy === null ? null : importedCalendar(index.calendar.busy, ctx.now(), zone),
      };
      return clone(settings);
    },

    'calendar.updateSettings': async ({ bufferMinutes }) => {
      const index = await ctx.store.updateIndex((draft) => {
        draft.calendar.bufferMinutes = bufferMinutes;
      });
      return { bufferMinutes: index.calendar.bufferMinutes };
    },

    'calendar.importBusy': async ({ fileName, text }) => {
      const now = ctx.now();
      const zone = ctx.store.index().settings.coachTimeZone;
      const read = await readBusyTimes(text, { now, coachTimeZone: zone }, timeSlices());
      if (!read.ok) throw invalidInput(read.message, { text: read.message });
      const busy: BusyCalendar = {
        fileName: displayFileName(fileName),
        importedAt: nowIso(ctx),
        busyTimes: read.busy.map((b) => ({ id: ctx.newId(), ...b })),
        // Kept with the busy times, so the settings page can say what was left out after a restart too.
        skipped: read.skipped,
      };
      await ctx.store.updateIndex((draft) => {
        draft.calendar.busy = busy;
      });
      const summary: BusyImportSummary = {
        fileName: busy.fileName,
        importedAt: busy.importedAt,
        busyCount: busy.busyTimes.length,
        fromDate: read.fromDate,
        toDate: read.toDate,
        skipped: busy.skipped ?? [],
        readInCoachZone: read.readInCoachZone,
      };
      return summary;
    },

    'calendar.clearBusy': async () => {
      const removed = ctx.store.index().calendar.busy?.busyTimes.length ?? 0;
      if (ctx.store.index().calendar.busy !== null) {
        await ctx.store.updateIndex((draft) => {
          draft.calendar.busy = null;
        });
      }
      return { removed };
    },
  };
}
