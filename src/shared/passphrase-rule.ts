import { z } from 'zod';

// What a passphrase must be, in one place for the form and main. The strength
// estimate itself (zxcvbn-ts, with its dictionaries of common passwords, names
// and English words) runs in main: its dictionaries are about 1.5 MB and take
// most of a second to load, too much to put in the window's bundle for one
// form. The form asks main for the estimate (vault.passphraseStrength) and
// main applies this same rule again in vault.setUp and vault.changePassphrase.

export const PASSPHRASE_MIN = 8;
export const PASSPHRASE_MAX = 512;
/** zxcvbn's "safely unguessable" (about 10^10 guesses): the notes are the most sensitive data in the app. */
export const PASSPHRASE_MIN_SCORE = 3;

/** Any passphrase as typed: a bound checked before anything else, so a 10 MB string costs nothing. */
export const PassphraseSchema = z
  .string({ error: 'Enter your passphrase.' })
  .min(1, { message: 'Enter your passphrase.', abort: true })
  .max(PASSPHRASE_MAX * 4, { message: `A passphrase can be at most ${PASSPHRASE_MAX} characters.`, abort: true });

/** A new passphrase: also long enough; its strength is checked in main (see above). */
export const NewPassphraseSchema = PassphraseSchema.refine((p) => p.normalize('NFKC').length >= PASSPHRASE_MIN, {
  message: `Use at least ${PASSPHRASE_MIN} characters; a few unrelated words are easiest to remember.`,
}).refine((p) => p.normalize('NFKC').length <= PASSPHRASE_MAX, { message: `A passphrase can be at most ${PASSPHRASE_MAX} characters.` });

export interface PassphraseEstimate {
  /** 0 (too guessable) to 4 (very hard to guess), as zxcvbn scores. */
  score: 0 | 1 | 2 | 3 | 4;
  /** log10 of the estimated guesses. */
  guessesLog10: number;
  warning: string | null;
  suggestions: string[];
}

export interface PassphraseVerdict extends PassphraseEstimate {
  acceptable: boolean;
  /** Why it is refused, in words for the coach; null when acceptable. */
  problem: string | null;
}

export function judgePassphrase(passphrase: string, estimate: PassphraseEstimate): PassphraseVerdict {
  const length = passphrase.normalize('NFKC').length;
  let problem: string | null = null;
  if (length < PASSPHRASE_MIN) problem = `Use at least ${PASSPHRASE_MIN} characters; a few unrelated words are easiest to remember.`;
  else if (length > PASSPHRASE_MAX) problem = `A passphrase can be at most ${PASSPHRASE_MAX} characters.`;
  else if (estimate.score < PASSPHRASE_MIN_SCORE) {
    const why = estimate.warning ? ` ${estimate.warning.replace(/\.?$/, '.')}` : '';
    const tip = estimate.suggestions[0] ?? 'Add another word or two that are not related to each other.';
    problem = `This passphrase would be too easy to guess.${why} ${tip}`;
  }
  return { ...estimate, acceptable: problem === null, problem };
}
