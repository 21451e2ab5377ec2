import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS } from '../../../../src/shared/address-book';
import { everyRow, preview, refusal } from './support';

const card = (...lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD'].join('\r\n') + '\r\n';

describe('vCard address books', () => {
  it('reads several 3.0 and 4.0 cards, each with the line it starts on', async () => {
    const text =
      card('VERSION:3.0', 'N:Hopper;Grace;Brewster;;', 'FN:Grace Hopper', 'EMAIL;TYPE=INTERNET:grace@example.com', 'ORG:Navy;Research', 'TITLE:Rear Admiral') +
      card('VERSION:4.0', 'FN:Alan Turing', 'N:Turing;Alan;Mathison;;', 'EMAIL;PREF=1:alan@example.com', 'TEL;VALUE=uri;TYPE=cell:tel:+44-20-7946-0000', 'TZ:Europe/London');
    const result = await preview(text, 'vcard');
    expect(result.format).toBe('vcard');
    expect(result.rows.map((r) => [r.line, r.person])).toEqual([
      [1, { name: 'Grace Hopper', email: 'grace@example.com', timeZone: 'Europe/Berlin', organisation: 'Navy', role: 'Rear Admiral', phone: '' }],
      [9, { name: 'Alan Turing', email: 'alan@example.com', timeZone: 'Europe/London', organisation: '', role: '', phone: '+44-20-7946-0000' }],
    ]);
  });

  it('unfolds long lines and unescapes commas, semicolons and newlines', async () => {
    const text = card('VERSION:3.0', 'FN:Karen Spärck', '  Jones', 'EMAIL:ksj@example.com', 'ORG:Cambridge\\, Computer Lab', 'TITLE:Professor\\; emerita');
    const result = await preview(text, 'vcard');
    expect(result.rows[0]?.person).toMatchObject({ name: 'Karen Spärck Jones', organisation: 'Cambridge, Computer Lab', role: 'Professor; emerita' });
  });

  it('prefers the email and phone marked as preferred, then the first in the card', async () => {
    const text =
      card('VERSION:3.0', 'FN:Ben Carter', 'EMAIL;type=INTERNET;type=WORK:ben@work.example', 'EMAIL;type=INTERNET;type=pref:ben@home.example', 'TEL;type=CELL:+61 400 555 010') +
      card('VERSION:4.0', 'FN:Emma Lind', 'EMAIL;PREF=2:second@example.com', 'EMAIL:third@example.com', 'EMAIL;PREF=1:first@example.com') +
      card('VERSION:3.0', 'FN:Sam Lee', 'EMAIL;type=INTERNET:', 'EMAIL;type=INTERNET:sam@example.com');
    const result = await preview(text, 'vcard');
    expect(result.rows.map((r) => r.person?.email)).toEqual(['ben@home.example', 'first@example.com', 'sam@example.com']);
  });

  it('decodes quoted-printable values, also across a folded soft line break', async () => {
    const text = card(
      'VERSION:3.0',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Magalh=C3=A3es;Jo=C3=A3o;;;',
      'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jo=C3=A3o Magalh=',
      ' =C3=A3es',
      'ORG;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Constru=E7=F5es',
      'EMAIL:joao@example.com',
    );
    const result = await preview(text, 'vcard');
    expect(result.rows[0]?.person).toMatchObject({ name: 'João Magalhães', organisation: 'Construções' });
  });

  it('builds a name from N when there is no FN, leaving the honorific out of either', async () => {
    const text =
      card('VERSION:3.0', 'N:Okafor;Amara;Ngozi;Dr.;PhD', 'EMAIL:amara@example.com') +
      card('VERSION:3.0', 'N:Okafor;Amara;Ngozi;Dr.;PhD', 'FN:Dr. Amara Ngozi Okafor PhD', 'EMAIL:amara2@example.com');
    const result = await preview(text, 'vcard');
    expect(result.rows.map((r) => r.person?.name)).toEqual(['Amara Ngozi Okafor PhD', 'Amara Ngozi Okafor PhD']);
  });

  it('ignores photos and UTC offsets, falls back from TITLE to ROLE, and skips contact-group cards', async () => {
    const photo = Array.from({ length: 400 }, () => 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=').join('');
    const folded = photo.match(/.{1,74}/g)!.join('\r\n ');
    const text =
      card('VERSION:3.0', 'FN:Mei Chen', 'EMAIL:mei@example.com', 'ROLE:Head of Design', 'TZ:-05:00', `PHOTO;ENCODING=b;TYPE=JPEG:${folded}`) +
      card('VERSION:3.0', 'FN:Coaching clients', 'X-ADDRESSBOOKSERVER-KIND:group', 'X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:1') +
      card('VERSION:4.0', 'KIND:group', 'FN:Leaders Circle', 'MEMBER:urn:uuid:2');
    const result = await preview(text, 'vcard');
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.person).toMatchObject({ name: 'Mei Chen', role: 'Head of Design', timeZone: 'Europe/Berlin' });
  });

  it('reports a damaged card on its own line and still reads the others', async () => {
    const text =
      card('VERSION:3.0', 'FN:Priya Raman', 'EMAIL:priya@example.com') +
      card('VERSION:3.0', 'FN:Broken', 'this line is not a property') +
      card('VERSION:2.1', 'N:Smith;John', 'TEL;CELL:+1 555 0100', 'EMAIL;INTERNET:john@example.com') +
      card('VERSION:3.0', 'FN:No Email') +
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Short\r\n';
    const result = await preview(text, 'vcard');
    expect(result.rows.map((r) => [r.line, r.errors.map((e) => e.message)])).toEqual([
      [1, []],
      [6, [expect.stringMatching(/^This contact could not be read \(/)]],
      [11, [expect.stringMatching(/old vCard 2\.1 format/)]],
      [17, [expect.stringMatching(/^No email address:/)]],
      [21, ['This contact has no END:VCARD line, so the file may have been cut short.']],
    ]);
    expect(result.importableCount).toBe(1);
  });

  it('says which fields no card has, and gives the same result when pausing after every card', async () => {
    const text = card('VERSION:3.0', 'FN:A', 'EMAIL:a@example.com') + card('VERSION:3.0', 'FN:B', 'EMAIL:b@example.com', 'ORG:Acme');
    const result = await preview(text, 'vcard');
    expect(result.missingColumns).toEqual(['timeZone', 'role', 'phone']);
    expect(await preview(text, 'vcard', everyRow())).toEqual(result);
  });

  it(`refuses a file with no cards, or with more than ${MAX_IMPORT_ROWS}`, async () => {
    expect(await refusal('FN:Ada\r\n', 'vcard')).toMatch(/^No contacts were found/);
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => card('VERSION:3.0', `FN:P${i}`, `EMAIL:p${i}@example.com`)).join('');
    expect(await refusal(many, 'vcard')).toBe(
      'This file has 2,001 contacts; Circlekeeper imports at most 2,000 at a time. Split it into smaller files and import them one by one.',
    );
  });
});
