import { addDaysToDate, dayLabel } from '../../shared/calendar/days';
import { endLabel, patternLabel } from '../../shared/calendar/recurrence-labels';
import { expandSeries, planOccurrence, seriesDates, type SeriesRule } from '../../shared/calendar/recurrence';
import { seriesFromText, seriesToText } from '../../shared/calendar/recurrence-text';
import type { SeriesAdjustment } from '../../shared/contract/meetings';
import type { SeriesChanged, SeriesPlanned } from '../../shared/meeting-plan-views';
import type { Meeting, MeetingSeries } from '../../shared/meetings';
import { zonedTimes } from '../domain/meetings/clash-names';
import { meetingHasRecords } from '../domain/meetings/has-records';
import { applySeriesChoices } from '../domain/meetings/series-choices';
import type { GroupDoc } from '../store/documents';
import { clone, groupToday, nowIso, requireGroup, type ServiceContext } from './context';
import { conflict, invalidInput, notFound } from './errors';
import type { Handlers } from './handlers';
import { recordsWritesSoFar } from './records-writes';
import { byStart, clashCheck, ensurePlannable, meetingIn, newMeeting, previewClashes, previewPlanned, recordsByMeeting, touched } from './meetings-shared';

// Planning a series, and changing one from a date on. The preview and the
// save expand the same rule with the same shared code, so what the coach saw
// is what is stored; the save then refuses any meeting on a daylight-saving
// edge the coach has not decided about.

/** Thrown inside the group's write when a records write ran after the records were read. */
class RecordsChanged extends Error {}

/** Records writes are brief; a series change that keeps losing the race to them gives up rather than wait for ever. */
const RECORDS_ATTEMPTS = 3;

type PlanMethods = 'meetings.previewSeries' | 'meetings.previewAt' | 'meetings.planSeries' | 'meetings.changeSeriesFrom';

const summaryOf = (rule: SeriesRule): string => `${patternLabel(rule.pattern)}, ${rule.startTime} (${rule.timeZone}), ${endLabel(rule.end)}`;

/** The meetings a rule plans after the coach's decisions, or a refusal naming each meeting still undecided. */
function chosenMeetings(rule: SeriesRule, adjustments: readonly SeriesAdjustment[]) {
  const chosen = applySeriesChoices(expandSeries(rule), adjustments);
  const problems = Object.entries(chosen.problems);
  if (problems.length > 0) {
    const [, first] = problems[0]!;
    const message =
      problems.length === 1 ? first : `${problems.length} meetings need a decision before the series can be saved. The first: ${first}`;
    throw invalidInput(message, chosen.problems);
  }
  return chosen;
}

/** The series' meetings of `seriesId` from `fromDate` on, split into those with records (kept) and the rest (replaced). */
function splitFrom(doc: Readonly<GroupDoc>, seriesId: string, fromDate: string, withRecords: ReadonlySet<string>) {
  const later = doc.meetings.filter((m) => m.seriesId === seriesId && m.date >= fromDate);
  return { kept: later.filter((m) => withRecords.has(m.id)), replaced: later.filter((m) => !withRecords.has(m.id)) };
}

async function meetingsWithRecords(ctx: ServiceContext, groupId: string): Promise<Set<string>> {
  const records = await recordsByMeeting(ctx, groupId);
  return new Set([...records.values()].filter(meetingHasRecords).map((r) => r.meetingId));
}

