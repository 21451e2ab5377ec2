import path from 'node:path';
import { dispatch } from '../../main/dispatch';
import type { Services } from '../../main/dispatch';
import { addDaysToDate, addMonthsToDate } from '../../shared/calendar/days';
import type { Input, MethodName, Output } from '../../shared/api';
import { DEMO_GROUPS, DEMO_PEOPLE, type DemoGroup } from '../demo-data';
import { planDemoSeries, runDemoMeetings } from '../demo-meetings';
import { createDemoOneToOnes, createDemoRounds } from '../demo-between';
import { createDemoNotes, type DemoNoteGroup } from '../demo-notes';
import type { Meeting } from '../../shared/meetings';
import { CliFailure, EXIT, type CliIo } from '../io';
import { folderEntries, openFolder } from '../open';

export interface DemoOptions {
  dataDir: string;
  /** The day the demo is built "as of", YYYY-MM-DD. */
  today: string;
  /** When given, the demo also sets up encrypted notes with it and writes demo notes. */
  passphrase?: string | null;
}

/** Every step goes through dispatch, so the demo is held to the same validation as the app's forms. */
function caller(services: Services) {
  return async <M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(services, method, input);
    if (!result.ok) throw new CliFailure(`Could not build the demo (${method}): ${result.error.message}`);
    return result.value as Output<M>;
  };
}

const earlier = (a: string, b: string): string => (a < b ? a : b);

async function buildGroup(call: ReturnType<typeof caller>, spec: DemoGroup, today: string, personIds: Map<string, string>) {
  const start = addMonthsToDate(today, -spec.startedMonthsAgo);
  const group = await call('groups.create', spec.input(start));
  const groupId = group.id;
  for (const member of spec.members) {
    const personId = personIds.get(member.person) as string;
    const joinedOn = member.joinedMonthsAgo === undefined ? start : addMonthsToDate(today, -member.joinedMonthsAgo);
    const { id: membershipId } = await call('memberships.add', { groupId, personId, joinedOn });
    if (member.goal) {
      const targetDate = member.goal.targetInDays === undefined ? '' : addDaysToDate(today, member.goal.targetInDays);
      await call('goals.set', { groupId, membershipId, goal: { text: member.goal.text, targetDate, status: member.goal.status } });
    }
    if (member.agreed !== false) {
      await call('norms.recordAgreement', { groupId, personId, agreedOn: earlier(addDaysToDate(joinedOn, 1), today) });
    }
    if (member.leftMonthsAgo !== undefined) {
      await call('memberships.leave', { groupId, membershipId, leftOn: addMonthsToDate(today, -member.leftMonthsAgo) });
    }
  }
  if (spec.extraNorms) {
    for (const text of spec.extraNorms) await call('norms.add', { groupId, text });
    // Everyone re-agrees to the amended norms except those the demo leaves behind.
    for (const member of spec.members) {
      if (member.agreed !== undefined || member.leftMonthsAgo !== undefined) continue;
      await call('norms.recordAgreement', {
        groupId,
        personId: personIds.get(member.person) as string,
        agreedOn: earlier(addDaysToDate(start, 14), today),
      });
    }
  }
  return { group, meetings: await planDemoSeries(call, spec, groupId, group) };
}

/**
 * Builds a realistic practice in an empty folder through the services, as of
 * `today`. A folder that already holds anything is refused: the demo never
 * mixes with real data.
 */
export async function runDemo(options: DemoOptions, io: CliIo): Promise<number> {
  const dir = path.resolve(options.dataDir);
  const entries = await folderEntries(dir);
  if (entries !== null && entries.length > 0) {
    throw new CliFailure(`The folder ${dir} is not empty. The demo only writes into a new or empty folder.`);
  }
  // Midday UTC is the same calendar day in every demo group's zone. The clock moves back only
  // while the rounds of the past are planned as they would have been (demo-between.ts).
  let day = options.today;
  const now = () => new Date(`${day}T12:00:00.000Z`);
  const folder = await openFolder(dir, { mustExist: false, now });
  try {
    const call = caller(folder.services);
    await call('settings.update', { coachName: 'Jordan Ellis', coachTimeZone: 'Europe/London', coachEmail: 'jordan.ellis@example.com' });
    const personIds = new Map<string, string>();
    for (const { key, ...person } of DEMO_PEOPLE) {
      personIds.set(key, (await call('people.create', person)).id);
    }
    let memberships = 0;
    let meetings = 0;
    let held = 0;
    const built: { group: Output<'groups.create'>; planned: Meeting[] }[] = [];
    const forNotes: DemoNoteGroup[] = [];
    for (const spec of DEMO_GROUPS) {
      const { group, meetings: planned } = await buildGroup(call, spec, options.today, personIds);
      memberships += spec.members.length;
      meetings += planned.length;
      const detail = await call('groups.get', { id: group.id });
      // One member of the first group, there since the start, is away at the last two meetings: the dashboard asks after them.
      const steady = detail.members.filter((m) => m.membership.leftOn === null && m.membership.joinedOn === group.startDate);
      const absentTwice = spec.key === 'managers' ? (steady.at(-1)?.membership.id ?? null) : null;
      held += await runDemoMeetings(call, group.id, planned, detail.members.map((m) => m.membership), now(), absentTwice);
      built.push({ group, planned });
      forNotes.push({
        groupId: group.id,
        held: planned.filter((m) => m.status !== 'cancelled' && Date.parse(m.end) <= now().getTime()),
        memberIds: detail.members.filter((m) => m.membership.leftOn === null).map((m) => m.membership.personId),
      });
    }
    // One meeting moved and one cancelled, as any programme has.
    const upcoming = (i: number) => built[i]!.planned.filter((m) => Date.parse(m.start) > now().getTime());
    const toMove = upcoming(0)[0];
    if (toMove) {
      await call('meetings.move', { groupId: built[0]!.group.id, meetingId: toMove.id, date: addDaysToDate(toMove.date, 2), time: toMove.startTime, minutes: toMove.minutes });
    }
    const toCancel = upcoming(1)[1];
    if (toCancel) await call('meetings.cancel', { groupId: built[1]!.group.id, meetingId: toCancel.id, reason: 'Public holiday: most of the group is away.' });
    const roundGroups = built.map(({ group }, i) => ({
      key: DEMO_GROUPS[i]!.key,
      groupId: group.id,
      meetingDays: folder.store.group(group.id)!.meetings.filter((m) => m.status !== 'cancelled').map((m) => m.date).sort(),
    }));
    const rounds = await createDemoRounds(
      call,
      roundGroups,
      personIds,
      (next) => {
        day = next;
      },
      options.today,
    );
    const oneToOnes = await createDemoOneToOnes(call, roundGroups, options.today);
    let notes = '';
    if (options.passphrase) {
      await call('vault.setUp', { passphrase: options.passphrase });
      notes = ` Encrypted notes set up with ${await createDemoNotes(call, forNotes, options.today)} demo notes.`;
    }
    const dashboard = await call('dashboard.get', {});
    io.out(
      `Created a demo in ${dir} as of ${options.today}: ${DEMO_GROUPS.length} groups, ${DEMO_PEOPLE.length} people, ` +
        `${memberships} memberships, ${meetings} meetings (${held} held), ${rounds.rounds} pairing rounds with ${rounds.sessions} pair sessions, ${oneToOnes} 1:1s, ` +
        `${dashboard.attention.length} items needing attention.${notes}`,
    );
    return EXIT.ok;
  } finally {
    await folder.close();
  }
}
