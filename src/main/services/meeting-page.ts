import { todayIn } from '../../shared/calendar/days';
import { isActiveOn } from '../../shared/calendar/periods';
import { localTimeAt } from '../../shared/calendar/zoned';
import type { Meeting, MeetingRecord } from '../../shared/meetings';
import type { AgendaView, MeetingLink, MeetingPage, NextStepView, ZonedTimes } from '../../shared/meeting-views';
import { buildAgenda, checkAgenda, METHOD_TEMPLATE, type AgendaTemplate } from '../domain/meetings/agenda';
import { carriedChain, isStepOverdue, placedSteps, stepsForReview, type PlacedStep } from '../domain/meetings/next-steps';
import { attendanceOf, inCalendarOrder, meetingState, rotationInput } from '../domain/meetings/programme';
import { planRotation, type MeetingTurns } from '../domain/meetings/rotation';
import type { GroupDoc } from '../store/documents';
import { clone, type ServiceContext } from './context';
import { loadProgramme, requireMeeting, type LoadedProgramme } from './meeting-programme';

// The meeting page: everything the coach needs to run one meeting, joined in
// one answer. Also the pieces the commands reuse (the agenda as built for a
// meeting, the rotation's plan for it).

export function zonedTimes(meeting: Pick<Meeting, 'start' | 'end'>, timeZone: string): ZonedTimes {
  const start = localTimeAt(meeting.start, timeZone);
  const end = localTimeAt(meeting.end, timeZone);
  return { timeZone, date: start.date, startTime: start.time, endDate: end.date, endTime: end.time };
}

export const templateOf = (doc: Pick<GroupDoc, 'meetingSettings'>): AgendaTemplate => doc.meetingSettings.agendaTemplate ?? METHOD_TEMPLATE;

/** The rotation's turns for one meeting, over the whole programme. */
export function turnsAt(loaded: LoadedProgramme, meetingId: string): MeetingTurns {
  const plan = planRotation(rotationInput(loaded.doc, loaded.records));
  return plan.meetings.find((m) => m.meetingId === meetingId)!;
}

/** Members in the group on the meeting's date, by name. */
export function membersAt(loaded: LoadedProgramme, meeting: Pick<Meeting, 'date'>) {
  return loaded.doc.memberships
    .filter((m) => isActiveOn(m, meeting.date))
    .sort((a, b) => loaded.nameOf(a.id).localeCompare(loaded.nameOf(b.id), 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1));
}

/** The agenda a meeting shows: as edited, or built from the template for the members expected and the coachees planned. */
export function agendaFor(loaded: LoadedProgramme, meeting: Readonly<Meeting>, record: MeetingRecord | undefined, coacheeIds: readonly string[]): AgendaView {
  const name = (id: string | undefined) => (id === undefined ? null : loaded.nameOf(id));
  if (record?.agenda) {
    // An edited agenda's hot seat parts take the coachees in order.
    let seat = 0;
    const items = record.agenda.map((item) => ({ ...item, coacheeName: item.kind === 'hot-seat' ? name(coacheeIds[seat++]) : null }));
    return { items, check: checkAgenda(record.agenda, meeting.minutes), edited: true, template: loaded.doc.meetingSettings.agendaTemplate ? 'group' : 'method' };
  }
  const marks = attendanceOf(record);
  const expected = membersAt(loaded, meeting).filter((m) => marks[m.id] !== 'absent' && marks[m.id] !== 'excused').length;
  const built = buildAgenda(templateOf(loaded.doc), { meetingMinutes: meeting.minutes, memberCount: expected, coacheeIds });
  return {
    items: built.items.map((item) => ({ ...item, coacheeName: name(item.coacheeId) })),
    check: built.check,
    edited: false,
    template: loaded.doc.meetingSettings.agendaTemplate ? 'group' : 'method',
  };
}