export function meetingPlanServices(ctx: ServiceContext): Handlers<PlanMethods> {
  function seriesRecord(rule: SeriesRule): MeetingSeries {
    const text = seriesToText(rule);
    if (text === null) throw invalidInput('No meeting of this pattern falls in these dates.', { 'rule.end': 'No meeting of this pattern falls in these dates.' });
    const at = nowIso(ctx);
    return { id: ctx.newId(), rule: text, minutes: rule.minutes, createdAt: at, updatedAt: at };
  }

  function planInto(draft: GroupDoc, rule: SeriesRule, adjustments: readonly SeriesAdjustment[]): SeriesPlanned {
    if (rule.timeZone !== draft.group.timeZone) {
      const message = `Meetings are planned in the group's time zone (${draft.group.timeZone}).`;
      throw invalidInput(message, { 'rule.timeZone': message });
    }
    const { meetings: chosen, skipped } = chosenMeetings(rule, adjustments);
    const series = seriesRecord(rule);
    const meetings = chosen.map((c) =>
      newMeeting(ctx, { seriesId: series.id, date: c.date, time: c.time, timeZone: c.timeZone, minutes: c.minutes, start: c.start, end: c.end, seriesStart: c.seriesStart, place: null }),
    );
    draft.meetingSeries = [...draft.meetingSeries, series];
    draft.meetings = [...draft.meetings, ...meetings].sort(byStart);
    return { series, meetings, skipped };
  }

  /** One attempt at changing a series from a date: the group's write, refused with RecordsChanged if records were written since `withRecords` was read. */
  async function changeFrom(
    groupId: string,
    seriesId: string,
    fromDate: string,
    rule: SeriesRule,
    adjustments: readonly SeriesAdjustment[],
    withRecords: ReadonlySet<string>,
    recordsChangedSince: () => boolean,
  ): Promise<SeriesChanged> {
    let changed: SeriesChanged | undefined;
    await ctx.store.updateGroup(groupId, (draft) => {
      if (recordsChangedSince()) throw new RecordsChanged();
      ensurePlannable(draft);
      const old = draft.meetingSeries.find((s) => s.id === seriesId);
      if (!old) throw notFound('That series');
      const oldRule = seriesFromText(old.rule, old.minutes);
      if (!oldRule.ok) throw conflict(`This series cannot be changed here: ${oldRule.message}`);
      const { kept, replaced } = splitFrom(draft, seriesId, fromDate, withRecords);

      // The old series now ends the day before the change, or goes if nothing of it is left before.
      const lastDate = addDaysToDate(fromDate, -1);
      const truncated: SeriesRule = { ...oldRule.rule, end: { type: 'until', lastDate } };
      const stillHasDates = lastDate >= truncated.fromDate && seriesDates(truncated).length > 0;
      let ended: MeetingSeries | null = null;
      if (stillHasDates) {
        ended = { ...old, rule: seriesToText(truncated) ?? old.rule, updatedAt: nowIso(ctx) };
        draft.meetingSeries = draft.meetingSeries.map((s) => (s.id === seriesId ? (ended as MeetingSeries) : s));
      } else {
        draft.meetingSeries = draft.meetingSeries.filter((s) => s.id !== seriesId);
      }

      const replacedIds = new Set(replaced.map((m) => m.id));
      draft.meetings = draft.meetings.filter((m) => !replacedIds.has(m.id));
      const keptAsOneOffs: Meeting[] = [];
      for (const k of kept) {
        const meeting = meetingIn(draft, k.id);
        meeting.seriesId = null;
        meeting.seriesStart = null;
        touched(ctx, meeting);
        keptAsOneOffs.push(meeting);
      }
      const planned = planInto(draft, rule, adjustments);
      changed = { ...planned, ended, keptAsOneOffs, removedCount: replaced.length };
    });
    return clone(changed as SeriesChanged);
  }

  return {
    'meetings.previewSeries': async ({ groupId, rule, replacingSeriesId, moves }) => {
      const doc = requireGroup(ctx, groupId);
      let ignore = new Set<string>();
      let keptWithRecords: { meetingId: string; label: string }[] = [];
      if (replacingSeriesId !== undefined) {
        if (!doc.meetingSeries.some((s) => s.id === replacingSeriesId)) throw notFound('That series');
        const { kept, replaced } = splitFrom(doc, replacingSeriesId, rule.fromDate, await meetingsWithRecords(ctx, groupId));
        ignore = new Set(replaced.map((m) => m.id));
        keptWithRecords = kept.map((m) => ({ meetingId: m.id, label: zonedTimes(m.start, m.end, m.timeZone).label }));
      }
      const check = clashCheck(ctx, ignore);
      const meetings = expandSeries(rule).map((o) => previewPlanned(o, groupId, check));
      // A moved date is checked where it goes, with the same calendar and rules, and counts there instead.
      const indexes = new Set(meetings.map((m) => m.index));
      const moved = (moves ?? [])
        .filter((mv) => indexes.has(mv.index))
        .map((mv) => previewPlanned(planOccurrence(mv.date, mv.time, rule.timeZone, rule.minutes, mv.index), groupId, check));
      const movedByIndex = new Map(moved.map((m) => [m.index, m]));
      const asPlanned = meetings.map((m) => movedByIndex.get(m.index) ?? m);
      return clone({
        summary: summaryOf(rule),
        meetings,
        moved,
        conflictCount: asPlanned.filter(previewClashes).length,
        needsChoice: asPlanned.filter((m) => m.status !== 'ok').length,
        keptWithRecords,
      });
    },

    'meetings.previewAt': async ({ groupId, meetingId, date, time, minutes }) => {
      const doc = requireGroup(ctx, groupId);
      const zone = meetingId === undefined ? doc.group.timeZone : meetingIn(doc, meetingId).timeZone;
      return clone(previewPlanned(planOccurrence(date, time, zone, minutes), groupId, clashCheck(ctx), meetingId));
    },

    'meetings.planSeries': async ({ groupId, rule, adjustments }) => {
      requireGroup(ctx, groupId);
      let planned: SeriesPlanned | undefined;
      await ctx.store.updateGroup(groupId, (draft) => {
        ensurePlannable(draft);
        planned = planInto(draft, rule, adjustments);
      });
      return clone(planned as SeriesPlanned);
    },

    'meetings.changeSeriesFrom': async ({ groupId, seriesId, fromDate, rule, adjustments }) => {
      const doc = requireGroup(ctx, groupId);
      const today = groupToday(ctx, doc);
      if (fromDate < today) {
        const message = `Change the series from today (${dayLabel(today)}) or later: meetings already held stay as they were.`;
        throw invalidInput(message, { fromDate: message });
      }
      if (rule.fromDate < fromDate) {
        const message = `The new series starts on or after ${dayLabel(fromDate)}, the day the change takes effect.`;
        throw invalidInput(message, { 'rule.fromDate': message });
      }
      // Records live in other files, read before the group's write. The write
      // re-checks that no records write ran since (records-writes.ts), and if
      // one did, the records are read again, so a meeting given records in
      // between is kept, never dropped.
      for (let attempt = 1; ; attempt += 1) {
        const seen = recordsWritesSoFar(ctx.store, groupId);
        const withRecords = await meetingsWithRecords(ctx, groupId);
        try {
          return await changeFrom(groupId, seriesId, fromDate, rule, adjustments, withRecords, () => recordsWritesSoFar(ctx.store, groupId) !== seen);
        } catch (err) {
          if (!(err instanceof RecordsChanged)) throw err;
          if (attempt === RECORDS_ATTEMPTS) {
            throw conflict('Meeting records of this group kept being saved while the series was changing, so nothing was changed. Try again in a moment.');
          }
        }
      }
    },
  };
}
