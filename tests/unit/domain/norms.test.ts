import { describe, expect, it } from 'vitest';
import { NormTextSchema } from '../../../src/shared/entities';
import { DEFAULT_NORMS, agreementState, moveItem } from '../../../src/main/domain/norms';

describe('DEFAULT_NORMS', () => {
  it('covers the usual contracting themes in short sentences that pass the norm schema', () => {
    expect(DEFAULT_NORMS).toHaveLength(12);
    for (const text of DEFAULT_NORMS) {
      expect(NormTextSchema.safeParse(text).success).toBe(true);
      expect(text.length).toBeLessThan(100);
    }
    const all = DEFAULT_NORMS.join(' ').toLowerCase();
    for (const theme of ['stays in the group', 'open mind', 'vulnerable', 'full attention', 'listen', 'airtime', 'talk over', '"i"', 'curious', 'judgement', 'look after ourselves', 'fun']) {
      expect(all).toContain(theme);
    }
    expect(new Set(DEFAULT_NORMS).size).toBe(DEFAULT_NORMS.length);
  });
});

describe('agreementState', () => {
  const agreements = [
    { personId: 'a', agreedOn: '2026-01-10', revision: 3 },
    { personId: 'b', agreedOn: '2026-01-10', revision: 2 },
  ];
  it('tells current, stale and missing agreements apart', () => {
    expect(agreementState(agreements, 'a', 3).state).toBe('current');
    expect(agreementState(agreements, 'b', 3)).toEqual({ state: 'stale', agreement: agreements[1] });
    expect(agreementState(agreements, 'c', 3)).toEqual({ state: 'missing' });
  });
});

describe('moveItem', () => {
  it('swaps with a neighbour and refuses to move past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 1, 'up')).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 'down')).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 'up')).toBeNull();
    expect(moveItem(['a', 'b', 'c'], 2, 'down')).toBeNull();
  });
});
