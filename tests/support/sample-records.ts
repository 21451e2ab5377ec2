import type { Group, GroupInput, Person, PersonInput } from '../../src/shared/entities';

// Plain sample records for unit tests, component tests and the benchmarks.
// No node or DOM imports, so every tsconfig can include this file. Callers pass
// overrides for what their test is about; every other value is valid and dull.

const SAMPLE_AT = '2026-01-01T00:00:00.000Z';

/** A valid group form, with overrides for what a test is about. */
export const sampleGroupInput = (overrides: Partial<GroupInput> = {}): GroupInput => ({
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

/** A stored, active group as the store keeps it. */
export const sampleGroup = (id: string, overrides: Partial<Group> = {}): Group => ({
  id,
  ...sampleGroupInput(),
  archivedAt: null,
  createdAt: SAMPLE_AT,
  updatedAt: SAMPLE_AT,
  ...overrides,
});

let personCounter = 0;

/** A valid person form; each call gets a distinct name and email unless given. */
export const samplePersonInput = (overrides: Partial<PersonInput> = {}): PersonInput => {
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

/** A stored person as the store keeps them. */
export const samplePerson = (id: string, overrides: Partial<Person> = {}): Person => ({
  id,
  ...samplePersonInput(),
  createdAt: SAMPLE_AT,
  updatedAt: SAMPLE_AT,
  ...overrides,
});
