import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDate, daysBetween } from '../../../../src/shared/calendar/days';
import { duePeriod, meetingDays, type CadenceMeeting, type OneToOneCadence } from '../../../../src/main/domain/between/one-to-one-cadence';

const BETWEEN: OneToOneCadence = { type: 'between-meetings' };
const FOUR_WEEKS: OneToOneCadence = { type: 'every-weeks', weeks: 4 };
const member = { joinedOn: '2027-01-01', leftOn: null };
const held = (date: string): CadenceMeeting => ({ date, status: 'held' });
const planned = (date: string): CadenceMeeting => ({ date, status: 'planned' });
const cancelled = (date: string): CadenceMeeting => ({ date, status: 'cancelled' });
// Monthly meetings on the 10th, the first two held.
const monthly = [held('2027-01-10'), held('2027-02-10'), planned('2027-03-10'), planned('2027-04-10')];

describe('meetingDays', () => {
  it('keeps the days of meetings not cancelled, once each, in calendar order', () => {
    expect(meetingDays([planned('2027-03-10'), cancelled('2027-02-10'), held('2027-01-10'), planned('2027-01-10')])).toEqual(['2027-01-10', '2027-03-10']);
  });
});

describe('between-meetings', () => {
  it('before the first meeting: the gap from joining is due on the first meeting day', () => {
    expect(duePeriod(BETWEEN, member, monthly, null, '2027-01-05')).toEqual({ dueOn: '2027-01-10', daysOverdue: 0, missed: 0, coverFrom: '2027-01-01', coverUntil: '2027-01-10' });
  });

  it('after a 1:1 in the current gap, the next gap is due at the meeting after', () => {
    expect(duePeriod(BETWEEN, member, monthly, '2027-02-20', '2027-02-25')).toEqual({ dueOn: '2027-04-10', daysOverdue: 0, missed: 0, coverFrom: '2027-03-11', coverUntil: '2027-04-10' });
  });

  it('a 1:1 on the meeting day counts for the gap before it', () => {
    expect(duePeriod(BETWEEN, member, monthly, '2027-02-10', '2027-02-10')?.dueOn).toBe('2027-03-10');
    // The day after the meeting starts the next gap.
    expect(duePeriod(BETWEEN, member, monthly, '2027-02-11', '2027-02-20')?.dueOn).toBe('2027-04-10');
  });

  it('on the meeting day itself the gap ending today is still due, not yet overdue', () => {
    expect(duePeriod(BETWEEN, member, monthly, '2027-01-05', '2027-02-10')).toEqual({ dueOn: '2027-02-10', daysOverdue: 0, missed: 0, coverFrom: '2027-01-11', coverUntil: '2027-02-10' });
  });

  it('overdue from the first gap missed, in days and in every gap missed since, planned cover up to the next meeting', () => {
    expect(duePeriod(BETWEEN, member, monthly, null, '2027-02-15')).toEqual({ dueOn: '2027-01-10', daysOverdue: 36, missed: 2, coverFrom: '2027-02-15', coverUntil: '2027-03-10' });
    expect(duePeriod(BETWEEN, member, monthly, '2027-01-03', '2027-02-15')).toEqual({ dueOn: '2027-02-10', daysOverdue: 5, missed: 1, coverFrom: '2027-02-15', coverUntil: '2027-03-10' });
  });

  it('a cancelled meeting does not end a gap: the gap runs on to the next meeting held or planned', () => {
    const withCancelled = [held('2027-01-10'), cancelled('2027-02-10'), planned('2027-03-10')];
    expect(duePeriod(BETWEEN, member, withCancelled, '2027-01-05', '2027-02-15')).toEqual({ dueOn: '2027-03-10', daysOverdue: 0, missed: 0, coverFrom: '2027-01-11', coverUntil: '2027-03-10' });
    expect(duePeriod(BETWEEN, member, withCancelled, '2027-01-20', '2027-02-15')).toBeNull();
    expect(duePeriod(BETWEEN, member, [cancelled('2027-01-10')], null, '2027-01-05')).toBeNull();
  });

  it('after the last meeting nothing more falls due, but a gap missed before it stays overdue with no next due date', () => {
    expect(duePeriod(BETWEEN, member, monthly, '2027-04-01', '2027-04-20')).toBeNull();
    expect(duePeriod(BETWEEN, member, monthly, '2027-03-01', '2027-04-20')).toEqual({ dueOn: '2027-04-10', daysOverdue: 10, missed: 1, coverFrom: '2027-04-20', coverUntil: null });
    expect(duePeriod(BETWEEN, member, [], null, '2027-01-05')).toBeNull();
  });

  it('joining mid-way: the first gap runs from joining to the next meeting, earlier gaps are not owed', () => {
    const late = { joinedOn: '2027-01-20', leftOn: null };
    expect(duePeriod(BETWEEN, late, monthly, null, '2027-01-25')).toEqual({ dueOn: '2027-02-10', daysOverdue: 0, missed: 0, coverFrom: '2027-01-20', coverUntil: '2027-02-10' });
  });

  it('joining on a meeting day: that meeting is theirs to sit in, the first gap is due at the next one', () => {
    const onTheDay = { joinedOn: '2027-02-10', leftOn: null };
    expect(duePeriod(BETWEEN, onTheDay, monthly, null, '2027-02-10')).toEqual({ dueOn: '2027-03-10', daysOverdue: 0, missed: 0, coverFrom: '2027-02-11', coverUntil: '2027-03-10' });
  });

  it('leaving: a gap due on or after the leaving day is not owed', () => {
    const leaving = { joinedOn: '2027-01-01', leftOn: '2027-03-10' };
    expect(duePeriod(BETWEEN, leaving, monthly, '2027-02-01', '2027-02-20')).toBeNull();
    expect(duePeriod(BETWEEN, { ...leaving, leftOn: '2027-03-11' }, monthly, '2027-02-01', '2027-02-20')?.dueOn).toBe('2027-03-10');
  });
});

