import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { NoteSaved } from '../../../shared/contract/notes';
import type { NoteContent, NoteMeta } from '../../../shared/notes';
import { ApiCallError } from '../../api';
import { AutosaveClock, type Timers } from './autosave-clock';
import { closeAfterSave } from './close-after-save';

// Keeps a note saved while the coach types, without ever losing what they
// typed: a failed save keeps the text and says why (and the next keystroke or
// Retry tries again); a save refused because another window saved first stops
// autosaving until the coach chooses whose text to keep. Leaving the note
// (another page, closing the window) first flushes what is unsaved, and the
// window closes by itself once that save is done.

export type SaveState =
  | { kind: 'saved' }
  /** Typed; a save is due within moments. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string }
  /** Another window saved a newer revision; nothing is saved until the coach chooses. */
  | { kind: 'conflict' };

export type ReadContent = () => { ok: true; content: NoteContent } | { ok: false; reason: string };

export interface AutosaveOptions {
  noteId: string;
  /** The revision the editor's text started from. */
  revision: number;
  /** The text as it is now, or why it cannot be saved (a field over its limit, say). */
  read: ReadContent;
  save: (input: { id: string; baseRevision: number; content: NoteContent }) => Promise<NoteSaved>;
  onSaved?: (meta: NoteMeta) => void;
  timers?: Timers;
}

export interface Autosave {
  state: SaveState;
  /** The coach typed. */
  edited(): void;
  /** Save now whatever is unsaved (Retry, leaving the page); resolves once it is saved or has failed. */
  flush(): Promise<void>;
  /** Whether something typed has not reached main yet. */
  hasUnsaved(): boolean;
  /** The revision the next save starts from. */
  revision(): number;
  /** Conflict, "keep mine": save this window's text over the newer revision. */
  keepMine(latestRevision: number): Promise<void>;
  /** Conflict, "load theirs": the editor now shows `revision`; nothing of this window's is pending. */
  tookTheirs(revision: number): void;
  /** The vault locked: forget everything, save nothing more. */
  discard(): void;
}

function reasonOf(err: unknown): string {
  return err instanceof Error && err.message ? err.message : 'Something went wrong while saving.';
}

export function useNoteAutosave(options: AutosaveOptions): Autosave {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const rev = useRef(options.revision);
  const dirty = useRef(false);
  const blocked = useRef(false);
  const discarded = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const saveNowRef = useRef<() => Promise<void>>(() => Promise.resolve());
  const clock = useMemo(() => new AutosaveClock(() => void saveNowRef.current(), options.timers), [options.timers]);

  const saveNow = useCallback(async (): Promise<void> => {
    clock.cancel();
    if (inFlight.current) {
      // One save at a time, each from the revision the last one made; what was typed meanwhile goes next.
      await inFlight.current;
    }
    if (discarded.current || blocked.current || !dirty.current) return;
    const read = latest.current.read();
    if (!read.ok) {
      setState({ kind: 'failed', reason: read.reason });
      return;
    }
    dirty.current = false;
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        const { meta } = await latest.current.save({ id: latest.current.noteId, baseRevision: rev.current, content: read.content });
        rev.current = meta.revision;
        if (discarded.current) return;
        latest.current.onSaved?.(meta);
        setState(dirty.current ? { kind: 'pending' } : { kind: 'saved' });
      } catch (err) {
        dirty.current = true;
        if (discarded.current) return;
        if (err instanceof ApiCallError && err.code === 'conflict') {
          blocked.current = true;
          setState({ kind: 'conflict' });
        } else {
          setState({ kind: 'failed', reason: reasonOf(err) });
        }
      }
    })();
    inFlight.current = run;
    try {
      await run;
    } finally {
      if (inFlight.current === run) inFlight.current = null;
    }
  }, [clock]);
  useEffect(() => {
    saveNowRef.current = saveNow;
  }, [saveNow]);

  const hasUnsaved = useCallback(() => !discarded.current && (dirty.current || inFlight.current !== null), []);

  // Leaving: a route change unmounts the editor, closing or reloading the window unloads it; both flush first.
  useEffect(() => {
    // Holds the window open while the save completes, then closes it (close-after-save.ts).
    const beforeUnload = closeAfterSave({ hasUnsaved, flush: () => saveNowRef.current(), close: () => window.close() });
    const pageHide = () => void saveNowRef.current();
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('pagehide', pageHide);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('pagehide', pageHide);
      clock.cancel();
      if (dirty.current && !blocked.current && !discarded.current) void saveNowRef.current();
    };
  }, [clock, hasUnsaved]);

  return {
    state,
    edited: () => {
      if (discarded.current) return;
      dirty.current = true;
      if (blocked.current) return;
      setState((now) => (now.kind === 'saving' ? now : { kind: 'pending' }));
      clock.edited();
    },
    flush: saveNow,
    hasUnsaved,
    revision: () => rev.current,
    keepMine: async (latestRevision) => {
      rev.current = latestRevision;
      blocked.current = false;
      dirty.current = true;
      await saveNow();
    },
    tookTheirs: (revision) => {
      rev.current = revision;
      blocked.current = false;
      dirty.current = false;
      clock.cancel();
      setState({ kind: 'saved' });
    },
    discard: () => {
      discarded.current = true;
      dirty.current = false;
      clock.cancel();
    },
  };
}
