import type { GroupInput, PersonInput } from '../../src/shared/entities';

/** A valid group form, with overrides for what a test is about. */
export const groupInput = (overrides: Partial<GroupInput> = {}): GroupInput => ({
  name: 'New Managers Circle',
  purpose: 'First-time managers supporting each other through their first year.',
  kind: { type: 'standalone' },
  facilitation: 'coach',
  startDate: '2026-01-10',
  plannedEnd: { type: 'duration', months: 12 },
  timeZone: 'Europe/London',
  meetingMinutes: 120,
  mode: { type: 'virtual', videoLink: 'https://meet.example.com/new-managers' },
  color: '#3b82f6',
  ...overrides,
});

let personCounter = 0;

/** A valid person form; each call gets a distinct email unless one is given. */
export const personInput = (overrides: Partial<PersonInput> = {}): PersonInput => {
  personCounter += 1;
  return {
    name: `Person ${personCounter}`,
    email: `person${personCounter}@example.com`,
    timeZone: 'Europe/London',
    organisation: '',
    role: '',
    phone: '',
    ...overrides,
  };
};
