import type { MeetingPage } from '../../../shared/meeting-views';
import { formatInstant } from '../../app/dates';
import { modeLabel } from '../../app/labels';
import { placeLabel, timesLabel, zonePlace } from './labels';

/** When and where: on the group's clock, and on the coach's when that differs. */
export function MeetingFacts({ page }: { page: MeetingPage }) {
  const sameClock =
    page.inCoachZone.date === page.inGroupZone.date && page.inCoachZone.startTime === page.inGroupZone.startTime && page.inCoachZone.endTime === page.inGroupZone.endTime;
  return (
    <section className="meeting-facts" aria-label="When and where">
      <dl className="meeting-facts__list">
        <div className="meeting-facts__item">
          <dt>When ({zonePlace(page.inGroupZone.timeZone)} time)</dt>
          <dd>
            {timesLabel(page.inGroupZone)} · {page.meeting.minutes} minutes
          </dd>
        </div>
        {sameClock ? null : (
          <div className="meeting-facts__item">
            <dt>Your time ({zonePlace(page.inCoachZone.timeZone)})</dt>
            <dd>{timesLabel(page.inCoachZone)}</dd>
          </div>
        )}
        <div className="meeting-facts__item">
          <dt>Where{page.placeIsOverride ? ' (this meeting only)' : ''}</dt>
          <dd>
            {modeLabel[page.place.type]}: {placeLabel(page.place)}
          </dd>
        </div>
        {page.heldAt ? (
          <div className="meeting-facts__item">
            <dt>Recorded as held</dt>
            <dd>{formatInstant(page.heldAt, page.inCoachZone.timeZone)}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
