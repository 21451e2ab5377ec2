// A meeting's agenda, built from a template that follows the method: open with
// a check-in on progress and a review of the next steps agreed last time, give
// the hot seat its time boxes, optionally a FeedForward round and pair work,
// agree next steps, check out. The template says how each part is timed; the
// agenda is those times fitted to this meeting's length and attendance, so the
// parts add up to the meeting. Edited by hand, an agenda is checked again, with
// a warning (never a silent fix) when the times no longer add up.

export type AgendaItemKind = 'check-in' | 'review' | 'hot-seat' | 'feedforward' | 'pair-work' | 'next-steps' | 'check-out';

export type AgendaTiming =
  /** A set length. */
  | { type: 'fixed'; minutes: number }
  /** Grows with the members present (everyone speaks), never below a floor. */
  | { type: 'per-member'; minutesPerMember: number; minMinutes: number }
  /** What the other parts leave, shared equally among the meeting's coachees. */
  | { type: 'remainder' };

export interface AgendaTemplateItem {
  kind: AgendaItemKind;
  title: string;
  timing: AgendaTiming;
  /** Optional parts of the method (FeedForward, pair work) can be left out of a group's template. */
  included: boolean;
}

export interface AgendaTemplate {
  items: readonly AgendaTemplateItem[];
}

export interface AgendaItem {
  kind: AgendaItemKind;
  title: string;
  minutes: number;
  /** Minutes from the start of the meeting. */
  startsAt: number;
  /** For a hot seat turn: the coachee's membership id, when one is planned. */
  coacheeId?: string;
}

/** Below this a hot seat turn is too short for a coachee to think a question through. */
export const MIN_HOT_SEAT_MINUTES = 15;

export const METHOD_TEMPLATE: AgendaTemplate = {
  items: [
    { kind: 'check-in', title: 'Check-in on progress', timing: { type: 'per-member', minutesPerMember: 3, minMinutes: 10 }, included: true },
    { kind: 'review', title: 'Review of last meeting’s next steps', timing: { type: 'per-member', minutesPerMember: 2, minMinutes: 5 }, included: true },
    { kind: 'hot-seat', title: 'Hot seat', timing: { type: 'remainder' }, included: true },
    { kind: 'feedforward', title: 'FeedForward round', timing: { type: 'fixed', minutes: 15 }, included: false },
    { kind: 'pair-work', title: 'Pair work', timing: { type: 'fixed', minutes: 20 }, included: false },
    { kind: 'next-steps', title: 'Next steps', timing: { type: 'per-member', minutesPerMember: 2, minMinutes: 5 }, included: true },
    { kind: 'check-out', title: 'Check-out', timing: { type: 'per-member', minutesPerMember: 1, minMinutes: 5 }, included: true },
  ],
};

export interface AgendaContext {
  meetingMinutes: number;
  /** Members expected at the meeting. */
  memberCount: number;
  /** The meeting's coachees in hot seat order (from the rotation); empty when none are planned yet. */
  coacheeIds: readonly string[];
}

export interface AgendaCheck {
  totalMinutes: number;
  meetingMinutes: number;
  /** True when the parts add up to the meeting exactly and every hot seat turn has room. */
  fits: boolean;
  warnings: string[];
}

export interface Agenda {
  items: AgendaItem[];
  check: AgendaCheck;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function partMinutes(timing: Exclude<AgendaTiming, { type: 'remainder' }>, memberCount: number): number {
  if (timing.type === 'fixed') return timing.minutes;
  return Math.max(timing.minMinutes, Math.round(timing.minutesPerMember * memberCount));
}

/** The template's parts timed for this meeting, and the check of those times. */
export function buildAgenda(template: AgendaTemplate, context: AgendaContext): Agenda {
  const parts = template.items.filter((item) => item.included);
  const set = parts.reduce((sum, item) => sum + (item.timing.type === 'remainder' ? 0 : partMinutes(item.timing, context.memberCount)), 0);
  const seats = Math.max(1, context.coacheeIds.length);
  const hotSeats = parts.filter((item) => item.timing.type === 'remainder').length * seats;
  // Whole minutes: the remainder is shared out evenly and any odd minutes go to the first turns.
  const left = Math.max(0, context.meetingMinutes - set);
  const each = hotSeats === 0 ? 0 : Math.floor(left / hotSeats);
  let spare = hotSeats === 0 ? 0 : left - each * hotSeats;

  const items: AgendaItem[] = [];
  let startsAt = 0;
  const push = (item: Omit<AgendaItem, 'startsAt'>): void => {
    items.push({ ...item, startsAt });
    startsAt += item.minutes;
  };
  for (const part of parts) {
    if (part.timing.type !== 'remainder') {
      push({ kind: part.kind, title: part.title, minutes: partMinutes(part.timing, context.memberCount) });
      continue;
    }
    for (let seat = 0; seat < seats; seat += 1) {
      const minutes = each + (spare > 0 ? 1 : 0);
      spare = Math.max(0, spare - 1);
      const coacheeId = context.coacheeIds[seat];
      push({ kind: part.kind, title: seats > 1 ? `${part.title} (turn ${seat + 1} of ${seats})` : part.title, minutes, ...(coacheeId !== undefined ? { coacheeId } : {}) });
    }
  }
  return { items, check: checkAgenda(items, context.meetingMinutes) };
}

/** Whether an agenda's times add up to its meeting, with a warning for each way they do not. */
export function checkAgenda(items: readonly Pick<AgendaItem, 'kind' | 'title' | 'minutes'>[], meetingMinutes: number): AgendaCheck {
  const warnings: string[] = [];
  const bad = items.filter((item) => !Number.isInteger(item.minutes) || item.minutes < 0);
  for (const item of bad) warnings.push(`${item.title}: the time must be a whole number of minutes, 0 or more.`);
  const totalMinutes = items.reduce((sum, item) => sum + (Number.isInteger(item.minutes) && item.minutes > 0 ? item.minutes : 0), 0);
  if (totalMinutes > meetingMinutes) {
    warnings.push(`The agenda adds up to ${plural(totalMinutes, 'minute')}, ${plural(totalMinutes - meetingMinutes, 'minute')} more than the ${meetingMinutes}-minute meeting. Shorten or leave out a part.`);
  } else if (totalMinutes < meetingMinutes) {
    warnings.push(`The agenda adds up to ${plural(totalMinutes, 'minute')}, leaving ${plural(meetingMinutes - totalMinutes, 'minute')} of the ${meetingMinutes}-minute meeting unplanned.`);
  }
  const shortSeats = items.filter((item) => item.kind === 'hot-seat' && Number.isInteger(item.minutes) && item.minutes >= 0 && item.minutes < MIN_HOT_SEAT_MINUTES);
  if (shortSeats.length > 0) {
    const least = Math.min(...shortSeats.map((item) => item.minutes));
    warnings.push(
      `A hot seat turn has only ${plural(least, 'minute')}; a coachee needs about ${MIN_HOT_SEAT_MINUTES} or more to think a question through. ` +
        'Shorten other parts, leave out the FeedForward round or pair work, or plan one coachee.',
    );
  }
  for (const item of items) if (item.kind !== 'hot-seat' && item.minutes === 0) warnings.push(`${item.title} has no time.`);
  return { totalMinutes, meetingMinutes, fits: warnings.length === 0, warnings };
}
