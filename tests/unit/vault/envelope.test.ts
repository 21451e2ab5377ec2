import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SealedNoteRejected, openNote, sealNote, type NoteBinding } from '../../../src/main/vault/envelope';
import { TEST_ONLY_KDF_COST } from '../../../src/main/vault/kdf';
import { createVault, rewrapPassphrase, unwrapWithPassphrase } from '../../../src/main/vault/key-wrap';

const dek = randomBytes(32);
const note: NoteBinding = { noteId: '00000000-0000-4000-8000-000000000010', kind: 'meeting', revision: 3 };
const TEXT = 'Ada said she will ask her manager for the budget — CANARY-7f3a.';

const because = (work: () => unknown) => {
  try {
    work();
  } catch (err) {
    return err instanceof SealedNoteRejected ? err.because : `other: ${String(err)}`;
  }
  return 'opened';
};

describe('sealed notes', () => {
  it('open to the same text, and never hold it in the clear', () => {
    const sealed = sealNote(dek, note, TEXT);
    expect(openNote(dek, note, sealed).toString('utf8')).toBe(TEXT);
    expect(sealed.includes(Buffer.from('CANARY'))).toBe(false);
  });

  it('use a fresh nonce every time, so the same text never seals the same', () => {
    const a = sealNote(dek, note, TEXT);
    const b = sealNote(dek, note, TEXT);
    expect(a.subarray(1, 13).equals(b.subarray(1, 13))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it('refuse a ciphertext moved to another note, relabelled as another kind, or from an earlier save', () => {
    const sealed = sealNote(dek, note, TEXT);
    expect(because(() => openNote(dek, { ...note, noteId: '00000000-0000-4000-8000-000000000011' }, sealed))).toBe('does-not-match');
    expect(because(() => openNote(dek, { ...note, kind: 'one-to-one' }, sealed))).toBe('does-not-match');
    expect(because(() => openNote(dek, { ...note, revision: 4 }, sealed))).toBe('does-not-match');
    expect(because(() => openNote(randomBytes(32), note, sealed))).toBe('does-not-match');
  });

  it('refuse every flipped bit, every truncation and an unknown format', () => {
    const sealed = sealNote(dek, note, 'short note');
    for (let bit = 8; bit < sealed.length * 8; bit++) {
      const flipped = Buffer.from(sealed);
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      expect(because(() => openNote(dek, note, flipped)), `bit ${bit}`).toBe('does-not-match');
    }
    for (let length = 0; length < sealed.length; length++) {
      expect(because(() => openNote(dek, note, sealed.subarray(0, length))), `length ${length}`).toMatch(/too-short|does-not-match/);
    }
    const future = Buffer.from(sealed);
    future[0] = 2;
    expect(because(() => openNote(dek, note, future))).toBe('unknown-format');
  });

  it('give messages that say nothing of the text', () => {
    const sealed = sealNote(dek, note, TEXT);
    try {
      openNote(dek, { ...note, revision: 1 }, sealed);
    } catch (err) {
      expect((err as Error).message).not.toContain('CANARY');
      expect((err as Error).message).toMatch(/cannot be opened/);
    }
  });

  it('stay byte-identical across a passphrase change, and open with the key unwrapped after it', async () => {
    const v = await createVault({ passphrase: 'glacier otter lantern mosaic', vaultId: '00000000-0000-4000-8000-000000000001', now: new Date(0), cost: TEST_ONLY_KDF_COST });
    const notes = Array.from({ length: 50 }, (_, i) => sealNote(v.dek, { ...note, noteId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }, `note ${i}`));
    const copies = notes.map((n) => Buffer.from(n));
    const next = await rewrapPassphrase(v.header, v.dek, 'walrus meadow copper violin', TEST_ONLY_KDF_COST);
    const key = await unwrapWithPassphrase(next, 'walrus meadow copper violin');
    notes.forEach((n, i) => {
      expect(n.equals(copies[i]!)).toBe(true);
      expect(openNote(key, { ...note, noteId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }, n).toString()).toBe(`note ${i}`);
    });
  });
});
