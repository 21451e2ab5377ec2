import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS } from '../../../../src/shared/address-book';
import { context, everyRow, preview, refusal } from './support';

describe('CSV address books: columns', () => {
  it("accepts common header spellings in any case and fills a missing zone with the coach's", async () => {
    const csv = [
      'Full Name,E-Mail,Time Zone,Company,Job Title,Phone Number',
      'Grace Hopper,GRACE@Example.com,America/New_York,Navy,Rear Admiral,+1 555 0100',
      'Alan Turing,alan@example.com,,Bletchley,,',
    ].join('\r\n');
    const result = await preview(csv);
    expect(result.format).toBe('csv');
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
    expect(result.rows[1]?.person?.timeZone).toBe(context.coachTimeZone);
  });

  it('also understands organization/tz/title, semicolons and a byte-order mark', async () => {
    const csv = '\uFEFFname;email;tz;organization;title\nKaren Spärck Jones;ksj@example.com;Europe/London;Cambridge;Professor\n';
    const result = await preview(csv);
    // With no other role column, a bare "Title" is the job title.
    expect(result.rows[0]?.person).toMatchObject({ name: 'Karen Spärck Jones', organisation: 'Cambridge', role: 'Professor' });
    expect(result.missingColumns).toEqual(['phone']);
  });

  it('never reads an honorific "Title" as the role when the file has a "Job Title" column, even an empty one', async () => {
    const csv = ['First Name,Last Name,Title,Job Title,E-mail Address', 'Grace,Kim,Ms.,CTO,grace@example.com', 'Tom,Price,Mr.,,tom@example.com'].join('\n');
    const result = await preview(csv);
    expect(result.rows.map((r) => [r.person?.name, r.person?.role])).toEqual([
      ['Grace Kim', 'CTO'],
      ['Tom Price', ''],
    ]);
    expect(result.sources.find((s) => s.field === 'role')?.from).toEqual(['Job Title']);
  });

  it('takes the first non-empty of several email and phone columns, and the first of " ::: " values', async () => {
    const csv = [
      'First Name,Last Name,E-mail 1 - Value,E-mail 2 - Value,Phone 1 - Value,Phone 2 - Value',
      'Ben,Carter,,ben@tallgrass.example,,+61 2 5550 0100',
      'Chloé,Martin,chloe@cobalt.example ::: chloe@maison.example,other@example.com,+33 1 55 55 01 23 ::: +33 6 00 00 00 00,',
      'Sam,Lee, ::: sam@example.com,,,',
    ].join('\n');
    const result = await preview(csv);
    expect(result.rows.map((r) => [r.person?.email, r.person?.phone])).toEqual([
      ['ben@tallgrass.example', '+61 2 5550 0100'],
      ['chloe@cobalt.example', '+33 1 55 55 01 23'],
      ['sam@example.com', ''],
    ]);
    expect(result.sources).toEqual([
      { field: 'name', from: ['First Name', 'Last Name'] },
      { field: 'email', from: ['E-mail 1 - Value', 'E-mail 2 - Value'] },
      { field: 'phone', from: ['Phone 1 - Value', 'Phone 2 - Value'] },
    ]);
  });

  it('builds the full name from given, middle and family names and a suffix, leaving honorifics out', async () => {
    const csv = [
      'Name Prefix,First Name,Middle Name,Last Name,Name Suffix,Email',
      'Dr.,Amara,Ngozi,Okafor,,amara@example.com',
      ',Martin,Luther,King,Jr.,mlk@example.com',
      ',,,Okafor,,solo@example.com',
    ].join('\n');
    const result = await preview(csv);
    expect(result.rows.map((r) => r.person?.name)).toEqual(['Amara Ngozi Okafor', 'Martin Luther King Jr.', 'Okafor']);

    const withFull = await preview('Name,Name Prefix,Email\nDr. Mei Chen,Dr.,mei@example.com\nDrew Barry,Dr.,drew@example.com\n');
    expect(withFull.rows.map((r) => r.person?.name)).toEqual(['Mei Chen', 'Drew Barry']);
  });

  it('finds the header below notes at the top of the file, keeping line numbers true', async () => {
    const csv = [
      'Notes:',
      '"When exporting your connection data, you may notice that some of the email addresses are missing."',
      '',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Emma,Lind,https://www.linkedin.com/in/emmalind,,Nordlys Design,Design Manager,02 Feb 2024',
      'Ravi,Iyer,https://www.linkedin.com/in/ravi,ravi@example.com,Ledgerleaf,"VP, Engineering",28 Nov 2023',
    ].join('\n');
    const result = await preview(csv);
    expect(result.rows.map((r) => [r.line, r.values.name, r.values.role])).toEqual([
      [5, 'Emma Lind', 'Design Manager'],
      [6, 'Ravi Iyer', 'VP, Engineering'],
    ]);
  });
});

