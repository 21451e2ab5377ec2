import type { LedgerEvent, LedgerSent } from '../../../shared/calendar-export';
import type { Person } from '../../../shared/entities';
import { coachCopy, inWindow, ownCopy, personItems, sequenceAll, type PersonItem, type Window } from './audiences';
import type { CalendarEvent } from './calendar-event';
import { SequenceBook, type Fingerprinter, type LedgerState } from './export-ledger';
import { invitationMethod, type InvitationItem } from './invitation';
import { scheduledEvents, uidOf, type ScheduledEvent, type ScheduleInput } from './schedule';

// What one export would write, decided before a byte is written: for each
// chosen person the events of their file and the invitations they need; for
// each chosen group and for the coach, their events. The Export view shows
// this as its preview; export-files.ts turns it into files; recording it
// moves the ledger on.

export interface ExportRequest {
  /** Null: every group that still runs. */
  groupIds: readonly string[] | null;
  /** Null: every member of the chosen groups. */
  personIds: readonly string[] | null;
  window: Window;
}

export interface ExportInput {
  schedule: ScheduleInput;
  ledger: LedgerState;
  fingerprint: Fingerprinter;
}

export interface InvitationPlan {
  uid: string;
  method: 'REQUEST' | 'CANCEL';
  item: InvitationItem;
  sequence: number;
  /** They were sent this event before: the subject says "Updated". */
  update: boolean;
  /** Recorded once drafted. */
  sent: Omit<LedgerSent, 'sentAt'>;
}

export interface PersonExport {
  person: Person;
  groupIds: string[];
  /** Their import file's events in the window, in time order. */
  events: CalendarEvent[];
  /** Invitations their calendar lacks: all of them the first time, then only what changed. */
  invitations: InvitationPlan[];
  /** No invitation was ever drafted for them. */
  firstInvitation: boolean;
}

export interface GroupExport {
  groupId: string;
  name: string;
  events: CalendarEvent[];
}

export interface ExportPlan {
  people: PersonExport[];
  groups: GroupExport[];
  /** Everything in the chosen groups and window, the coach's copies. */
  coach: CalendarEvent[];
  /** For the ledger, should the export be recorded. */
  exported: LedgerEvent[];
}

const snapshotOf = (e: CalendarEvent): LedgerEvent['snapshot'] => ({
  groupId: e.groupId,
  date: e.date,
  startTime: e.startTime,
  timeZone: e.timeZone,
  minutes: e.minutes,
  start: e.start,
  end: e.end,
});

/** A cancellation for an event the person holds but no longer has (a swapped pair, a member who left), from its snapshot. */
function removedEvent(sent: LedgerSent, recorded: LedgerEvent | undefined): CalendarEvent | null {
  if (recorded === undefined) return null;
  const kind = sent.uid.startsWith('pair-session-') ? 'pair-session' : sent.uid.startsWith('one-to-one-') ? 'one-to-one' : 'meeting';
  const words = kind === 'pair-session' ? 'Pair session' : kind === 'one-to-one' ? '1:1' : 'Group meeting';
  return {
    uid: sent.uid,
    kind,
    recordId: sent.uid,
    summary: `${words} (no longer in your schedule)`,
    description: 'This is no longer in your schedule.',
    ...recorded.snapshot,
    location: '',
    url: '',
    cancelled: true,
    sequence: sent.sequence + 1,
    series: null,
  };
}

function invitationsFor(personId: string, items: readonly PersonItem[], book: SequenceBook, window: Window): InvitationPlan[] {
  const plans: InvitationPlan[] = [];
  for (const it of items) {
    if (!it.current) continue;
    const method = invitationMethod(it.item);
    const before = book.sentTo(personId, it.uid);
    // A cancellation only matters to a calendar that holds the event.
    if (method === 'CANCEL' && (before === undefined || before.fingerprint === 'cancelled')) continue;
    if (!book.changedFor(personId, it.uid, it.fingerprint)) continue;
    const eventSequence = it.item.type === 'series' ? it.item.series.sequence : it.item.event.sequence;
    const sequence = book.invitationSequence(personId, it.uid, it.fingerprint, eventSequence);
    const item: InvitationItem = it.item.type === 'series' ? { type: 'series', series: { ...it.item.series, sequence } } : { type: 'event', event: { ...it.item.event, sequence } };
    plans.push({ uid: it.uid, method, item, sequence, update: before !== undefined, sent: { personId, uid: it.uid, sequence, fingerprint: method === 'CANCEL' ? 'cancelled' : it.fingerprint } });
  }
  const held = new Set(items.map((i) => i.uid));
  for (const live of book.liveFor(personId)) {
    if (held.has(live.uid)) continue;
    const event = removedEvent(live, book.recorded(live.uid));
    // Cancelling what is already over would only clutter their calendar's past.
    if (event === null || event.end <= window.from) continue;
    plans.push({ uid: live.uid, method: 'CANCEL', item: { type: 'event', event }, sequence: event.sequence, update: true, sent: { personId, uid: live.uid, sequence: event.sequence, fingerprint: 'cancelled' } });
  }
  return plans;
}

