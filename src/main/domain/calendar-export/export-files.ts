import type { CalendarEvent, CalendarPerson } from './calendar-event';
import { draftFileName, personFolderName } from './draft-file-name';
import { writeDraft } from './eml-draft';
import type { ExportPlan, InvitationPlan, PersonExport } from './export-plan';
import { writePublishFile } from './ics-file';
import { writeInvitation } from './invitation';
import { invitationText } from './invitation-text';

// The files of an export, as bytes with the path (relative to the folder the
// coach chose) and a one-line summary each. The same list is what the app
// writes and what `calendar` prints, so the two cannot drift apart.

export interface ExportFile {
  path: string;
  kind: 'person' | 'group' | 'coach' | 'draft';
  bytes: Uint8Array;
  summary: string;
}

export interface FileChoice {
  people: boolean;
  groups: boolean;
  coach: boolean;
  drafts: boolean;
}

export interface FileOptions {
  include: FileChoice;
  remindersMinutes: readonly number[];
  now: Date;
  /** The organiser of every file; an empty email leaves ORGANIZER out of import files (drafts need one). */
  coach: CalendarPerson;
}

export const PEOPLE_DIR = 'people';
export const GROUPS_DIR = 'groups';
export const DRAFTS_DIR = 'drafts';
export const COACH_FILE = 'coach.ics';

const encoder = new TextEncoder();
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "14 events: 12 meetings, 1 pair session, 1 1:1; 1 cancelled". */
export function describeEvents(events: readonly CalendarEvent[]): string {
  if (events.length === 0) return 'no events in this period';
  const count = (kind: CalendarEvent['kind']) => events.filter((e) => e.kind === kind).length;
  const parts = [plural(count('meeting'), 'meeting'), plural(count('pair-session'), 'pair session'), plural(count('one-to-one'), '1:1')].filter((p) => !p.startsWith('0 '));
  const cancelled = events.filter((e) => e.cancelled).length;
  return `${plural(events.length, 'event')}: ${parts.join(', ')}${cancelled > 0 ? `; ${cancelled} cancelled` : ''}`;
}

function describeInvitation(plan: InvitationPlan): string {
  if (plan.item.type === 'series') {
    const meetings = plan.item.series.meetings;
    return `${plan.method === 'CANCEL' ? 'cancels' : 'invites to'} ${plan.item.series.summary}, ${plural(meetings.length, 'meeting')} (SEQUENCE ${plan.sequence})`;
  }
  return `${plan.method === 'CANCEL' ? 'cancels' : 'invites to'} ${plan.item.event.summary} on ${plan.item.event.date} (SEQUENCE ${plan.sequence})`;
}

async function draftsFor(p: PersonExport, options: FileOptions): Promise<ExportFile[]> {
  const folder = `${DRAFTS_DIR}/${personFolderName(p.person.name, p.person.id)}`;
  const files: ExportFile[] = [];
  const taken = new Set<string>();
  for (const plan of p.invitations) {
    const to = { name: p.person.name, email: p.person.email };
    const content = writeInvitation({ method: plan.method, organizer: options.coach, attendee: to, item: plan.item, now: options.now, remindersMinutes: options.remindersMinutes });
    const { subject, text } = invitationText({ recipient: { ...to, timeZone: p.person.timeZone }, coachName: options.coach.name, method: plan.method, item: plan.item, update: plan.update });
    const bytes = await writeDraft({
      from: options.coach,
      to,
      subject,
      text,
      calendar: { method: plan.method, content },
      date: options.now,
      messageId: `${plan.uid.replace(/@.*/, '')}.${plan.sequence}.${p.person.id}@circlekeeper`,
    });
    const first = plan.item.type === 'series' ? plan.item.series.meetings[0]! : plan.item.event;
    let name = draftFileName({ date: first.date, summary: plan.item.type === 'series' ? plan.item.series.summary : plan.item.event.summary });
    // Two invitations on one day with one title (two pair sessions, say) must not overwrite each other.
    for (let n = 2; taken.has(name); n++) name = name.replace(/( \(\d+\))?\.eml$/, ` (${n}).eml`);
    taken.add(name);
    files.push({ path: `${folder}/${name}`, kind: 'draft', bytes, summary: describeInvitation(plan) });
  }
  return files;
}

const encodePublish = (calendarName: string, events: readonly CalendarEvent[], options: FileOptions): Uint8Array =>
  encoder.encode(writePublishFile({ calendarName, organizer: options.coach.email === '' ? null : options.coach, events, now: options.now, remindersMinutes: options.remindersMinutes }));

/** The coach's file and the groups' files, as chosen. */
export function sharedFiles(plan: Pick<ExportPlan, 'coach' | 'groups'>, options: FileOptions): ExportFile[] {
  const files: ExportFile[] = [];
  if (options.include.coach) files.push({ path: COACH_FILE, kind: 'coach', bytes: encodePublish('Circlekeeper: all groups', plan.coach, options), summary: describeEvents(plan.coach) });
  if (options.include.groups) {
    for (const g of plan.groups) {
      files.push({ path: `${GROUPS_DIR}/${personFolderName(g.name, g.groupId)}.ics`, kind: 'group', bytes: encodePublish(g.name, g.events, options), summary: describeEvents(g.events) });
    }
  }
  return files;
}

/** One person's import file and invitation drafts, as chosen. */
export async function personFiles(p: PersonExport, options: FileOptions): Promise<ExportFile[]> {
  const files: ExportFile[] = [];
  if (options.include.people) {
    files.push({ path: `${PEOPLE_DIR}/${personFolderName(p.person.name, p.person.id)}.ics`, kind: 'person', bytes: encodePublish(`${p.person.name}: peer coaching`, p.events, options), summary: describeEvents(p.events) });
  }
  if (options.include.drafts) files.push(...(await draftsFor(p, options)));
  return files;
}

/** Every file of the export, in the order the app lists them: the coach's, the groups', then each person's. */
export async function exportFiles(plan: Pick<ExportPlan, 'coach' | 'groups' | 'people'>, options: FileOptions): Promise<ExportFile[]> {
  const files = sharedFiles(plan, options);
  for (const p of plan.people) files.push(...(await personFiles(p, options)));
  return files;
}