describe('CSV address books: rows', () => {
  it("reports problems per row and field, with the row's line in the file", async () => {
    const csv = ['name,email,timezone', ',nobody@example.com,', 'Bad Email,not-an-email,', '', 'Wrong Zone,wz@example.com,Mars/Olympus'].join('\n');
    const result = await preview(csv);
    expect(result.importableCount).toBe(0);
    expect(result.rows.map((r) => [r.line, r.errors])).toEqual([
      [2, [{ field: 'name', message: 'Name is required.' }]],
      [3, [{ field: 'email', message: 'Enter a valid email address, such as name@example.com.' }]],
      [5, [{ field: 'timeZone', message: 'Unknown time zone. Use a name such as Europe/London.' }]],
    ]);
    expect(result.rows.every((r) => r.person === null)).toBe(true);
  });

  it('says plainly that a row has no email address, rather than calling it invalid', async () => {
    const result = await preview('First Name,Last Name,Email Address\nEmma,Lind,\n');
    expect(result.rows[0]?.errors).toEqual([{ field: 'email', message: expect.stringMatching(/^No email address:/) }]);
  });

  it('counts lines inside quoted multi-line cells', async () => {
    const csv = 'name,email,role\n"Ada","a2@example.com","line one\nline two"\nBo,,\n';
    const result = await preview(csv);
    expect(result.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('names an unclosed quote in words a coach can act on', async () => {
    const result = await preview('name,email\n"Ada,ada2@example.com\n');
    expect(result.rows[0]?.errors[0]).toEqual({ field: 'row', message: expect.stringMatching(/never closed/) });
    expect(result.rows[0]?.person).toBeNull();
  });

  it('marks emails already known or repeated from an earlier row as duplicates', async () => {
    const csv = ['name,email', 'Ada Again,ADA@example.com', 'New One,new@example.com', 'New Twice,New@Example.com'].join('\n');
    const result = await preview(csv);
    expect(result.rows.map((r) => r.duplicateOf)).toEqual([
      { kind: 'existing', personId: 'p1', name: 'Ada Lovelace' },
      null,
      { kind: 'row', line: 3 },
    ]);
    expect(result.importableCount).toBe(1);
  });

  it('shows at most 200 characters of a value, so a 5,000-character name cannot bloat the preview', async () => {
    const name = 'N'.repeat(5_000);
    const result = await preview(`name,email,role\n${name},long@example.com,Lead\n`);
    const row = result.rows[0]!;
    expect(row.values.name).toBe(`${'N'.repeat(200)}…`);
    expect(row.values.role).toBe('Lead');
    expect(row.errors).toEqual([{ field: 'name', message: 'Name must be at most 120 characters.' }]);
  });

  it('gives the same preview, line for line, when the reader pauses after every row', async () => {
    const lines = ['name,email,role'];
    for (let i = 0; i < 300; i++) lines.push(i % 7 === 0 ? `"P ${i}","p${i}@example.com","two\r\nlines, ""quoted"""` : `P ${i},p${i}@example.com,Role`);
    const csv = lines.join('\r\n');
    const scheduler = everyRow();
    const paused = await preview(csv, 'csv', scheduler);
    expect(scheduler.yields).toBeGreaterThan(300);
    expect(paused).toEqual(await preview(csv));
    expect(paused.rows.at(-1)?.line).toBe(301 + Math.floor(299 / 7) + 1);
  });
});

describe('CSV address books: refusals', () => {
  it('refuses a file without name or email columns, saying what it found', async () => {
    expect(await refusal('Nickname,Phone\nAda,123')).toBe(
      'The file needs a header row with a "name" column and an "email" column. Found: Nickname, Phone.',
    );
    expect(await refusal('name,phone\nAda,1')).toMatch(/an "email" column/);
    expect(await refusal('')).toMatch(/empty/);
    expect(await refusal('\n\n')).toMatch(/empty/);
  });

  it('points out a vCard chosen as CSV', async () => {
    expect(await refusal('BEGIN:VCARD\nVERSION:3.0\nFN:Ada\nEND:VCARD\n')).toMatch(/looks like a vCard file/);
  });

  it(`accepts ${MAX_IMPORT_ROWS} people and refuses one more, saying the limit and the file's count`, async () => {
    const rows = (n: number) => ['Notes:', '', 'name,email', ...Array.from({ length: n }, (_, i) => `P${i},p${i}@example.com`), '', ''].join('\n');
    expect((await preview(rows(MAX_IMPORT_ROWS))).rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(await refusal(rows(MAX_IMPORT_ROWS + 1))).toBe(
      'This file has 2,001 rows of people; Circlekeeper imports at most 2,000 at a time. Split it into smaller files and import them one by one.',
    );
  });

  it('refuses a 100,000-row file under the size limit with its row count', async () => {
    const csv = ['name,email', ...Array.from({ length: 100_000 }, (_, i) => `P${i},p${i}@x.io`)].join('\n');
    expect(csv.length).toBeLessThan(2_000_000);
    expect(await refusal(csv)).toMatch(/^This file has 100,000 rows of people; Circlekeeper imports at most 2,000/);
  });
});
