import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { judgePassphrase, type PassphraseEstimate, type PassphraseVerdict } from '../../shared/passphrase-rule';

// zxcvbn-ts: the maintained TypeScript successor of Dropbox's zxcvbn (which has
// had no release since 2017), scoring a passphrase by the patterns a cracker
// tries first (common passwords, names, words, keyboard walks, dates, repeats)
// rather than by character classes. Built on first use: loading the
// library and its dictionaries takes most of a second, which no start of the
// app should pay, so nothing of it is imported until a passphrase is scored.

let factory: ZxcvbnFactory | null = null;

async function estimator(): Promise<ZxcvbnFactory> {
  if (factory) return factory;
  const [core, common, en] = await Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]);
  factory ??= new core.ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return factory;
}

/** Words that make a passphrase easy to guess for someone who knows the coach or the app. */
const APP_WORDS = ['circlekeeper', 'circle', 'keeper', 'coaching', 'coach', 'notes', 'vault'];

/** Only the first characters are scored: the estimate's cost grows with length, and 100 are already far beyond guessing. */
const SCORED_CHARACTERS = 100;

export async function estimatePassphrase(passphrase: string, personalWords: readonly string[] = []): Promise<PassphraseEstimate> {
  const z = await estimator();
  const words = [...APP_WORDS, ...personalWords.flatMap((w) => w.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3)];
  const result = z.check(passphrase.normalize('NFKC').slice(0, SCORED_CHARACTERS), words);
  return {
    score: result.score,
    guessesLog10: Math.round(result.guessesLog10 * 10) / 10,
    warning: result.feedback.warning ?? null,
    suggestions: [...result.feedback.suggestions],
  };
}

export async function checkPassphrase(passphrase: string, personalWords: readonly string[] = []): Promise<PassphraseVerdict> {
  return judgePassphrase(passphrase, await estimatePassphrase(passphrase, personalWords));
}
