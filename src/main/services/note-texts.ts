import MiniSearch from 'minisearch';
import type { NoteContent } from '../../shared/notes';
import { foldForSearch } from '../../shared/text';
import type { NoteEntry } from '../store/notes/note-entry';
import type { DataStore } from '../store/types';
import type { NoteSealer } from './notes-sealing';
import type { VaultKeeper } from './vault-keeper';

/** One note's text while the vault is unlocked. */
export interface OpenedNote {
  revision: number;
  content: NoteContent;
}

type Index = MiniSearch<{ id: string; text: string }>;

interface Unlocked {
  texts: Map<string, OpenedNote>;
  /** Built in the background once the texts are open; search waits for it, lists do not. */
  index: Promise<Index>;
}

const SLICE_MS = 8;
const yieldNow = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export const searchableText = (content: NoteContent): string =>
  [content.title, ...content.fields.flatMap((f) => [f.label, f.text])].join('\n');

/**
 * What the index is fed for one note: its folded words, each once. MiniSearch's
 * cost grows with every word it is given, and a note's repeats add little to
 * finding it, so indexing each distinct word once more than halves the time to
 * index 15,000 notes.
 */
export function indexedWords(content: NoteContent): string {
  const words = foldForSearch(searchableText(content)).split(/[^\p{L}\p{N}]+/u);
  return [...new Set(words)].filter((w) => w.length > 0).join(' ');
}

export const newIndex = (): Index => new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: [] });
/**
 * Every note's text, opened once after unlocking, and the full-text index over
 * it (MiniSearch). Both live in main's memory only, are never written
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
    void state.index.then((index) => {
      if (index.has(noteId)) index.discard(noteId);
      index.add({ id: noteId, text: indexedWords(content) });
    });
  }

  remove(noteId: string): void {
    const state = this.unlocked;
    if (!state) return;
    state.texts.delete(noteId);
    void state.index.then((index) => {
      if (index.has(noteId)) index.discard(noteId);
    });
  }

  private async load(): Promise<Unlocked> {
    const entries = await this.store.notes.entries();
    const sealed = await this.store.notes.readSealed(entries);
    const texts = new Map<string, OpenedNote>();
    let sliceStart = performance.now();
    for (let i = 0; i < sealed.length; i += 200) {
      const batch = sealed.slice(i, i + 200);
      const opened = await this.sealer.openMany(
        batch.map(({ entry, sealed: s }) => ({ binding: { noteId: entry.meta.id, kind: entry.meta.kind, revision: entry.meta.revision }, sealed: s })),
      );
      batch.forEach(({ entry }, j) => {
        const content = opened[j];
        if (content) texts.set(entry.meta.id, { revision: entry.meta.revision, content });
      });
      if (performance.now() - sliceStart >= SLICE_MS) {
        await yieldNow();
        sliceStart = performance.now();
      }
    }
    const index = this.buildIndex(texts, this.epoch);
    index.catch(() => undefined); // a failure shows when a search awaits it
    return { texts, index };
  }

  private async buildIndex(texts: ReadonlyMap<string, OpenedNote>, epoch: number): Promise<Index> {
    const index = newIndex();
    let sliceStart = performance.now();
    let batch: { id: string; text: string }[] = [];
    for (const [id, { content }] of texts) {
      batch.push({ id, text: indexedWords(content) });
      if (batch.length === 100) {
        index.addAll(batch);
        batch = [];
        if (performance.now() - sliceStart >= SLICE_MS) {
          await yieldNow();
          // Locked meanwhile: stop, and let go of what was indexed so far.
          if (epoch !== this.epoch) throw new Error('The notes locked while they were being indexed.');
          sliceStart = performance.now();
        }
      }
    }
    index.addAll(batch);
    return index;
  }
}
