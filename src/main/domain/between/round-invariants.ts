import type { OneToOne, PairingRound } from '../../../shared/between';
import type { Membership } from '../../../shared/entities';
import type { Problem } from '../invariants';

// The rules pairing rounds must keep that their schemas cannot say alone, for
// `cli verify` and the tests: pairs only of members of the group in the round's
// period, nobody twice in one round, the never-pair rules it was planned under
// kept (unless the coach set the pair by hand, which they are told about), and
// 1:1s only with members.

export interface RoundsOfGroup {
  file: string;
  name: string;
  memberships: readonly Membership[];
  pairingRounds: readonly PairingRound[];
  oneToOnes: readonly OneToOne[];
}

/** A member for some of the round: joined by its last day, not left before its first. */
const inPeriod = (m: Membership, round: PairingRound): boolean => m.joinedOn <= round.to && (m.leftOn === null || m.leftOn > round.from);

export function checkPairingRounds(group: RoundsOfGroup): Problem[] {
  const problems: Problem[] = [];
  const where = `${group.file} (${group.name})`;
  const add = (message: string) => problems.push({ file: where, message });
  const roundIds = new Set<string>();
  const sessionIds = new Set<string>();
  for (const round of group.pairingRounds) {
    const label = `The round from ${round.from} to ${round.to}`;
    if (roundIds.has(round.id)) add(`Round id ${round.id} is used more than once.`);
    roundIds.add(round.id);
    if (round.to <= round.from) add(`${label} ends before it begins.`);
    const placed = [...round.sessions.flatMap((s) => s.personIds), ...(round.withCoach === null ? [] : [round.withCoach])];
    const seen = new Set<string>();
    for (const personId of placed) {
      if (seen.has(personId)) add(`${label} has person ${personId} more than once.`);
      seen.add(personId);
      if (!group.memberships.some((m) => m.personId === personId && inPeriod(m, round))) add(`${label} pairs person ${personId}, who was not a member of the group then.`);
      if (round.absent.includes(personId)) add(`${label} pairs person ${personId}, who is marked away for it.`);
    }
    for (const session of round.sessions) {
      if (sessionIds.has(session.id)) add(`Pair session id ${session.id} is used more than once.`);
      sessionIds.add(session.id);
      for (const [a, b] of round.rules.neverPair) {
        if (!round.handEdited && session.personIds.includes(a) && session.personIds.includes(b)) add(`${label} pairs ${a} with ${b}, which its rules rule out.`);
      }
    }
    if (round.sessions.filter((s) => s.personIds.length === 3).length > 1) add(`${label} has more than one triad.`);
    if (round.rules.oddMember === 'triad' && round.withCoach !== null && placed.length > 1 && !round.handEdited) add(`${label} pairs someone with the coach, but its rules ask for a triad.`);
  }
  const oneToOneIds = new Set<string>();
  for (const o of group.oneToOnes) {
    if (oneToOneIds.has(o.id)) add(`1:1 id ${o.id} is used more than once.`);
    oneToOneIds.add(o.id);
    if (!group.memberships.some((m) => m.personId === o.personId)) add(`The 1:1 on ${o.date} is with person ${o.personId}, who is not a member of this group.`);
    if (o.roundId !== null && !roundIds.has(o.roundId)) add(`The 1:1 on ${o.date} belongs to round ${o.roundId}, which the group does not have.`);
  }
  return problems;
}