/** A series is one event in invitations: the ledger keeps it too, so a member who leaves can have it cancelled. */
function seriesEntries(entries: readonly { scheduled: ScheduledEvent; sequence: number; fingerprint: string }[], fingerprint: Fingerprinter): LedgerEvent[] {
  const bySeries = new Map<string, { scheduled: ScheduledEvent; sequence: number; fingerprint: string }[]>();
  for (const e of entries) {
    const series = e.scheduled.event.series;
    if (series === null) continue;
    bySeries.set(series.id, [...(bySeries.get(series.id) ?? []), e]);
  }
  return [...bySeries].map(([id, list]) => ({
    uid: uidOf('series', id),
    fingerprint: fingerprint(list.map((e) => e.fingerprint).join(' ')),
    sequence: Math.max(...list.map((e) => e.sequence)),
    snapshot: snapshotOf(coachCopy(list[0]!)),
  }));
}

export function planExport(input: ExportInput, request: ExportRequest): ExportPlan {
  const book = new SequenceBook(input.ledger);
  // Chosen people without chosen groups: their own groups, so one person's file reads only what concerns them.
  const chosenPeople = request.personIds === null ? null : new Set(request.personIds);
  const inScope = (g: ScheduleInput['groups'][number]) =>
    request.groupIds !== null ? request.groupIds.includes(g.group.id) : chosenPeople === null || g.memberships.some((m) => chosenPeople.has(m.personId));
  const chosenGroups = input.schedule.groups.filter((g) => g.group.archivedAt === null && inScope(g));
  const scoped: ScheduleInput = { ...input.schedule, groups: chosenGroups };
  const sequenced = sequenceAll(scheduledEvents(scoped), book, input.fingerprint);
  const entries = [...sequenced.byUid.values()];
  const inPeriod = entries.filter((e) => inWindow(e.scheduled.event, request.window));

  const members = new Map<string, Set<string>>();
  for (const g of chosenGroups) {
    for (const m of g.memberships) {
      if (!input.schedule.people.has(m.personId)) continue;
      if (chosenPeople !== null && !chosenPeople.has(m.personId)) continue;
      const set = members.get(m.personId) ?? new Set<string>();
      set.add(g.group.id);
      members.set(m.personId, set);
    }
  }
  const people: PersonExport[] = [];
  for (const [personId, groupIds] of members) {
    const person = input.schedule.people.get(personId)!;
    const items = personItems(personId, sequenced, chosenGroups, input.fingerprint, request.window);
    people.push({
      person,
      groupIds: [...groupIds].sort(),
      events: (sequenced.byPerson.get(personId) ?? []).filter((e) => inWindow(e.scheduled.event, request.window)).map((e) => ownCopy(e, personId).copy),
      invitations: invitationsFor(personId, items, book, request.window),
      firstInvitation: !book.everSentTo(personId),
    });
  }
  people.sort((a, b) => a.person.name.localeCompare(b.person.name) || a.person.id.localeCompare(b.person.id));

  const coach = inPeriod.map(coachCopy);
  const groups = chosenGroups
    .map((g) => ({ groupId: g.group.id, name: g.group.name, events: coach.filter((e) => e.groupId === g.group.id && e.kind === 'meeting') }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const exported = entries.map((e) => ({ uid: e.scheduled.event.uid, fingerprint: e.fingerprint, sequence: e.sequence, snapshot: snapshotOf(coachCopy(e)) }));
  exported.push(...seriesEntries(entries, input.fingerprint));
  return { people, groups, coach, exported };
}
