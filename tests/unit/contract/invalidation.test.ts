import { afterEach, describe, expect, it } from 'vitest';
import { changesReach, isCommandName, methodNames, type CommandName, type Input } from '../../../src/shared/api';
import { sampleGroupInput, samplePersonInput } from '../../support/sample-records';
import { monthlyRule } from '../../support/meeting-plans';
import { removeTempDirs } from '../../support/temp-dir';
import { changesOf, damageAndReopen, openPractice, probesOf, readsOf, snapshot, type Practice } from './practice';

// The renderer refreshes only what a command declares it changed. These tests
// hold the declarations to the truth: each command runs on a real practice,
// every view is read before and after, and any view whose answer changed must
// be one the declaration reaches. Then the other way round: a change to one
// group reaches that group's views, not the people list or other groups.

interface Sample<M extends CommandName> {
  /** Puts the practice in the state the command needs (before the views are read). */
  prepare?: (p: Practice) => Promise<void>;
  input: (p: Practice) => Input<M> | Promise<Input<M>>;
}

const CSV = 'name,email\nDee,dee@example.com\n';
/** One busy hour a week after the practice's clock (15 March 2026). */
const BUSY_ICS = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:dentist@example.com', 'DTSTART:20260322T090000Z', 'DTEND:20260322T100000Z', 'SUMMARY:Dentist', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

/** Ada and Bo were both at Tuesday's March meeting. */
const attendBoth = async (p: Practice) =>
  void (await p.h.ok('meetings.recordAttendance', {
    groupId: p.tuesday,
    meetingId: p.tuesdayMar,
    marks: [{ membershipId: p.adaInTuesday, mark: 'present' }, { membershipId: p.boInTuesday, mark: 'present' }],
  }));
/** Ada agreed a next step at Tuesday's February meeting, due before March's. */
const agreeStep = async (p: Practice) =>
  void (await p.h.ok('meetings.addNextStep', { groupId: p.tuesday, meetingId: p.tuesdayFeb, membershipId: p.adaInTuesday, text: 'Ask for feedback', dueOn: '2026-03-01' }));
const febStep = async (p: Practice) => (await p.h.ok('meetings.page', { groupId: p.tuesday, meetingId: p.tuesdayMar })).review[0]!.step.id;
/** Plans Tuesday's series (three meetings from April) before a command that works on it. */
const planTuesday = async (p: Practice) => void (await p.h.ok('meetings.planSeries', { groupId: p.tuesday, rule: monthlyRule({ end: { type: 'count', count: 3 } }), adjustments: [] }));
const tuesdayMeeting = (p: Practice, i = 0) => p.h.store.group(p.tuesday)!.meetings[i]!.id;
const tuesdaySeries = (p: Practice) => p.h.store.group(p.tuesday)!.meetingSeries[0]!.id;

/** Ada has a 1:1 planned with the coach. */
const withOneToOne = async (p: Practice) =>
  void (await p.h.ok('oneToOnes.schedule', { groupId: p.tuesday, personId: p.ada, date: '2026-03-20', time: '09:00', minutes: 45, where: '' }));

/** Cy joins Tuesday, its series is planned and so are its rounds, an odd member meeting the coach. */
const betweenRounds = async (p: Practice) => {
  await p.h.ok('memberships.add', { groupId: p.tuesday, personId: p.cy, joinedOn: '2026-01-10' });
  await planTuesday(p);
  const { settings } = await p.h.ok('between.view', { groupId: p.tuesday });
  await p.h.ok('between.updateSettings', { groupId: p.tuesday, settings: { ...settings, pairing: { ...settings.pairing, oddMember: 'with-coach' } } });
  await p.h.ok('between.plan', { groupId: p.tuesday, replaceHandEdited: false });
};

const PASSPHRASE = 'glacier otter lantern mosaic';
/** The recovery key of the vault the last sample set up, as the window holds it while showing it. */
let shownRecoveryKey = '';
const setUpVault = async (p: Practice) => void (await p.h.ok('vault.setUp', { passphrase: PASSPHRASE }));
const setUpVaultLocked = async (p: Practice) => {
  await setUpVault(p);
  await p.h.ok('vault.lock', {});
};

