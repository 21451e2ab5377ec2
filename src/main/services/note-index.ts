/**
 * The full-text index over the coach's notes while the vault is unlocked:
 * for each word, the notes that hold it. Words come in folded (case and
 * accents, shared/text.ts) and split on anything that is not a letter or a
 * digit, so the index and the query agree on what a word is.
 *
 * Why not MiniSearch, which the issue suggests: over 15,000 notes of about
 * 1.5 KB it took 12.2 s to build where this takes well under a second (same
 * machine, same load, same words: bench/notes-bench.ts), and the index must
 * be ready about a second after unlocking. What the coach needs from search
 * here is small (every word must match, the last may be unfinished, a long
 * word may have one typo, rarer words rank higher), and that is all this does.
 *
 * Shape, for speed at 15,000 notes: each note gets a number, and a word's
 * postings are a plain array of those numbers (a Set of note ids per word
 * took 2 s to fill and as long again in garbage collection). A note saved
 * again gets a new number; the old one is only marked dead, and the arrays
 * are compacted once the dead outnumber a quarter of them.
 */
export interface IndexHit {
  id: string;
  score: number;
  /** The indexed words that matched, for the excerpt. */
  terms: string[];
}

/** A last word this short is taken as typed: as a beginning it would match nearly every note. */
const MIN_PREFIX = 2;
const TYPO_MIN_LENGTH = 6;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const beyondAscii = new Map<number, boolean>();

/** Whether a code point belongs to a word: a-z and 0-9 at once (the text is folded), anything else asked of Unicode once. */
function inWord(codePoint: number): boolean {
  if ((codePoint >= 97 && codePoint <= 122) || (codePoint >= 48 && codePoint <= 57)) return true;
  if (codePoint < 128) return false;
  let known = beyondAscii.get(codePoint);
  if (known === undefined) beyondAscii.set(codePoint, (known = LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint))));
  return known;
}

/**
 * Calls `visit` with each word of folded text: runs of letters and digits,
 * the same words as splitting on /[^\p{L}\p{N}]+/u. A hand-written scan,
 * because that split over 22 MB of notes took most of the index's build time.
 */
export function forEachWord(folded: string, visit: (word: string) => void): void {
  let start = -1;
  for (let i = 0; i <= folded.length; ) {
    const unit = i < folded.length ? folded.charCodeAt(i) : 32;
    // A letter beyond the first plane takes two units (an emoji too, which is not a letter).
    const codePoint = unit >= 0xd800 && unit <= 0xdbff ? folded.codePointAt(i)! : unit;
    const width = codePoint > 0xffff ? 2 : 1;
    if (inWord(codePoint)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(folded.slice(start, i));
      start = -1;
    }
    i += width;
  }
}

/** A query's distinct words, in the order typed. */
export function wordsOf(folded: string): string[] {
  const words = new Set<string>();
  forEachWord(folded, (word) => words.add(word));
  return [...words];
}

