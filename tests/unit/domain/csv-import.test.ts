import { describe, expect, it } from 'vitest';
import { parsePeopleCsv, type CsvParseOutcome } from '../../../src/main/domain/csv-import';

const context = {
  existingPeople: [{ id: 'p1', name: 'Ada Lovelace', email: 'ada@example.com' }],
  coachTimeZone: 'Europe/Berlin',
};

function preview(outcome: CsvParseOutcome) {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.preview;
}

describe('parsePeopleCsv', () => {
  it('accepts common header spellings in any case and fills a missing zone with the coach\'s', () => {
    const csv = [
      'Full Name,E-Mail,Time Zone,Company,Job Title,Phone Number',
      'Grace Hopper,GRACE@Example.com,America/New_York,Navy,Rear Admiral,+1 555 0100',
      'Alan Turing,alan@example.com,,Bletchley,,',
    ].join('\r\n');
    const result = preview(parsePeopleCsv(csv, context));
    expect(result.columns).toEqual(['name', 'email', 'timeZone', 'organisation', 'role', 'phone']);
    expect(result.missingColumns).toEqual([]);
    expect(result.importableCount).toBe(2);
    expect(result.rows[0]).toMatchObject({
      line: 2,
      errors: [],
      duplicateOf: null,
      person: {
        name: 'Grace Hopper',
        email: 'grace@example.com',
        timeZone: 'America/New_York',
        organisation: 'Navy',
        role: 'Rear Admiral',
        phone: '+1 555 0100',
      },
    });
    expect(result.rows[1]?.person?.timeZone).toBe('Europe/Berlin');
  });

  it('also understands organization/tz/title, semicolons and a byte-order mark', () => {
    const csv = '\uFEFFname;email;tz;organization;title\nKaren Spärck Jones;ksj@example.com;Europe/London;Cambridge;Professor\n';
    const result = preview(parsePeopleCsv(csv, context));
    expect(result.rows[0]?.person).toMatchObject({ name: 'Karen Spärck Jones', organisation: 'Cambridge', role: 'Professor' });
    expect(result.missingColumns).toEqual(['phone']);
  });

  it('joins first and last name columns when there is no single name column', () => {
    const result = preview(parsePeopleCsv('First Name,Last Name,Email\nMary,Jackson,mary@example.com', context));
    expect(result.rows[0]?.person?.name).toBe('Mary Jackson');
  });

  it('reports problems per row and field, with the row\'s line in the file', () => {
    const csv = ['name,email,timezone', ',nobody@example.com,', 'Bad Email,not-an-email,', '', 'Wrong Zone,wz@example.com,Mars/Olympus'].join('\n');
    const result = preview(parsePeopleCsv(csv, context));
    expect(result.importableCount).toBe(0);
    expect(result.rows.map((r) => [r.line, r.errors])).toEqual([
      [2, [{ field: 'name', message: 'Name is required.' }]],
      [3, [{ field: 'email', message: 'Enter a valid email address, such as name@example.com.' }]],
      [5, [{ field: 'timeZone', message: 'Unknown time zone. Use a name such as Europe/London.' }]],
    ]);
    expect(result.rows.every((r) => r.person === null)).toBe(true);
  });

  it('counts lines inside quoted multi-line cells', () => {
    const csv = 'name,email,role\n"Ada","a2@example.com","line one\nline two"\nBo,,\n';
    const result = preview(parsePeopleCsv(csv, context));
    expect(result.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('marks emails already known or repeated from an earlier row as duplicates', () => {
    const csv = ['name,email', 'Ada Again,ADA@example.com', 'New One,new@example.com', 'New Twice,New@Example.com'].join('\n');
    const result = preview(parsePeopleCsv(csv, context));
    expect(result.rows.map((r) => r.duplicateOf)).toEqual([
      { kind: 'existing', personId: 'p1', name: 'Ada Lovelace' },
      null,
      { kind: 'row', line: 3 },
    ]);
    expect(result.importableCount).toBe(1);
  });

  it('refuses a file without name or email columns, saying what it found', () => {
    const outcome = parsePeopleCsv('Nickname,Phone\nAda,123', context);
    expect(outcome).toEqual({
      ok: false,
      message: 'The file needs a header row with a "name" column and an "email" column. Found: Nickname, Phone.',
    });
    expect(parsePeopleCsv('name,phone\nAda,1', context)).toMatchObject({ ok: false, message: expect.stringContaining('"email" column') });
    expect(parsePeopleCsv('', context)).toMatchObject({ ok: false, message: expect.stringContaining('empty') });
    expect(parsePeopleCsv('\n\n', context)).toMatchObject({ ok: false });
  });
});
