import { deepFreeze } from './deep-freeze';
import { removeFileDurable } from './durable-fs';
import { absolute } from './layout';
import type { Migration } from './migrations';
import { readSealedNotes, type SealedNote } from './notes/bulk-read';
import { NoteFiles } from './notes/note-files';
import type { NoteEntry } from './notes/note-entry';
import type { NoteFileDoc } from './notes/note-file-doc';
import { NOTE_TEMPLATES_FILE, NoteTemplatesDocSchema, type NoteTemplatesDoc } from './notes/note-templates-doc';
import { loadOptionalDoc, writeCheckedDoc } from './optional-file';
import type { NewRecoveryEvent } from './recovery-log';
import { VAULT_FILE, VaultHeaderDocSchema, withHeaderCheck, type VaultHeaderDoc } from './vault-header-doc';

/** What the notes service asks of the store. Every method runs in the store's write queue. */
export interface NoteStore {
  /** Every note's entry (metadata, file, checksum); the catalog is loaded on first use. */
  entries(): Promise<NoteEntry[]>;
  /** The same entries by note id, without a copy: read it at once, before anything else runs in the queue. */
  byId(): Promise<ReadonlyMap<string, NoteEntry>>;
  /** One note's file, checked against its checksum and schema; a damaged one is repaired from backups or refused. */
  read(noteId: string): Promise<NoteFileDoc>;
  /** Writes a note's next revision durably (mode 0600) and returns its entry. */
  write(doc: NoteFileDoc): Promise<NoteEntry>;
  remove(noteId: string): Promise<void>;
  /** Many notes' sealed content at once, read outside the write queue in short slices (bulk-read.ts). */
  readSealed(entries: readonly NoteEntry[]): Promise<SealedNote[]>;
  /** The coach's sealed templates, or null while only the built-in ones are used. */
  templates(): Promise<Readonly<NoteTemplatesDoc> | null>;
  saveTemplates(doc: NoteTemplatesDoc): Promise<Readonly<NoteTemplatesDoc>>;
}

export interface ShelfContext {
  dataDir: string;
  now: () => Date;
  migrations?: readonly Migration[];
  report: (events: readonly NewRecoveryEvent[]) => Promise<void>;
  run: <T>(task: () => Promise<T>) => Promise<T>;
  onBackgroundError: (error: unknown) => void;
}

/**
 * The store's confidential files: the vault header, the notes and the note
 * templates. None is read at open (a locked app must start as fast as one
 * without notes); each is read on first use and kept in memory after.
 */
export class ConfidentialShelf {
  readonly noteFiles: NoteFiles;
  readonly notes: NoteStore;
  /** As last read or written; undefined until first asked for (and again after a restore). */
  private header: Readonly<VaultHeaderDoc> | null | undefined = undefined;
  private templatesRead: Readonly<NoteTemplatesDoc> | null | undefined = undefined;

  constructor(private readonly ctx: ShelfContext) {
    this.noteFiles = new NoteFiles({ dataDir: ctx.dataDir, now: ctx.now, report: ctx.report, schedule: ctx.run, onBackgroundError: ctx.onBackgroundError });
    const files = this.noteFiles;
    this.notes = {
      entries: () => ctx.run(() => files.entries()),
      byId: () => ctx.run(() => files.byId()),
      read: (noteId) => ctx.run(() => files.read(noteId)),
      write: (doc) => ctx.run(() => files.write(doc)),
      remove: (noteId) => ctx.run(() => files.remove(noteId)),
      readSealed: (entries) => readSealedNotes(ctx.dataDir, entries),
      templates: () => ctx.run(() => this.loadTemplates()),
      saveTemplates: (doc) =>
        ctx.run(async () => {
          this.templatesRead = deepFreeze(await writeCheckedDoc(ctx.dataDir, NOTE_TEMPLATES_FILE, NoteTemplatesDocSchema, doc));
          return this.templatesRead;
        }),
    };
  }

  vaultHeader(): Promise<Readonly<VaultHeaderDoc> | null> {
    return this.ctx.run(async () => {
      if (this.header === undefined) this.header = await this.load<VaultHeaderDoc>(VAULT_FILE);
      return this.header;
    });
  }

  saveVaultHeader(doc: VaultHeaderDoc): Promise<Readonly<VaultHeaderDoc>> {
    return this.ctx.run(async () => {
      this.header = deepFreeze(await writeCheckedDoc(this.ctx.dataDir, VAULT_FILE, VaultHeaderDocSchema, withHeaderCheck(doc)));
      return this.header;
    });
  }

  /**
   * Forgets the vault: every note, the templates and the header, in that order,
   * so a reset cut short leaves a vault with fewer notes, never notes without
   * their key file. Backups keep theirs (a restore can bring them back, should
   * the passphrase come back to mind). Returns how many notes were removed.
   */
  resetVault(): Promise<number> {
    return this.ctx.run(async () => {
      const removed = await this.noteFiles.removeAll();
      await removeFileDurable(absolute(this.ctx.dataDir, NOTE_TEMPLATES_FILE));
      this.templatesRead = null;
      await removeFileDurable(absolute(this.ctx.dataDir, VAULT_FILE));
      this.header = null;
      return removed;
    });
  }

  /** After a restore or a reload: everything is read again from disk when next needed. Runs in the queue. */
  forget(): void {
    this.header = undefined;
    this.templatesRead = undefined;
    this.noteFiles.forget();
  }

  private async loadTemplates(): Promise<Readonly<NoteTemplatesDoc> | null> {
    if (this.templatesRead === undefined) this.templatesRead = await this.load<NoteTemplatesDoc>(NOTE_TEMPLATES_FILE);
    return this.templatesRead;
  }

  private async load<D>(file: string): Promise<Readonly<D> | null> {
    const loaded = await loadOptionalDoc<D>(this.ctx.dataDir, file, this.ctx.now(), this.ctx.migrations);
    if (loaded.event) await this.ctx.report([loaded.event]);
    return loaded.doc ? deepFreeze(loaded.doc) : null;
  }
}
