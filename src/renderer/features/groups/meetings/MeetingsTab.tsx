import { CalendarPlus, Repeat } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { laterDay } from '../../../../shared/calendar/days';
import type { Group } from '../../../../shared/entities';
import type { GroupMeetingsView, MeetingRow, SeriesView } from '../../../../shared/meeting-plan-views';
import { useApiMutation, useApiQuery } from '../../../app/query';
import { routes } from '../../../app/routes';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { MemberMeetingStats } from './MemberMeetingStats';
import { EmptyState } from '../../../ui/EmptyState';
import { Notice } from '../../../ui/Notice';
import { Loading } from '../../../ui/Spinner';
import { useToast } from '../../../ui/useToast';
import { CancelMeetingDialog } from './CancelMeetingDialog';
import { ClashList } from './ClashList';
import { AddMeetingDialog, MoveMeetingDialog } from './MeetingTimeDialog';
import { MeetingRowItem, type RowActions } from './MeetingRowItem';
import { SeriesFormDialog, type SeriesFormTarget } from './SeriesFormDialog';
import { placeSummary } from './place-summary';
import './meetings.css';

/** The group's Meetings tab: the next meeting, the series, and every meeting to come and past. */
export function MeetingsTab({ group }: { group: Group }) {
  const [viewerZone, setViewerZone] = useState('');
  const view = useApiQuery('meetings.forGroup', { groupId: group.id, ...(viewerZone ? { viewerZone } : {}) }, { placeholderData: (previous) => previous });
  if (view.isPending) return <Loading label="Loading the meetings…" />;
  if (view.isError) {
    return (
      <Notice tone="danger" title="The meetings could not be loaded" actions={<Button onClick={() => void view.refetch()}>Try again</Button>}>
        {view.error.message}
      </Notice>
    );
  }
  return <MeetingsView group={group} view={view.data} viewerZone={viewerZone} onViewerZone={setViewerZone} />;
}

