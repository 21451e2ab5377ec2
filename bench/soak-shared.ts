import type { GroupDoc } from '../src/main/store/documents';
import { CURRENT_SCHEMA_VERSION, noMeetingsYet } from '../src/main/store/documents';
import { sampleGroup } from '../tests/support/sample-records';

export const SOAK_GROUP_NAME = 'Soak Circle';

export const soakGroup = (id: string, name = SOAK_GROUP_NAME): GroupDoc => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  group: sampleGroup(id, { name, purpose: 'Soak write 0' }),
  memberships: [],
  norms: [{ id: '5e1f0c2a-3b4d-4e5f-8a6b-7c8d9e0f1a2b', text: 'What is said here stays here.' }],
  normsRevision: 1,
  normAgreements: [],
  anonymisedMembers: [],
    ...noMeetingsYet(),
});

/** The sequence number a soak write left in a text field ("Soak write 12" / "Soak 12"). */
export function soakSeqOf(text: string): number {
  const match = /(\d+)$/.exec(text);
  return match ? Number(match[1]) : 0;
}
