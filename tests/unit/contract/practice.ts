import { promises as fs } from 'node:fs';
import path from 'node:path';
import { api, type Input, type MethodName, type QueryName, type Result, type Tag } from '../../../src/shared/api';
import { addMeetings, meetingId, plannedMeeting } from '../../support/meetings';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';

// A small practice built through the real services, and every view of it the
// renderer can hold, so tests can compare what a command really changed with
// what its declaration in the contract says it changed.

export interface Practice {
  h: ServiceHarness;
  /** Two groups: Tuesday has Ada and Bo, Founders has Ada. Cy is in no group. */
  tuesday: string;
  founders: string;
  ada: string;
  bo: string;
  cy: string;
  adaInTuesday: string;
  boInTuesday: string;
  adaInFounders: string;
  /** Tuesday's meetings: two have taken place (the clock is at 15 March 2026), one is to come. */
  tuesdayFeb: string;
  tuesdayMar: string;
  tuesdayApr: string;
  backup: string;
}

export async function openPractice(): Promise<Practice> {
  const h = await openHarness();
  const tuesday = (await h.ok('groups.create', sampleGroupInput({ name: 'Tuesday Circle' }))).id;
  const founders = (await h.ok('groups.create', sampleGroupInput({ name: 'Founders', color: '#16a34a' }))).id;
  const person = async (name: string) =>
    (await h.ok('people.create', samplePersonInput({ name, email: `${name.toLowerCase()}@example.com` }))).id;
  const ada = await person('Ada');
  const bo = await person('Bo');
  const cy = await person('Cy');
  const join = async (groupId: string, personId: string) =>
    (await h.ok('memberships.add', { groupId, personId, joinedOn: '2026-01-10' })).id;
  const adaInTuesday = await join(tuesday, ada);
  const boInTuesday = await join(tuesday, bo);
  const adaInFounders = await join(founders, ada);
  await h.ok('goals.set', {
    groupId: tuesday,
    membershipId: adaInTuesday,
    goal: { text: 'I want to get better at listening', targetDate: '2026-06-01', status: 'in-progress' },
  });
  await h.ok('norms.recordAgreement', { groupId: tuesday, personId: ada, agreedOn: '2026-01-12' });
  const [tuesdayFeb, tuesdayMar, tuesdayApr] = [meetingId(2), meetingId(3), meetingId(4)];
  await addMeetings(h.store, tuesday, [
    plannedMeeting({ id: tuesdayFeb, date: '2026-02-10' }),
    plannedMeeting({ id: tuesdayMar, date: '2026-03-10' }),
    plannedMeeting({ id: tuesdayApr, date: '2026-04-14' }),
  ]);
  const backup = (await h.ok('backups.create', {})).id;
  return { h, tuesday, founders, ada, bo, cy, adaInTuesday, boInTuesday, adaInFounders, tuesdayFeb, tuesdayMar, tuesdayApr, backup };
}

/** Damages the Founders file on disk and reopens, so the store restores it and records a repair. */
export async function damageAndReopen(p: Practice): Promise<void> {
  await p.h.store.flush();
  await fs.writeFile(path.join(p.h.dir, 'groups', `${p.founders}.json`), '{"schemaVersion":');
  await p.h.reopen();
}

export interface Probe {
  label: string;
  method: QueryName;
  input: unknown;
}

const probe = <M extends QueryName>(label: string, method: M, input: Input<M>): Probe => ({ label, method, input });

/** Every view the window can have cached over the practice. */
export const probesOf = (p: Practice): Probe[] => [
  probe('app.info', 'app.info', {}),
  probe('settings.get', 'settings.get', {}),
  probe('dashboard.get', 'dashboard.get', {}),
  probe('groups.list (all)', 'groups.list', { includeArchived: true }),
  probe('groups.list (running)', 'groups.list', { includeArchived: false }),
  probe('groups.get Tuesday', 'groups.get', { id: p.tuesday }),
  probe('groups.get Founders', 'groups.get', { id: p.founders }),
  probe('people.list', 'people.list', {}),
  probe('people.get Ada', 'people.get', { id: p.ada }),
  probe('people.get Bo', 'people.get', { id: p.bo }),
  probe('people.get Cy', 'people.get', { id: p.cy }),
  probe('backups.list', 'backups.list', {}),
  probe('meetings.page Tuesday March', 'meetings.page', { groupId: p.tuesday, meetingId: p.tuesdayMar }),
  probe('meetings.page Tuesday April', 'meetings.page', { groupId: p.tuesday, meetingId: p.tuesdayApr }),
  probe('meetings.memberStats Tuesday', 'meetings.memberStats', { groupId: p.tuesday }),
  probe('meetings.personNextSteps Ada', 'meetings.personNextSteps', { id: p.ada }),
  probe('meetings.personHistory Ada', 'meetings.personHistory', { id: p.ada }),
  probe('meetings.forGroup Tuesday', 'meetings.forGroup', { groupId: p.tuesday }),
  probe('between.view Tuesday', 'between.view', { groupId: p.tuesday }),
  probe('between.personHistory Ada', 'between.personHistory', { id: p.ada }),
  probe('oneToOnes.forGroup Tuesday', 'oneToOnes.forGroup', { groupId: p.tuesday }),
  probe('oneToOnes.due', 'oneToOnes.due', {}),
  probe('oneToOnes.byMember Tuesday', 'oneToOnes.byMember', { groupId: p.tuesday }),
  probe('oneToOnes.conflicts', 'oneToOnes.conflicts', { id: null, date: '2026-03-10', time: '18:30', minutes: 60 }),
  probe('calendarExport.preview', 'calendarExport.preview', { groupIds: null, personIds: null, from: null, to: null }),
  probe('calendar.month', 'calendar.month', {}),
  probe('calendar.agenda', 'calendar.agenda', { from: '2026-03-01', days: 31 }),
  probe('calendar.conflicts', 'calendar.conflicts', {}),
  probe('calendar.settings', 'calendar.settings', {}),
  probe('vault.status', 'vault.status', {}),
  probe('vault.passphraseStrength', 'vault.passphraseStrength', { passphrase: 'ada lovelace 1815' }),
  probe('notes.list (all)', 'notes.list', {}),
  probe('notes.list Ada', 'notes.list', { personId: p.ada }),
  probe('notes.templates', 'notes.templates', {}),
  probe('people.importPreview', 'people.importPreview', { text: 'name,email\nAda,ada@example.com\nDee,dee@example.com\n', format: 'csv' }),
];

/** Each view's answer (or refusal), as the renderer would have cached it. */
export async function snapshot(p: Practice, probes: readonly Probe[]): Promise<Result<unknown>[]> {
  const results: Result<unknown>[] = [];
  for (const { method, input } of probes) results.push(await p.h.call(method, input as never));
  return results;
}

/** What a view reads by its declaration, given the answer cached (none when it was refused). */
export function readsOf(probeOf: Probe, cached: Result<unknown>): readonly Tag[] {
  const reads = api[probeOf.method].reads as (input: unknown, answer: unknown) => readonly Tag[];
  return reads(probeOf.input, cached.ok ? cached.value : undefined);
}

/** What a command says it changed, given what it was asked and what it answered. */
export function changesOf(method: MethodName, input: unknown, result: unknown): readonly Tag[] {
  const spec = api[method];
  if (spec.kind !== 'command') throw new Error(`${method} is not a command`);
  return (spec.changes as (input: unknown, result: unknown) => readonly Tag[])(input, result);
}
