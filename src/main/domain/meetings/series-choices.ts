import { planOccurrence, type PlannedOccurrence } from '../../../shared/calendar/recurrence';

// Before a series is saved, the coach decides about each meeting the preview
// marked: skip a date, move it, and for a meeting on a daylight-saving edge
// say which time they mean. This turns the expanded series and those decisions
// into the meetings to store, or into one message per meeting that still needs
// a decision. Nothing is ever resolved on the coach's behalf: a repeated hour
// without "first" or "second", or a skipped hour without "accept" or a move, is
// refused, as is a decision that no longer fits its meeting (the rule changed
// since the coach made it).

export type SeriesChoice =
  | { index: number; choice: 'skip' | 'earlier' | 'later' | 'moved-forward' }
  | { index: number; choice: 'move'; date: string; time: string; repeatedHour?: 'earlier' | 'later' | undefined };

export interface ChosenMeeting {
  index: number;
  /** Local date and start time in `timeZone`, as the meeting will be held. */
  date: string;
  time: string;
  timeZone: string;
  minutes: number;
  start: string;
  end: string;
  /** Where the series itself puts this meeting (its RECURRENCE-ID). */
  seriesStart: string;
}

export interface SeriesChoices {
  meetings: ChosenMeeting[];
  skipped: number;
  /** Field path ('occurrences.<index>', or 'adjustments') to what the coach still has to decide. */
  problems: Record<string, string>;
}

/** The instant the series itself gives a meeting: RFC 5545 reads a skipped time forward and a repeated one as the first. */
function seriesInstant(o: PlannedOccurrence): string | null {
  switch (o.status) {
    case 'ok':
      return o.start;
    case 'gap':
      return o.movedForward.start;
    case 'twice':
      return o.earlier.start;
    case 'invalid':
      return null;
  }
}

type Resolved = { ok: true; date: string; time: string; start: string; end: string } | { ok: false; message: string };

/** One planned time made exact by the coach's choice, or why it is not. */
function resolve(o: PlannedOccurrence, choice: SeriesChoice['choice'] | 'repeated-earlier' | 'repeated-later' | undefined): Resolved {
  switch (o.status) {
    case 'ok':
      if (choice === undefined || choice === 'move' || choice === 'repeated-earlier' || choice === 'repeated-later') return { ok: true, date: o.date, time: o.time, start: o.start, end: o.end };
      return { ok: false, message: `${o.date} at ${o.time} has one time only; there is nothing to choose. Check the preview again.` };
    case 'gap':
      if (choice === 'moved-forward') return { ok: true, date: o.date, time: o.movedForward.time, start: o.movedForward.start, end: o.movedForward.end };
      return { ok: false, message: `${o.message} Accept ${o.movedForward.time}, move the meeting or skip it.` };
    case 'twice':
      if (choice === 'earlier' || choice === 'repeated-earlier') return { ok: true, date: o.date, time: o.time, start: o.earlier.start, end: o.earlier.end };
      if (choice === 'later' || choice === 'repeated-later') return { ok: true, date: o.date, time: o.time, start: o.later.start, end: o.later.end };
      return { ok: false, message: o.message };
    case 'invalid':
      return { ok: false, message: o.message };
  }
}

/** The series' meetings after the coach's decisions, or what is still undecided. */
export function applySeriesChoices(occurrences: readonly PlannedOccurrence[], choices: readonly SeriesChoice[]): SeriesChoices {
  const byIndex = new Map(choices.map((c) => [c.index, c]));
  const problems: Record<string, string> = {};
  const meetings: ChosenMeeting[] = [];
  let skipped = 0;
  for (const o of occurrences) {
    const choice = byIndex.get(o.index);
    byIndex.delete(o.index);
    if (choice?.choice === 'skip') {
      skipped += 1;
      continue;
    }
    const seriesStart = seriesInstant(o);
    let resolved: Resolved;
    if (choice?.choice === 'move') {
      const moved = planOccurrence(choice.date, choice.time, o.timeZone, o.minutes, o.index);
      resolved = resolve(moved, choice.repeatedHour === undefined ? undefined : `repeated-${choice.repeatedHour}`);
      // A moved time in a skipped hour is simply not a time: the coach picks another.
      if (!resolved.ok && moved.status === 'gap') resolved = { ok: false, message: moved.message };
    } else {
      resolved = resolve(o, choice?.choice);
    }
    if (!resolved.ok || seriesStart === null) {
      problems[`occurrences.${o.index}`] = resolved.ok ? `The meeting on ${o.date} has no time in ${o.timeZone}.` : resolved.message;
      continue;
    }
    meetings.push({ index: o.index, date: resolved.date, time: resolved.time, timeZone: o.timeZone, minutes: o.minutes, start: resolved.start, end: resolved.end, seriesStart });
  }
  for (const stray of byIndex.values()) {
    problems.adjustments ??= `There is no meeting number ${stray.index + 1} in this series any more. Check the preview again.`;
  }
  if (occurrences.length > 0 && skipped === occurrences.length) {
    problems.adjustments ??= 'Every meeting of the series is skipped, so there is nothing to plan.';
  }
  return { meetings, skipped, problems };
}
