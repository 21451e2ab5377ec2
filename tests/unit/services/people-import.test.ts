import { TimeZoneSchema } from '../../../src/shared/primitives';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeFileBytes } from '../../../src/renderer/features/people/file-text';
import { MAX_IMPORT_ROWS, type AddressBookFormat } from '../../../src/shared/address-book';
import type { ImportPreview } from '../../../src/shared/views';
import { samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';
import type * as TimeSlices from '../../../src/main/services/time-slices';

// Each sample is a real tool's export layout (see tests/fixtures/address-books/README.md),
// read the way the dialog reads a chosen file and sent through dispatch to the
// services over a real store on disk.

// The preview gives way after each time slice; how many rows fit in a slice
// depends on the machine, so the yield test shortens the slice to nothing to
// make the yield certain on any machine, however fast.
const slice = vi.hoisted(() => ({ ms: undefined as number | undefined }));
vi.mock('../../../src/main/services/time-slices', async (importOriginal) => {
  const actual = await importOriginal<typeof TimeSlices>();
  return { ...actual, timeSlices: (ms?: number) => actual.timeSlices(slice.ms ?? ms) };
});

let h: ServiceHarness;

beforeEach(async () => {
  h = await openHarness({ coachTimeZone: 'Europe/London' });
});

afterEach(async () => {
  slice.ms = undefined;
  await h.close();
  await removeTempDirs();
});

function sample(name: string): { text: string; format: AddressBookFormat } {
  const bytes = readFileSync(new URL(`../../fixtures/address-books/${name}`, import.meta.url));
  return { text: decodeFileBytes(bytes), format: name.endsWith('.vcf') ? 'vcard' : 'csv' };
}

const people = (preview: ImportPreview) =>
  preview.rows.map((r) => (r.person ? [r.line, r.person.name, r.person.email, r.person.organisation, r.person.role, r.person.phone] : [r.line, r.errors.map((e) => e.field)]));

describe('importing real address-book exports', () => {
  it('Google Contacts CSV: emails from "E-mail 1 - Value" or the next one, several values in a cell, organisation and title', async () => {
    const preview = await h.ok('people.importPreview', sample('google-contacts.csv'));
    expect(people(preview)).toEqual([
      [2, 'Amara Ngozi Okafor', 'amara.okafor@brightpath.example', 'Brightpath Health', 'Engineering Manager', '+44 7700 900123'],
      [5, 'Ben Carter', 'ben@tallgrass.example', 'Tallgrass Studio', 'Founder', '+61 400 555 010'],
      [6, 'Chloé Martin', 'chloe@cobalt.example', 'Cobalt Robotics', 'Team Lead', '+33 1 55 55 01 23'],
      [7, 'Dev Sharma Jr.', 'dev@ledgerleaf.example', 'Ledgerleaf', 'Co-founder', ''],
      [8, ['name', 'email']],
    ]);
    expect(preview.sources.find((s) => s.field === 'email')?.from).toEqual(['E-mail 1 - Value', 'E-mail 2 - Value']);

    const result = await h.ok('people.importCommit', sample('google-contacts.csv'));
    expect(result.created.map((p) => p.name)).toEqual(['Amara Ngozi Okafor', 'Ben Carter', 'Chloé Martin', 'Dev Sharma Jr.']);
    expect(result.skipped).toBe(1);
    await h.reopen();
    expect((await h.ok('people.list', {})).map((s) => [s.person.email, s.person.timeZone])).toEqual([
      ['amara.okafor@brightpath.example', 'Europe/London'],
      ['ben@tallgrass.example', 'Europe/London'],
      ['chloe@cobalt.example', 'Europe/London'],
      ['dev@ledgerleaf.example', 'Europe/London'],
    ]);
  });

  it('Outlook CSV: the honorific "Title" is never the role, "Job Title" is', async () => {
    const preview = await h.ok('people.importPreview', sample('outlook-contacts.csv'));
    expect(people(preview)).toEqual([
      [2, 'Grace Kim', 'grace.kim@meridian.example', 'Meridian Health Tech', 'CTO', '(415) 555-0142'],
      [3, 'Tom Price III', 'tom.price@acme.example', 'Acme Ltd', '', '+44 20 7946 0321'],
      [4, 'Mei Lin Chen', 'mei.chen@lumen.example', 'Lumen Systems', 'Head of Design', '+86 21 5555 0199'],
      [5, ['email']],
    ]);
    const everything = JSON.stringify(preview.rows.map((r) => r.person));
    for (const honorific of ['Ms.', 'Mr.', 'Dr.']) expect(everything).not.toContain(honorific);
  });

  it('classic Outlook for Windows CSV, in Windows-1252: accents survive, empty Job Title stays empty', async () => {
    const preview = await h.ok('people.importPreview', sample('outlook-desktop-contacts.csv'));
    expect(people(preview)).toEqual([
      [2, 'Zoë Müller', 'zoe.mueller@nordlicht.example', 'Nordlicht GmbH', 'Geschäftsführerin', '+49 151 5550 1234'],
      [3, 'José Álvarez', 'jose.alvarez@solymar.example', 'Sol y Mar, S.L.', '', '+34 91 555 0147'],
    ]);
  });

  it('LinkedIn Connections.csv: the notes above the header are skipped and rows without an email are named', async () => {
    const preview = await h.ok('people.importPreview', sample('linkedin-connections.csv'));
    expect(preview.importableCount).toBe(3);
    const noEmail = preview.rows.filter((r) => r.errors.some((e) => e.field === 'email'));
    expect(noEmail.map((r) => [r.line, r.values.name, r.errors[0]?.message])).toEqual([
      [6, 'Emma Lind', expect.stringMatching(/^No email address:/)],
      [8, 'Sofia Rossi', expect.stringMatching(/^No email address:/)],
    ]);
    const result = await h.ok('people.importCommit', sample('linkedin-connections.csv'));
    expect(result.created.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Amara Okafor', 'Brightpath Health', 'Engineering Manager'],
      ['Ravi Iyer', 'Ledgerleaf', 'VP, Engineering'],
      ['Ngozi Adeyemi', 'Self-employed', 'Executive Coach'],
    ]);
  });

  it('Apple Contacts vCard 3.0: preferred email, escaped values, photo and group card', async () => {
    const preview = await h.ok('people.importPreview', sample('apple-contacts.vcf'));
    expect(preview.format).toBe('vcard');
    expect(people(preview)).toEqual([
      [1, 'Amara Ngozi Okafor PhD', 'amara.okafor@brightpath.example', 'Brightpath Health', 'Engineering Manager', '+44 7700 900123'],
      [63, 'Ben Carter', 'ben.carter@home.example', 'Tallgrass Studio', 'Founder', '+61 2 5550 0100'],
      [75, 'Chloé Martin', 'chloe@cobalt.example', 'Cobalt Robotics, Inc.', 'Team Lead', '+33 6 55 55 01 23'],
      [87, ['email']],
    ]);
    const result = await h.ok('people.importCommit', sample('apple-contacts.vcf'));
    expect(result.created).toHaveLength(3);
  });

  it('vCard 4.0: PREF=1, tel: URIs, a zone name in TZ and ROLE without TITLE', async () => {
    const preview = await h.ok('people.importPreview', sample('contacts-v4.vcf'));
    expect(preview.rows.map((r) => r.person)).toEqual([
      { name: 'Dev Sharma', email: 'dev@ledgerleaf.example', timeZone: TimeZoneSchema.parse('Asia/Kolkata'), organisation: 'Ledgerleaf', role: 'Co-founder', phone: '+91-22-5555-0101' },
      { name: 'Emma Lind', email: 'emma.lind@home.example', timeZone: 'Europe/London', organisation: 'Nordlys Design', role: 'Design Manager', phone: '+46-8-555-012-34' },
    ]);
  });

  it('older exporters: quoted-printable is decoded, a 2.1 card and a cut-short card are reported, the rest import', async () => {
    const preview = await h.ok('people.importPreview', sample('older-exporters.vcf'));
    expect(people(preview)).toEqual([
      [1, 'João Gonçalves Magalhães', 'joao@tavares.example', 'Construções Tavares', '', ''],
      [9, ['row']],
      [16, 'Priya Raman', 'priya.raman@brightpath.example', '', '', ''],
      [21, ['row']],
    ]);
  });
});