function MeetingsView({ group, view, viewerZone, onViewerZone }: { group: Group; view: GroupMeetingsView; viewerZone: string; onViewerZone: (zone: string) => void }) {
  const archived = group.archivedAt !== null;
  const [seriesTarget, setSeriesTarget] = useState<SeriesFormTarget | null>(null);
  const [moving, setMoving] = useState<{ row: MeetingRow; correcting: boolean } | null>(null);
  const [cancelling, setCancelling] = useState<MeetingRow | null>(null);
  const [adding, setAdding] = useState(false);
  const reinstate = useApiMutation('meetings.reinstate');
  const { toast } = useToast();

  const actions: RowActions | null = archived
    ? null
    : {
        onMove: (row) => setMoving({ row, correcting: false }),
        onCorrect: (row) => setMoving({ row, correcting: true }),
        onCancel: setCancelling,
        onReinstate: (row) =>
          void reinstate.mutateAsync({ groupId: group.id, meetingId: row.meeting.id }).then(
            () => toast({ title: 'Meeting reinstated', tone: 'success' }),
            (err: Error) => toast({ title: 'The meeting could not be reinstated', description: err.message, tone: 'danger' }),
          ),
      };
  const changeFrom = (s: SeriesView) => s.rule && setSeriesTarget({ seriesId: s.series.id, rule: { ...s.rule, fromDate: laterDay(s.rule.fromDate, view.today) } });
  const lastUpcoming = view.upcoming.at(-1)?.meeting;
  const hasAny = view.upcoming.length + view.past.length > 0;

  return (
    <div className="meetings-tab">
      {archived ? <Notice tone="info" title="This group is archived">Restore it to plan, move or cancel its meetings.</Notice> : null}
      <div className="meetings-tab__toolbar">
        {view.memberZones.length > 0 ? (
          <label className="meetings-tab__zone">
            <span>Also show times for</span>
            <select className="ui-input ui-select" value={viewerZone} onChange={(e) => onViewerZone(e.target.value)}>
              <option value="">Nobody else</option>
              {view.memberZones.map((z) => (
                <option key={z.zone} value={z.zone}>
                  {z.names.join(', ')} ({z.zone})
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {!archived ? (
          <div className="meetings-tab__buttons">
            <Button onClick={() => setAdding(true)}>
              <CalendarPlus aria-hidden="true" size={16} /> Add a meeting
            </Button>
            {view.series.length === 0 ? (
              <Button variant="primary" onClick={() => setSeriesTarget({ rule: view.seriesDefaults })}>
                <Repeat aria-hidden="true" size={16} /> Plan a series
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>

      {!hasAny && view.series.length === 0 ? (
        <EmptyState title="No meetings planned yet">
          <p>Plan the programme's meetings as a series (for example, the 2nd Tuesday of every month) and check every date for clashes before saving.</p>
        </EmptyState>
      ) : null}

      {view.next ? (
        <Card title="Next meeting" className="meetings-next">
          <p className="meetings-next__when">
            <Link to={routes.meeting(group.id, view.next.meeting.id)}>{view.next.inGroupZone.label}</Link> <span className="groups-muted">{view.next.meeting.timeZone}</span>
          </p>
          {view.next.inCoachZone ? <p className="groups-muted">Your time: {view.next.inCoachZone.label}</p> : null}
          {view.next.meeting.place ? <p className="meetings-row__place">Not the usual place: {placeSummary(view.next.meeting.place)}</p> : null}
          <ClashList clashes={view.next.clashes} label="Clashes of the next meeting" />
        </Card>
      ) : null}

      {view.series.length > 0 ? (
        <Card title="Series">
          <ul className="meetings-series">
            {view.series.map((s) => (
              <li key={s.series.id} className="meetings-series__item">
                <div>
                  <p className="meetings-series__label">{s.patternLabel}</p>
                  <p className="groups-muted">
                    {s.timeLabel}
                    {s.endLabel ? `, ${s.endLabel}` : ''} · {s.upcomingCount} still to come
                  </p>
                  {s.ruleProblem ? <p className="groups-muted">{s.ruleProblem}</p> : null}
                </div>
                {!archived && s.rule ? (
                  <Button size="sm" onClick={() => changeFrom(s)} aria-label={`Change the series "${s.patternLabel}" from a date`}>
                    Change from a date
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card title="Upcoming meetings" description={view.upcoming.length === 0 ? 'Nothing planned from today on.' : undefined}>
        {view.upcoming.length > 0 ? (
          <ul className="meetings-list">
            {view.upcoming.map((row) => (
              <MeetingRowItem key={row.meeting.id} groupId={group.id} row={row} actions={actions} reinstating={reinstate.isPending} />
            ))}
          </ul>
        ) : null}
      </Card>

      {view.past.length > 0 ? (
        <Card title="Past meetings">
          <ul className="meetings-list">
            {view.past.map((row) => (
              <MeetingRowItem key={row.meeting.id} groupId={group.id} row={row} past actions={actions} reinstating={reinstate.isPending} />
            ))}
          </ul>
        </Card>
      ) : null}

      {view.past.length > 0 || view.upcoming.length > 0 ? <MemberMeetingStats groupId={group.id} /> : null}

      <SeriesFormDialog groupId={group.id} target={seriesTarget} coachZone={view.coachZone} onOpenChange={(open) => !open && setSeriesTarget(null)} />
      <MoveMeetingDialog
        groupId={group.id}
        usualPlace={group.mode}
        meeting={moving?.row.meeting ?? null}
        correcting={moving?.correcting ?? false}
        open={moving !== null}
        onOpenChange={(open) => !open && setMoving(null)}
      />
      <CancelMeetingDialog
        groupId={group.id}
        meeting={cancelling?.meeting ?? null}
        label={cancelling?.inGroupZone.label ?? ''}
        past={cancelling !== null && view.past.some((r) => r.meeting.id === cancelling.meeting.id)}
        onOpenChange={(open) => !open && setCancelling(null)}
      />
      <AddMeetingDialog
        groupId={group.id}
        timeZone={view.groupZone}
        usualPlace={group.mode}
        open={adding}
        onOpenChange={setAdding}
        defaults={{ date: lastUpcoming ? lastUpcoming.date : laterDay(group.startDate, view.today), time: lastUpcoming?.startTime ?? '18:00', minutes: group.meetingMinutes }}
      />
    </div>
  );
}
