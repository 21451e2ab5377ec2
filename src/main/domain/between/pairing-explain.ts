import type { PairingImpossible, PairReason, PassedOverPartner, RoundPlan } from './pairing-types';

// Plain English for a plan's reasons, one sentence each, in the plan's order.
// Every sentence restates a structured reason (pairing-reasons.ts), so it is
// exactly as true as the reason; the caller supplies names (ids never show).

type NameOf = (personId: string) => string;

export function describeRound(plan: RoundPlan, nameOf: NameOf): string[] {
  return plan.reasons.map((reason) => describeReason(reason, nameOf));
}

export function describeImpossible(result: PairingImpossible, nameOf: NameOf): string {
  if (result.reason === 'too-many-members') return 'This round has too many members to pair exactly; split the group first.';
  return `No pairing is possible: the never-pair rules between ${list(result.personIds.map(nameOf))} leave no way to group everyone.`;
}

export function describeReason(reason: PairReason, nameOf: NameOf): string {
  switch (reason.kind) {
    case 'first-pairing': {
      const [a, b] = reason.personIds.map(nameOf);
      const team = reason.sameTeam === false ? ', and they are from different teams' : reason.sameTeam ? ', though they are from the same team' : '';
      return `${a} and ${b} have not been paired yet${team}.`;
    }
    case 'repeat': {
      const [a, b] = reason.personIds.map(nameOf);
      const head = `${a} meets ${b} again (${ordinal(reason.timesMet + 1)} time, last ${roundsAgo(reason.lastRoundsAgo)})`;
      if (reason.passedOver === null) return `${head}, as set by hand.`;
      if (reason.passedOver.length === 0) return `${head}: neither has anyone in this round they have met less.`;
      const clauses = [
        ...reason.passedOver.filter((p) => p.because === 'never-pair').map((p) => `${nameOf(p.personId)} must never be paired with ${nameOf(p.partnerId)}`),
        ...takenClauses(reason.passedOver.filter((p) => p.because === 'taken'), nameOf),
      ];
      // An absent partner may be the cheaper one for both of the pair: say it once.
      const absent = [...new Set(reason.passedOver.filter((p) => p.because === 'absent').map((p) => p.partnerId))].map(nameOf);
      if (absent.length > 0) clauses.push(`${list(absent)} ${absent.length === 1 ? 'is' : 'are'} not in this round`);
      return `${head} because ${clauses.join('; ')}.`;
    }
    case 'with-coach': {
      const who = nameOf(reason.personId);
      if (reason.timesBefore === 0) return `${who} meets the coach this round (their 1:1), for the first time.`;
      const why = reason.fewestAmongRound ? 'nobody in this round has had fewer' : 'the never-pair rules leave no pairing that gives it to someone who has had fewer';
      return `${who} meets the coach this round (their 1:1) again, last ${roundsAgo(reason.lastRoundsAgo ?? 0)}: ${why}.`;
    }
    case 'triad': {
      const names = reason.personIds.map(nameOf);
      const before = reason.personIds.map((_, i) => `${names[i]} ${times(reason.timesBefore[i]!)}`);
      return `${list(names)} form this round's three (in a three before: ${before.join(', ')}).`;
    }
    case 'only-member':
      return `${nameOf(reason.personId)} is the only member this round, so they meet the coach.`;
    case 'swapped-by-coach': {
      const [a, b] = reason.personIds.map(nameOf);
      return `The coach swapped ${a} and ${b} by hand.`;
    }
  }
}

/** Partners taken for the same person on the same tier share one clause: "Amara (with Raj) and Lee (with the coach) are taken: ...". */
function takenClauses(taken: readonly PassedOverPartner[], nameOf: NameOf): string[] {
  const groups = new Map<string, PassedOverPartner[]>();
  for (const p of taken) {
    const key = `${p.personId}\u0000${p.worseOn ?? 'tie'}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()].map((same) => {
    const who = nameOf(same[0]!.personId);
    const withWhom = (p: PassedOverPartner): string => (p.takenBy.length === 0 ? 'the coach' : list(p.takenBy.map(nameOf)));
    const single = same.length === 1;
    const partner = single ? nameOf(same[0]!.partnerId) : same.length === 2 ? 'either of them' : 'any of them';
    const where = single ? `${partner} is with ${withWhom(same[0]!)} and` : `${list(same.map((p) => `${nameOf(p.partnerId)} (with ${withWhom(p)})`))} are taken:`;
    const cost: Record<NonNullable<PassedOverPartner['worseOn']>, string> = {
      repeats: `putting ${who} with ${partner} would mean more repeats overall`,
      rotation: `putting ${who} with ${partner} would give the odd role to someone who has had it more`,
      sameTeam: `putting ${who} with ${partner} would mean more same-team pairs`,
      tie: `putting ${who} with ${partner} is only equally good, and the fixed rotation order came to this one first`,
      'no-valid-grouping': single ? `the never-pair rules allow no pairing with ${who} and ${partner} together` : `the never-pair rules allow no pairing with ${who} and ${partner}`,
    };
    return `${where} ${cost[same[0]!.worseOn ?? 'tie']}`;
  });
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const roundsAgo = (k: number): string => (k === 1 ? 'in the previous round' : `${k} rounds ago`);
const times = (k: number): string => (k === 1 ? 'once' : `${k} times`);
