import { describe, expect, it } from 'vitest';
import { groupingNames, namesFrom, ordinal, repeatSentence, roundDates } from '../../../src/renderer/features/between/round-words';
import { AMARA, betweenView, RAJ, TOMAS } from './between-fixtures';

const nameOf = namesFrom(betweenView().members);

describe('round words', () => {
  it('writes a round’s dates as the coach says them, with years only across new year', () => {
    expect(roundDates({ from: '2027-03-10', to: '2027-04-14' })).toBe('10 Mar – 14 Apr');
    expect(roundDates({ from: '2026-12-16', to: '2027-01-20' })).toBe('16 Dec 2026 – 20 Jan 2027');
  });

  it('names a pair with "&" and a triad with a comma and "&"', () => {
    expect(groupingNames([AMARA, RAJ], nameOf)).toBe('Amara Okafor & Raj Patel');
    expect(groupingNames([AMARA, RAJ, TOMAS], nameOf)).toBe('Amara Okafor, Raj Patel & Tomás Ruiz');
    expect(groupingNames(['00000000-0000-4000-8000-0000000000ff', RAJ], nameOf)).toBe('Someone & Raj Patel');
  });

  it('counts in English ordinals, teens included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th']);
  });

  it('says a repeat as the meeting it would be and how long ago the last was', () => {
    expect(repeatSentence({ personIds: [AMARA, RAJ], timesMet: 2, lastRoundsAgo: 1 }, nameOf)).toBe('Amara and Raj would meet for the 3rd time; last 1 round ago.');
    expect(repeatSentence({ personIds: [RAJ, TOMAS], timesMet: 1, lastRoundsAgo: 4 }, nameOf)).toBe('Raj and Tomás would meet for the 2nd time; last 4 rounds ago.');
  });
});
