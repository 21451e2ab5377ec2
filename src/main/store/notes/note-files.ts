import { promises as fs } from 'node:fs';
import type { NoteMeta } from '../../../shared/notes';
import { listBackupManifests, readBackupNotes } from '../backups';
import { ensurePrivateDir, fsyncDir, readEntry, replaceCacheFile, writeFileDurable } from '../durable-fs';
import { InvalidDocumentError, StoreError } from '../errors';
import { absolute } from '../layout';
import { setAside } from '../quarantine';
import type { NewRecoveryEvent } from '../recovery-log';
import { NoteEntrySchema, parseCatalog, serialiseNoteList, sha256Hex, type NoteEntry } from './note-entry';
import { inspectDocument } from '../inspect-document';
import { noteKind } from '../kinds';
import { NoteFileDocSchema, type NoteFileDoc } from './note-file-doc';
import { NOTES_DIR, NOTE_CATALOG_FILE, noteFile, noteNameParts } from './note-layout';
import { addToPool, putFromPool, readPooled } from './note-pool';

export interface NoteFilesContext {
  dataDir: string;
  now: () => Date;
  /** Tells the coach what was repaired (the recovery log). */
  report: (events: readonly NewRecoveryEvent[]) => Promise<void>;
  /** Runs a task in the store's write queue. */
  schedule: <T>(task: () => Promise<T>) => Promise<T>;
  onBackgroundError: (error: unknown) => void;
}

/** How long the catalog may lag behind the note files: it is only a cache, so this costs nothing but a re-read. */
const CATALOG_DELAY_MS = 2_000;

const metaOf = (doc: NoteFileDoc): NoteMeta => {
  const { schemaVersion: _v, sealed: _s, history, ...meta } = doc;
  void _v;
  void _s;
  return { ...meta, versionCount: history.length };
};

/**
 * The notes folder as the store keeps it. Every method runs inside the
 * store's write queue (the caller's job), so no two of them ever interleave.
 *
 * Listing 15,000 notes must not mean reading 15,000 files: the catalog keeps
 * every note's metadata in one file, and since a note's file name carries
 * its revision, one directory listing tells which catalog entries are still
 * right. Only notes whose file is not the one the catalog names are read.
 */
export class NoteFiles {
  private catalog: Map<string, NoteEntry> | null = null;
  private catalogDirty = false;
  private catalogTimer: NodeJS.Timeout | null = null;
  /** Backups in progress that still need the note files they named. */
  private pins = 0;

  constructor(private readonly ctx: NoteFilesContext) {}

  /** Every note, loading the catalog on first use. */
  async entries(): Promise<NoteEntry[]> {
    return [...(await this.loaded()).values()];
  }

  byId(): Promise<ReadonlyMap<string, NoteEntry>> {
    return this.loaded();
  }

  async entry(noteId: string): Promise<NoteEntry | undefined> {
    return (await this.loaded()).get(noteId);
  }

  /** A note's file, checked: its bytes must be the ones written (checksum), match the schema and the name. */
  async read(noteId: string): Promise<NoteFileDoc> {
    const entry = (await this.loaded()).get(noteId);
    if (!entry) throw new StoreError('unknown_note', 'That note could not be found. It may have been deleted.');
    const read = await readEntry(absolute(this.ctx.dataDir, entry.file));
    const doc = read.kind === 'file' && sha256Hex(read.bytes) === entry.sha256 ? parseNote(entry.file, read.bytes) : null;
    if (doc) return doc;
    const repaired = await this.repair(entry.file, read.kind === 'file' ? 'The file was changed outside Circlekeeper.' : 'The file is missing.');
    if (!repaired) throw new StoreError('note_damaged', 'This note’s file was damaged and no backup holds a good copy. It was set aside; your other notes are not affected.');
    return repaired.doc;
  }

