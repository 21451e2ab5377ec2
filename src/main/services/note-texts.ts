import type { NoteContent } from '../../shared/notes';
import { foldForSearch } from '../../shared/text';
import type { NoteEntry } from '../store/notes/note-entry';
import { NoteIndex } from './note-index';
import type { DataStore } from '../store/types';
import type { NoteSealer } from './notes-sealing';
import type { VaultKeeper } from './vault-keeper';
import { giveWayIfDue, timeSlices } from '../store/time-slices';

/** One note's text while the vault is unlocked. */
export interface OpenedNote {
  revision: number;
  content: NoteContent;
}

type Index = NoteIndex;

interface Unlocked {
  texts: Map<string, OpenedNote>;
  /** Built in the background once the texts are open; search waits for it, lists do not. */
  index: Promise<Index>;
}


export const searchableText = (content: NoteContent): string =>
  [content.title, ...content.fields.flatMap((f) => [f.label, f.text])].join('\n');

/** What the index is given for one note: all its text, folded (case and accents ignored). */
export const indexedWords = (content: NoteContent): string => foldForSearch(searchableText(content));
/**
 * Every note's text, opened once after unlocking, and the full-text index over
 * it (note-index.ts). Both live in main's memory only, are never written
 * anywhere, and are dropped the moment the key is let go: any lock, however it
 * happens, clears them (VaultKeeper.onLocked). A load that was running when the
 * vault locked is thrown away, never kept.
 */
export class NoteTexts {
  private unlocked: Unlocked | null = null;
  private loading: Promise<Unlocked> | null = null;
  /** Rises on every lock, so a load that began before it cannot land after it. */
  private epoch = 0;

  constructor(
    private readonly store: DataStore,
    private readonly sealer: NoteSealer,
    keeper: VaultKeeper,
  ) {
    keeper.onLocked(() => this.drop());
  }

  drop(): void {
    this.epoch += 1;
    this.unlocked = null;
    this.loading = null;
  }

  /** The texts (and the index being built), opening every note on first use after an unlock. */
  ready(): Promise<Unlocked> {
    if (this.unlocked) return Promise.resolve(this.unlocked);
    const epoch = this.epoch;
    this.loading ??= this.load().then(
      (loaded) => {
        if (epoch !== this.epoch) throw new Error('The notes locked while they were being opened.');
        this.unlocked = loaded;
        return loaded;
      },
      (err: unknown) => {
        if (epoch === this.epoch) this.loading = null; // the next call tries again
        throw err;
      },
    );
    return this.loading;
  }

  /** The text of one note if it is opened already and current; null otherwise. */
  peek(entry: NoteEntry): NoteContent | null {
    const known = this.unlocked?.texts.get(entry.meta.id);
    return known && known.revision === entry.meta.revision ? known.content : null;
  }

  /** A save keeps the texts and index current (only if they are loaded: a later load reads the saved file). */
  put(noteId: string, revision: number, content: NoteContent): void {
    const state = this.unlocked;
    if (!state) return;
    state.texts.set(noteId, { revision, content });
    void state.index.then((index) => index.add(noteId, indexedWords(content)));
  }

  remove(noteId: string): void {
    const state = this.unlocked;
    if (!state) return;
    state.texts.delete(noteId);
    void state.index.then((index) => index.discard(noteId));
  }

  private async load(): Promise<Unlocked> {
    const entries = await this.store.notes.entries();
    const sealed = await this.store.notes.readSealed(entries);
    const texts = new Map<string, OpenedNote>();
    const slices = timeSlices();
    for (let i = 0; i < sealed.length; i += 200) {
      const batch = sealed.slice(i, i + 200);
      const opened = await this.sealer.openMany(
        batch.map(({ entry, sealed: s }) => ({ binding: { noteId: entry.meta.id, kind: entry.meta.kind, revision: entry.meta.revision }, sealed: s })),
      );
      batch.forEach(({ entry }, j) => {
        const content = opened[j];
        if (content) texts.set(entry.meta.id, { revision: entry.meta.revision, content });
      });
      await giveWayIfDue(slices);
    }
    const index = this.buildIndex(texts, this.epoch);
    index.catch(() => undefined); // a failure shows when a search awaits it
    return { texts, index };
  }

  private async buildIndex(texts: ReadonlyMap<string, OpenedNote>, epoch: number): Promise<Index> {
    const index = new NoteIndex();
    const slices = timeSlices();
    for (const [id, { content }] of [...texts]) {
      index.add(id, indexedWords(content));
      if (slices.shouldYield()) {
        await slices.yieldNow();
        // Locked meanwhile: stop, and let go of what was indexed so far.
        if (epoch !== this.epoch) throw new Error('The notes locked while they were being indexed.');
      }
    }
    return index;
  }
}
