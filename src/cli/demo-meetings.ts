import { addDaysToDate, plannedEndDate } from '../shared/calendar/days';
import { isActiveOn } from '../shared/calendar/periods';
import { expandSeries, type SeriesRule } from '../shared/calendar/recurrence';
import type { Input, MethodName, Output } from '../shared/api';
import type { SeriesAdjustment } from '../shared/contract/meetings';
import type { Membership } from '../shared/entities';
import type { Meeting, Progress } from '../shared/meetings';
import type { DemoGroup } from './demo-data';

// A demo group's meetings, planned and run through the same methods the app
// uses: the series over the whole programme (a date on a clock change takes
// the time calendar programs would), then each meeting already over run as a
// coach would run it: who came, how each member is doing on their goal, last
// time's next steps reviewed, new ones agreed, recorded as held. Absences and
// due dates are chosen so the dashboard has something true to say.

type Call = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;

const PROGRESS: readonly Progress[] = ['on-track', 'some-progress', 'on-track', 'stuck', 'some-progress', 'achieved'];
const SUMMARIES = [
  'Tried the new approach twice this month and it landed better the second time.',
  'Busy month; kept the habit going but only just.',
  'Had the conversation I had been putting off.',
  'Stuck on where to start; wants the group’s questions.',
  'Asked my team for feedback and got more than I expected.',
  'Blocked out focus time every Friday and kept to it.',
];
const STEPS = [
  'Ask two people on my team what they need from me',
  'Hand over the weekly report and resist checking it',
  'Write down three decisions I made alone and review them',
  'Book the difficult conversation before the next meeting',
  'Try the FeedForward question with my manager',
  'Keep a short log of when I interrupt in meetings',
];

/** The group's series from its start to its planned end, every date kept. */
export async function planDemoSeries(call: Call, spec: DemoGroup, groupId: string, group: Output<'groups.create'>): Promise<Meeting[]> {
  const rule: SeriesRule = {
    pattern: spec.series.pattern,
    fromDate: group.startDate,
    startTime: spec.series.startTime,
    timeZone: group.timeZone,
    minutes: group.meetingMinutes,
    end: { type: 'until', lastDate: plannedEndDate(group.startDate, group.plannedEnd) },
  };
  const adjustments: SeriesAdjustment[] = [];
  for (const o of expandSeries(rule)) {
    if (o.status === 'twice') adjustments.push({ index: o.index, choice: 'earlier' });
    if (o.status === 'gap') adjustments.push({ index: o.index, choice: 'moved-forward' });
  }
  const planned = await call('meetings.planSeries', { groupId, rule, adjustments });
  return planned.meetings;
}

/** Runs every meeting that is over by `now`, in order. `absentTwice` is away at the last two, so the dashboard notices. */
export async function runDemoMeetings(
  call: Call,
  groupId: string,
  meetings: readonly Meeting[],
  memberships: readonly Membership[],
  now: Date,
  absentTwice: string | null,
): Promise<number> {
  const held = [...meetings].filter((m) => Date.parse(m.end) <= now.getTime()).sort((a, b) => (a.start < b.start ? -1 : 1));
  let open: { stepId: string; stepMeetingId: string; membershipId: string }[] = [];
  for (const [n, meeting] of held.entries()) {
    const members = memberships.filter((m) => isActiveOn(m, meeting.date));
    if (members.length === 0) continue;
    const lastTwo = n >= held.length - 2;
    const marks = members.map((m, i) => ({
      membershipId: m.id,
      mark: m.id === absentTwice && lastTwo ? ('absent' as const) : (i + n) % 6 === 4 ? ('excused' as const) : ('present' as const),
    }));
    const inMeeting = { groupId, meetingId: meeting.id };
    await call('meetings.recordAttendance', { ...inMeeting, marks });
    // Steps of members who have left since stay as they were: the group no longer reviews them.
    const stillHere = open.filter((step) => members.some((m) => m.id === step.membershipId));
    for (const [i, { stepId, stepMeetingId }] of stillHere.entries()) {
      await call('meetings.reviewNextStep', { ...inMeeting, stepId, stepMeetingId, outcome: i % 4 === 3 ? 'carried-over' : i % 5 === 2 ? 'dropped' : 'done' });
    }
    open = [];
    for (const [i, mark] of marks.entries()) {
      if (mark.mark !== 'present') continue;
      await call('meetings.recordCheckIn', { ...inMeeting, membershipId: mark.membershipId, progress: PROGRESS[(i + n) % PROGRESS.length]!, summary: SUMMARIES[(i * 2 + n) % SUMMARIES.length]! });
      const added = await call('meetings.addNextStep', {
        ...inMeeting,
        membershipId: mark.membershipId,
        text: STEPS[(i + n * 3) % STEPS.length]!,
        dueOn: i % 3 === 0 ? '' : addDaysToDate(meeting.date, 14),
      });
      open.push({ stepId: added.step.id, stepMeetingId: meeting.id, membershipId: mark.membershipId });
    }
    await call('meetings.markHeld', { ...inMeeting, held: true });
  }
  return held.length;
}
