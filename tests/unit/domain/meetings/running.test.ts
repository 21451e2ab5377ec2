import { describe, expect, it } from 'vitest';
import type { NextStep } from '../../../../src/shared/meetings';
import { attendanceRates, missedLastTwo, type HeldMeeting } from '../../../../src/main/domain/meetings/attendance';
import { carriedChain, isStepOverdue, reopenStep, reviewStep, stepsForReview, type PlacedStep } from '../../../../src/main/domain/meetings/next-steps';
import { attendanceRefusal, happenedRefusal, memberRefusal } from '../../../../src/main/domain/meetings/recording';

const ada = { membershipId: 'ada', joinedOn: '2026-01-01', leftOn: null };
const bo = { membershipId: 'bo', joinedOn: '2026-01-01', leftOn: null };
const cy = { membershipId: 'cy', joinedOn: '2026-03-01', leftOn: null };
const dee = { membershipId: 'dee', joinedOn: '2026-01-01', leftOn: '2026-03-01' };

const held = (id: string, date: string, attendance: HeldMeeting['attendance']): HeldMeeting => ({ id, date, attendance });

describe('attendance rate', () => {
  it('counts only held meetings while the member was in the group', () => {
    const meetings = [
      held('m1', '2026-01-13', { ada: 'present', bo: 'absent', dee: 'present' }),
      held('m2', '2026-02-10', { ada: 'present', bo: 'excused', dee: 'absent' }),
      held('m3', '2026-03-10', { ada: 'absent', bo: 'present', cy: 'present' }),
    ];
    const rates = new Map(attendanceRates([ada, bo, cy, dee], meetings).map((r) => [r.membershipId, r]));
    expect(rates.get('ada')).toMatchObject({ present: 2, absent: 1, excused: 0, rate: 0.667 });
    expect(rates.get('bo')).toMatchObject({ present: 1, absent: 1, excused: 1, rate: 0.333 });
    // Joined in March: one meeting, attended.
    expect(rates.get('cy')).toMatchObject({ present: 1, absent: 0, rate: 1 });
    // Left before March: the March meeting is not theirs to miss.
    expect(rates.get('dee')).toMatchObject({ present: 1, absent: 1, unrecorded: 0, rate: 0.5 });
  });

  it('has no rate before any meeting with a mark, and counts unmarked meetings apart', () => {
    const [rate] = attendanceRates([ada], [held('m1', '2026-01-13', {})]);
    expect(rate).toMatchObject({ unrecorded: 1, rate: null });
  });
});

describe('missed two meetings in a row', () => {
  const meetings = [
    held('m1', '2026-01-13', { ada: 'present', bo: 'present' }),
    held('m2', '2026-02-10', { ada: 'absent', bo: 'excused', dee: 'absent' }),
    held('m3', '2026-03-10', { ada: 'excused', bo: 'present', dee: 'absent', cy: 'absent' }),
  ];

  it('names members away (absent or excused) at both of the last two held meetings', () => {
    const missed = missedLastTwo([ada, bo, cy, dee], meetings, '2026-03-15');
    expect(missed.map((m) => m.membershipId)).toEqual(['ada']);
    expect(missed[0]!.meetings.map((m) => m.id)).toEqual(['m2', 'm3']);
  });

  it('leaves out someone who joined between them, or has left', () => {
    // cy was away once, and was not a member at m2; dee left on 1 March.
    expect(missedLastTwo([cy, dee], meetings, '2026-03-15')).toEqual([]);
  });

  it('needs two held meetings, and looks only at the last two', () => {
    expect(missedLastTwo([ada], meetings.slice(0, 1), '2026-03-15')).toEqual([]);
    const back = [...meetings, held('m4', '2026-04-14', { ada: 'present' })];
    expect(missedLastTwo([ada], back, '2026-04-15')).toEqual([]);
  });
});

const step = (id: string, overrides: Partial<NextStep> = {}): NextStep => ({
  id,
  membershipId: 'ada',
  text: `Step ${id}`,
  dueOn: '',
  status: 'open',
  reviewedAt: null,
  reviewedInMeetingId: null,
  carriedFromId: null,
  createdAt: '2026-01-13T19:00:00.000Z',
  ...overrides,
});
const placed = (s: NextStep, meetingId: string, meetingStart: string): PlacedStep => ({ step: s, meetingId, meetingStart, meetingDate: meetingStart.slice(0, 10) });