describe('the import limits', () => {
  const rows = (n: number) => ['name,email', ...Array.from({ length: n }, (_, i) => `Person ${i},p${i}@example.com`)].join('\n');

  it(`refuses more than ${MAX_IMPORT_ROWS} people in the preview and in the commit, writing nothing`, async () => {
    await h.ok('people.create', samplePersonInput({ email: 'known@example.com' }));
    const writes = vi.spyOn(h.store, 'updateIndex');
    for (const method of ['people.importPreview', 'people.importCommit'] as const) {
      const result = await h.call(method, { text: rows(MAX_IMPORT_ROWS + 1), format: 'csv' });
      expect(result.ok || result.error).toEqual({
        code: 'invalid_input',
        message: expect.stringMatching(/^This file has 2,001 rows of people; Circlekeeper imports at most 2,000 at a time\./),
        fields: { text: expect.stringMatching(/^This file has 2,001/) },
      });
    }
    expect(writes).not.toHaveBeenCalled();
    expect(await h.ok('people.list', {})).toHaveLength(1);
  });

  it(`imports ${MAX_IMPORT_ROWS} people in one write`, async () => {
    const writes = vi.spyOn(h.store, 'updateIndex');
    const result = await h.ok('people.importCommit', { text: rows(MAX_IMPORT_ROWS), format: 'csv' });
    expect(result.created).toHaveLength(MAX_IMPORT_ROWS);
    expect(writes).toHaveBeenCalledTimes(1);
  });

  it('keeps the main process answering while a big file is read: other work runs before the preview is done', async () => {
    slice.ms = 0;
    // Queued before the preview starts: it runs before the preview ends only if
    // the preview gives the event loop back at least once on the way.
    let otherWorkRan = false;
    setImmediate(() => (otherWorkRan = true));
    let otherWorkRanWhenDone: boolean | undefined;
    await h.ok('people.importPreview', { text: rows(MAX_IMPORT_ROWS), format: 'csv' }).then(() => (otherWorkRanWhenDone = otherWorkRan));
    expect(otherWorkRanWhenDone).toBe(true);
  });

  it('refuses an empty file, a wrong format and a file over 2 MB with the contract\'s messages', async () => {
    const empty = await h.call('people.importPreview', { text: ' \n', format: 'csv' });
    expect(empty.ok || empty.error.message).toMatch(/^That file is empty\./);
    const wrong = await h.call('people.importPreview', { text: 'name,email', format: 'xlsx' as never });
    expect(wrong.ok || wrong.error.fields).toEqual({ format: 'Choose a CSV or vCard (.vcf) file.' });
    const big = await h.call('people.importPreview', { text: 'x'.repeat(2_000_001), format: 'csv' });
    expect(big.ok || big.error.fields).toEqual({ text: 'That file is too large to import (limit 2 MB).' });
  });
});
