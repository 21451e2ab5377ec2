import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/dispatch';
import { methodNames, type ErrorCode, type MethodName, type Result } from '../../src/shared/api';
import { formatRecoveryKey } from '../../src/shared/recovery-key';
import { addMeetings, meetingId, plannedMeeting } from '../support/meetings';
import { sampleGroupInput, samplePersonInput } from '../support/sample-records';
import { openHarness, type ServiceHarness } from '../support/services';
import { hashTree, removeTempDirs } from '../support/temp-dir';

// Every contract method is fed hostile input through the same dispatch the
// transports use. Nothing may get through, nothing may change on disk, no
// prototype may be polluted, and the app must answer normally afterwards.

const ERROR_CODES: readonly ErrorCode[] = ['invalid_input', 'not_found', 'conflict', 'unknown_method', 'forbidden', 'unavailable', 'internal'];
const HUGE = 'a'.repeat(10 * 1024 * 1024);
const IMPOSSIBLE_DATES = ['2026-02-30', '2026-13-01', '2026-1-1', '2026-00-10', '0000-01-01', '2026-02-29T00:00:00Z', ''];
const PATH_LIKE = ['../../etc/passwd', 'C:\\x', '../x', '..', '.', '/etc/passwd', 'groups/../index.json', '%2e%2e%2f', 'x\u0000y'];
const UNKNOWN_ID = '00000000-0000-4000-8000-00000000dead';
const NOTE_ID = '00000000-0000-4000-8000-00000000abcd';

/** A well-formed recovery key (its check matches) of no vault. */
const RECOVERY_KEY = formatRecoveryKey(new Uint8Array(20).fill(7));
/** Free text may legitimately look like a path ("../" is a fine group name); it is probed separately below. */
const FREE_TEXT_KEYS = new Set(['name', 'purpose', 'organisation', 'sponsorName', 'address', 'coachName', 'role', 'text', 'title', 'summary', 'passphrase', 'newPassphrase']);
/** Dates that may be left empty: a goal's target date and a next step's due date. */
const OPTIONAL_DATE_KEYS = new Set(['targetDate', 'dueOn']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

let h: ServiceHarness;
let valid: Record<MethodName, Record<string, Json>>;

/** Every leaf (and object) inside a value, with its path. */
function walk(value: Json, path: Path = [], out: { path: Path; value: Json }[] = []) {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k], out);
  return out;
}

const copy = <T extends Json>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function replaceAt(root: Json, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const out = copy(root) as Record<string | number, unknown>;
  let target = out;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path.at(-1)!] = next;
  return out;
}

function deleteAt(root: Json, path: Path): unknown {
  const out = copy(root) as Record<string | number, unknown>;
  let target = out;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  delete target[path.at(-1)!];
  return out;
}