  /** Writes a note's next revision under its own name, then lets the previous one go. */
  async write(doc: NoteFileDoc): Promise<NoteEntry> {
    const parsed = NoteFileDocSchema.safeParse(doc);
    if (!parsed.success) throw new InvalidDocumentError(noteFile(doc.id, doc.revision), parsed.error.issues);
    const catalog = await this.loaded();
    const previous = catalog.get(doc.id);
    if (previous && previous.meta.revision >= doc.revision) {
      throw new StoreError('invalid_document', 'A note can only be saved over an earlier revision.');
    }
    const file = noteFile(doc.id, doc.revision);
    const bytes = JSON.stringify(parsed.data);
    await ensurePrivateDir(absolute(this.ctx.dataDir, NOTES_DIR));
    await writeFileDurable(absolute(this.ctx.dataDir, file), bytes);
    const entry: NoteEntry = { file, sha256: sha256Hex(bytes), sizeBytes: Buffer.byteLength(bytes), meta: metaOf(parsed.data) };
    catalog.set(doc.id, entry);
    if (previous) await this.letGo(previous);
    this.catalogChanged();
    return entry;
  }

  async remove(noteId: string): Promise<void> {
    const catalog = await this.loaded();
    const entry = catalog.get(noteId);
    if (!entry) throw new StoreError('unknown_note', 'That note could not be found. It may have been deleted.');
    catalog.delete(noteId);
    await this.letGo(entry, true);
    this.catalogChanged();
  }

  /** Every note gone (the vault reset): the files, then the catalog. Backups keep theirs. */
  async removeAll(): Promise<number> {
    const catalog = await this.loaded();
    const entries = [...catalog.values()];
    catalog.clear();
    for (const entry of entries) await this.letGo(entry);
    await fsyncDir(absolute(this.ctx.dataDir, NOTES_DIR)).catch(() => undefined);
    await this.writeCatalog();
    return entries.length;
  }

