import type { NormAgreement } from '../../shared/entities';
import { dayLabel } from '../../shared/calendar/days';

/**
 * The norms a new group starts from, drawn from common peer-coaching practice.
 * The coach edits them with the group when it contracts at its first meeting.
 */
export const DEFAULT_NORMS: readonly string[] = [
  'What is said in the group stays in the group, unless we all agree otherwise.',
  'We come with an open mind, ready to consider new ways of seeing things.',
  'We are willing to be vulnerable and to share what is really going on.',
  'We give the meeting our full attention: phones and email wait.',
  'We listen to understand, with respect, before we respond.',
  'We share the airtime so that every voice is heard.',
  'We let each other finish and do not talk over anyone.',
  'We speak from "I" and for ourselves, not on behalf of others.',
  'We stay curious and ask questions rather than rush to advice.',
  'We hold back judgement of each other and of ourselves.',
  'We look after ourselves and say when we need a pause.',
  'We make room to enjoy the time together and have fun.',
];

export type AgreementState =
  | { state: 'current'; agreement: NormAgreement }
  | { state: 'stale'; agreement: NormAgreement }
  | { state: 'missing' };

/**
 * Whether a member has agreed to the norms as they stand now. An agreement to
 * an earlier revision is "stale": the norms changed after they agreed, so the
 * coach should ask again.
 */
export function agreementState(
  agreements: readonly NormAgreement[],
  personId: string,
  currentRevision: number,
): AgreementState {
  const agreement = agreements.find((a) => a.personId === personId);
  if (!agreement) return { state: 'missing' };
  return agreement.revision >= currentRevision ? { state: 'current', agreement } : { state: 'stale', agreement };
}

/** Swaps a norm with its neighbour; returns null when it is already at that end. */
export function moveItem<T>(items: readonly T[], index: number, direction: 'up' | 'down'): T[] | null {
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return null;
  const next = [...items];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

/**
 * The earliest day an agreement to a group's norms can be dated. Contracting
 * often comes before anyone joins (at a kick-off before the first meeting), so
 * it is not the joining day itself, but it cannot come before the group existed
 * for the coach: before it started, was set up in Circlekeeper, or the member
 * joined, whichever of these came first (an older group entered later keeps its
 * real dates).
 */
export function earliestAgreementDay(days: { groupStart: string; groupSetUpOn: string; joinedOn: string }): string {
  return [days.groupStart, days.groupSetUpOn, days.joinedOn].sort()[0]!;
}

/** A message when an agreement would be dated after today (in the group's zone), else null. */
export function futureAgreementProblem(agreedOn: string, today: string): string | null {
  return agreedOn > today
    ? `The agreement date cannot be in the future (today is ${dayLabel(today)} in the group's time zone).`
    : null;
}

/** A message when `name` cannot have agreed as early as `agreedOn` (see earliestAgreementDay), else null. */
export function earlyAgreementProblem(agreedOn: string, name: string, earliest: string): string | null {
  return agreedOn < earliest
    ? `${name} cannot have agreed before ${dayLabel(earliest)}: that is before they joined and before the group started or was set up here.`
    : null;
}
