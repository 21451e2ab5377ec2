import { describe, expect, it } from 'vitest';
import { planRotation, type RotationInput, type RotationMeeting, type RotationMember } from '../../../../src/main/domain/meetings/rotation';
import { swapEffect } from '../../../../src/main/domain/meetings/rotation-swap';
import { addMonthsToDate } from '../../../../src/shared/calendar/days';

const member = (id: string, joinedOn = '2026-01-01', leftOn: string | null = null): RotationMember => ({ membershipId: id, joinedOn, leftOn });
const meetings = (count: number): RotationMeeting[] =>
  Array.from({ length: count }, (_, k) => ({ id: `meet-${String(k).padStart(2, '0')}`, date: addMonthsToDate('2026-01-13', k), status: 'planned', coachees: [], attendance: {} }));
const six = ['ana', 'ben', 'cai', 'dee', 'eli', 'fay'].map((id) => member(id));
const seats = (input: RotationInput) => planRotation(input).meetings.map((m) => m.turns.map((t) => t.membershipId).join('+'));
const totals = (input: RotationInput) => Object.fromEntries(planRotation(input).members.map((m) => [m.membershipId, m.taken + m.planned]));

describe('planRotation', () => {
  it('gives six members two turns each over twelve meetings, in a stable order', () => {
    const input: RotationInput = { members: six, meetings: meetings(12), coacheesPerMeeting: 1 };
    expect(seats(input)).toEqual(['ana', 'ben', 'cai', 'dee', 'eli', 'fay', 'ana', 'ben', 'cai', 'dee', 'eli', 'fay']);
    expect(planRotation(input).members.map((m) => [m.membershipId, m.planned, m.fairShare, m.nextTurn])).toEqual([
      ['ana', 2, 2, '2026-01-13'], ['ben', 2, 2, '2026-02-13'], ['cai', 2, 2, '2026-03-13'],
      ['dee', 2, 2, '2026-04-13'], ['eli', 2, 2, '2026-05-13'], ['fay', 2, 2, '2026-06-13'],
    ]);
  });

  it('does not count turns at past meetings never recorded as turns to come, nor as anyone’s next turn', () => {
    // Today is 20 March: January was held, February and March 13 were never recorded.
    const [jan, ...rest] = meetings(6);
    const held: RotationMeeting = { ...jan!, status: 'held', coachees: ['ana'], attendance: { ana: 'present', ben: 'present', cai: 'present' } };
    const input: RotationInput = { members: six.slice(0, 3), meetings: [held, ...rest], coacheesPerMeeting: 1, today: '2026-03-20' };
    expect(seats(input)).toEqual(['ana', 'ben', 'cai', 'ana', 'ben', 'cai']);
    expect(planRotation(input).members.map((m) => [m.membershipId, m.taken, m.planned, m.nextTurn])).toEqual([
      ['ana', 1, 1, '2026-04-13'], ['ben', 0, 1, '2026-05-13'], ['cai', 0, 1, '2026-06-13'],
    ]);
    // Without today, February's and March's turns would be Ben's and Cai's next.
    expect(planRotation({ ...input, today: undefined }).members.map((m) => m.nextTurn)).toEqual(['2026-04-13', '2026-02-13', '2026-03-13']);
  });

  it('seats two coachees a meeting when the group asks for two', () => {
    const input: RotationInput = { members: six, meetings: meetings(6), coacheesPerMeeting: 2 };
    expect(seats(input)).toEqual(['ana+ben', 'cai+dee', 'eli+fay', 'ana+ben', 'cai+dee', 'eli+fay']);
  });

  it('does not push a late joiner to the back: they take a turn at the group’s rhythm from when they join', () => {
    // Gus joins in May, after Ana to Eli have had a turn each and Fay is next.
    const input: RotationInput = { members: [...six, member('gus', '2026-05-01')], meetings: meetings(12), coacheesPerMeeting: 1 };
    expect(seats(input)).toEqual(['ana', 'ben', 'cai', 'dee', 'eli', 'fay', 'gus', 'ana', 'ben', 'cai', 'dee', 'eli']);
    // Gus's fair share is 8 meetings x 1/7 of a turn; he has one, and Fay one for now too: all within one of their share.
    expect(totals(input)).toEqual({ ana: 2, ben: 2, cai: 2, dee: 2, eli: 2, fay: 1, gus: 1 });
  });

  it('leaves out members who have left, and members who have not joined yet', () => {
    const input: RotationInput = { members: [member('ana', '2026-01-01', '2026-02-01'), member('ben'), member('cai', '2026-03-01')], meetings: meetings(4), coacheesPerMeeting: 1 };
    // In March Ben, a member since January with one turn, is further behind his share (1.5 of 3 meetings'
    // turns, half of January's included) than Cai, who has just joined (half of March's); Cai goes next.
    expect(seats(input)).toEqual(['ana', 'ben', 'ben', 'cai']);
  });

  it('moves an absent coachee’s turn to the next meeting, ahead of the rotation', () => {
    const [first, ...rest] = meetings(4);
    const held: RotationMeeting = { ...first!, status: 'held', coachees: ['ana'], attendance: { ana: 'absent', ben: 'present', cai: 'present' } };
    const input: RotationInput = { members: six.slice(0, 3), meetings: [held, ...rest], coacheesPerMeeting: 1 };
    const plan = planRotation(input);
    expect(plan.meetings.map((m) => m.turns)).toEqual([
      [{ membershipId: 'ana', reason: 'missed' }],
      [{ membershipId: 'ana', reason: 'carried-over' }],
      [{ membershipId: 'ben', reason: 'rotation' }],
      [{ membershipId: 'cai', reason: 'rotation' }],
    ]);
    expect(plan.members.find((m) => m.membershipId === 'ana')).toMatchObject({ taken: 0, planned: 1 });
  });

  it('carries a missed turn past a meeting the coachee has sent apologies for', () => {
    const [first, second, ...rest] = meetings(4);
    const held: RotationMeeting = { ...first!, status: 'held', coachees: ['ana'], attendance: { ana: 'excused' } };
    const apologies: RotationMeeting = { ...second!, attendance: { ana: 'excused' } };
    const input: RotationInput = { members: six.slice(0, 3), meetings: [held, apologies, ...rest], coacheesPerMeeting: 1 };
    expect(seats(input)).toEqual(['ana', 'ben', 'ana', 'cai']);
    expect(planRotation(input).meetings[2]!.turns[0]!.reason).toBe('carried-over');
  });

  it('skips cancelled meetings and honours the coach’s own choice for a meeting', () => {
    const list = meetings(4);
    list[1] = { ...list[1]!, status: 'cancelled' };
    list[2] = { ...list[2]!, coachees: ['cai'] };
    const input: RotationInput = { members: six.slice(0, 3), meetings: list, coacheesPerMeeting: 1 };
    expect(planRotation(input).meetings.map((m) => m.turns.map((t) => `${t.membershipId}:${t.reason}`))).toEqual([
      ['ana:rotation'], [], ['cai:fixed'], ['ben:rotation'],
    ]);
  });

  it('counts the turns had at held meetings as they were recorded', () => {
    const list = meetings(3);
    list[0] = { ...list[0]!, status: 'held', coachees: ['cai'], attendance: { cai: 'present' } };
    const plan = planRotation({ members: six.slice(0, 3), meetings: list, coacheesPerMeeting: 1 });
    expect(plan.meetings.map((m) => m.turns[0]!.membershipId)).toEqual(['cai', 'ana', 'ben']);
    expect(plan.members.find((m) => m.membershipId === 'cai')).toMatchObject({ taken: 1, planned: 0, nextTurn: null });
  });

  it('plans the same for the same record given in any order', () => {
    const input: RotationInput = { members: [...six, member('gus', '2026-04-01')], meetings: meetings(9), coacheesPerMeeting: 2 };
    const shuffled: RotationInput = { ...input, members: [...input.members].reverse(), meetings: [...input.meetings].reverse() };
    expect(planRotation(shuffled)).toEqual(planRotation(input));
  });
});

