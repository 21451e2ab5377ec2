export type DocKind = 'index' | 'group' | 'meeting-records' | 'vault-header' | 'note-templates' | 'note' | 'calendar-ledger';

/**
 * One step of the data format: takes a document of version `to - 1` and returns
 * it at version `to`. Steps are pure (no I/O, no clock) so they can be tested
 * from fixtures and re-run safely on a backup.
 */
export interface Migration {
  /** The schema version this step produces. */
  to: number;
  /** Short kebab-case name, the same as its file: `migrations/NNN-name.ts`. */
  name: string;
  /** Which files it changes; a step that does not apply to a kind only bumps its version. */
  kinds: readonly DocKind[];
  up(doc: Record<string, unknown>, kind: DocKind): Record<string, unknown>;
}
