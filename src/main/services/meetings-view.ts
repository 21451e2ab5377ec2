import { isoWeekday, laterDay, plannedEndDate, addMonthsToDate } from '../../shared/calendar/days';
import { isCurrentOrUpcomingOn } from '../../shared/calendar/periods';
import { WEEKDAYS, type SeriesRule, type WeekOfMonth } from '../../shared/calendar/recurrence';
import { endLabel, patternLabel } from '../../shared/calendar/recurrence-labels';
import { seriesFromText } from '../../shared/calendar/recurrence-text';
import type { GroupMeetingsView, MeetingRow, SeriesView } from '../../shared/meeting-plan-views';
import type { Meeting } from '../../shared/meetings';
import { nameClash, zonedTimes } from '../domain/meetings/clash-names';
import { conflictsFor } from '../domain/meetings/conflicts';
import { meetingHasRecords } from '../domain/meetings/has-records';
import type { GroupDoc } from '../store/documents';
import { clone, currentPeople, groupToday, requireGroup, type ServiceContext } from './context';
import type { Handlers } from './handlers';
import { byStart, clashCheck, recordsByMeeting } from './meetings-shared';

// A group's Meetings tab: its series, the next meeting, what is still to come
// (with clashes) and what is past, each meeting on the group's clock, the
// coach's and, when asked, a member's ("Tue 18:00 London = 13:00 your time").

/** Where a new series starts: the group's own start (or today, once it has started), on the weekday position of that day. */
function seriesDefaults(doc: Readonly<GroupDoc>, today: string): SeriesRule {
  const { group } = doc;
  const fromDate = laterDay(group.startDate, today);
  const planned = plannedEndDate(group.startDate, group.plannedEnd);
  const lastDate = planned > fromDate ? planned : addMonthsToDate(fromDate, 6);
  const day = Number(fromDate.slice(8, 10));
  const week: WeekOfMonth = day > 28 ? -1 : (Math.ceil(day / 7) as WeekOfMonth);
  return {
    pattern: { type: 'monthly-weekday', week, weekday: WEEKDAYS[isoWeekday(fromDate) - 1]! },
    fromDate,
    startTime: '18:00',
    timeZone: group.timeZone,
    minutes: group.meetingMinutes,
    end: { type: 'until', lastDate },
  };
}

function seriesView(doc: Readonly<GroupDoc>, series: GroupDoc['meetingSeries'][number], nowIso: string): SeriesView {
  const parsed = seriesFromText(series.rule, series.minutes);
  const upcomingCount = doc.meetings.filter((m) => m.seriesId === series.id && m.end > nowIso).length;
  if (!parsed.ok) {
    return { series, patternLabel: 'A repeat rule from elsewhere', endLabel: '', timeLabel: `${series.minutes} minutes`, rule: null, ruleProblem: parsed.message, upcomingCount };
  }
  const { rule } = parsed;
  return {
    series,
    patternLabel: patternLabel(rule.pattern),
    endLabel: endLabel(rule.end),
    timeLabel: `${rule.startTime} ${rule.timeZone}, ${series.minutes} minutes`,
    rule,
    ruleProblem: null,
    upcomingCount,
  };
}

export function meetingViewServices(ctx: ServiceContext): Handlers<'meetings.forGroup'> {
  return {
    'meetings.forGroup': async ({ groupId, viewerZone }) => {
      const doc = requireGroup(ctx, groupId);
      const records = await recordsByMeeting(ctx, groupId);
      const check = clashCheck(ctx);
      const now = ctx.now().toISOString();
      const today = groupToday(ctx, doc);
      const groupZone = doc.group.timeZone;
      const viewer = viewerZone !== undefined && viewerZone !== groupZone ? viewerZone : null;

      const row = (meeting: Meeting, upcoming: boolean): MeetingRow => ({
        meeting,
        inGroupZone: zonedTimes(meeting.start, meeting.end, meeting.timeZone),
        inCoachZone: check.coachZone === meeting.timeZone ? null : zonedTimes(meeting.start, meeting.end, check.coachZone),
        inViewerZone: viewer === null ? null : zonedTimes(meeting.start, meeting.end, viewer),
        moved: meeting.seriesStart !== null && meeting.seriesStart !== meeting.start,
        extra: meeting.seriesId === null,
        hasRecords: meetingHasRecords(records.get(meeting.id)),
        // A cancelled meeting frees the time; only one still to happen can double-book the coach.
        clashes:
          upcoming && meeting.status === 'planned'
            ? conflictsFor({ id: meeting.id, groupId, start: meeting.start, end: meeting.end }, check.index, check.options).map((c) =>
                nameClash(c, check.names, check.coachZone, check.people),
              )
            : [],
      });

      const sorted = [...doc.meetings].sort(byStart);
      const upcoming = sorted.filter((m) => m.end > now).map((m) => row(m, true));
      const past = sorted.filter((m) => m.end <= now).reverse().map((m) => row(m, false));

      const people = currentPeople(ctx);
      const zones = new Map<string, string[]>();
      for (const m of doc.memberships) {
        const person = people.get(m.personId);
        if (!person || !isCurrentOrUpcomingOn(m, today) || person.timeZone === groupZone) continue;
        const names = zones.get(person.timeZone) ?? [];
        if (!names.includes(person.name)) names.push(person.name);
        zones.set(person.timeZone, names);
      }

      const view: GroupMeetingsView = {
        groupId,
        groupZone,
        coachZone: check.coachZone,
        viewerZone: viewer,
        today,
        series: doc.meetingSeries.map((s) => seriesView(doc, s, now)),
        next: upcoming.find((r) => r.meeting.status === 'planned') ?? null,
        upcoming,
        past,
        memberZones: [...zones].map(([zone, names]) => ({ zone, names: names.sort() })).sort((a, b) => a.zone.localeCompare(b.zone)),
        seriesDefaults: seriesDefaults(doc, today),
      };
      return clone(view);
    },
  };
}
