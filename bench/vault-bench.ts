// npm run bench:vault: the notes vault at its real cost.
//
//   unlock          deriving the key from the passphrase (scrypt N = 2^17, r = 8, p = 1)
//                   and unwrapping the data key; SECURITY.md expects about 0.5 s;
//   change          a passphrase change: unwrap, derive the new key, re-wrap (no note touched);
//   seal / open     10,000 notes of 2 KB each with AES-256-GCM and their bindings
//                   (SECURITY.md measured about 0.3 s for either), with a plain
//                   AES-256-GCM pass over the same bytes without bindings as the
//                   baseline of what the envelope adds.
import { createCipheriv, randomBytes } from 'node:crypto';
import os from 'node:os';
import { openNote, sealNote, type NoteBinding } from '../src/main/vault/envelope';
import { createVault, rewrapPassphrase, unwrapWithPassphrase } from '../src/main/vault/key-wrap';
import { ms, percentile } from './bench-stats';

const UNLOCK_RUNS = 5;
const NOTES = 10_000;
const NOTE_BYTES = 2048;
const PASSPHRASE = 'glacier otter lantern mosaic';

const note = (i: number): NoteBinding => ({ noteId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, kind: 'meeting', revision: 1 });
const time = async (work: () => unknown): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

const made = await createVault({ passphrase: PASSPHRASE, vaultId: '00000000-0000-4000-8000-000000000001', now: new Date() });

const unlocks: number[] = [];
for (let i = 0; i < UNLOCK_RUNS; i++) unlocks.push(await time(async () => (await unwrapWithPassphrase(made.header, PASSPHRASE)).fill(0)));

const changes: number[] = [];
for (let i = 0; i < 3; i++) {
  changes.push(
    await time(async () => {
      const dek = await unwrapWithPassphrase(made.header, PASSPHRASE);
      await rewrapPassphrase(made.header, dek, 'walrus meadow copper violin');
      dek.fill(0);
    }),
  );
}

// Text that is not all one byte, about the size of a long note.
const texts = Array.from({ length: NOTES }, (_, i) => randomBytes(NOTE_BYTES / 2).toString('hex').slice(0, NOTE_BYTES - 8) + String(i).padStart(8, '0'));
// One untimed pass first, so neither timing includes the JIT warming up on the first of them.
texts.slice(0, 1000).forEach((t, i) => openNote(made.dek, note(i), sealNote(made.dek, note(i), t)));
let sealed: Buffer[] = [];
const seal = await time(() => {
  sealed = texts.map((t, i) => sealNote(made.dek, note(i), t));
});
let opened = 0;
const open = await time(() => {
  sealed.forEach((s, i) => {
    opened += openNote(made.dek, note(i), s).length;
  });
});
const baseline = await time(() => {
  for (const t of texts) {
    const cipher = createCipheriv('aes-256-gcm', made.dek, randomBytes(12));
    cipher.update(t, 'utf8');
    cipher.final();
    cipher.getAuthTag();
  }
});
if (opened !== NOTES * NOTE_BYTES) throw new Error('opened notes do not match what was sealed');

console.log(`vault bench on ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown cpu'}, node ${process.version}`);
console.log(`unlock (scrypt 2^17 + unwrap), ${UNLOCK_RUNS} runs: p50 ${ms(percentile(unlocks, 50))}, max ${ms(Math.max(...unlocks))}`);
console.log(`passphrase change (unwrap + re-wrap), 3 runs: p50 ${ms(percentile(changes, 50))}, max ${ms(Math.max(...changes))}`);
console.log(`seal ${NOTES} notes of ${NOTE_BYTES} B: ${ms(seal)}`);
console.log(`open ${NOTES} notes of ${NOTE_BYTES} B: ${ms(open)}`);
console.log(`baseline: plain AES-256-GCM over the same bytes: ${ms(baseline)}`);
made.dek.fill(0);