/** True when a and b differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

interface TermMatch {
  term: string;
  weight: number;
}

export class NoteIndex {
  /** Note number → note id, or null once that number is dead (the note was replaced or discarded). */
  private ids: (string | null)[] = [];
  private readonly numberOf = new Map<string, number>();
  private postings = new Map<string, number[]>();
  private dead = 0;
  /** Every word, sorted, for finding the words an unfinished one begins; rebuilt when new words come. */
  private sorted: string[] | null = null;

  get size(): number {
    return this.numberOf.size;
  }

  has(id: string): boolean {
    return this.numberOf.has(id);
  }

  /** Indexes a note's folded text (replacing what was indexed for it before). */
  add(id: string, folded: string): void {
    this.discard(id);
    const n = this.ids.length;
    this.ids.push(id);
    this.numberOf.set(id, n);
    forEachWord(folded, (word) => {
      const list = this.postings.get(word);
      // n is the highest number yet, so a word already posted for this note is the list's last entry.
      if (list) {
        if (list[list.length - 1] !== n) list.push(n);
      } else {
        this.postings.set(word, [n]);
        this.sorted = null;
      }
    });
  }

  discard(id: string): void {
    const n = this.numberOf.get(id);
    if (n === undefined) return;
    this.numberOf.delete(id);
    this.ids[n] = null;
    this.dead += 1;
    if (this.dead > Math.max(256, this.ids.length / 4)) this.compact();
  }

  /**
   * Notes holding every word of the folded query, best first (rarer words
   * count more; exact beats prefix or typo): the first `limit` that `accept`
   * lets through. Hits are only made for those, since a common word can
   * match nearly every note.
   */
  search(foldedQuery: string, options: { limit?: number; accept?: (id: string) => boolean } = {}): IndexHit[] {
    const words = wordsOf(foldedQuery);
    if (words.length === 0) return [];
    const total = this.ids.length;
    const live = Math.max(1, this.numberOf.size);
    // matched[n] counts the query words note n has matched so far; only notes that matched all before a word may match it.
    const matched = new Uint16Array(total);
    const score = new Float64Array(total);
    const termsOf: Int32Array[] = [];
    const termList: string[] = [];
    let found: number[] = [];
    for (const [i, word] of words.entries()) {
      const best = new Float64Array(total);
      const bestTerm = new Int32Array(total).fill(-1);
      for (const { term, weight } of this.matchesOf(word, i === words.length - 1)) {
        const list = this.postings.get(term)!;
        const value = Math.log(1 + live / list.length) * weight;
        const t = termList.push(term) - 1;
        for (const n of list) {
          if (matched[n] !== i || this.ids[n] === null || best[n]! >= value) continue;
          best[n] = value;
          bestTerm[n] = t;
        }
      }
      found = [];
      for (let n = 0; n < total; n++) {
        if (bestTerm[n] === -1) continue;
        matched[n] = i + 1;
        score[n] = score[n]! + best[n]!;
        found.push(n);
      }
      termsOf.push(bestTerm);
      if (found.length === 0) return [];
    }
    const ids = this.ids as string[];
    found.sort((a, b) => score[b]! - score[a]! || (ids[a]! < ids[b]! ? -1 : 1));
    const limit = options.limit ?? Infinity;
    const hits: IndexHit[] = [];
    for (const n of found) {
      if (hits.length >= limit) break;
      if (options.accept && !options.accept(ids[n]!)) continue;
      hits.push({ id: ids[n]!, score: score[n]!, terms: termsOf.map((ts) => termList[ts[n]!]!) });
    }
    return hits;
  }

  private matchesOf(word: string, last: boolean): TermMatch[] {
    const out: TermMatch[] = [];
    if (this.postings.has(word)) out.push({ term: word, weight: 1 });
    if (last && word.length >= MIN_PREFIX) {
      // The coach may still be typing the last word: every word it begins counts, a little less.
      const sorted = (this.sorted ??= [...this.postings.keys()].sort());
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! < word) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < sorted.length && sorted[k]!.startsWith(word); k++) if (sorted[k] !== word) out.push({ term: sorted[k]!, weight: 0.7 });
    }
    if (out.length === 0 && word.length >= TYPO_MIN_LENGTH) {
      // One typo in a long word is forgiven.
      for (const term of this.postings.keys()) if (withinOneEdit(word, term)) out.push({ term, weight: 0.5 });
    }
    return out;
  }

  /** Renumbers the live notes and drops the dead numbers (and the words only they held). */
  private compact(): void {
    const renumber = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    this.ids.forEach((id, n) => {
      if (id === null) return;
      renumber[n] = ids.push(id) - 1;
      this.numberOf.set(id, renumber[n]!);
    });
    const postings = new Map<string, number[]>();
    for (const [word, list] of this.postings) {
      const kept: number[] = [];
      for (const n of list) if (renumber[n] !== -1) kept.push(renumber[n]!);
      if (kept.length > 0) postings.set(word, kept);
    }
    if (postings.size !== this.postings.size) this.sorted = null;
    this.ids = ids;
    this.postings = postings;
    this.dead = 0;
  }
}