/** Shows steps as pages do, with their member, overdue state and how long each has been carried. */
export function stepViewer(loaded: LoadedProgramme, placed: readonly PlacedStep[], today: string): (step: PlacedStep) => NextStepView {
  const allSteps = placed.map((p) => p.step);
  const dateOf = new Map(placed.map((p) => [p.step.id, p.meetingDate]));
  return (p) => {
    const chain = carriedChain(allSteps, p.step);
    return {
      step: p.step,
      memberName: loaded.nameOf(p.step.membershipId),
      meetingId: p.meetingId,
      meetingDate: p.meetingDate,
      overdue: isStepOverdue(p.step, today),
      firstAgreedOn: chain[0] ? (dateOf.get(chain[0].id) ?? null) : null,
      timesCarried: chain.length,
    };
  };
}

function link(loaded: LoadedProgramme, meeting: Readonly<Meeting> | undefined): MeetingLink | null {
  return meeting ? { id: meeting.id, date: meeting.date, state: meetingState(meeting, loaded.records.get(meeting.id)) } : null;
}

export async function meetingPage(ctx: ServiceContext, groupId: string, meetingId: string): Promise<MeetingPage> {
  const loaded = await loadProgramme(ctx, groupId);
  const { doc, records } = loaded;
  const meeting = requireMeeting(doc, meetingId);
  const record = records.get(meeting.id);
  const state = meetingState(meeting, record);
  const today = todayIn(doc.group.timeZone, ctx.now());
  const turns = turnsAt(loaded, meeting.id);
  const coacheeIds = turns.turns.filter((t) => t.reason !== 'missed').map((t) => t.membershipId);

  const ordered = inCalendarOrder(doc.meetings);
  const at = ordered.findIndex((m) => m.id === meeting.id);
  const running = ordered.filter((m) => m.status !== 'cancelled');
  const number = running.findIndex((m) => m.id === meeting.id);

  const placed = placedSteps(doc.meetings, records);
  const view = stepViewer(loaded, placed, today);
  const members = membersAt(loaded, meeting);
  const inGroup = new Set(members.map((m) => m.id));
  const marks = attendanceOf(record);

  const page: MeetingPage = {
    group: { id: doc.group.id, name: doc.group.name, color: doc.group.color, timeZone: doc.group.timeZone, archived: doc.group.archivedAt !== null },
    meeting,
    state,
    heldAt: record?.heldAt ?? null,
    started: ctx.now().getTime() >= Date.parse(meeting.start),
    inGroupZone: zonedTimes(meeting, meeting.timeZone),
    inCoachZone: zonedTimes(meeting, ctx.store.index().settings.coachTimeZone),
    place: meeting.place ?? doc.group.mode,
    placeIsOverride: meeting.place !== null,
    number: number === -1 ? null : number + 1,
    of: running.length,
    previous: link(loaded, ordered[at - 1]),
    next: link(loaded, ordered[at + 1]),
    coacheesPerMeeting: doc.meetingSettings.coacheesPerMeeting,
    template: { own: doc.meetingSettings.agendaTemplate !== null, items: templateOf(doc).items.map((item) => ({ ...item, timing: { ...item.timing } })) },
    coachees: turns.turns.map((t) => ({ membershipId: t.membershipId, name: loaded.nameOf(t.membershipId), reason: t.reason })),
    coacheesByHand: state === 'planned' && (record?.coachees.length ?? 0) > 0,
    agenda: agendaFor(loaded, meeting, record, coacheeIds),
    members: members.map((m) => {
      const checkIn = record?.checkIns.find((c) => c.membershipId === m.id);
      return {
        membershipId: m.id,
        personId: loaded.personOf(m.id),
        name: loaded.nameOf(m.id),
        goal: m.goal?.text ?? null,
        attendance: marks[m.id] ?? null,
        checkIn: checkIn ? { progress: checkIn.progress, summary: checkIn.summary } : null,
        coachee: coacheeIds.includes(m.id),
        nextSteps: placed.filter((p) => p.meetingId === meeting.id && p.step.membershipId === m.id).map(view),
      };
    }),
    review: stepsForReview(placed, meeting, (id) => inGroup.has(id)).map(view),
  };
  return clone(page);
}
