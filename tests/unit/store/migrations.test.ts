import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../src/main/store/documents';
import { allMigrations, migrate, type Migration } from '../../../src/main/store/migrations';

// Test-only steps: version 2 renames settings.coachName to settings.coach, version 3 adds tags to groups.
const renameCoach: Migration = {
  to: 2,
  name: 'rename-coach-name',
  kinds: ['index'],
  up: (doc) => {
    const { coachName, ...rest } = doc.settings as { coachName: string };
    return { ...doc, settings: { ...rest, coach: coachName } };
  },
};
const addTags: Migration = {
  to: 3,
  name: 'add-group-tags',
  kinds: ['group'],
  up: (doc) => ({ ...doc, tags: [] }),
};

describe('migrate', () => {
  it('the real list is numbered from 2 and ends at the current version', () => {
    allMigrations.forEach((m, i) => expect(m.to).toBe(i + 2));
    expect(allMigrations.length + 1).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('002 gives a version 1 group an empty list of former members and only renumbers the index', () => {
    const group = { schemaVersion: 1, group: { id: 'g' }, memberships: [], norms: [], normsRevision: 1, normAgreements: [] };
    expect(migrate(group, 'group', allMigrations, 2)).toEqual({
      doc: { ...group, schemaVersion: 2, anonymisedMembers: [] },
      from: 1,
      to: 2,
      applied: ['anonymised-members'],
    });
    const index = { schemaVersion: 1, settings: { coachName: 'Kim', coachTimeZone: 'UTC' }, people: [] };
    expect(migrate(index, 'index', allMigrations, 2)).toEqual({ doc: { ...index, schemaVersion: 2 }, from: 1, to: 2, applied: [] });
  });

  it('005 gives a version 4 index an empty coach\'s email, keeps the rest of its settings, and only renumbers other files', () => {
    const index = { schemaVersion: 4, settings: { coachName: 'Kim', coachTimeZone: 'UTC' }, people: [], calendar: { bufferMinutes: 15, busy: null } };
    expect(migrate(index, 'index', allMigrations, 5)).toEqual({
      doc: { ...index, schemaVersion: 5, settings: { coachName: 'Kim', coachTimeZone: 'UTC', coachEmail: '' } },
      from: 4,
      to: 5,
      applied: ['coach-email'],
    });
    expect(index.settings).toEqual({ coachName: 'Kim', coachTimeZone: 'UTC' }); // the input is not modified
    for (const kind of ['group', 'meeting-records', 'vault-header', 'note-templates', 'note'] as const) {
      expect(migrate({ schemaVersion: 4, settings: { coachName: 'Kim' } }, kind, allMigrations, 5)).toEqual({ doc: { schemaVersion: 5, settings: { coachName: 'Kim' } }, from: 4, to: 5, applied: [] });
    }
  });

  it('applies each step in order, only to the kinds it names, and bumps the version', () => {
    const index = { schemaVersion: 1, settings: { coachName: 'Kim', coachTimeZone: 'UTC' }, people: [] };
    const out = migrate(index, 'index', [renameCoach, addTags], 3);
    expect(out).toEqual({
      doc: { schemaVersion: 3, settings: { coach: 'Kim', coachTimeZone: 'UTC' }, people: [] },
      from: 1,
      to: 3,
      applied: ['rename-coach-name'],
    });
    expect(index.settings.coachName).toBe('Kim'); // the input is not modified

    const group = migrate({ schemaVersion: 1, group: {} }, 'group', [renameCoach, addTags], 3);
    expect(group.doc).toEqual({ schemaVersion: 3, group: {}, tags: [] });
    expect(group.applied).toEqual(['add-group-tags']);
  });

  it('starts from the document\'s own version', () => {
    const out = migrate({ schemaVersion: 2, group: {} }, 'group', [renameCoach, addTags], 3);
    expect(out.applied).toEqual(['add-group-tags']);
    expect(migrate({ schemaVersion: 3 }, 'group', [renameCoach, addTags], 3).applied).toEqual([]);
  });

  it('refuses newer documents, documents without a version, and gaps in the list', () => {
    expect(() => migrate({ schemaVersion: 4 }, 'index', [renameCoach, addTags], 3)).toThrow(/newer/);
    expect(() => migrate({ people: [] }, 'index', [renameCoach], 2)).toThrow(/schemaVersion/);
    expect(() => migrate({ schemaVersion: 1 }, 'index', [addTags], 3)).toThrow(/out of order/);
    expect(() => migrate({ schemaVersion: 1 }, 'index', [renameCoach], 3)).toThrow(/No migration produces schema version 3/);
  });
});
