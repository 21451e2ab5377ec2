import { closeSync, openSync, readSync, fstatSync } from 'node:fs';
import { absolute } from '../layout';
import type { NoteEntry } from './note-entry';
import { sha256Hex } from './note-entry';
import { giveWayIfDue, timeSlices } from '../time-slices';

/** What a bulk read hands over: the sealed content and what it is bound to. */
export interface SealedNote {
  entry: NoteEntry;
  sealed: string;
}

function readWhole(file: string): Buffer | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null; // replaced by a newer revision since the list was taken: that one arrives through its save
  }
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === size ? bytes : null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads many note files (unlocking 15,000 notes for search) without holding
 * the write queue: note files never change once written, so the list taken
 * at one moment stays readable. Synchronous reads in slices of 8 ms: for many
 * small files they are several times faster than the thread pool's, and the
 * event loop still answers between slices. A file whose bytes are not the
 * ones written (its checksum) is skipped; opening it one by one reports it.
 */
export async function readSealedNotes(dataDir: string, entries: readonly NoteEntry[]): Promise<SealedNote[]> {
  const out: SealedNote[] = [];
  const slices = timeSlices();
  for (const entry of entries) {
    const bytes = readWhole(absolute(dataDir, entry.file));
    if (bytes && sha256Hex(bytes) === entry.sha256) {
      try {
        const doc = JSON.parse(bytes.toString('utf8')) as { sealed?: unknown };
        if (typeof doc.sealed === 'string') out.push({ entry, sealed: doc.sealed });
      } catch {
        // the checksum matched bytes that are not JSON: not ours to read here
      }
    }
    await giveWayIfDue(slices);
  }
  return out;
}
