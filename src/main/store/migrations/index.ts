import { CURRENT_SCHEMA_VERSION } from '../documents';
import { StoreError } from '../errors';
import { anonymisedMembers } from './002-anonymised-members';
import { meetings } from './003-meetings';
import { betweenMeetings } from './004-between-meetings';
import { coachEmail } from './005-coach-email';
import type { DocKind, Migration } from './types';

export type { DocKind, Migration } from './types';

/**
 * Every migration, oldest first, one file each (`migrations/NNN-name.ts`,
 * where NNN is the version it produces). Version 1 is the first released
 * format. To change the format: bump CURRENT_SCHEMA_VERSION in documents.ts,
 * add `NNN-what-changed.ts` here, and keep a fixture folder of every earlier
 * version (tests/fixtures/v1 ... v(N-1)) that tests/unit/store/fixtures.test.ts opens.
 */
export const allMigrations: readonly Migration[] = [anonymisedMembers, meetings, betweenMeetings, coachEmail];

export interface MigrationResult {
  doc: Record<string, unknown>;
  from: number;
  to: number;
  applied: string[];
}

/** Reads a document's version: a positive whole number, or null when absent or nonsense. */
export function schemaVersionOf(doc: unknown): number | null {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return null;
  const v = (doc as { schemaVersion?: unknown }).schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : null;
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const expected = i + 2;
    if (m.to !== expected) {
      throw new Error(`Migration list out of order: ${m.name} produces version ${m.to}, expected ${expected}.`);
    }
  });
}

/**
 * Brings a document from its version up to `target`, one step at a time. The
 * caller checks for versions newer than it supports before calling (that
 * file must be refused untouched). The input is not modified.
 */
export function migrate(
  doc: unknown,
  kind: DocKind,
  migrations: readonly Migration[] = allMigrations,
  target: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  checkOrder(migrations);
  const from = schemaVersionOf(doc);
  if (from === null) throw new StoreError('invalid_document', 'The file has no valid schemaVersion.');
  if (from > target) throw new StoreError('newer_schema', `Schema version ${from} is newer than ${target}.`);
  // Every step must exist before any runs: a half-migrated document is worse than none.
  for (let version = from + 1; version <= target; version++) {
    if (!migrations.some((m) => m.to === version)) throw new Error(`No migration produces schema version ${version}.`);
  }
  // A current document needs no copy: nothing below would change it (and copying every file at open costs).
  if (from === target) return { doc: doc as Record<string, unknown>, from, to: target, applied: [] };
  let current = structuredClone(doc) as Record<string, unknown>;
  const applied: string[] = [];
  for (let version = from + 1; version <= target; version++) {
    const step = migrations.find((m) => m.to === version)!;
    if (step.kinds.includes(kind)) {
      current = step.up(current, kind);
      applied.push(step.name);
    }
    current = { ...current, schemaVersion: version };
  }
  return { doc: current, from, to: target, applied };
}
