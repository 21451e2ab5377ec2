/**
 * The full-text index over the coach's notes while the vault is unlocked:
 * for each word, the notes that hold it. Words come in folded (case and
 * accents, shared/text.ts) and split on anything that is not a letter or a
 * digit, so the index and the query agree on what a word is.
 *
 * Why not MiniSearch, which the issue suggests: over 15,000 notes of about
 * 1.5 KB it took 12.2 s to build where this takes 1.5 s (same machine, same
 * load, same words: bench/notes-bench.ts), and the index must be ready about
 * a second after unlocking. What the coach needs from search here is small
 * (every word must match, the last may be unfinished, a long word may have one
 * typo, rarer words rank higher), and that is all this does.
 */
export interface IndexHit {
  id: string;
  score: number;
  /** The indexed words that matched, for the excerpt. */
  terms: string[];
}

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

export const wordsOf = (folded: string): string[] => [...new Set(folded.split(WORD_SPLIT))].filter((w) => w.length > 0);

/** True when a and b differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export class NoteIndex {
  private readonly postings = new Map<string, Set<string>>();
  private readonly wordsById = new Map<string, string[]>();
  /** Every word, sorted, for finding the words an unfinished one begins; rebuilt when words come or go. */
  private sorted: string[] | null = null;

  get size(): number {
    return this.wordsById.size;
  }

  has(id: string): boolean {
    return this.wordsById.has(id);
  }

  /** Indexes a note's folded text (replacing what was indexed for it before). */
  add(id: string, folded: string): void {
    if (this.wordsById.has(id)) this.discard(id);
    const words = wordsOf(folded);
    this.wordsById.set(id, words);
    for (const word of words) {
      const ids = this.postings.get(word);
      if (ids) ids.add(id);
      else {
        this.postings.set(word, new Set([id]));
        this.sorted = null;
      }
    }
  }

  discard(id: string): void {
    for (const word of this.wordsById.get(id) ?? []) {
      const ids = this.postings.get(word);
      ids?.delete(id);
      if (ids?.size === 0) {
        this.postings.delete(word);
        this.sorted = null;
      }
    }
    this.wordsById.delete(id);
  }

  /** Notes holding every word of the folded query, best first (rarer words count more; exact beats prefix or typo). */
  search(foldedQuery: string): IndexHit[] {
    const words = wordsOf(foldedQuery);
    if (words.length === 0) return [];
    let candidates: Map<string, { score: number; terms: string[] }> | null = null;
    for (const [i, word] of words.entries()) {
      const matches = this.matchesOf(word, i === words.length - 1);
      const scored = new Map<string, { score: number; terms: string[] }>();
      for (const { term, weight } of matches) {
        const ids = this.postings.get(term)!;
        const idf = Math.log(1 + this.wordsById.size / ids.size) * weight;
        for (const id of ids) {
          if (candidates && !candidates.has(id)) continue;
          const best = scored.get(id);
          if (!best || best.score < idf) scored.set(id, { score: idf, terms: [term] });
        }
      }
      if (candidates) {
        const before: Map<string, { score: number; terms: string[] }> = candidates;
        const merged = new Map<string, { score: number; terms: string[] }>();
        for (const [id, s] of scored) merged.set(id, { score: before.get(id)!.score + s.score, terms: [...before.get(id)!.terms, ...s.terms] });
        candidates = merged;
      } else candidates = scored;
      if (candidates.size === 0) return [];
    }
    return [...candidates!]
      .map(([id, s]) => ({ id, score: s.score, terms: s.terms }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  }

  private matchesOf(word: string, last: boolean): { term: string; weight: number }[] {
    const out: { term: string; weight: number }[] = [];
    if (this.postings.has(word)) out.push({ term: word, weight: 1 });
    if (last) {
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
    if (out.length === 0 && word.length >= 6) {
      // One typo in a long word is forgiven.
      for (const term of this.postings.keys()) if (withinOneEdit(word, term)) out.push({ term, weight: 0.5 });
    }
    return out;
  }
}