describe('every-weeks', () => {
  it('is due the given weeks after joining when no 1:1 was held yet, a 1:1 on the joining day covering it', () => {
    expect(duePeriod(FOUR_WEEKS, member, [], null, '2027-01-01')).toEqual({ dueOn: '2027-01-29', daysOverdue: 0, missed: 0, coverFrom: '2027-01-01', coverUntil: '2027-01-29' });
  });

  it('is due the given weeks after the last held 1:1, meetings playing no part', () => {
    expect(duePeriod(FOUR_WEEKS, member, monthly, '2027-02-03', '2027-02-20')).toEqual({ dueOn: '2027-03-03', daysOverdue: 0, missed: 0, coverFrom: '2027-02-04', coverUntil: '2027-03-03' });
    expect(duePeriod({ type: 'every-weeks', weeks: 1 }, member, [], '2027-02-03', '2027-02-10')?.dueOn).toBe('2027-02-10');
  });

  it('counts the periods missed and covers a catch-up up to the next due date in the rhythm', () => {
    // Due 29 Jan, then 26 Feb, 26 Mar: on 26 Feb one period was missed and today is the next due date.
    expect(duePeriod(FOUR_WEEKS, member, [], null, '2027-02-26')).toEqual({ dueOn: '2027-01-29', daysOverdue: 28, missed: 1, coverFrom: '2027-02-26', coverUntil: '2027-02-26' });
    expect(duePeriod(FOUR_WEEKS, member, [], null, '2027-02-27')).toEqual({ dueOn: '2027-01-29', daysOverdue: 29, missed: 2, coverFrom: '2027-02-27', coverUntil: '2027-03-26' });
  });

  it('crosses daylight-saving changes and month ends by calendar days, whatever the machine zone', () => {
    expect(duePeriod({ type: 'every-weeks', weeks: 2 }, member, [], '2027-03-20', '2027-03-21')?.dueOn).toBe('2027-04-03');
    expect(duePeriod({ type: 'every-weeks', weeks: 2 }, member, [], '2027-09-20', '2027-09-21')?.dueOn).toBe('2027-10-04');
  });

  it('a due date on or after the leaving day is not owed', () => {
    expect(duePeriod(FOUR_WEEKS, { joinedOn: '2027-01-01', leftOn: '2027-01-29' }, [], null, '2027-01-10')).toBeNull();
    expect(duePeriod(FOUR_WEEKS, { joinedOn: '2027-01-01', leftOn: '2027-03-01' }, [], null, '2027-02-10')).toEqual({ dueOn: '2027-01-29', daysOverdue: 12, missed: 1, coverFrom: '2027-02-10', coverUntil: '2027-02-26' });
    expect(duePeriod(FOUR_WEEKS, { joinedOn: '2027-01-01', leftOn: '2027-02-20' }, [], null, '2027-02-10')?.coverUntil).toBeNull();
  });

  it('reckons days exactly as the shared calendar helpers do, across leap years and decades', () => {
    const anyDay = fc.integer({ min: 0, max: 40 * 366 }).map((d) => addDaysToDate('2000-01-01', d));
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 52 }), fc.integer({ min: 0, max: 800 }), (last, weeks, after) => {
        const today = addDaysToDate(last, after);
        const period = duePeriod({ type: 'every-weeks', weeks }, { joinedOn: '1999-12-31', leftOn: null }, [], last, today)!;
        expect(period.dueOn).toBe(addDaysToDate(last, weeks * 7));
        expect(period.daysOverdue).toBe(Math.max(0, daysBetween(period.dueOn, today)));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('refuses a cadence that is not a whole number of weeks from 1 up', () => {
    for (const weeks of [0, -2, 1.5, Number.NaN]) expect(() => duePeriod({ type: 'every-weeks', weeks }, member, [], null, '2027-01-05')).toThrow(RangeError);
  });
});

describe('none and membership', () => {
  it('none is never due', () => {
    expect(duePeriod({ type: 'none' }, member, monthly, null, '2027-03-20')).toBeNull();
  });

  it('only a member in the group today has anything due', () => {
    for (const cadence of [BETWEEN, FOUR_WEEKS]) {
      expect(duePeriod(cadence, { joinedOn: '2027-01-06', leftOn: null }, monthly, null, '2027-01-05')).toBeNull();
      expect(duePeriod(cadence, { joinedOn: '2027-01-01', leftOn: '2027-01-05' }, monthly, null, '2027-01-05')).toBeNull();
      expect(duePeriod(cadence, { joinedOn: '2027-01-05', leftOn: '2027-02-11' }, monthly, null, '2027-01-05')).not.toBeNull();
    }
  });
});
