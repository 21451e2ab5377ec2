import { DEFAULT_BETWEEN_SETTINGS, type BetweenSettings } from '../../../src/shared/between';
import type { BetweenMember, BetweenView, RoundView } from '../../../src/shared/contract/between';

// A group's between-meetings view as main would send it, for the between components' tests.

export const GROUP = '00000000-0000-4000-8000-0000000000a1';
export const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const AMARA = id(1);
export const RAJ = id(2);
export const TOMAS = id(3);
export const YUKI = id(4);
export const LENA = id(5);

export const MEMBERS: BetweenMember[] = [
  { personId: AMARA, name: 'Amara Okafor', current: true },
  { personId: RAJ, name: 'Raj Patel', current: true },
  { personId: TOMAS, name: 'Tomás García', current: true },
  { personId: YUKI, name: 'Yuki Tanaka', current: true },
  { personId: LENA, name: 'Lena Fischer', current: false },
];

export function round(state: RoundView['state'], n = 1): RoundView {
  return {
    id: id(100 + n),
    from: '2027-01-12',
    to: '2027-02-09',
    afterMeetingId: null,
    beforeMeetingId: null,
    state,
    handEdited: false,
    absent: [],
    withCoach: null,
    sessions: [],
    explanation: [],
    repeats: 0,
  };
}

export function view(overrides: Partial<BetweenView> = {}, settings: Partial<BetweenSettings> = {}): BetweenView {
  return {
    groupId: GROUP,
    settings: { ...DEFAULT_BETWEEN_SETTINGS, ...settings },
    members: MEMBERS,
    rounds: [round('held', 1), round('under-way', 2), round('planned', 3)],
    matrix: [
      { personId: AMARA, met: [null, 2, 0, 1, 1], withCoach: 0, inTriad: 1 },
      { personId: RAJ, met: [2, null, 1, 0, 0], withCoach: 1, inTriad: 0 },
      { personId: TOMAS, met: [0, 1, null, 2, 0], withCoach: 0, inTriad: 1 },
      { personId: YUKI, met: [1, 0, 2, null, 0], withCoach: 0, inTriad: 0 },
      { personId: LENA, met: [1, 0, 0, 0, null], withCoach: 0, inTriad: 0 },
    ],
    unplannedGaps: 0,
    ...overrides,
  };
}
