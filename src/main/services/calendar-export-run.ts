import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { addDaysToDate } from '../../shared/calendar/days';
import { startOfDayIn } from '../../shared/calendar/zoned';
import type { ExportSelection, ExportWrite } from '../../shared/calendar-export';
import type { Window } from '../domain/calendar-export/audiences';
import type { ExportFile } from '../domain/calendar-export/export-files';
import { recordExport } from '../domain/calendar-export/export-ledger';
import { planExport, type ExportPlan } from '../domain/calendar-export/export-plan';
import type { ScheduleInput } from '../domain/calendar-export/schedule';
import { emptyCalendarLedger, type CalendarLedgerDoc } from '../store/calendar-ledger-doc';
import { writeFileDurable } from '../store/durable-fs';
import { coachToday, currentPeople, type ServiceContext } from './context';
import { inThreadBuilder } from './export-builders';

// One export, as the Export view and the `calendar` command both run it:
// plan from the store and the ledger, turn the plan into files, write them
// into a folder, and (when asked) record in the ledger what went out.

/** SHA-256 of the visible content, cut to 128 bits: plenty to tell two versions of one event apart. */
export const fingerprint = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);

export function scheduleInput(ctx: ServiceContext): ScheduleInput {
  return { groups: ctx.store.groups(), people: currentPeople(ctx), coachName: ctx.store.index().settings.coachName };
}

/** The coach's days as UTC instants: from the start of `from` to the end of `to`, on the coach's clock. */
export function windowOf(ctx: ServiceContext, selection: Pick<ExportSelection, 'from' | 'to'>): Window & { fromDay: string; toDay: string | null } {
  const zone = ctx.store.index().settings.coachTimeZone;
  const fromDay = selection.from ?? coachToday(ctx);
  return {
    fromDay,
    toDay: selection.to,
    from: startOfDayIn(fromDay, zone),
    to: selection.to === null ? null : startOfDayIn(addDaysToDate(selection.to, 1), zone),
  };
}

export async function currentLedger(ctx: ServiceContext): Promise<Readonly<CalendarLedgerDoc>> {
  return (await ctx.store.calendarLedger()) ?? emptyCalendarLedger();
}

export async function planFor(ctx: ServiceContext, selection: ExportSelection): Promise<{ plan: ExportPlan; ledger: Readonly<CalendarLedgerDoc>; window: ReturnType<typeof windowOf> }> {
  const ledger = await currentLedger(ctx);
  const window = windowOf(ctx, selection);
  const plan = planExport({ schedule: scheduleInput(ctx), ledger, fingerprint }, { groupIds: selection.groupIds, personIds: selection.personIds, window });
  return { plan, ledger, window };
}

export class NoOrganiserError extends Error {
  constructor() {
    super('Invitations need you as their organiser: add your email in Settings, then make the drafts again.');
    this.name = 'NoOrganiserError';
  }
}

export async function buildExport(ctx: ServiceContext, request: ExportWrite): Promise<{ files: ExportFile[]; plan: ExportPlan; ledger: Readonly<CalendarLedgerDoc> }> {
  const { plan, ledger } = await planFor(ctx, request.selection);
  const settings = ctx.store.index().settings;
  const coach = { name: settings.coachName.trim() === '' ? 'Your coach' : settings.coachName.trim(), email: settings.coachEmail };
  if (request.include.drafts && coach.email === '' && plan.people.some((p) => p.invitations.length > 0)) throw new NoOrganiserError();
  const files = await (ctx.exportBuilder ?? inThreadBuilder).build(plan, { include: request.include, remindersMinutes: request.reminders, now: ctx.now(), coach });
  return { files, plan, ledger };
}

/**
 * Writes every file under `folder`, each whole or not at all (temp file and
 * rename), so a kill mid-export leaves earlier files complete and no file
 * half written. Folders for people's drafts are made as needed.
 */
export async function writeExportFolder(folder: string, files: readonly ExportFile[]): Promise<void> {
  const root = path.resolve(folder);
  for (const file of files) {
    const target = path.join(root, ...file.path.split('/'));
    // The names come from people's names: make sure none climbs out of the chosen folder.
    if (!target.startsWith(`${root}${path.sep}`)) throw new Error(`Refusing to write outside the export folder: ${file.path}`);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await writeFileDurable(target, file.bytes);
  }
}

/** Moves the ledger on: every event at the SEQUENCE it went out with, every invitation drafted. */
export async function recordInLedger(ctx: ServiceContext, built: { files: readonly ExportFile[]; plan: ExportPlan; ledger: Readonly<CalendarLedgerDoc> }, drafted: boolean): Promise<void> {
  const now = ctx.now();
  const sent = drafted ? built.plan.people.flatMap((p) => p.invitations.map((i) => i.sent)) : [];
  const next = recordExport(built.ledger, built.plan.exported, sent, now);
  await ctx.store.saveCalendarLedger({ ...emptyCalendarLedger(), ...next, lastExportAt: now.toISOString() });
}