  /**
   * Keeps every note file named now reachable until the returned release
   * runs: a backup names the files at one moment and links them into the
   * pool a moment later, outside the write queue. Meanwhile a file the store
   * lets go is linked into the pool first, so the backup still finds it and a
   * crash never brings back a removed note.
   */
  pin(): () => void {
    this.pins += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.pins -= 1;
    };
  }

  /** Forgets what it knew (after a restore put other files in place); the next use reads the folder again. */
  forget(): void {
    this.catalog = null;
    this.catalogDirty = false;
    if (this.catalogTimer) clearTimeout(this.catalogTimer);
    this.catalogTimer = null;
  }

  /** Writes the catalog now if it lags (flush and close). */
  async settle(): Promise<void> {
    if (this.catalogTimer) clearTimeout(this.catalogTimer);
    this.catalogTimer = null;
    if (this.catalogDirty) await this.writeCatalog();
  }

  // ---------- internals ----------

  private async letGo(entry: NoteEntry, durably = false): Promise<void> {
    const { file } = entry;
    if (this.pins > 0) await addToPool(this.ctx.dataDir, [entry]);
    // An old revision left behind by a crash is harmless: the next load keeps the newest and removes the rest.
    // A removed note must stay removed, so that removal is made durable.
    await fs.rm(absolute(this.ctx.dataDir, file), { force: true });
    if (durably) await fsyncDir(absolute(this.ctx.dataDir, NOTES_DIR));
  }

  private catalogChanged(): void {
    this.catalogDirty = true;
    if (this.catalogTimer) return;
    this.catalogTimer = setTimeout(() => {
      this.catalogTimer = null;
      this.ctx.schedule(() => (this.catalogDirty ? this.writeCatalog() : Promise.resolve())).catch((err: unknown) => this.ctx.onBackgroundError(err));
    }, CATALOG_DELAY_MS);
    this.catalogTimer.unref();
  }

  /** The catalog is a cache checked against the folder at every load: written atomically, not fsynced. */
  private async writeCatalog(): Promise<void> {
    await ensurePrivateDir(absolute(this.ctx.dataDir, NOTES_DIR));
    await replaceCacheFile(absolute(this.ctx.dataDir, NOTE_CATALOG_FILE), serialiseNoteList([...(this.catalog?.values() ?? [])]));
    this.catalogDirty = false;
  }

  private async loaded(): Promise<Map<string, NoteEntry>> {
    this.catalog ??= await this.load();
    return this.catalog;
  }

  private async load(): Promise<Map<string, NoteEntry>> {
    const names = (await fs.readdir(absolute(this.ctx.dataDir, NOTES_DIR)).catch(() => [] as string[])).filter((n) => noteNameParts(n));
    const newest = new Map<string, number>();
    for (const name of names) {
      const { noteId, revision } = noteNameParts(name)!;
      if ((newest.get(noteId) ?? 0) < revision) newest.set(noteId, revision);
    }
    const cached = await this.readCatalog();
    const catalog = new Map<string, NoteEntry>();
    let changed = cached.size !== newest.size;
    const repairs: NewRecoveryEvent[] = [];
    for (const [noteId, revision] of newest) {
      const file = noteFile(noteId, revision);
      const known = cached.get(noteId);
      if (known?.file === file) {
        catalog.set(noteId, known);
        continue;
      }
      changed = true;
      const read = await readEntry(absolute(this.ctx.dataDir, file));
      const doc = read.kind === 'file' ? parseNote(file, read.bytes) : null;
      if (doc && read.kind === 'file') {
        catalog.set(noteId, { file, sha256: sha256Hex(read.bytes), sizeBytes: read.bytes.length, meta: metaOf(doc) });
        continue;
      }
      const repaired = await this.repair(file, 'The file is damaged.', repairs);
      if (repaired) catalog.set(noteId, repaired.entry);
    }
    // Earlier revisions left by a save cut short: the newest is the note.
    for (const name of names) {
      const { noteId, revision } = noteNameParts(name)!;
      if (revision < newest.get(noteId)!) await fs.rm(absolute(this.ctx.dataDir, `${NOTES_DIR}/${name}`), { force: true });
    }
    if (repairs.length > 0) await this.ctx.report(repairs);
    this.catalog = catalog;
    if (changed) this.catalogChanged();
    return catalog;
  }

  /** The catalog as last written; anything wrong with it only means reading the notes it would have spared. */
  private async readCatalog(): Promise<Map<string, NoteEntry>> {
    const read = await readEntry(absolute(this.ctx.dataDir, NOTE_CATALOG_FILE)).catch(() => null);
    if (read?.kind !== 'file') return new Map();
    try {
      const parsed = parseCatalog(JSON.parse(read.bytes.toString('utf8')));
      return new Map(parsed.filter((e) => e.file === noteFile(e.meta.id, e.meta.revision)).map((e) => [e.meta.id, e]));
    } catch {
      return new Map();
    }
  }

  /**
   * A damaged note file goes to quarantine, and the newest copy of that note
   * any backup holds takes its place (an earlier revision, perhaps: the coach
   * is told). Without one, the note is gone from the list, never invented.
   */
  private async repair(
    file: string,
    problem: string,
    collect?: NewRecoveryEvent[],
  ): Promise<{ doc: NoteFileDoc; entry: NoteEntry } | null> {
    const noteId = noteNameParts(file.split('/')[1] ?? '')?.noteId;
    const now = this.ctx.now();
    const keptAs = (await readEntry(absolute(this.ctx.dataDir, file)).catch(() => null))?.kind === 'missing' ? '' : await setAside(this.ctx.dataDir, file, now);
    let found: { doc: NoteFileDoc; entry: NoteEntry; from: string } | null = null;
    for (const manifest of await listBackupManifests(this.ctx.dataDir)) {
      const notes = await readBackupNotes(this.ctx.dataDir, manifest).catch(() => []);
      const entry = notes.find((e) => e.meta.id === noteId);
      const bytes = entry ? await readPooled(this.ctx.dataDir, entry) : null;
      const doc = entry && bytes ? parseNote(entry.file, bytes) : null;
      if (entry && doc) {
        found = { doc, entry: NoteEntrySchema.parse(entry), from: manifest.id };
        break;
      }
    }
    if (found) {
      await ensurePrivateDir(absolute(this.ctx.dataDir, NOTES_DIR));
      await putFromPool(this.ctx.dataDir, found.entry);
    }
    const event: NewRecoveryEvent = {
      kind: found ? 'file-restored' : 'file-set-aside',
      file,
      problem,
      restoredFrom: found?.from ?? null,
      keptAs,
    };
    if (collect) collect.push(event);
    else await this.ctx.report([event]);
    if (found && this.catalog) {
      this.catalog.set(found.entry.meta.id, found.entry);
      this.catalogChanged();
    }
    if (!found && this.catalog && noteId) {
      this.catalog.delete(noteId);
      this.catalogChanged();
    }
    return found;
  }
}

/** A note file's document when it matches the schema (after any migration) and what its name promises; null otherwise. */
export function parseNote(file: string, bytes: Buffer): NoteFileDoc | null {
  const inspected = inspectDocument(bytes, noteKind, { file });
  return inspected.status === 'ok' ? inspected.doc : null;
}