describe('review of next steps', () => {
  const jan = '2026-01-13T18:00:00.000Z';
  const feb = '2026-02-10T18:00:00.000Z';
  const mar = '2026-03-10T18:00:00.000Z';

  it('lists open steps from earlier meetings and those reviewed at this one, for members in the group', () => {
    const all = [
      placed(step('a'), 'jan', jan),
      placed(step('b', { status: 'done', reviewedInMeetingId: 'feb' }), 'jan', jan),
      placed(step('c', { status: 'done', reviewedInMeetingId: 'mar' }), 'jan', jan),
      placed(step('d', { membershipId: 'dee' }), 'jan', jan),
      placed(step('e'), 'feb', feb),
      placed(step('f'), 'mar', mar),
    ];
    const listed = stepsForReview(all, { id: 'feb', start: feb }, (id) => id !== 'dee').map((p) => p.step.id);
    // e and f were agreed at this meeting or later; d's member has left; c was reviewed elsewhere.
    expect(listed).toEqual(['a', 'b']);
  });

  it('is overdue only while open and past its due date', () => {
    expect(isStepOverdue(step('a', { dueOn: '2026-02-01' }), '2026-02-02')).toBe(true);
    expect(isStepOverdue(step('a', { dueOn: '2026-02-01' }), '2026-02-01')).toBe(false);
    expect(isStepOverdue(step('a', { dueOn: '' }), '2027-01-01')).toBe(false);
    expect(isStepOverdue(step('a', { dueOn: '2026-02-01', status: 'done' }), '2026-03-01')).toBe(false);
  });

  it('carrying over closes the step and opens a copy linked to it, keeping a due date only if still ahead', () => {
    let n = 0;
    const at = { meetingId: 'feb', meetingDate: '2026-02-10', now: feb, newId: () => `new${++n}` };
    const past = reviewStep(step('a', { dueOn: '2026-02-01' }), 'carried-over', at);
    expect(past.step).toMatchObject({ status: 'carried-over', reviewedInMeetingId: 'feb', reviewedAt: feb });
    expect(past.carried).toMatchObject({ id: 'new1', status: 'open', carriedFromId: 'a', text: 'Step a', dueOn: '' });
    expect(reviewStep(step('b', { dueOn: '2026-02-20' }), 'carried-over', at).carried?.dueOn).toBe('2026-02-20');
    expect(reviewStep(step('c'), 'done', at)).toEqual({ step: expect.objectContaining({ status: 'done' }), carried: null });
    expect(reopenStep(past.step)).toEqual(step('a', { dueOn: '2026-02-01' }));
  });

  it('follows a carried-over chain back to where it was first agreed, and stops on a loop', () => {
    const a = step('a', { status: 'carried-over' });
    const b = step('b', { status: 'carried-over', carriedFromId: 'a' });
    const c = step('c', { carriedFromId: 'b' });
    expect(carriedChain([c, a, b], c).map((s) => s.id)).toEqual(['a', 'b']);
    expect(carriedChain([a], a)).toEqual([]);
    const x = step('x', { carriedFromId: 'y' });
    const y = step('y', { carriedFromId: 'x' });
    expect(carriedChain([x, y], x).map((s) => s.id)).toEqual(['y']);
  });
});

describe('what a meeting can take, and when', () => {
  const planned = { state: 'planned' as const, started: false, date: '2026-04-14' };
  const begun = { ...planned, started: true };
  it('takes apologies ahead, presence and check-ins once begun, nothing new once cancelled', () => {
    expect(attendanceRefusal(planned, 'excused')).toBeNull();
    expect(attendanceRefusal(planned, 'present')).toMatch(/has not begun yet/);
    expect(attendanceRefusal(begun, 'present')).toBeNull();
    expect(happenedRefusal(planned, 'check-ins')).toBe('This meeting has not begun yet. Check-ins can be recorded once it has.');
    expect(happenedRefusal({ ...begun, state: 'cancelled' }, 'check-ins')).toMatch(/cancelled/);
  });
  it('takes only members in the group on its date', () => {
    expect(memberRefusal(cy, 'Cy', '2026-02-10')).toBe('Cy joined on 1 Mar 2026, after this meeting on 10 Feb 2026.');
    expect(memberRefusal(dee, 'Dee', '2026-03-10')).toBe('Dee had left the group before this meeting on 10 Mar 2026.');
    expect(memberRefusal(dee, 'Dee', '2026-02-28')).toBeNull();
  });
});
