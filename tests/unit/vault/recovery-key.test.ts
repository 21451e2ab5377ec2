import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, parseRecoveryKey, RecoveryKeySchema } from '../../../src/shared/recovery-key';

const bytes = Uint8Array.from({ length: 20 }, (_, i) => (i * 37 + 11) & 0xff);

describe('recovery key', () => {
  it('is nine groups of four in Crockford base32 and reads back to the same bytes', () => {
    const key = formatRecoveryKey(bytes);
    expect(key).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/);
    const parsed = parseRecoveryKey(key);
    expect(parsed.ok && Buffer.from(parsed.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('forgives spaces, case, dashes and the look-alike letters O, I and L', () => {
    const key = formatRecoveryKey(bytes);
    const sloppy = ` ${key.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    const parsed = parseRecoveryKey(sloppy);
    expect(parsed.ok && parsed.text).toBe(key);
  });

  it('catches every single mistyped character and every swap of neighbours, without echoing the key', () => {
    const key = formatRecoveryKey(bytes).replace(/-/g, '');
    for (let i = 0; i < key.length; i++) {
      const other = key[i] === 'Z' ? 'Y' : key[i] === '9' ? 'A' : String.fromCharCode(key.charCodeAt(i) + 1).replace(/[ILOU]/, 'M');
      const typo = key.slice(0, i) + other + key.slice(i + 1);
      const parsed = parseRecoveryKey(typo);
      expect(parsed.ok, `typo at ${i}`).toBe(false);
      if (!parsed.ok) expect(parsed.problem).not.toContain(key.slice(0, 4));
      if (i + 1 < key.length && key[i] !== key[i + 1]) {
        const swapped = key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
        expect(parseRecoveryKey(swapped).ok, `swap at ${i}`).toBe(false);
      }
    }
  });

  it('says what is wrong with a key of the wrong length or with foreign characters', () => {
    expect(parseRecoveryKey('ABCD-EFGH')).toEqual({ ok: false, problem: expect.stringContaining('this has 8') });
    expect(parseRecoveryKey('ABCD-EFGU')).toEqual({ ok: false, problem: expect.stringContaining('only letters and digits') });
    expect(RecoveryKeySchema.safeParse('x'.repeat(10_000_000)).success).toBe(false);
  });
});
