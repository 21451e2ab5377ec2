import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { VaultError } from './errors';
import { KEY_BYTES } from './kdf';

// One note's confidential text, sealed with the data key: AES-256-GCM with a
// fresh 12-byte nonce for every save. The associated data binds the
// ciphertext to the format, the note's id, its kind and its revision, so a
// ciphertext copied onto another note, relabelled as another kind, put back
// from an earlier save (replay), cut short or changed in one bit is refused.
//
// Layout: [format byte][12-byte nonce][ciphertext][16-byte tag].

export const SEALED_FORMAT = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const OVERHEAD = 1 + NONCE_BYTES + TAG_BYTES;

/** What a sealed note is bound to. The notes service keeps these in the note's metadata, outside the ciphertext. */
export interface NoteBinding {
  noteId: string;
  kind: string;
  /** Counts the note's saves; a ciphertext from an earlier save no longer matches. */
  revision: number;
}

function associatedData(format: number, binding: NoteBinding): Buffer {
  return Buffer.from(JSON.stringify(['circlekeeper-note', format, binding.noteId, binding.kind, binding.revision]), 'utf8');
}

function checkKey(dek: Buffer): void {
  if (dek.length !== KEY_BYTES) throw new VaultError('locked', 'Your notes are locked. Unlock them to continue.');
}

export function sealNote(dek: Buffer, binding: NoteBinding, plaintext: string | Buffer): Buffer {
  checkKey(dek);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dek, nonce);
  cipher.setAAD(associatedData(SEALED_FORMAT, binding));
  const body = cipher.update(typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext);
  const tail = cipher.final();
  return Buffer.concat([Buffer.of(SEALED_FORMAT), nonce, body, tail, cipher.getAuthTag()]);
}

/** The reasons a sealed note is refused, for the message and for tests; none of them reveals anything of the text. */
export type RejectedBecause = 'too-short' | 'unknown-format' | 'does-not-match';

export class SealedNoteRejected extends VaultError {
  constructor(readonly because: RejectedBecause) {
    super(
      'note_rejected',
      because === 'unknown-format'
        ? 'This note was saved in a format this version of Circlekeeper cannot read.'
        : 'This note cannot be opened: its file was cut short, changed or moved from another note. Your other notes are not affected.',
    );
    this.name = 'SealedNoteRejected';
  }
}

export function openNote(dek: Buffer, binding: NoteBinding, sealed: Buffer): Buffer {
  checkKey(dek);
  if (sealed.length < OVERHEAD) throw new SealedNoteRejected('too-short');
  const format = sealed[0]!;
  if (format !== SEALED_FORMAT) throw new SealedNoteRejected('unknown-format');
  const nonce = sealed.subarray(1, 1 + NONCE_BYTES);
  const body = sealed.subarray(1 + NONCE_BYTES, sealed.length - TAG_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', dek, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(format, binding));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new SealedNoteRejected('does-not-match');
  }
}
