import { z } from 'zod';
import {
  AnonymisedMemberSchema,
  GroupSchema,
  MembershipSchema,
  NormAgreementSchema,
  NormSchema,
  PersonSchema,
  SettingsSchema,
} from '../../shared/entities';

/**
 * The shapes of the files on disk. The store keeps one small index file (people
 * and settings) and one file per group, so a change to one group rewrites only
 * that group's file however many years of history the others hold.
 */
export const CURRENT_SCHEMA_VERSION = 2;

export const IndexDocSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  settings: SettingsSchema,
  people: z.array(PersonSchema),
});
export type IndexDoc = z.infer<typeof IndexDocSchema>;

export const GroupDocSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  group: GroupSchema,
  memberships: z.array(MembershipSchema),
  norms: z.array(NormSchema),
  /** Bumped on every change to the norms, so older agreements can be told apart. */
  normsRevision: z.number().int().min(1),
  normAgreements: z.array(NormAgreementSchema),
  /** Members whose person was deleted with the history kept (since version 2). */
  anonymisedMembers: z.array(AnonymisedMemberSchema),
});
export type GroupDoc = z.infer<typeof GroupDocSchema>;

export const defaultIndexDoc = (coachTimeZone: string): IndexDoc => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  settings: { coachName: '', coachTimeZone },
  people: [],
});
