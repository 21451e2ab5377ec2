import type { ReactNode } from 'react';
import type { GroupSummary } from '../../../shared/views';
import { Card } from '../../ui/Card';
import { facilitationLabel, formatDay, modeLabel } from './format';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="groups-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The group's set-up at a glance. The video link is text, not a link: the app opens nothing by itself. */
export function GroupOverview({ summary }: { summary: GroupSummary }) {
  const { group, plannedEndDate } = summary;
  const { kind, mode, plannedEnd } = group;
  return (
    <Card title="Overview">
      {group.purpose ? (
        <p className="groups-overview__purpose">{group.purpose}</p>
      ) : (
        <p className="groups-muted">No purpose written yet. Edit the group to add one.</p>
      )}
      <dl className="groups-facts">
        <Fact label="Dates">
          {formatDay(group.startDate)} – {formatDay(plannedEndDate)}
          {plannedEnd.type === 'duration' ? (
            <span className="groups-muted">
              {' '}
              ({plannedEnd.months} {plannedEnd.months === 1 ? 'month' : 'months'})
            </span>
          ) : null}
        </Fact>
        <Fact label="Time zone">{group.timeZone}</Fact>
        <Fact label="Meeting length">{group.meetingMinutes} minutes</Fact>
        <Fact label="Facilitation">{facilitationLabel[group.facilitation]}</Fact>
        <Fact label="Meets">{modeLabel[mode.type]}</Fact>
        {mode.type !== 'in-person' ? (
          <Fact label="Video link">
            <span className="groups-break">{mode.videoLink}</span>
          </Fact>
        ) : null}
        {mode.type !== 'virtual' ? (
          <Fact label="Address">
            <span className="groups-preline">{mode.address}</span>
          </Fact>
        ) : null}
        {kind.type === 'internal' ? (
          <>
            <Fact label="Organisation">{kind.organisation}</Fact>
            <Fact label="Sponsor">
              {kind.sponsorName}
              <br />
              <span className="groups-muted groups-break">{kind.sponsorEmail}</span>
            </Fact>
          </>
        ) : (
          <Fact label="Kind">Stand-alone</Fact>
        )}
      </dl>
    </Card>
  );
}
