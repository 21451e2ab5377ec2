import type { GroupSummary } from '../../../shared/views';
import { Card } from '../../ui/Card';
import { facilitationLabel, formatDay, modeLabel } from './format';

/** The group's set-up at a glance. The video link is text, not a link: the app opens nothing by itself. */
export function GroupOverview({ summary }: { summary: GroupSummary }) {
  const { group, plannedEndDate } = summary;
  const { kind, mode, plannedEnd } = group;
  return (
    <Card title="Overview">
      {group.purpose ? <p className="groups-overview__purpose">{group.purpose}</p> : null}
      <dl className="groups-facts">
        <dt>Dates</dt>
        <dd>
          {formatDay(group.startDate)} – {formatDay(plannedEndDate)}
          {plannedEnd.type === 'duration' ? (
            <span className="groups-muted">
              {' '}
              ({plannedEnd.months} {plannedEnd.months === 1 ? 'month' : 'months'})
            </span>
          ) : null}
        </dd>
        <dt>Time zone</dt>
        <dd>{group.timeZone}</dd>
        <dt>Meeting length</dt>
        <dd>{group.meetingMinutes} minutes</dd>
        <dt>Facilitation</dt>
        <dd>{facilitationLabel[group.facilitation]}</dd>
        <dt>Meets</dt>
        <dd>{modeLabel[mode.type]}</dd>
        {mode.type !== 'in-person' ? (
          <>
            <dt>Video link</dt>
            <dd className="groups-break">{mode.videoLink}</dd>
          </>
        ) : null}
        {mode.type !== 'virtual' ? (
          <>
            <dt>Address</dt>
            <dd className="groups-preline">{mode.address}</dd>
          </>
        ) : null}
        {kind.type === 'internal' ? (
          <>
            <dt>Organisation</dt>
            <dd>{kind.organisation}</dd>
            <dt>Sponsor</dt>
            <dd>
              {kind.sponsorName}
              <br />
              <span className="groups-muted groups-break">{kind.sponsorEmail}</span>
            </dd>
          </>
        ) : (
          <>
            <dt>Kind</dt>
            <dd>Stand-alone</dd>
          </>
        )}
      </dl>
    </Card>
  );
}
