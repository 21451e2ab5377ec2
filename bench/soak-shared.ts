import type { GroupDoc } from '../src/main/store/documents';

export const soakGroup = (id: string): GroupDoc => ({
  schemaVersion: 1,
  group: {
    id,
    name: 'Soak Circle',
    purpose: 'Soak write 0',
    kind: { type: 'standalone' },
    facilitation: 'coach',
    startDate: '2025-01-06',
    plannedEnd: { type: 'duration', months: 12 },
    timeZone: 'Europe/London',
    meetingMinutes: 90,
    mode: { type: 'virtual', videoLink: 'https://meet.example.com/soak' },
    color: '#0f766e',
    archivedAt: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  },
  memberships: [],
  norms: [{ id: '5e1f0c2a-3b4d-4e5f-8a6b-7c8d9e0f1a2b', text: 'What is said here stays here.' }],
  normsRevision: 1,
  normAgreements: [],
});

/** The sequence number a soak write left in a text field ("Soak write 12" / "Soak 12"). */
export function soakSeqOf(text: string): number {
  const match = /(\d+)$/.exec(text);
  return match ? Number(match[1]) : 0;
}