describe('swapEffect', () => {
  const input: RotationInput = { members: six.slice(0, 4), meetings: meetings(8), coacheesPerMeeting: 1 };

  it('shows whose turns move when the coach puts someone else in the hot seat', () => {
    const result = swapEffect(input, { meetingId: 'meet-00', out: 'ana', in: 'dee' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.effect.after.meetings[0]!.turns).toEqual([{ membershipId: 'dee', reason: 'fixed' }]);
    // Dee's turn comes forward from April to January; Ana, Ben and Cai each move up one meeting; everyone still has two.
    expect(result.effect.changes).toEqual([
      { membershipId: 'ana', totalBefore: 2, totalAfter: 2, nextTurnBefore: '2026-01-13', nextTurnAfter: '2026-02-13' },
      { membershipId: 'ben', totalBefore: 2, totalAfter: 2, nextTurnBefore: '2026-02-13', nextTurnAfter: '2026-03-13' },
      { membershipId: 'cai', totalBefore: 2, totalAfter: 2, nextTurnBefore: '2026-03-13', nextTurnAfter: '2026-04-13' },
      { membershipId: 'dee', totalBefore: 2, totalAfter: 2, nextTurnBefore: '2026-04-13', nextTurnAfter: '2026-01-13' },
    ]);
    expect(result.effect).toMatchObject({ unevennessBefore: 0, unevennessAfter: 0, staysFair: true });
  });

  it('says when a swap near the end leaves the turns uneven', () => {
    // At the last meeting there is no later meeting to even things out: Dee ends with 3 turns and Cai with 1.
    const before = planRotation(input);
    const last = before.meetings.at(-1)!;
    const result = swapEffect(input, { meetingId: last.meetingId, out: last.turns[0]!.membershipId, in: 'ana' });
    expect(result.ok && result.effect.staysFair).toBe(false);
    expect(result.ok && result.effect.unevennessAfter).toBe(1);
  });

  it.each([
    [{ meetingId: 'nope', out: 'ana', in: 'dee' }, 'That meeting is not in this group’s programme.'],
    [{ meetingId: 'meet-00', out: 'ben', in: 'dee' }, 'That member is not in the hot seat at this meeting.'],
    [{ meetingId: 'meet-00', out: 'ana', in: 'ana' }, 'That member is already in the hot seat at this meeting.'],
    [{ meetingId: 'meet-00', out: 'ana', in: 'zed' }, 'That member is not in the group on the day of this meeting.'],
  ])('refuses %j', (swap, message) => {
    expect(swapEffect(input, swap)).toEqual({ ok: false, message });
  });

  it('refuses a held meeting and a member who has sent apologies', () => {
    const list = meetings(3);
    list[0] = { ...list[0]!, status: 'held', coachees: ['ana'], attendance: {} };
    list[1] = { ...list[1]!, attendance: { dee: 'excused' } };
    const withHistory: RotationInput = { ...input, meetings: list };
    expect(swapEffect(withHistory, { meetingId: 'meet-00', out: 'ana', in: 'dee' })).toEqual({ ok: false, message: 'Only a meeting still to come can change its coachees.' });
    expect(swapEffect(withHistory, { meetingId: 'meet-01', out: 'ben', in: 'dee' })).toEqual({ ok: false, message: 'That member has sent apologies for this meeting.' });
  });
});
