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
