import { describe, expect, it } from 'vitest';
import { GoalInputSchema, GroupInputSchema, PersonInputSchema } from '../../../src/shared/entities';
import { sampleGroupInput } from '../../support/sample-records';
import {
  EmailSchema,
  HttpUrlSchema,
  IsoDateSchema,
  PhoneSchema,
  TimeZoneSchema,
  canonicalTimeZone,
} from '../../../src/shared/primitives';
import { matchKey, sameText } from '../../../src/shared/text';
import { CURRENT_ZONE_NAME } from '../../../src/shared/zone-names';

const validGroup = sampleGroupInput({
  name: '  New managers circle ',
  kind: { type: 'internal', organisation: 'Acme', sponsorName: 'Dana Reyes', sponsorEmail: 'Dana@Acme.example' },
  startDate: '2027-01-12',
});

const messageAt = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, path: string) =>
  result.error?.issues.find((i) => i.path.join('.') === path)?.message;

describe('primitives', () => {
  it.each(['2026-02-29', '2026-13-01', '2026-1-1', '2026-04-31', '0999-01-01', '2026-02-30T00:00'])(
    'rejects the impossible or malformed date %s',
    (value) => expect(IsoDateSchema.safeParse(value).success).toBe(false),
  );

  it.each(['2028-02-29', '2026-12-31', '1990-06-15'])('accepts the real date %s', (value) => {
    expect(IsoDateSchema.parse(value)).toBe(value);
  });

  it('accepts IANA zones and refuses made-up or path-like ones', () => {
    for (const zone of ['Europe/London', 'America/Sao_Paulo', 'Pacific/Auckland', 'UTC', 'Etc/GMT+5']) {
      expect(TimeZoneSchema.safeParse(zone).success, zone).toBe(true);
    }
    for (const zone of ['Mars/Olympus', '../../etc/passwd', '', '   ', 'Europe/ London', 'x'.repeat(100), 'Europe/\u212Aiev']) {
      expect(TimeZoneSchema.safeParse(zone).success, zone).toBe(false);
    }
  });

  it('normalises emails and rejects malformed ones with a readable message', () => {
    expect(EmailSchema.parse('  Ana.Souza@Example.COM ')).toBe('ana.souza@example.com');
    const bad = EmailSchema.safeParse('ana@');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/valid email/i);
  });

  it('refuses links with a user name or password, and says why', () => {
    for (const link of [
      'https://meet.example.com@evil.example/x',
      'https://user:secret@meet.example.com/room',
      'https://:secret@meet.example.com/',
      'https://@evil.example/x',
      'http://meet.example.com%2F@evil.example/',
    ]) {
      const result = HttpUrlSchema.safeParse(link);
      expect(result.success, link).toBe(false);
      expect(result.error?.issues[0]?.message, link).toMatch(/must not contain a user name or password/);
    }
    // An "@" after the host is part of the path or query, not a user name.
    for (const link of ['https://meet.example.com/join?who=ana@example.com', 'https://meet.example.com/@team']) {
      expect(HttpUrlSchema.parse(link)).toBe(link);
    }
  });

  it('allows only http(s) links with a real host', () => {
    expect(HttpUrlSchema.parse(' https://zoom.example.com/j/123 ')).toBe('https://zoom.example.com/j/123');
    for (const link of ['javascript:alert(1)', 'ftp://files.example.com', 'file:///etc/passwd', 'meet.example.com', 'https://']) {
      expect(HttpUrlSchema.safeParse(link).success, link).toBe(false);
    }
  });

  it('accepts an empty phone and rejects letters', () => {
    expect(PhoneSchema.parse('')).toBe('');
    expect(PhoneSchema.parse(' +44 20 7946 0958 ')).toBe('+44 20 7946 0958');
    expect(PhoneSchema.safeParse('call me').success).toBe(false);
  });
});

