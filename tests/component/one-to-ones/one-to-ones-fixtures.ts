import type { DueEntry, OneToOneView } from '../../../src/shared/contract/one-to-ones';
import { detail, group, member, person } from '../groups/group-fixtures';

// A group of three on a coach in London: Ada lives in Singapore, so her 1:1s
// read on two clocks; Ben and Cleo share the coach's.

export const COACH = { coachName: 'Sam', coachTimeZone: 'Europe/London', coachEmail: '' };
export const ADA = { ...person('Ada Lovelace'), timeZone: 'Asia/Singapore' };
export const BEN = { ...person('Ben Okri'), timeZone: 'Europe/London' };
export const CLEO = { ...person('Cleo Laine'), timeZone: 'Europe/London' };
export const GROUP = group({ name: 'Founders circle' });
export const GROUP_DETAIL = detail(GROUP, [member(ADA), member(BEN), member(CLEO, { active: false, leftOn: '2027-02-10' })]);

export const PLANNED_ID = '00000000-0000-4000-9000-0000000000e1';

export function oneToOne(over: Partial<OneToOneView> & Pick<OneToOneView, 'id' | 'personId' | 'personName' | 'date' | 'startTime' | 'start' | 'end'>): OneToOneView {
  return {
    groupId: GROUP.id,
    timeZone: 'Europe/London',
    minutes: 45,
    where: '',
    status: 'planned',
    roundId: null,
    sequence: 0,
    createdAt: '2027-02-01T10:00:00.000Z',
    updatedAt: '2027-02-01T10:00:00.000Z',
    memberTimeZone: 'Europe/London',
    memberLocal: { date: over.date, time: over.startTime },
    ...over,
  };
}

export const adaPlanned = oneToOne({
  id: PLANNED_ID,
  personId: ADA.id,
  personName: ADA.name,
  date: '2027-03-09',
  startTime: '09:00',
  start: '2027-03-09T09:00:00.000Z',
  end: '2027-03-09T09:45:00.000Z',
  where: 'https://meet.example.com/ada',
  memberTimeZone: 'Asia/Singapore',
  memberLocal: { date: '2027-03-09', time: '17:00' },
});

export const benHeld = oneToOne({
  id: '00000000-0000-4000-9000-0000000000e2',
  personId: BEN.id,
  personName: BEN.name,
  date: '2027-02-02',
  startTime: '18:00',
  start: '2027-02-02T18:00:00.000Z',
  end: '2027-02-02T19:00:00.000Z',
  minutes: 60,
  where: 'The Library café',
  status: 'held',
});

export function dueEntry(over: Partial<DueEntry> & Pick<DueEntry, 'personId' | 'personName' | 'state' | 'because'>): DueEntry {
  return { groupId: GROUP.id, groupName: GROUP.name, dueOn: '2027-02-17', daysOverdue: 0, lastHeldOn: null, nextPlanned: null, ...over };
}