const memberNote = (p: Practice) => ({
  kind: 'member' as const,
  date: '2026-03-10',
  groupId: null,
  meetingId: null,
  personIds: [p.ada],
  templateId: 'blank',
  content: { title: 'About Ada', fields: [{ label: 'Notes', text: 'Prefers written feedback.' }] },
});
const withNote = async (p: Practice) => {
  await setUpVault(p);
  await p.h.ok('notes.create', memberNote(p));
};
const firstNote = async (p: Practice) => (await p.h.ok('notes.list', {})).notes[0]!;

const SAMPLES: { [M in CommandName]: Sample<M> } = {
  'recovery.acknowledge': {
    prepare: damageAndReopen,
    input: async (p) => ({ ids: (await p.h.ok('app.info', {})).recovery.map((e) => e.id) }),
  },
  'settings.update': { input: () => ({ coachName: 'Jo', coachTimeZone: 'Pacific/Auckland' }) },
  'groups.create': { input: () => sampleGroupInput({ name: 'Thursday Circle' }) },
  'groups.update': { input: (p) => ({ id: p.tuesday, values: sampleGroupInput({ name: 'Tuesday Leaders', color: '#dc2626' }) }) },
  'groups.archive': { input: (p) => ({ id: p.tuesday }) },
  'groups.restore': {
    prepare: async (p) => void (await p.h.ok('groups.archive', { id: p.founders })),
    input: (p) => ({ id: p.founders }),
  },
  'groups.delete': { input: (p) => ({ id: p.tuesday, confirmName: 'Tuesday Circle' }) },
  'people.create': { input: () => samplePersonInput({ name: 'Dee', email: 'dee@example.com' }) },
  'people.update': { input: (p) => ({ id: p.ada, values: samplePersonInput({ name: 'Ada Lovelace', email: 'ada@example.com' }) }) },
  'people.delete': { input: (p) => ({ id: p.cy }) },
  'people.deleteKeepingHistory': { input: (p) => ({ id: p.ada }) },
  'people.importCommit': { input: () => ({ text: CSV, format: 'csv' }) },
  'memberships.add': { input: (p) => ({ groupId: p.founders, personId: p.bo, joinedOn: '2026-02-01' }) },
  'memberships.addMany': { input: (p) => ({ groupId: p.founders, personIds: [p.bo, p.cy], joinedOn: '2026-02-01' }) },
  'memberships.leave': { input: (p) => ({ groupId: p.tuesday, membershipId: p.boInTuesday, leftOn: '2026-03-01' }) },
  'memberships.updateDates': {
    input: (p) => ({ groupId: p.tuesday, membershipId: p.adaInTuesday, joinedOn: '2026-01-12', leftOn: '2026-12-01' }),
  },
  'memberships.rejoin': {
    prepare: async (p) =>
      void (await p.h.ok('memberships.leave', { groupId: p.tuesday, membershipId: p.boInTuesday, leftOn: '2026-02-01' })),
    input: (p) => ({ groupId: p.tuesday, membershipId: p.boInTuesday }),
  },
  'memberships.remove': { input: (p) => ({ groupId: p.tuesday, membershipId: p.adaInTuesday }) },
  'goals.set': {
    input: (p) => ({
      groupId: p.founders,
      membershipId: p.adaInFounders,
      goal: { text: 'I want to get better at delegating', targetDate: '2026-02-01', status: 'in-progress' },
    }),
  },
  'goals.clear': { input: (p) => ({ groupId: p.tuesday, membershipId: p.adaInTuesday }) },
  'norms.add': { input: (p) => ({ groupId: p.tuesday, text: 'Cameras on when we can.' }) },
  'norms.update': {
    input: async (p) => ({ groupId: p.tuesday, normId: (await p.h.ok('groups.get', { id: p.tuesday })).norms[0]!.id, text: 'We keep it here.' }),
  },
  'norms.remove': {
    input: async (p) => ({ groupId: p.tuesday, normId: (await p.h.ok('groups.get', { id: p.tuesday })).norms[0]!.id }),
  },
  'norms.move': {
    input: async (p) => ({ groupId: p.tuesday, normId: (await p.h.ok('groups.get', { id: p.tuesday })).norms[0]!.id, direction: 'down' }),
  },
  'norms.recordAgreement': { input: (p) => ({ groupId: p.tuesday, personId: p.bo, agreedOn: '2026-03-01' }) },
  'norms.recordAgreements': { input: (p) => ({ groupId: p.founders, personIds: [p.ada], agreedOn: '2026-03-01' }) },
  'norms.withdrawAgreement': { input: (p) => ({ groupId: p.tuesday, personId: p.ada }) },
  'meetings.planSeries': { input: (p) => ({ groupId: p.tuesday, rule: monthlyRule(), adjustments: [{ index: 0, choice: 'skip' }] }) },
  'meetings.changeSeriesFrom': {
    prepare: planTuesday,
    input: (p) => ({ groupId: p.tuesday, seriesId: tuesdaySeries(p), fromDate: '2026-05-01', rule: monthlyRule({ fromDate: '2026-05-01', startTime: '19:00' }), adjustments: [] }),
  },
  'meetings.move': { prepare: planTuesday, input: (p) => ({ groupId: p.tuesday, meetingId: tuesdayMeeting(p), date: '2026-04-16', time: '18:00', minutes: 90 }) },
  'meetings.cancel': { prepare: planTuesday, input: (p) => ({ groupId: p.tuesday, meetingId: tuesdayMeeting(p, 1), reason: 'Bank holiday' }) },
  'meetings.reinstate': {
    prepare: async (p) => {
      await planTuesday(p);
      await p.h.ok('meetings.cancel', { groupId: p.tuesday, meetingId: tuesdayMeeting(p), reason: 'Bank holiday' });
    },
    input: (p) => ({ groupId: p.tuesday, meetingId: tuesdayMeeting(p) }),
  },
  'meetings.addExtra': { input: (p) => ({ groupId: p.tuesday, date: '2026-04-20', time: '09:00', minutes: 60 }) },
  'calendar.updateSettings': { input: () => ({ bufferMinutes: 30 }) },
  'calendar.importBusy': { input: () => ({ fileName: 'work.ics', text: BUSY_ICS }) },
  'calendar.clearBusy': {
    prepare: async (p) => void (await p.h.ok('calendar.importBusy', { fileName: 'work.ics', text: BUSY_ICS })),
    input: () => ({}),
  },
  'backups.create': { input: () => ({}) },
  'backups.restore': {
    prepare: async (p) => void (await p.h.ok('people.create', samplePersonInput({ name: 'Eve', email: 'eve@example.com' }))),
    input: (p) => ({ id: p.backup }),
  },
  'meetings.recordAttendance': { input: (p) => ({ groupId: p.tuesday, meetingId: p.tuesdayMar, marks: [{ membershipId: p.adaInTuesday, mark: 'present' }] }) },
  'meetings.recordCheckIn': {
    input: (p) => ({ groupId: p.tuesday, meetingId: p.tuesdayMar, membershipId: p.adaInTuesday, progress: 'stuck', summary: 'Waiting on my manager' }),
  },
  'meetings.markHeld': {
    prepare: attendBoth,
    input: (p) => ({ groupId: p.tuesday, meetingId: p.tuesdayMar, held: true }),
  },
  'meetings.setCoachees': {
    input: (p) => ({ groupId: p.tuesday, meetingId: p.tuesdayApr, coachees: { type: 'by-hand', membershipIds: [p.adaInTuesday, p.boInTuesday] } }),
  },
  'meetings.saveAgenda': {
    input: (p) => ({ groupId: p.tuesday, meetingId: p.tuesdayApr, agenda: { type: 'edited', items: [{ kind: 'hot-seat', title: 'Hot seat', minutes: 90 }] } }),
  },
  'meetings.addNextStep': {
    input: (p) => ({ groupId: p.tuesday, meetingId: p.tuesdayFeb, membershipId: p.adaInTuesday, text: 'Ask for feedback', dueOn: '2026-03-01' }),
  },
  'meetings.updateNextStep': {
    prepare: agreeStep,
    input: async (p) => ({ groupId: p.tuesday, meetingId: p.tuesdayFeb, stepId: await febStep(p), text: 'Ask two people', dueOn: '' }),
  },
  'meetings.removeNextStep': {
    prepare: agreeStep,
    input: async (p) => ({ groupId: p.tuesday, meetingId: p.tuesdayFeb, stepId: await febStep(p) }),
  },
  'meetings.reviewNextStep': {
    prepare: agreeStep,
    input: async (p) => ({ groupId: p.tuesday, meetingId: p.tuesdayMar, stepMeetingId: p.tuesdayFeb, stepId: await febStep(p), outcome: 'carried-over' }),
  },
  'groups.updateMeetingSettings': { input: (p) => ({ groupId: p.tuesday, coacheesPerMeeting: 2, agendaTemplate: { type: 'method' } }) },
  // The headless platform cancels the save dialog: nothing anywhere changes.
  'data.export': { input: () => ({}) },
  'calendarExport.write': { input: () => ({ selection: { groupIds: null, personIds: null, from: null, to: null }, include: { people: true, groups: true, coach: true, drafts: false }, reminders: [] }) },
  'vault.setUp': { input: () => ({ passphrase: PASSPHRASE }) },
  'vault.unlock': { prepare: setUpVaultLocked, input: () => ({ method: 'passphrase', passphrase: PASSPHRASE }) },
  'vault.lock': { prepare: setUpVault, input: () => ({}) },
  'vault.changePassphrase': { prepare: setUpVault, input: () => ({ current: { method: 'passphrase', passphrase: PASSPHRASE }, newPassphrase: 'walrus meadow copper violin' }) },
  'vault.newRecoveryKey': { prepare: setUpVault, input: () => ({ current: { method: 'passphrase', passphrase: PASSPHRASE } }) },
  'vault.updateSettings': { prepare: setUpVault, input: () => ({ idleLockMinutes: 25 }) },
  // The headless platform cancels the save dialog, after main has checked that this is the vault's key.
  'vault.saveRecoveryKey': {
    prepare: async (p) => void (shownRecoveryKey = (await p.h.ok('vault.setUp', { passphrase: PASSPHRASE })).recoveryKey),
    input: () => ({ recoveryKey: shownRecoveryKey }),
  },
  'vault.reset': { prepare: withNote, input: () => ({ confirmation: 'delete my notes' }) },
  'notes.create': { prepare: setUpVault, input: (p) => memberNote(p) },
  'notes.save': {
    prepare: withNote,
    input: async (p) => ({ id: (await firstNote(p)).id, baseRevision: 1, content: { title: 'About Ada, again', fields: [{ label: 'Notes', text: 'Changed.' }] } }),
  },
  'notes.relink': {
    prepare: withNote,
    input: async (p) => ({ id: (await firstNote(p)).id, kind: 'member', date: '2026-03-11', groupId: null, meetingId: null, personIds: [p.bo] }),
  },
  'notes.remove': { prepare: withNote, input: async (p) => ({ id: (await firstNote(p)).id }) },
  'notes.saveTemplate': {
    prepare: setUpVault,
    input: () => ({ id: null, template: { name: 'Walk and talk', kinds: ['one-to-one'], fields: [{ label: 'Where we walked', prompt: '' }] } }),
  },
  'oneToOnes.schedule': { input: (p) => ({ groupId: p.tuesday, personId: p.ada, date: '2026-03-20', time: '09:00', minutes: 45, where: '' }) },
  'oneToOnes.update': {
    prepare: withOneToOne,
    input: async (p) => ({ groupId: p.tuesday, id: (await p.h.ok('oneToOnes.forGroup', { groupId: p.tuesday }))[0]!.id, date: '2026-03-10', time: '18:30', minutes: 45, where: 'The park' }),
  },
  'oneToOnes.setStatus': {
    prepare: withOneToOne,
    input: async (p) => ({ groupId: p.tuesday, id: (await p.h.ok('oneToOnes.forGroup', { groupId: p.tuesday }))[0]!.id, status: 'cancelled' }),
  },
  'between.updateSettings': {
    input: (p) => ({ groupId: p.tuesday, settings: { pairing: { oddMember: 'with-coach', neverPair: [], preferDifferentTeams: false }, teams: [], oneToOneCadence: { type: 'none' } } }),
  },
  'between.plan': { input: (p) => ({ groupId: p.tuesday, replaceHandEdited: false }) },
  'between.swap': {
    prepare: betweenRounds,
    input: async (p) => {
      const round = (await p.h.ok('between.view', { groupId: p.tuesday })).rounds.find((r) => r.state === 'planned')!;
      return { groupId: p.tuesday, roundId: round.id, a: round.withCoach!, b: round.sessions[0]!.personIds[0]! };
    },
  },
  'between.setAbsent': {
    prepare: betweenRounds,
    input: async (p) => ({ groupId: p.tuesday, roundId: (await p.h.ok('between.view', { groupId: p.tuesday })).rounds.find((r) => r.state === 'planned')!.id, personId: p.ada, absent: true }),
  },
  'between.recordSession': {
    prepare: betweenRounds,
    input: async (p) => {
      const round = (await p.h.ok('between.view', { groupId: p.tuesday })).rounds.find((r) => r.state === 'under-way')!;
      return { groupId: p.tuesday, roundId: round.id, sessionId: round.sessions[0]!.id, status: 'held', agreedTime: null, where: 'The park' };
    },
  },
  'notes.removeTemplate': {
    prepare: async (p) => {
      await setUpVault(p);
      await p.h.ok('notes.saveTemplate', { id: 'blank', template: { name: 'Blank page', kinds: ['member'], fields: [{ label: 'Notes', prompt: 'Anything.' }] } });
    },
    input: () => ({ id: 'blank' }),
  },
};

