import fc from 'fast-check';
import { addMonthsToDate } from '../../src/shared/calendar/days';
import { planRotation, type AttendanceMark, type RotationInput, type RotationMeeting, type RotationMember } from '../../src/main/domain/meetings/rotation';

// Random programmes for the rotation's property tests, and a simulation that
// runs one the way a coach would: plan, hold the next meeting with the planned
// coachees and random absences, record it, plan again.

export interface Programme {
  members: RotationMember[];
  dates: string[];
  cancelled: Set<number>;
  coacheesPerMeeting: 1 | 2;
  /** absences[k] lists the members away at meeting k. */
  absences: Set<string>[];
}

const id = (i: number) => `m${String(i).padStart(2, '0')}`;

export const programmeArb = (options: { absences: boolean; lateJoiners: boolean; leavers: boolean }): fc.Arbitrary<Programme> =>
  fc
    .record({
      size: fc.integer({ min: 3, max: 8 }),
      meetings: fc.integer({ min: 4, max: 24 }),
      coacheesPerMeeting: fc.constantFrom<1 | 2>(1, 2),
      seed: fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 99 })), { minLength: 8, maxLength: 8 }),
      cancelled: fc.array(fc.integer({ min: 0, max: 23 }), { maxLength: 2 }),
      away: fc.array(fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 2 }), { minLength: 24, maxLength: 24 }),
    })
    .map(({ size, meetings, coacheesPerMeeting, seed, cancelled, away }) => {
      const dates = Array.from({ length: meetings }, (_, k) => addMonthsToDate('2026-01-13', k));
      const members: RotationMember[] = Array.from({ length: size }, (_, i) => {
        const [joinAt, leaveAt, roll] = seed[i]!;
        // About a third of members join after the first meeting, a few leave before the last.
        const late = options.lateJoiners && roll % 3 === 0 && i > 1 ? Math.min(joinAt % meetings, meetings - 1) : 0;
        const leaves = options.leavers && roll % 5 === 1 && i > 1 ? Math.max(late + 1, leaveAt % meetings) : null;
        return {
          membershipId: id(i),
          joinedOn: late === 0 ? '2026-01-01' : addMonthsToDate('2026-01-01', late),
          leftOn: leaves === null || leaves >= meetings ? null : addMonthsToDate('2026-01-01', leaves),
        };
      });
      return {
        members,
        dates,
        cancelled: new Set(cancelled.filter((k) => k < meetings)),
        coacheesPerMeeting,
        absences: dates.map((_, k) => new Set(options.absences ? away[k]!.filter((i) => i < size).map(id) : [])),
      };
    });

/** The programme with every meeting still to come. */
export function plannedInput(p: Programme): RotationInput {
  return {
    members: p.members,
    coacheesPerMeeting: p.coacheesPerMeeting,
    meetings: p.dates.map((date, k) => ({ id: `meeting-${String(k).padStart(2, '0')}`, date, status: p.cancelled.has(k) ? 'cancelled' : 'planned', coachees: [], attendance: {} })),
  };
}

/** Holds each meeting in turn with the coachees the latest plan gave it; returns every input along the way. */
export function simulate(p: Programme): RotationInput[] {
  let input = plannedInput(p);
  const steps: RotationInput[] = [input];
  for (let k = 0; k < p.dates.length; k += 1) {
    const meeting = input.meetings[k]!;
    if (meeting.status === 'cancelled') continue;
    const plan = planRotation(input);
    const planned = plan.meetings[k]!.turns.map((t) => t.membershipId);
    const attendance: Record<string, AttendanceMark> = {};
    for (const m of p.members) attendance[m.membershipId] = p.absences[k]!.has(m.membershipId) ? 'absent' : 'present';
    const held: RotationMeeting = { ...meeting, status: 'held', coachees: planned, attendance };
    input = { ...input, meetings: input.meetings.map((m, i) => (i === k ? held : m)) };
    steps.push(input);
  }
  return steps;
}
