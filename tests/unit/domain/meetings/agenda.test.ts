import { describe, expect, it } from 'vitest';
import { buildAgenda, checkAgenda, METHOD_TEMPLATE, type AgendaTemplate } from '../../../../src/main/domain/meetings/agenda';

const withOptional: AgendaTemplate = { items: METHOD_TEMPLATE.items.map((item) => ({ ...item, included: true })) };
const rows = (template: AgendaTemplate, meetingMinutes: number, memberCount: number, coacheeIds: string[]) =>
  buildAgenda(template, { meetingMinutes, memberCount, coacheeIds });

describe('buildAgenda', () => {
  it('times the method for a 90-minute meeting of six with one coachee, adding up exactly', () => {
    const agenda = rows(METHOD_TEMPLATE, 90, 6, ['ana']);
    expect(agenda.items.map((i) => [i.startsAt, i.minutes, i.title, i.coacheeId ?? ''])).toEqual([
      [0, 18, 'Check-in on progress', ''],
      [18, 12, 'Review of last meeting’s next steps', ''],
      [30, 42, 'Hot seat', 'ana'],
      [72, 12, 'Next steps', ''],
      [84, 6, 'Check-out', ''],
    ]);
    expect(agenda.check).toEqual({ totalMinutes: 90, meetingMinutes: 90, fits: true, warnings: [] });
  });

  it('splits the hot seat into one time box per coachee, odd minutes to the first', () => {
    const agenda = rows(METHOD_TEMPLATE, 95, 6, ['ana', 'ben']);
    expect(agenda.items.filter((i) => i.kind === 'hot-seat').map((i) => [i.title, i.minutes, i.coacheeId])).toEqual([
      ['Hot seat (turn 1 of 2)', 24, 'ana'],
      ['Hot seat (turn 2 of 2)', 23, 'ben'],
    ]);
    expect(agenda.check.fits).toBe(true);
  });

  it('keeps one hot seat box when no coachee is planned yet', () => {
    expect(rows(METHOD_TEMPLATE, 90, 6, []).items.filter((i) => i.kind === 'hot-seat')).toEqual([{ kind: 'hot-seat', title: 'Hot seat', minutes: 42, startsAt: 30 }]);
  });

  it('warns when the optional rounds leave the hot seat too little time', () => {
    const agenda = rows(withOptional, 90, 6, ['ana', 'ben']);
    expect(agenda.items.map((i) => i.minutes)).toEqual([18, 12, 4, 3, 15, 20, 12, 6]);
    expect(agenda.check).toEqual({
      totalMinutes: 90,
      meetingMinutes: 90,
      fits: false,
      warnings: [
        'A hot seat turn has only 3 minutes; a coachee needs about 15 or more to think a question through. Shorten other parts, leave out the FeedForward round or pair work, or plan one coachee.',
      ],
    });
  });

  it('warns, without trimming anything, when the set parts alone outrun the meeting', () => {
    const agenda = rows({ items: METHOD_TEMPLATE.items.map((i) => ({ ...i, included: i.kind !== 'pair-work' })) }, 60, 8, ['ana']);
    expect(agenda.check.totalMinutes).toBe(79);
    expect(agenda.check.warnings).toEqual([
      'The agenda adds up to 79 minutes, 19 minutes more than the 60-minute meeting. Shorten or leave out a part.',
      'A hot seat turn has only 0 minutes; a coachee needs about 15 or more to think a question through. Shorten other parts, leave out the FeedForward round or pair work, or plan one coachee.',
    ]);
  });
});

describe('checkAgenda on an agenda edited by hand', () => {
  const base = rows(METHOD_TEMPLATE, 90, 6, ['ana']).items;

  it('accepts times that add up', () => {
    expect(checkAgenda(base, 90).fits).toBe(true);
  });

  it('says how much is left unplanned', () => {
    const edited = base.map((i) => (i.kind === 'check-out' ? { ...i, minutes: 1 } : i));
    expect(checkAgenda(edited, 90).warnings).toEqual(['The agenda adds up to 85 minutes, leaving 5 minutes of the 90-minute meeting unplanned.']);
  });

  it('refuses times that are not whole minutes and parts with no time', () => {
    const edited = base.map((i) => (i.kind === 'review' ? { ...i, minutes: 2.5 } : i.kind === 'next-steps' ? { ...i, minutes: 0 } : i));
    expect(checkAgenda(edited, 90).warnings).toEqual([
      'Review of last meeting’s next steps: the time must be a whole number of minutes, 0 or more.',
      'The agenda adds up to 66 minutes, leaving 24 minutes of the 90-minute meeting unplanned.',
      'Next steps has no time.',
    ]);
  });
});
