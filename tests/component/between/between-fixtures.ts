import type { PairSession } from '../../../src/shared/between';
import { DEFAULT_BETWEEN_SETTINGS } from '../../../src/shared/between';
import type { BetweenView, RoundView } from '../../../src/shared/contract/between';

// A group of five (an odd number, so one triad) with a round under way (with the triad) and one planned (Tomás with the coach).

export const GROUP = '00000000-0000-4000-8000-000000000001';
export const AMARA = '00000000-0000-4000-8000-0000000000a1';
export const RAJ = '00000000-0000-4000-8000-0000000000a2';
export const TOMAS = '00000000-0000-4000-8000-0000000000a3';
export const YUKI = '00000000-0000-4000-8000-0000000000a4';
export const LENA = '00000000-0000-4000-8000-0000000000a5';
export const CURRENT = '00000000-0000-4000-9000-0000000000c1';
export const PLANNED = '00000000-0000-4000-9000-0000000000c2';
export const SESSION_1 = '00000000-0000-4000-9000-0000000000d1';

export const session = (id: string, personIds: string[], over: Partial<PairSession> = {}): PairSession => ({
  id,
  personIds,
  status: 'planned',
  agreedTime: null,
  where: '',
  updatedAt: '2027-02-01T10:00:00.000Z',
  ...over,
});

const round = (over: Partial<RoundView> & Pick<RoundView, 'id' | 'from' | 'to' | 'state'>): RoundView => ({
  afterMeetingId: null,
  beforeMeetingId: null,
  handEdited: false,
  absent: [],
  withCoach: null,
  sessions: [],
  explanation: [],
  repeats: 0,
  ...over,
});

export function betweenView(over: Partial<BetweenView> = {}): BetweenView {
  return {
    groupId: GROUP,
    settings: DEFAULT_BETWEEN_SETTINGS,
    members: [
      { personId: AMARA, name: 'Amara Okafor', current: true },
      { personId: RAJ, name: 'Raj Patel', current: true },
      { personId: TOMAS, name: 'Tomás Ruiz', current: true },
      { personId: YUKI, name: 'Yuki Tanaka', current: true },
      { personId: LENA, name: 'Lena Berg', current: true },
    ],
    rounds: [
      round({
        id: CURRENT,
        from: '2027-01-20',
        to: '2027-02-17',
        state: 'under-way',
        sessions: [session(SESSION_1, [AMARA, RAJ]), session('00000000-0000-4000-9000-0000000000d2', [TOMAS, YUKI, LENA])],
        explanation: ['Amara and Raj have not been paired yet.', 'Tomás, Yuki and Lena make the triad: five members, so one group of three.'],
      }),
      round({
        id: PLANNED,
        from: '2027-02-17',
        to: '2027-03-17',
        state: 'planned',
        handEdited: true,
        withCoach: TOMAS,
        repeats: 1,
        sessions: [session('00000000-0000-4000-9000-0000000000e1', [AMARA, YUKI]), session('00000000-0000-4000-9000-0000000000e2', [RAJ, LENA])],
        explanation: ['Tomás meets you (their 1:1): he has not been the odd one out yet.'],
      }),
    ],
    matrix: [],
    unplannedGaps: 0,
    ...over,
  };
}
