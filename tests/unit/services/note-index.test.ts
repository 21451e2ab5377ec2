import { describe, expect, it } from 'vitest';
import { NoteIndex, forEachWord, withinOneEdit } from '../../../src/main/services/note-index';

describe('note index', () => {
  const index = () => {
    const i = new NoteIndex();
    i.add('a', 'ada wants to practise saying no at work');
    i.add('b', 'bo is delegating the quarterly report at work');
    i.add('c', 'cy practises delegating');
    return i;
  };

  it('finds notes holding every word, the last one possibly unfinished', () => {
    expect(index().search('work').map((h) => h.id).sort()).toEqual(['a', 'b']);
    expect(index().search('delegating work').map((h) => h.id)).toEqual(['b']);
    expect(index().search('quart').map((h) => h.id)).toEqual(['b']);
    // Only the last word may be a beginning.
    expect(index().search('quart report')).toEqual([]);
    expect(index().search('nothing here')).toEqual([]);
    expect(index().search('  ')).toEqual([]);
  });

  it('forgives one typo in a long word, and ranks an exact match above a partial one', () => {
    expect(index().search('delegatin').map((h) => h.id).sort()).toEqual(['b', 'c']);
    expect(index().search('delegatimg').map((h) => h.id).sort()).toEqual(['b', 'c']);
    const ranked = index().search('practise');
    expect(ranked.map((h) => h.id)).toEqual(['a', 'c']);
    expect(ranked[0]!.terms).toEqual(['practise']);
  });

  it('forgets a note discarded or replaced', () => {
    const i = index();
    i.discard('b');
    expect(i.search('quarterly')).toEqual([]);
    i.add('a', 'ada now talks about budgets');
    expect(i.search('practise').map((h) => h.id)).toEqual(['c']);
    expect(i.search('budget').map((h) => h.id)).toEqual(['a']);
    expect(i.size).toBe(2);
  });

  it('tells one edit apart from two', () => {
    expect(withinOneEdit('report', 'reprot')).toBe(false);
    expect(withinOneEdit('report', 'repurt')).toBe(true);
    expect(withinOneEdit('report', 'reports')).toBe(true);
    expect(withinOneEdit('report', 'eport')).toBe(true);
    expect(withinOneEdit('report', 'rport')).toBe(true);
    expect(withinOneEdit('report', 'rep')).toBe(false);
  });
});

describe('words of a note', () => {
  it('are the runs of letters and digits in any script, as splitting on non-letters would give', () => {
    const samples = ['ada wants to practise', 'façade café 2026-12-02', 'αβγ δέλτα; 東京 会議', 'emoji 👍🏽 between 𝒳words', 'a\u0301b trailing ', '', '  --  '];
    for (const text of samples) {
      const seen: string[] = [];
      forEachWord(text, (w) => seen.push(w));
      expect(seen).toEqual(text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0));
    }
  });
});

describe('a note index saved over many times', () => {
  it('keeps answering right as replaced notes are compacted away', () => {
    const i = new NoteIndex();
    for (let n = 0; n < 50; n++) i.add(`note-${n}`, `draft ${n} opening words`);
    // 20 sittings of saves over every note: far more dead numbers than live ones, so compaction runs several times.
    for (let round = 1; round <= 20; round++) for (let n = 0; n < 50; n++) i.add(`note-${n}`, `round${round} note${n} common`);
    i.discard('note-7');
    expect(i.size).toBe(49);
    expect(i.search('opening')).toEqual([]);
    expect(i.search('round19')).toEqual([]);
    // The last word may be unfinished: note3 also begins note30 to note39, which rank below the exact word.
    const hits = i.search('round20 note3').map((h) => h.id);
    expect(hits[0]).toBe('note-3');
    expect(hits.slice(1).sort()).toEqual(Array.from({ length: 10 }, (_, k) => `note-${30 + k}`));
    expect(i.search('note7')).toEqual([]);
    expect(i.search('common')).toHaveLength(49);
    expect(i.search('common', { limit: 5, accept: (id) => id !== 'note-0' }).map((h) => h.id)).toEqual(['note-1', 'note-10', 'note-11', 'note-12', 'note-13']);
  });
});