/**
 * Commands that change nothing a view shows: an export written elsewhere (calendar files too: with no one at the
 * desktop to pick a folder, nothing is written or recorded; tests/unit/services/calendar-export.test.ts records);
 * a new wrap of the same key (the practice's clock stands still).
 */
const CHANGE_NO_VIEW = new Set<CommandName>(['data.export', 'calendarExport.write', 'vault.changePassphrase', 'vault.newRecoveryKey', 'vault.saveRecoveryKey']);

/** Runs one command on a fresh practice; answers with the views it changed and the views its declaration reaches. */
async function run<M extends CommandName>(method: M, sample: Sample<M> = SAMPLES[method] as Sample<M>, setUp?: (p: Practice) => Promise<void>) {
  const p = await openPractice();
  try {
    await setUp?.(p);
    await sample.prepare?.(p);
    const input = await sample.input(p);
    const probes = probesOf(p);
    const before = await snapshot(p, probes);
    const result = await p.h.call(method, input);
    if (!result.ok) throw new Error(`${method} was refused: ${result.error.message}`);
    const after = await snapshot(p, probes);
    const changes = changesOf(method, input, result.value);
    const changed = probes.filter((_, i) => JSON.stringify(before[i]) !== JSON.stringify(after[i])).map((q) => q.label);
    const reached = probes.filter((q, i) => changesReach(changes, readsOf(q, before[i]!))).map((q) => q.label);
    return { changed, reached };
  } finally {
    await p.h.close();
  }
}