/** Adds an own property (even "__proto__") the way JSON.parse or structured clone would deliver it. */
function ownKeyAt(root: Json, path: Path, key: string, value: unknown): unknown {
  const out = copy(root) as Record<string | number, unknown>;
  let target = out;
  for (const k of path) target = target[k] as Record<string | number, unknown>;
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

function hostileInputs(method: MethodName): { label: string; input: unknown }[] {
  const base = valid[method];
  const cases: { label: string; input: unknown }[] = [
    ...[undefined, null, 0, 42, -1, Number.NaN, true, 'x', '{}', HUGE, [], [base], () => 1].map((input, i) => ({
      label: `wrong top-level type #${i}`,
      input,
    })),
    { label: 'extra key', input: { ...base, extra: 1 } },
    { label: 'own __proto__ key (JSON.parse)', input: JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(base).slice(1)}`.replace(',}', '}')) },
  ];
  for (const { path, value } of walk(base)) {
    const at = path.join('.') || '(top)';
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        cases.push({ label: `own ${key} at ${at}`, input: ownKeyAt(base, path, key, { polluted: 1 }) });
      }
    }
    if (path.length === 0) continue;
    cases.push({ label: `missing ${at}`, input: deleteAt(base, path) });
    for (const wrong of [null, [], {}, typeof value === 'number' ? String(value) : 12345, typeof value === 'boolean' ? 'true' : false]) {
      cases.push({ label: `wrong type at ${at}: ${JSON.stringify(wrong)}`, input: replaceAt(base, path, wrong) });
    }
    if (typeof value === 'string') {
      cases.push({ label: `10 MB string at ${at}`, input: replaceAt(base, path, HUGE) });
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        // A goal's target date and a next step's due date may be left empty; every other date is required.
        const dates = OPTIONAL_DATE_KEYS.has(String(path.at(-1))) ? IMPOSSIBLE_DATES.filter(Boolean) : IMPOSSIBLE_DATES;
        for (const date of dates) cases.push({ label: `impossible date ${date} at ${at}`, input: replaceAt(base, path, date) });
      }
      if (!FREE_TEXT_KEYS.has(String(path.at(-1)))) {
        for (const p of PATH_LIKE) cases.push({ label: `path-like ${JSON.stringify(p)} at ${at}`, input: replaceAt(base, path, p) });
      }
      if (/^[0-9a-f-]{36}$/.test(value)) cases.push({ label: `unknown id at ${at}`, input: replaceAt(base, path, UNKNOWN_ID) });
    }
  }
  return cases;
}

function expectCleanRejection(result: Result<unknown>, where: string, dataDir: string) {
  expect(result.ok, where).toBe(false);
  if (result.ok) return;
  const { code, message, fields } = result.error;
  expect(ERROR_CODES, where).toContain(code);
  expect(code, `${where}: ${message}`).not.toBe('internal');
  for (const text of [message, ...Object.values(fields ?? {})]) {
    expect(typeof text, where).toBe('string');
    expect(text.length, where).toBeGreaterThan(5);
    expect(text.length, where).toBeLessThan(400);
    expect(text, where).not.toMatch(/\n\s+at |Error:|node_modules|\.ts\b|\.js\b/);
    expect(text, where).not.toContain(dataDir);
    expect(text, where).not.toContain(os.tmpdir());
  }
}

const prototypeSnapshot = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join(','));

beforeAll(async () => {
  h = await openHarness();
  const group = await h.ok('groups.create', sampleGroupInput({ name: 'Circle' }));
  const person = await h.ok('people.create', samplePersonInput({ name: 'Ada', email: 'ada@example.com' }));
  const { id: membershipId } = await h.ok('memberships.add', { groupId: group.id, personId: person.id, joinedOn: '2026-01-10' });
  const normId = (await h.ok('groups.get', { id: group.id })).norms[0]!.id;
  // A meeting that has taken place (the clock is at 15 March 2026), with a next step agreed at it, and one after it.
  const held = meetingId(1);
  const later = meetingId(2);
  await addMeetings(h.store, group.id, [plannedMeeting({ id: held, date: '2026-02-10' }), plannedMeeting({ id: later, date: '2026-03-10' })]);
  const { step } = await h.ok('meetings.addNextStep', { groupId: group.id, meetingId: held, membershipId, text: 'Ask for feedback', dueOn: '' });
  const rule = { pattern: { type: 'monthly-weekday', week: 2, weekday: 'TU' }, fromDate: '2026-04-01', startTime: '18:00', timeZone: 'Europe/London', minutes: 120, end: { type: 'count', count: 3 } } as const;
  const planned = await h.ok('meetings.planSeries', { groupId: group.id, rule, adjustments: [] });
  const plannedId = planned.meetings[0]!.id;
  const backup = await h.ok('backups.create', {});
  const g = { groupId: group.id };
  const m = { ...g, meetingId: later };
  valid = {
    'app.info': {},
    'recovery.acknowledge': { ids: ['00000000-0000-4000-8000-000000000000'] },
    'data.export': {},
    'settings.get': {},
    'settings.update': { coachName: 'Jo', coachTimeZone: 'Europe/London' },
    'dashboard.get': {},
    'groups.list': { includeArchived: true },
    'groups.get': { id: group.id },
    'groups.create': sampleGroupInput({
      name: 'Another',
      kind: { type: 'internal', organisation: 'Acme', sponsorName: 'Sam', sponsorEmail: 'sam@acme.example' },
      mode: { type: 'hybrid', videoLink: 'https://meet.example.com/x', address: '1 High St' },
      plannedEnd: { type: 'date', endDate: '2026-12-01' },
    }) as Record<string, Json>,
    'groups.update': { id: group.id, values: sampleGroupInput({ name: 'Renamed' }) as Record<string, Json> },
    'groups.archive': { id: group.id },
    'groups.restore': { id: group.id },
    'groups.delete': { id: group.id, confirmName: 'Circle' },
    'people.list': {},
    'people.get': { id: person.id },
    'people.create': samplePersonInput({ email: 'new@example.com', phone: '+44 20 7946 0000' }) as Record<string, Json>,
    'people.update': { id: person.id, values: samplePersonInput({ name: 'Ada L', email: 'ada@example.com' }) as Record<string, Json> },
    'people.delete': { id: person.id },
    'people.deleteKeepingHistory': { id: person.id },
    'people.importPreview': { text: 'name,email\nBo,bo@example.com\n', format: 'csv' },
    'people.importCommit': { text: 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo\r\nEMAIL:bo@example.com\r\nEND:VCARD\r\n', format: 'vcard' },
    'memberships.add': { ...g, personId: person.id, joinedOn: '2027-01-10' },
    'memberships.addMany': { ...g, personIds: [person.id], joinedOn: '2027-01-10' },
    'memberships.leave': { ...g, membershipId, leftOn: '2026-03-01' },
    // After the group's planned end (2027-01-10), so even a leaving date of null cannot make it pass.
    'memberships.updateDates': { ...g, membershipId, joinedOn: '2027-02-01', leftOn: '2027-03-01' },
    'memberships.rejoin': { ...g, membershipId },
    'memberships.remove': { ...g, membershipId },
    'goals.set': { ...g, membershipId, goal: { text: 'I want to get better at listening', targetDate: '2026-06-01', status: 'in-progress' } },
    'goals.clear': { ...g, membershipId },
    'norms.add': { ...g, text: 'We start on time.' },
    'norms.update': { ...g, normId, text: 'We start on time.' },
    'norms.remove': { ...g, normId },
    'norms.move': { ...g, normId, direction: 'down' },
    'norms.recordAgreement': { ...g, personId: person.id, agreedOn: '2026-03-01' },
    'norms.recordAgreements': { ...g, personIds: [person.id], agreedOn: '2026-03-01' },
    'norms.withdrawAgreement': { ...g, personId: person.id },
    // Queries answer any sound input, so their examples leave out optional keys ("missing" must make them unsound).
    'meetings.forGroup': { ...g },
    'meetings.previewSeries': { ...g, rule },
    'meetings.previewAt': { ...g, date: '2026-05-01', time: '18:00', minutes: 60 },
    // A repeated hour without a choice: refused in the service, so the fuzz changes nothing even when the input is sound.
    'meetings.planSeries': { ...g, rule: { ...rule, pattern: { type: 'monthly-weekday', week: -1, weekday: 'SU' }, fromDate: '2026-10-01', startTime: '01:30' }, adjustments: [{ index: 1, choice: 'move', date: '2026-11-20', time: '18:00' }] },
    'meetings.changeSeriesFrom': { ...g, seriesId: planned.series.id, fromDate: '2026-03-01', rule, adjustments: [{ index: 0, choice: 'skip' }] },
    'meetings.move': { ...g, meetingId: plannedId, date: '2027-03-28', time: '01:30', minutes: 60, place: { type: 'in-person', address: '1 High St' } },
    'meetings.cancel': { ...g, meetingId: UNKNOWN_ID, reason: 'Room unavailable' },
    'meetings.reinstate': { ...g, meetingId: plannedId },
    'meetings.addExtra': { ...g, date: '2026-10-25', time: '01:30', minutes: 60, place: null },
    'calendar.month': {},
    'calendar.agenda': { from: '2026-03-01', days: 31 },
    'calendar.conflicts': {},
    'calendar.settings': {},
    'calendar.updateSettings': { bufferMinutes: 30 },
    // A calendar with no events: refused in the service, so the fuzz changes nothing even when the input is sound.
    'calendar.importBusy': { fileName: 'work.ics', text: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n' },
    'calendar.clearBusy': {},
    'backups.list': {},
    'backups.create': {},
    'backups.restore': { id: backup.id },
    'meetings.page': m,
    'meetings.memberStats': g,
    'meetings.previewSwap': { ...m, out: membershipId, in: membershipId },
    'meetings.personNextSteps': { id: person.id },
    'meetings.personHistory': { id: person.id },
    'meetings.recordAttendance': { ...m, marks: [{ membershipId, mark: 'present' }] },
    'meetings.recordCheckIn': { ...m, membershipId, progress: 'on-track', summary: 'Delegated the report' },
    'meetings.markHeld': { ...m, held: true },
    'meetings.setCoachees': { ...m, coachees: { type: 'by-hand', membershipIds: [membershipId] } },
    'meetings.saveAgenda': { ...m, agenda: { type: 'edited', items: [{ kind: 'check-in', title: 'Check-in', minutes: 30 }] } },
    'meetings.addNextStep': { ...m, membershipId, text: 'Ask for feedback', dueOn: '2026-04-01' },
    'meetings.updateNextStep': { ...g, meetingId: held, stepId: step.id, text: 'Ask two people', dueOn: '2026-04-01' },
    'meetings.removeNextStep': { ...g, meetingId: held, stepId: step.id },
    'meetings.reviewNextStep': { ...m, stepMeetingId: held, stepId: step.id, outcome: 'done' },
    'groups.updateMeetingSettings': {
      ...g,
      coacheesPerMeeting: 2,
      agendaTemplate: { type: 'own', items: [{ kind: 'hot-seat', title: 'Hot seat', timing: { type: 'fixed', minutes: 60 }, included: true }] },
    },
    // No vault is set up here, so any credential that got through would be refused in the service, changing nothing.
    'vault.status': {},
    'vault.passphraseStrength': { passphrase: 'glacier otter lantern mosaic' },
    'vault.setUp': { passphrase: 'glacier otter lantern mosaic' },
    'vault.unlock': { method: 'passphrase', passphrase: 'glacier otter lantern mosaic' },
    'vault.lock': {},
    'vault.changePassphrase': { current: { method: 'recovery-key', recoveryKey: RECOVERY_KEY }, newPassphrase: 'walrus meadow copper violin' },
    'vault.newRecoveryKey': { current: { method: 'passphrase', passphrase: 'glacier otter lantern mosaic' } },
    'vault.updateSettings': { idleLockMinutes: 15 },
    'vault.saveRecoveryKey': { recoveryKey: RECOVERY_KEY },
    // No vault: every notes method that got through would be refused in the service as locked.
    'vault.reset': { confirmation: 'delete my notes' },
    'notes.list': {},
    'notes.get': { id: NOTE_ID },
    'notes.create': { kind: 'meeting', date: '2026-03-10', ...m, personIds: [person.id], templateId: 'pair-session', content: null },
    'notes.save': { id: NOTE_ID, baseRevision: 1, content: { title: 'T', fields: [{ label: 'Notes', text: 'x' }] } },
    'notes.relink': { id: NOTE_ID, kind: 'member', date: '2026-03-10', groupId: null, meetingId: null, personIds: [person.id] },
    'notes.remove': { id: NOTE_ID },
    'notes.versions': { id: NOTE_ID },
    'notes.version': { id: NOTE_ID, revision: 1 },
    'notes.search': { text: 'feedback', filter: {} },
    'notes.templates': {},
    'notes.saveTemplate': { id: null, template: { name: 'Mine', kinds: ['member'], fields: [{ label: 'A', prompt: '' }] } },
    'notes.removeTemplate': { id: 'blank' },
    // An unknown round (or group, for the commands that change a whole group's rounds), so no variant can change anything.
    'between.view': g,
    'between.personHistory': { id: person.id },
    'between.updateSettings': {
      groupId: UNKNOWN_ID,
      settings: { pairing: { oddMember: 'triad', neverPair: [[person.id, UNKNOWN_ID]], preferDifferentTeams: false }, teams: [{ personId: person.id, team: 'Sales' }], oneToOneCadence: { type: 'every-weeks', weeks: 4 } },
    },
    'between.plan': { groupId: UNKNOWN_ID, replaceHandEdited: false },
    'between.previewSwap': { ...g, roundId: UNKNOWN_ID, a: person.id, b: UNKNOWN_ID },
    'between.swap': { ...g, roundId: UNKNOWN_ID, a: person.id, b: UNKNOWN_ID },
    'between.setAbsent': { ...g, roundId: UNKNOWN_ID, personId: person.id, absent: true },
    'oneToOnes.forGroup': g,
    'oneToOnes.due': {},
    'oneToOnes.byMember': { groupId: UNKNOWN_ID },
    // A time London's clocks skip, so even the variant that only repeats `id: null` is refused.
    'oneToOnes.conflicts': { id: null, date: '2026-03-29', time: '01:30', minutes: 45 },
    'oneToOnes.schedule': { groupId: UNKNOWN_ID, personId: person.id, date: '2026-03-20', time: '09:00', minutes: 45, where: 'https://meet.example.com/ada' },
    'oneToOnes.update': { ...g, id: UNKNOWN_ID, date: '2026-03-20', time: '09:00', minutes: 45, where: 'Café Nero' },
    'oneToOnes.setStatus': { ...g, id: UNKNOWN_ID, status: 'held' },
    // Wrong twice over (no group chosen, a period that ends before it starts), so no single change makes it valid.
    'calendarExport.preview': { groupIds: [], personIds: [person.id], from: '2026-03-10', to: '2026-03-01' },
    'calendarExport.write': { selection: { groupIds: [], personIds: [person.id], from: '2026-03-10', to: '2026-03-01' }, include: { people: false, groups: false, coach: false, drafts: false }, reminders: [30] },
    'between.recordSession': { ...g, roundId: UNKNOWN_ID, sessionId: UNKNOWN_ID, status: 'held', agreedTime: { date: '2026-03-20', time: '18:30', timeZone: 'Europe/London' }, where: 'Café Nero' },
  };
  await h.store.flush();
});

afterAll(async () => {
  await h.close();
  await removeTempDirs();
});

describe('contract fuzz', () => {
  it('has a valid example for every method (so every method is fuzzed)', () => {
    expect(Object.keys(valid).sort()).toEqual([...methodNames].sort());
  });

  it('rejects every hostile input with a typed, readable error, changes nothing and pollutes nothing', async () => {
    const before = await hashTree(h.dir);
    const prototypesBefore = prototypeSnapshot();
    let calls = 0;
    for (const method of methodNames) {
      for (const { label, input } of hostileInputs(method)) {
        const result = await dispatch(h.services, method, input, { error: () => undefined });
        expectCleanRejection(result, `${method} ← ${label}`, h.dir);
        calls++;
      }
    }
    await h.store.flush();
    expect(calls).toBeGreaterThan(1000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeSnapshot()).toEqual(prototypesBefore);
    expect(await hashTree(h.dir)).toEqual(before);
  });

  it('rejects unknown method names without looking anything up on prototypes', async () => {
    for (const name of ['groups.nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', '../groups.list', 'GROUPS.LIST', 'groups.list ', 42, null, undefined, {}, ['groups.list']]) {
      const result = await dispatch(h.services, name, {}, { error: () => undefined });
      expect(result, String(name)).toEqual({ ok: false, error: { code: 'unknown_method', message: 'That action is not available.' } });
    }
  });

  it('still answers valid calls afterwards', async () => {
    const list = await h.ok('groups.list', { includeArchived: true });
    expect(list.map((s) => s.group.name)).toEqual(['Circle']);
    expect((await h.ok('people.create', samplePersonInput({ email: 'after@example.com' }))).email).toBe('after@example.com');
  });

  it('treats path-like names as plain text: the file is still named by the generated id', async () => {
    const group = await h.ok('groups.create', sampleGroupInput({ name: '../../etc/passwd' }));
    expect(group.name).toBe('../../etc/passwd');
    const files = Object.keys(await hashTree(h.dir));
    expect(files).toContain(`groups/${group.id}.json`);
    expect(files.every((f) => !f.includes('..') && !f.includes('passwd'))).toBe(true);
  });
});
