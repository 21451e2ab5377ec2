import { z } from 'zod';

// The recovery key is a second way to unlock the notes, shown once at set-up
// and written down by the coach. So it is made to be copied by hand: 160
// random bits in Crockford's base32 (no I, L, O or U, which are easily misread),
// four check characters so a typo is caught before any key derivation runs,
// and groups of four. Typing is forgiving: spaces, dashes and case do not
// matter, and O, I and L are read as the digits they look like.
// Pure code (no node crypto): the form checks a key the same way main does.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 20;
const DATA_SYMBOLS = 32; // 20 bytes * 8 bits / 5 bits per symbol, with no bits left over
const CHECK_SYMBOLS = 4; // 20 bits of CRC-32
const SYMBOLS = DATA_SYMBOLS + CHECK_SYMBOLS;
const GROUP = 4;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 over the data symbols: catches every single wrong character and every swap of neighbours. */
function crc32(values: readonly number[]): number {
  let crc = 0xffffffff;
  for (const v of values) crc = CRC_TABLE[(crc ^ v) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function checkSymbols(data: readonly number[]): number[] {
  const crc = crc32(data) >>> 12; // the top 20 bits
  return [15, 10, 5, 0].map((shift) => (crc >>> shift) & 31);
}

function bytesToSymbols(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out.push((buffer >>> bits) & 31);
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

function symbolsToBytes(symbols: readonly number[]): Uint8Array {
  const out = new Uint8Array(RECOVERY_KEY_BYTES);
  let buffer = 0;
  let bits = 0;
  let i = 0;
  for (const s of symbols) {
    buffer = (buffer << 5) | s;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[i++] = (buffer >>> bits) & 0xff;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

/** The key as shown to the coach: nine groups of four, joined by dashes. */
export function formatRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new Error(`A recovery key holds ${RECOVERY_KEY_BYTES} bytes.`);
  const data = bytesToSymbols(bytes);
  const text = [...data, ...checkSymbols(data)].map((s) => ALPHABET[s]).join('');
  return text.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-');
}

export type ParsedRecoveryKey = { ok: true; bytes: Uint8Array; text: string } | { ok: false; problem: string };

/** Reads a key as typed; on a mistake, says what is wrong without repeating any of the key. */
export function parseRecoveryKey(typed: string): ParsedRecoveryKey {
  const compact = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length === 0) return { ok: false, problem: 'Enter your recovery key.' };
  if ([...compact].some((c) => !ALPHABET.includes(c))) {
    return { ok: false, problem: 'A recovery key has only letters and digits (and no U). Check what you typed.' };
  }
  if (compact.length !== SYMBOLS) {
    return { ok: false, problem: `A recovery key has ${SYMBOLS} letters and digits in ${SYMBOLS / GROUP} groups of ${GROUP}; this has ${compact.length}.` };
  }
  const symbols = [...compact].map((c) => ALPHABET.indexOf(c));
  const data = symbols.slice(0, DATA_SYMBOLS);
  const check = checkSymbols(data);
  if (check.some((s, i) => s !== symbols[DATA_SYMBOLS + i])) {
    return { ok: false, problem: 'This recovery key has a typing mistake. Check each group against the key you wrote down.' };
  }
  return { ok: true, bytes: symbolsToBytes(data), text: compact.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-') };
}

/** A recovery key field: checked for typos in the form and again in main; parses to the key in its canonical form. */
export const RecoveryKeySchema = z
  .string({ error: 'Enter your recovery key.' })
  .max(200, { message: 'That is far too long for a recovery key.', abort: true })
  .transform((typed, ctx) => {
    const parsed = parseRecoveryKey(typed);
    if (parsed.ok) return parsed.text;
    ctx.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  });
