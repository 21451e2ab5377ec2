import type { ReactNode } from 'react';
import type { GroupSummary } from '../../../shared/views';
import { Card } from '../../ui/Card';
import { facilitationLabel, formatDay, modeLabel } from './format';

function Fact({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'groups-fact groups-fact--wide' : 'groups-fact'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * A value that may be longer than its column (a video link, an email): one line
 * with an ellipsis, the full value in the tooltip, and a click selects all of it
 * so the coach can copy it. Breaking a URL mid-word makes it hard to read and copy.
 */
function LongValue({ value, subtle = false }: { value: string; subtle?: boolean }) {
  return (
    <span className={subtle ? 'groups-fact__long groups-muted' : 'groups-fact__long'} title={value}>
      {value}
    </span>
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
          <span className="groups-nowrap">
            {formatDay(group.startDate)} – {formatDay(plannedEndDate)}
          </span>
          {plannedEnd.type === 'duration' ? (
            <>
              {' '}
              <span className="groups-muted groups-nowrap">
                ({plannedEnd.months} {plannedEnd.months === 1 ? 'month' : 'months'})
              </span>
            </>
          ) : null}
        </Fact>
        <Fact label="Time zone">{group.timeZone}</Fact>
        <Fact label="Meeting length">{group.meetingMinutes} minutes</Fact>
        <Fact label="Facilitation">{facilitationLabel[group.facilitation]}</Fact>
        <Fact label="Meets">{modeLabel[mode.type]}</Fact>
        {kind.type === 'internal' ? (
          <>
            <Fact label="Organisation">{kind.organisation}</Fact>
            <Fact label="Sponsor">
              <span className="groups-fact__line">{kind.sponsorName}</span>
              <LongValue value={kind.sponsorEmail} subtle />
            </Fact>
          </>
        ) : (
          <Fact label="Kind">Stand-alone</Fact>
        )}
        {/* Links and addresses run long: they get a row of their own after the short facts. */}
        {mode.type !== 'in-person' ? (
          <Fact label="Video link" wide>
            <LongValue value={mode.videoLink} />
          </Fact>
        ) : null}
        {mode.type !== 'virtual' ? (
          <Fact label="Address" wide>
            <span className="groups-preline">{mode.address}</span>
          </Fact>
        ) : null}
      </dl>
    </Card>
  );
}