describe('GroupInputSchema', () => {
  it('accepts a complete group and trims and lower-cases where it should', () => {
    const parsed = GroupInputSchema.parse(validGroup);
    expect(parsed.name).toBe('New managers circle');
    expect(parsed.kind).toEqual({ type: 'internal', organisation: 'Acme', sponsorName: 'Dana Reyes', sponsorEmail: 'dana@acme.example' });
  });

  it('requires a planned end after the start date, reported on the end date field', () => {
    const result = GroupInputSchema.safeParse({ ...validGroup, plannedEnd: { type: 'date', endDate: '2027-01-12' } });
    expect(result.success).toBe(false);
    expect(messageAt(result, 'plannedEnd.endDate')).toMatch(/after the start date/);
  });

  it('refuses keys that belong to another branch of a union', () => {
    const result = GroupInputSchema.safeParse({ ...validGroup, kind: { type: 'standalone', organisation: 'Acme' } });
    expect(result.success).toBe(false);
  });

  it('refuses unknown keys, including __proto__ as an own key', () => {
    expect(GroupInputSchema.safeParse({ ...validGroup, admin: true }).success).toBe(false);
    const polluted = JSON.parse(JSON.stringify(validGroup).replace('{', '{"__proto__":{"x":1},'));
    expect(GroupInputSchema.safeParse(polluted).success).toBe(false);
  });

  it.each([
    [{ name: '   ' }, 'name', /required/],
    [{ meetingMinutes: 5 }, 'meetingMinutes', /at least 15/],
    [{ meetingMinutes: 90.5 }, 'meetingMinutes', /whole minutes/],
    [{ mode: { type: 'virtual', videoLink: 'javascript:alert(1)' } }, 'mode.videoLink', /https:\/\//],
    [{ mode: { type: 'in-person', address: '' } }, 'mode.address', /required/],
    [{ plannedEnd: { type: 'duration', months: 0 } }, 'plannedEnd.months', /at least 1 month/],
    [{ color: 'blue' }, 'color', /colour/],
    [{ timeZone: 'Nowhere/Town' }, 'timeZone', /Unknown time zone/],
  ])('explains a bad value: %j', (patch, path, message) => {
    const result = GroupInputSchema.safeParse({ ...validGroup, ...patch });
    expect(result.success).toBe(false);
    expect(messageAt(result, path)).toMatch(message);
  });
});

describe('PersonInputSchema and GoalInputSchema', () => {
  const person = { name: 'Ana Souza', email: 'ana@example.com', timeZone: 'America/Sao_Paulo', organisation: '', role: '', phone: '' };

  it('accepts a person with only the required fields filled', () => {
    expect(PersonInputSchema.parse(person).name).toBe('Ana Souza');
  });

  it('rejects a 10 MB name without echoing it back', () => {
    const result = PersonInputSchema.safeParse({ ...person, name: 'a'.repeat(10_000_000) });
    expect(result.success).toBe(false);
    expect(messageAt(result, 'name')).toMatch(/at most 120/);
    expect(messageAt(result, 'name')!.length).toBeLessThan(200);
  });

  it('accepts a goal with no target date and rejects a one-letter goal', () => {
    expect(GoalInputSchema.parse({ text: 'delegating well', targetDate: '', status: 'in-progress' }).targetDate).toBe('');
    expect(GoalInputSchema.safeParse({ text: 'x', targetDate: '', status: 'in-progress' }).success).toBe(false);
    expect(GoalInputSchema.safeParse({ text: 'delegating', targetDate: '2027-02-30', status: 'in-progress' }).success).toBe(false);
  });
});

describe('one stored form for text that is compared', () => {
  const nfc = 'Caf\u00e9 Circle';
  const nfd = 'Cafe\u0301 Circle';

  it('stores names and free text composed (NFC), whichever way they were typed', () => {
    expect(nfd).not.toBe(nfc);
    const group = GroupInputSchema.parse({ ...validGroup, name: nfd, purpose: ` Se\u0301ance ` });
    expect(group.name).toBe(nfc);
    expect(group.purpose).toBe('S\u00e9ance');
    const person = PersonInputSchema.parse({
      name: 'Jose\u0301 Nu\u0301n\u0303ez',
      email: 'jose@example.com',
      timeZone: 'UTC',
      organisation: 'Socie\u0301te\u0301',
      role: '',
      phone: '',
    });
    expect(person.name).toBe('Jos\u00e9 N\u00fa\u00f1ez');
    expect(person.organisation).toBe('Soci\u00e9t\u00e9');
  });

  it("counts a name's length in its composed, trimmed form", () => {
    // 80 characters as a coach sees them, but 100 code units when decomposed.
    const name = 'e\u0301'.repeat(20) + 'x'.repeat(60);
    expect(name.length).toBe(100);
    expect(GroupInputSchema.parse({ ...validGroup, name: `  ${name}  ` }).name).toBe('\u00e9'.repeat(20) + 'x'.repeat(60));
    const tooLong = GroupInputSchema.safeParse({ ...validGroup, name: 'e\u0301'.repeat(21) + 'x'.repeat(60) });
    expect(messageAt(tooLong, 'name')).toBe('Group name must be at most 80 characters.');
  });

  it('compares names by their composed form, ignoring case and surrounding spaces', () => {
    expect(sameText(nfc, nfd)).toBe(true);
    expect(sameText(` ${nfd.toUpperCase()} `, nfc)).toBe(true);
    expect(sameText('Cafe Circle', nfc)).toBe(false);
    expect(matchKey(nfd)).toBe('caf\u00e9 circle');
  });

  it('stores emails lower-cased and composed', () => {
    expect(EmailSchema.parse(' Ana.Souza@Example.COM ')).toBe('ana.souza@example.com');
    // Addresses outside ASCII are refused today; either Unicode form gets the same answer.
    expect(EmailSchema.safeParse('jose\u0301@example.com').success).toBe(EmailSchema.safeParse('jos\u00e9@example.com').success);
  });
});

describe('one stored spelling for each time zone', () => {
  it.each([
    ['europe/berlin', 'Europe/Berlin'],
    ['EUROPE/LONDON', 'Europe/London'],
    ['america/sao_paulo', 'America/Sao_Paulo'],
    ['utc', 'UTC'],
    ['Etc/UTC', 'UTC'],
    ['  Pacific/Auckland ', 'Pacific/Auckland'],
  ])('stores %j as %j', (typed, stored) => {
    expect(TimeZoneSchema.parse(typed)).toBe(stored);
  });

  it('stores every zone the runtime lists as listed, except the renamed ones, which get their current IANA name', () => {
    const listed = Intl.supportedValuesOf('timeZone');
    expect(listed.length).toBeGreaterThan(300);
    const expected = (zone: string) => CURRENT_ZONE_NAME[zone] ?? zone;
    expect(listed.filter((zone) => TimeZoneSchema.parse(zone) !== expected(zone))).toEqual([]);
    expect(listed.filter((zone) => TimeZoneSchema.parse(zone.toLowerCase()) !== expected(zone))).toEqual([]);
  });

  it('stores both names of a renamed zone alike, by the current name (not the one ICU still answers with)', () => {
    expect(TimeZoneSchema.parse('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(TimeZoneSchema.parse('asia/calcutta')).toBe('Asia/Kolkata');
    expect(TimeZoneSchema.parse('Europe/Kiev')).toBe('Europe/Kyiv');
  });

  it('is stable: a stored zone read back again stays as it is', () => {
    for (const typed of ['europe/berlin', 'Asia/Kolkata', 'utc', 'US/Pacific', 'Etc/GMT+5']) {
      const once = TimeZoneSchema.parse(typed);
      expect(TimeZoneSchema.parse(once)).toBe(once);
      expect(canonicalTimeZone(once)).toBe(once);
    }
  });
});
