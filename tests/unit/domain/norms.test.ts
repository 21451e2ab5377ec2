import { describe, expect, it } from 'vitest';
import { NormTextSchema } from '../../../src/shared/entities';
import {
  DEFAULT_NORMS,
  agreementState,
  earliestAgreementDay,
  earlyAgreementProblem,
  futureAgreementProblem,
  moveItem,
} from '../../../src/main/domain/norms';

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

describe('agreement dates', () => {
  it('allows contracting before joining, but not before the group existed for the coach', () => {
    // Set up on 10 Jan for a start on 1 Feb: a kick-off on 20 Jan is fine, 5 Jan is not.
    const earliest = earliestAgreementDay({ groupStart: '2027-02-01', groupSetUpOn: '2027-01-10', joinedOn: '2027-02-01' });
    expect(earliest).toBe('2027-01-10');
    expect(earlyAgreementProblem('2027-01-20', 'Ana', earliest)).toBeNull();
    expect(earlyAgreementProblem('2027-01-05', 'Ana', earliest)).toBe(
      'Ana cannot have agreed before 10 Jan 2027: that is before they joined and before the group started or was set up here.',
    );
  });

  it('keeps the real dates of an older group entered later', () => {
    const earliest = earliestAgreementDay({ groupStart: '2025-10-01', groupSetUpOn: '2026-03-15', joinedOn: '2025-10-01' });
    expect(earlyAgreementProblem('2025-10-02', 'Ana', earliest)).toBeNull();
    expect(earlyAgreementProblem('2025-09-30', 'Ana', earliest)).not.toBeNull();
  });

  it('refuses a date after today', () => {
    expect(futureAgreementProblem('2026-03-16', '2026-03-15')).toBe(
      "The agreement date cannot be in the future (today is 15 Mar 2026 in the group's time zone).",
    );
    expect(futureAgreementProblem('2026-03-15', '2026-03-15')).toBeNull();
  });
});
