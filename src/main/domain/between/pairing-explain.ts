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
      const clauses: string[] = [];
      const ruledOut = reason.passedOver.filter((p) => p.because === 'never-pair');
      if (ruledOut.length > 0) clauses.push(list(ruledOut.map((p) => `${nameOf(p.personId)} is never paired with ${nameOf(p.partnerId)}`)));
      const taken = reason.passedOver.filter((p) => p.because === 'taken');
      if (taken.length > 0) clauses.push(takenClause(taken, nameOf));
      // An absent partner may be the cheaper one for both of the pair: say it once.
      const absent = [...new Set(reason.passedOver.filter((p) => p.because === 'absent').map((p) => p.partnerId))].map(nameOf);
      if (absent.length > 0) clauses.push(`${list(absent)} ${absent.length === 1 ? 'is' : 'are'} away this round`);
      return `${head}: ${clauses.join('; ')}.`;
    }
    case 'with-coach': {
      const who = nameOf(reason.personId);
      if (reason.timesBefore === 0) return `${who} meets the coach this round (their 1:1), for the first time.`;
      const why = reason.fewestAmongRound ? 'nobody in this round has had fewer' : 'the never-pair rules leave no pairing that gives it to someone who has had fewer';
      return `${who} meets the coach this round (their 1:1) again, last ${roundsAgo(reason.lastRoundsAgo ?? 0)}: ${why}.`;
    }
    case 'triad': {
      const names = reason.personIds.map(nameOf);
      const before = reason.personIds.flatMap((_, i) => (reason.timesBefore[i]! > 0 ? [`${names[i]} ${times(reason.timesBefore[i]!)}`] : []));
      return `${list(names)} are this round's triad${before.length === 0 ? ', none of them in one before' : ` (in one before: ${before.join(', ')})`}.`;
    }
    case 'only-member':
      return `${nameOf(reason.personId)} is the only member this round, so they meet the coach.`;
    case 'swapped-by-coach': {
      const [a, b] = reason.personIds.map(nameOf);
      return `The coach swapped ${a} and ${b} by hand.`;
    }
  }
}

/**
 * One clause for every fresher partner paired elsewhere, named by the
 * strongest reason among them: a coach wants to know that the others are
 * busy and why moving them would be worse, not each partner's arithmetic.
 */
function takenClause(taken: readonly PassedOverPartner[], nameOf: NameOf): string {
  const partners = [...new Set(taken.map((p) => p.partnerId))].map(nameOf);
  const who = partners.length === 1 ? `${partners[0]} is` : `${list(partners)} are`;
  const worse = new Set(taken.map((p) => p.worseOn ?? 'tie'));
  const why = worse.has('no-valid-grouping')
    ? 'the never-pair rules allow no other grouping'
    : worse.has('repeats')
      ? 'pairing them differently would mean more repeats'
      : worse.has('rotation')
        ? 'pairing them differently would give the odd role to someone who has had it more'
        : worse.has('sameTeam')
          ? 'pairing them differently would mean more same-team pairs'
          : 'every other way to pair them is no better';
  return `${who} already paired, and ${why}`;
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