afterEach(removeTempDirs);

const commands = methodNames.filter(isCommandName);

describe('what each command declares it changed', () => {
  it('has a sample for every command, so every declaration is checked below', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...commands].sort());
  });

  it.each(commands)('%s: every view whose answer changed is one the declaration refreshes', async (method) => {
    const { changed, reached } = await run(method);
    // A sample that changes nothing would prove nothing; only the export changes no view.
    if (!CHANGE_NO_VIEW.has(method)) expect(changed, 'the sample changed no view').not.toEqual([]);
    expect(changed.filter((label) => !reached.includes(label)), 'changed but not refreshed').toEqual([]);
  });
});

describe('what a command refreshes, and what it leaves alone', () => {
  it('a change to one group’s norms refreshes that group’s page, the group lists and the dashboard only', async () => {
    const { reached } = await run('norms.add');
    expect(reached.sort()).toEqual(['dashboard.get', 'groups.get Tuesday', 'groups.list (all)', 'groups.list (running)'].sort());
  });

  it('a new member touches people: their page and the people list, and only the group they joined', async () => {
    const { reached } = await run('memberships.add');
    expect(reached.sort()).toEqual(
      // Who is due for a 1:1 counts every group's members; a new member gets a calendar file of their own.
      ['dashboard.get', 'groups.get Founders', 'groups.list (all)', 'groups.list (running)', 'people.get Bo', 'people.list', 'oneToOnes.due', 'calendarExport.preview'].sort(),
    );
  });

  it('renaming a person refreshes the pages that name them, not the group lists or other people', async () => {
    const { reached } = await run('people.update');
    expect(reached.sort()).toEqual(
      [
        'dashboard.get',
        'groups.get Founders',
        'groups.get Tuesday',
        'people.get Ada',
        'people.importPreview',
        'people.list',
        // The meeting pages and the member statistics name Ada (her own next steps do not).
        'meetings.page Tuesday March',
        'meetings.page Tuesday April',
        'meetings.memberStats Tuesday',
        // The Meetings tab lists members' zones, so it reads people too.
        'meetings.forGroup Tuesday',
        // The Between meetings tab names its members, and so do the 1:1 lists and clash checks
        // (Ada's own pair history names only her partners: it is not refreshed).
        'between.view Tuesday',
        'oneToOnes.forGroup Tuesday',
        'oneToOnes.due',
        'oneToOnes.byMember Tuesday',
        'oneToOnes.conflicts',
        // The calendar names the 1:1s by member ("1:1 with Ada"), and so do its clashes.
        'calendar.month',
        'calendar.agenda',
        'calendar.conflicts',
        // Calendar files name people (their own and their partners').
        'calendarExport.preview',
      ].sort(),
    );
  });

  it('a new 1:1 refreshes the coach’s calendar and the meeting clash checks, as a meeting would', async () => {
    const { changed, reached } = await run('oneToOnes.schedule');
    expect(changed).toEqual(expect.arrayContaining(['calendar.month', 'calendar.agenda']));
    expect(reached).toEqual(expect.arrayContaining(['calendar.month', 'calendar.agenda', 'calendar.conflicts', 'meetings.forGroup Tuesday', 'oneToOnes.conflicts']));
    expect(reached).not.toContain('calendar.settings');
  });

  it('renaming a group refreshes its members’ pages, but not a person who is not in it', async () => {
    const { reached } = await run('groups.update');
    expect(reached).toContain('people.get Bo');
    expect(reached).toContain('people.list');
    expect(reached).not.toContain('people.get Cy');
    expect(reached).not.toContain('groups.get Founders');
  });

  it('the coach’s settings refresh the notices, the settings, the dashboard and an import preview', async () => {
    const { reached } = await run('settings.update');
    // The Meetings tab, a meeting page and the calendar all show times on the coach's clock;
    // a passphrase's strength counts the coach's name against it.
    expect(reached.sort()).toEqual(
      [
        'app.info', 'dashboard.get', 'people.importPreview', 'settings.get', 'vault.passphraseStrength',
        'meetings.page Tuesday March', 'meetings.page Tuesday April', 'meetings.forGroup Tuesday',
        'calendar.month', 'calendar.agenda', 'calendar.conflicts', 'calendar.settings',
        // 1:1s are on the coach's clock, and "today" for who is due (and for each member's status) is the coach's.
        'oneToOnes.due', 'oneToOnes.byMember Tuesday', 'oneToOnes.conflicts',
        // Calendar files name the coach as organiser, and "today" starts their period.
        'calendarExport.preview',
      ].sort(),
    );
  });

  it('the coach’s own calendar (break, busy times) refreshes the views that show clashes and nothing else', async () => {
    const { reached } = await run('calendar.importBusy');
    // The Meetings tab marks a meeting that clashes with a busy time.
    // A 1:1's clash check reads busy times too.
    expect(reached.sort()).toEqual(['calendar.month', 'calendar.agenda', 'calendar.conflicts', 'calendar.settings', 'meetings.forGroup Tuesday', 'oneToOnes.conflicts'].sort());
  });

  it('a restore refreshes every view', async () => {
    const { reached } = await run('backups.restore');
    expect(reached).toHaveLength(probesOf({} as Practice).length);
  });

  it('while the data breaks a rule, any change refreshes the notice: it may be the one that puts it right', async () => {
    // Bo's person record goes missing behind the services' back, as after an index restored from an older backup.
    const loseBo = async (p: Practice) =>
      void (await p.h.store.updateIndex((draft) => {
        draft.people = draft.people.filter((person) => person.id !== p.bo);
      }));
    const { changed, reached } = await run(
      'memberships.remove',
      { input: (p) => ({ groupId: p.tuesday, membershipId: p.boInTuesday }) },
      loseBo,
    );
    expect(changed).toContain('app.info');
    expect(reached).toContain('app.info');
    // With nothing broken, the same change leaves the notice alone.
    expect((await run('memberships.remove')).reached).not.toContain('app.info');
  });
});
