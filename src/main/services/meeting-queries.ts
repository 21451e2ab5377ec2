import { todayIn } from '../../shared/calendar/days';
import { isActiveOn } from '../../shared/calendar/periods';
import type { MemberStatsView, PersonNextStep, PersonNextSteps, SwapPreview } from '../../shared/meeting-views';
import { attendanceRates } from '../domain/meetings/attendance';
import { placedSteps } from '../domain/meetings/next-steps';
import { attendanceOf, inCalendarOrder, meetingState, rotationInput, unrecordedMeetings } from '../domain/meetings/programme';
import { planRotation } from '../domain/meetings/rotation';
import { swapEffect } from '../domain/meetings/rotation-swap';
import { clone, requirePerson, type ServiceContext } from './context';
import { conflict } from './errors';
import type { Handlers } from './handlers';
import { meetingPage, stepViewer } from './meeting-page';
import { loadProgramme, requireMeeting, requireMembership, type LoadedProgramme } from './meeting-programme';

type Queries = 'meetings.page' | 'meetings.memberStats' | 'meetings.previewSwap' | 'meetings.personNextSteps';

/** Held meetings in calendar order, with their attendance. */
export function heldMeetings(loaded: LoadedProgramme) {
  return inCalendarOrder(loaded.doc.meetings)
    .filter((m) => meetingState(m, loaded.records.get(m.id)) === 'held')
    .map((m) => ({ id: m.id, date: m.date, attendance: attendanceOf(loaded.records.get(m.id)) }));
}

export function memberStats(ctx: ServiceContext, loaded: LoadedProgramme): MemberStatsView {
  const { doc } = loaded;
  const today = todayIn(doc.group.timeZone, ctx.now());
  const held = heldMeetings(loaded);
  const rates = new Map(attendanceRates(doc.memberships.map((m) => ({ membershipId: m.id, joinedOn: m.joinedOn, leftOn: m.leftOn })), held).map((r) => [r.membershipId, r]));
  const plan = planRotation(rotationInput(doc, loaded.records, today));
  const turns = new Map(plan.members.map((m) => [m.membershipId, m]));
  const members = doc.memberships.map((m) => {
    const rate = rates.get(m.id)!;
    const t = turns.get(m.id)!;
    return {
      membershipId: m.id,
      personId: loaded.personOf(m.id),
      name: loaded.nameOf(m.id),
      active: isActiveOn(m, today),
      joinsOn: m.joinedOn > today ? m.joinedOn : null,
      attendance: { present: rate.present, absent: rate.absent, excused: rate.excused, rate: rate.rate },
      turns: { taken: t.taken, planned: t.planned, fairShare: t.fairShare, nextTurn: t.nextTurn },
    };
  });
  members.sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  return {
    groupId: doc.group.id,
    heldCount: held.length,
    plannedCount: doc.meetings.filter((m) => m.date >= today && meetingState(m, loaded.records.get(m.id)) === 'planned').length,
    unrecordedCount: unrecordedMeetings(doc.meetings, loaded.records, today).length,
    coacheesPerMeeting: doc.meetingSettings.coacheesPerMeeting,
    members,
  };
}

export function meetingQueryServices(ctx: ServiceContext): Handlers<Queries> {
  return {
    'meetings.page': ({ groupId, meetingId }) => meetingPage(ctx, groupId, meetingId),
    'meetings.memberStats': async ({ groupId }) => clone(memberStats(ctx, await loadProgramme(ctx, groupId))),
    'meetings.previewSwap': async ({ groupId, meetingId, out, in: incoming }) => {
      const loaded = await loadProgramme(ctx, groupId);
      requireMeeting(loaded.doc, meetingId);
      requireMembership(loaded.doc, out);
      requireMembership(loaded.doc, incoming);
      const result = swapEffect(rotationInput(loaded.doc, loaded.records), { meetingId, out, in: incoming });
      if (!result.ok) throw conflict(result.message);
      const { effect } = result;
      const preview: SwapPreview = {
        coachees: effect.after.meetings.find((m) => m.meetingId === meetingId)!.turns.map((t) => t.membershipId),
        staysFair: effect.staysFair,
        unevennessBefore: effect.unevennessBefore,
        unevennessAfter: effect.unevennessAfter,
        changes: effect.changes.map((c) => ({ ...c, name: loaded.nameOf(c.membershipId) })),
      };
      return clone(preview);
    },
    'meetings.personNextSteps': async ({ id }) => {
      requirePerson(ctx, id);
      const groups = ctx.store.groups().filter((d) => d.memberships.some((m) => m.personId === id));
      const open: PersonNextStep[] = [];
      for (const doc of groups) {
        // A finished programme's steps are no longer chased.
        if (doc.group.archivedAt !== null) continue;
        const loaded = await loadProgramme(ctx, doc.group.id);
        const mine = new Set(doc.memberships.filter((m) => m.personId === id).map((m) => m.id));
        const placed = placedSteps(doc.meetings, loaded.records);
        const view = stepViewer(loaded, placed, todayIn(doc.group.timeZone, ctx.now()));
        for (const p of placed) {
          if (p.step.status !== 'open' || !mine.has(p.step.membershipId)) continue;
          const { memberName: _name, ...step } = view(p);
          open.push({ ...step, groupId: doc.group.id, groupName: doc.group.name, groupColor: doc.group.color });
        }
      }
      // Overdue first, then by due date (undated last), then by when they were agreed.
      const due = (s: PersonNextStep) => s.step.dueOn || '9999-12-31';
      open.sort((a, b) => Number(b.overdue) - Number(a.overdue) || due(a).localeCompare(due(b)) || a.meetingDate.localeCompare(b.meetingDate));
      const answer: PersonNextSteps = { groupIds: groups.map((d) => d.group.id), open };
      return clone(answer);
    },
  };
}
