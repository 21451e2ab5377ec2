import { format, parseISO } from 'date-fns';
import type { BetweenMember, RoundView, SwapPreview } from '../../../shared/contract/between';

// The words a round is read in: names in place of ids, dates as the coach
// says them, and a swap's effect as a sentence.

export type NameOf = (personId: string) => string;

/** Former members keep their name in the history; an id the view does not know is shown as "Someone". */
export function namesFrom(members: readonly BetweenMember[]): NameOf {
  const byId = new Map(members.map((m) => [m.personId, m.name]));
  return (personId) => byId.get(personId) ?? 'Someone';
}

/** Everyone placed in a round: in its pairs and triad, and the member with the coach. */
export function peopleOf(round: Pick<RoundView, 'sessions' | 'withCoach'>): string[] {
  return [...round.sessions.flatMap((s) => s.personIds), ...(round.withCoach ? [round.withCoach] : [])];
}

const firstName = (name: string) => name.split(/\s+/)[0] ?? name;

/** "10 Mar – 14 Apr"; a round across new year names both years ("15 Dec 2026 – 12 Jan 2027"). */
export function roundDates(round: Pick<RoundView, 'from' | 'to'>): string {
  const from = parseISO(round.from);
  const to = parseISO(round.to);
  const pattern = from.getFullYear() === to.getFullYear() ? 'd MMM' : 'd MMM yyyy';
  return `${format(from, pattern)} – ${format(to, pattern)}`;
}

/** "Amara Okafor & Raj Patel"; a triad "A, B & C". */
export function groupingNames(personIds: readonly string[], nameOf: NameOf): string {
  const names = personIds.map(nameOf);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} & ${names.at(-1) ?? ''}`;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

const roundsAgo = (n: number) => (n === 0 ? 'this round' : `${n} round${n === 1 ? '' : 's'} ago`);

/** "Amara and Raj would meet for the 3rd time; last 1 round ago". */
export function repeatSentence(repeat: SwapPreview['introducedRepeats'][number], nameOf: NameOf): string {
  const [a, b] = repeat.personIds.map((id) => firstName(nameOf(id)));
  return `${a} and ${b} would meet for the ${ordinal(repeat.timesMet + 1)} time; last ${roundsAgo(repeat.lastRoundsAgo)}.`;
}

export function neverPairSentence([a, b]: readonly [string, string], nameOf: NameOf): string {
  return `${nameOf(a)} and ${nameOf(b)} are never to be paired.`;
}

export const STATE_LABELS: Record<RoundView['state'], string> = { 'under-way': 'Under way', planned: 'Planned', held: 'Held' };
