import { addDaysToDate } from '../shared/calendar/days';
import type { Input, MethodName, Output } from '../shared/api';
import type { Meeting } from '../shared/meetings';

// The demo's confidential notes, written through notes.create like a coach's
// own: minutes of held meetings, 1:1s, pair check-ins on the pair-session
// template and notes on members. Invented people, invented situations.

type Call = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;

export interface DemoNoteGroup {
  groupId: string;
  held: readonly Meeting[];
  /** Current members' person ids, in joining order. */
  memberIds: readonly string[];
}

const MINUTES = [
  ['Check-in round', 'Everyone gave one win and one worry. Energy was good; two people arrived a little late from the same meeting.'],
  ['Hot seat', 'The coachee brought a conflict with a peer over a shared budget. The group asked open questions for twenty minutes before anyone offered an idea, which is progress.'],
  ['Next steps', 'Each member named one step for the coming weeks; I wrote them into the meeting record.'],
] as const;

const OBSERVATIONS = [
  'The quieter members spoke more once we went round in order. Keep the round for now.',
  'Advice came too early again; remind the group of the questions-first norm at the start.',
  'A lot of laughter today. Safety feels high enough to try the harder FeedForward round next time.',
  'Two members referred back to last month’s actions without prompting — the written plans are working.',
];

const ONE_TO_ONE = [
  ['How they are', 'Tired after a reorganisation at work, but keen to keep coming to the group.'],
  ['Their goal', 'Still wants to delegate more; the goal fits, the date may need to move by a month.'],
  ['Support asked for', 'Would like the group to hold them to the weekly planning hour.'],
  ['Agreed next steps', 'They block the planning hour in their calendar; I check in after the next meeting.'],
] as const;

const PAIR = [
  'Both agreed, as always.',
  'Leave with one conversation planned, not five.',
  'A team member keeps missing deadlines and the others have started covering for them.',
  'Reminders in the team channel; doing the work themselves.',
  'A direct one-to-one; asking HR for advice; changing how work is shared out.',
  'The one-to-one is uncomfortable but honest; HR feels too formal this early.',
  'Book the one-to-one for Thursday and open with what they have noticed, not a verdict.',
  '1. Book Thursday. 2. Write three observations beforehand. 3. Report back at the next check-in.',
];

const MEMBER = [
  'Mentioned a possible move to another city in the summer; may need to leave the group early. Ask gently at the next 1:1.',
  'Has become the one who summarises the hot seat for the group. Thank them for it, and make sure it does not become a job.',
  'Goal reached ahead of time. Talk about a new one rather than letting the energy drop.',
];

const fieldsOf = (pairs: readonly (readonly [string, string])[]) => pairs.map(([label, text]) => ({ label, text }));

export async function createDemoNotes(call: Call, groups: readonly DemoNoteGroup[], today: string): Promise<number> {
  const pairTemplate = (await call('notes.templates', {})).find((t) => t.id === 'pair-session');
  let count = 0;
  for (const [g, group] of groups.entries()) {
    // Minutes for the last few meetings held: the older ones a coach would not have typed up.
    for (const [i, meeting] of group.held.slice(-4).entries()) {
      await call('notes.create', {
        kind: 'meeting', date: meeting.date, groupId: group.groupId, meetingId: meeting.id, personIds: [], templateId: 'meeting-minutes',
        content: { title: `Meeting ${i + 1} of the recent run`, fields: [...fieldsOf(MINUTES.slice(0, 2)), { label: 'Observations', text: OBSERVATIONS[(i + g) % OBSERVATIONS.length]! }] },
      });
      count += 1;
    }
    const [a, b, c] = group.memberIds;
    if (a) {
      await call('notes.create', {
        kind: 'one-to-one', date: addDaysToDate(today, -9 - g), groupId: group.groupId, meetingId: null, personIds: [a], templateId: 'one-to-one',
        content: { title: 'Quarterly 1:1', fields: fieldsOf(ONE_TO_ONE) },
      });
      count += 1;
    }
    if (a && b && pairTemplate) {
      await call('notes.create', {
        kind: 'pair-check-in', date: addDaysToDate(today, -5 - g), groupId: group.groupId, meetingId: null, personIds: [a, b], templateId: 'pair-session',
        content: { title: 'Pair session on a team deadline', fields: pairTemplate.fields.map((f, i) => ({ label: f.label, text: PAIR[i] ?? '' })) },
      });
      count += 1;
    }
    if (c) {
      await call('notes.create', {
        kind: 'member', date: addDaysToDate(today, -2 - g), groupId: null, meetingId: null, personIds: [c], templateId: 'blank',
        content: { title: 'To keep in mind', fields: [{ label: 'Notes', text: MEMBER[g % MEMBER.length]! }] },
      });
      count += 1;
    }
  }
  return count;
}
