import { describe, expect, it } from 'vitest';
import { draftFileName, personFolderName } from '../../../../src/main/domain/calendar-export/draft-file-name';

// Names built from what the coach typed must be one harmless path segment on
// Windows, macOS and Linux, whatever was typed.

const WINDOWS_FORBIDDEN = /[/\\:*?"<>|\p{Cc}]/u;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

function expectSafe(name: string): void {
  expect(name).not.toMatch(WINDOWS_FORBIDDEN);
  expect(name).not.toMatch(/[. ]$/); // Windows drops trailing dots and spaces
  expect(name).not.toMatch(/^\./); // hidden, or "..": never
  expect(name).not.toMatch(RESERVED);
  expect(name.length).toBeLessThanOrEqual(80);
  expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
  expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/); // no half emoji
}

const hostile = [
  '../../etc',
  '..',
  '.',
  'CON',
  'con.txt',
  'LPT1',
  'a:b*c?',
  '<script>|"quoted"\\',
  'trailing dots...',
  'x'.repeat(300),
  '😀'.repeat(300),
  '会'.repeat(300), // 3 UTF-8 bytes a character
  '👩‍👩‍👧‍👦 family '.repeat(20),
  'tab\tand\nnewline\u0000nul',
  'invoice\u202Egpj.exe',
  '',
  '???',
];

describe('draft file names', () => {
  it('puts the date first and ends in .eml', () => {
    expect(draftFileName({ date: '2027-01-12', summary: 'Founders Circle' })).toBe('2027-01-12 Founders Circle.eml');
    expect(draftFileName({ date: '2027-03-03', summary: 'Pair session with Raj Patel' })).toBe('2027-03-03 Pair session with Raj Patel.eml');
  });

  it.each(hostile)('makes a safe name of the title %j', (summary) => {
    const name = draftFileName({ date: '2027-01-12', summary });
    expectSafe(name);
    expect(name).toMatch(/^2027-01-12 .+\.eml$/);
  });

  it('keeps what it can read of a hostile title', () => {
    expect(draftFileName({ date: '2027-01-12', summary: '../../etc' })).toBe('2027-01-12 etc.eml');
    expect(draftFileName({ date: '2027-01-12', summary: 'a:b*c?' })).toBe('2027-01-12 a-b-c.eml');
    expect(draftFileName({ date: '2027-01-12', summary: '???' })).toBe('2027-01-12 invitation.eml');
    expect(draftFileName({ date: '2027-01-12', summary: 'invoice\u202Egpj.exe' })).toBe('2027-01-12 invoicegpj.exe.eml');
    expect(draftFileName({ date: '../x', summary: 'Founders' })).toBe('x Founders.eml');
  });

  it('cuts a long title at a whole character', () => {
    const name = draftFileName({ date: '2027-01-12', summary: 'é😀'.repeat(100) });
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^2027-01-12 (é😀)+é?\.eml$/u);
  });
});

describe('person folder names', () => {
  it('is the name and a short id, so two people of the same name never share a folder', () => {
    expect(personFolderName('Raj Patel', 'p1')).toBe('Raj Patel p1');
    const a = personFolderName('Sam Lee', '1f0c2a9e-4b7d-4c1e-9a2b-3c4d5e6f7a8b');
    const b = personFolderName('Sam Lee', '1f0c2a9e-4b7d-4c1e-9a2b-3c4d5e6f7a8c');
    expect(a).toMatch(/^Sam Lee [0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    expect(personFolderName('Sam Lee', '1f0c2a9e-4b7d-4c1e-9a2b-3c4d5e6f7a8b')).toBe(a); // stable across exports
  });

  it.each(hostile)('makes a safe folder of the name %j', (name) => {
    const folder = personFolderName(name, 'p1');
    expectSafe(folder);
    expect(folder).toMatch(/ p1$/);
  });

  it('never names a folder after a Windows device, nor climbs out of the export folder', () => {
    expect(personFolderName('CON', 'p1')).toBe('_CON p1');
    expect(personFolderName('nul.', 'p1')).toBe('_nul p1');
    expect(personFolderName('../../etc', 'p1')).toBe('etc p1');
    expect(personFolderName('', 'p1')).toBe('person p1');
    expect(personFolderName('Raj', '../..')).toMatch(/^Raj [0-9a-f]{8}$/);
  });

  it('keeps emoji and accents whole, in NFC', () => {
    expect(personFolderName('Zoë 🌱 Müller', 'p2')).toBe('Zoë 🌱 Müller p2');
    expect(personFolderName('Zoe\u0308', 'p2')).toBe('Zo\u00eb p2');
  });
});
