import { describe, expect, it } from 'vitest';
import { checkPairingRounds } from '../../../../src/main/domain/between/round-invariants';
import type { PairingRound } from '../../../../src/shared/between';
import type { Membership } from '../../../../src/shared/entities';

// What `verify` says about a group's pairing rounds: nothing for a good one, and
// each broken rule in words.

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const [ada, bo, cy, dee, eve] = [1, 2, 3, 4, 5].map(id) as [string, string, string, string, string];
const AT = '2026-01-01T00:00:00.000Z';

const member = (personId: string, joinedOn = '2026-01-05', leftOn: string | null = null): Membership => ({ id: id(100 + Number.parseInt(personId.slice(-4), 16)), personId, joinedOn, leftOn, goal: null });
const members = [member(ada), member(bo), member(cy), member(dee), member(eve, '2026-01-05', '2026-03-01')];

function round(groups: string[][], overrides: Partial<PairingRound> = {}): PairingRound {
  return {
    id: id(500),
    from: '2026-03-10',
    to: '2026-04-14',
    afterMeetingId: id(900),
    beforeMeetingId: id(901),
    absent: [],
    sessions: groups.map((personIds, i) => ({ id: id(600 + i), personIds, status: 'planned', agreedTime: null, where: '', updatedAt: AT })),
    withCoach: null,
    rules: { oddMember: 'triad', neverPair: [], preferDifferentTeams: false },
    handEdited: false,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

const check = (rounds: PairingRound[]) =>
  checkPairingRounds({ file: 'groups/x.json', name: 'Circle', memberships: members, pairingRounds: rounds, oneToOnes: [] }).map((p) => p.message);

describe('pairing rounds as verify checks them', () => {
  it('finds nothing wrong with a good round', () => {
    expect(check([round([[ada, bo], [cy, dee]])])).toEqual([]);
  });

  it('names a member paired twice, a former member, someone away and a ruled-out pair', () => {
    expect(check([round([[ada, bo], [ada, cy]])])).toEqual([expect.stringMatching(new RegExp(`has person ${ada} more than once`))]);
    expect(check([round([[ada, eve], [bo, cy]])])).toEqual([expect.stringMatching(new RegExp(`pairs person ${eve}, who was not a member`))]);
    expect(check([round([[ada, bo], [cy, dee]], { absent: [dee] })])).toEqual([expect.stringMatching(/marked away/)]);
    const ruled = { oddMember: 'triad' as const, neverPair: [[ada, bo] as [string, string]], preferDifferentTeams: false };
    expect(check([round([[ada, bo], [cy, dee]], { rules: ruled })])).toEqual([expect.stringMatching(/which its rules rule out/)]);
    // Set by hand, the coach was told and decided: not a problem in the data.
    expect(check([round([[ada, bo], [cy, dee]], { rules: ruled, handEdited: true })])).toEqual([]);
  });

  it('refuses two triads, a period that ends before it begins, and a repeated id', () => {
    expect(check([round([[ada, bo, cy], [dee, eve, ada]])]).some((m) => /more than one triad/.test(m))).toBe(true);
    expect(check([round([[ada, bo]], { from: '2026-04-14', to: '2026-03-10' })]).some((m) => /ends before it begins/.test(m))).toBe(true);
    expect(check([round([[ada, bo]]), round([[cy, dee]])]).some((m) => /Round id .* more than once/.test(m))).toBe(true);
  });
});
