import type { PersonExportPreview } from '../../../shared/calendar-export';
import { Badge } from '../../ui/Badge';
import { zonePlace } from '../calendar/labels';
import { countsLine, plural } from './export-words';

/** One person's file before it is written: who, where, how much, and on request every event in it. */
export function PersonPreviewRow({ person }: { person: PersonExportPreview }) {
  return (
    <li className="cx-person" aria-label={person.name}>
      <div className="cx-person__head">
        <span className="cx-person__name">{person.name}</span>
        <span className="muted">{zonePlace(person.timeZone)} time</span>
        {person.neverInvited ? <Badge tone="info">Never invited</Badge> : null}
        {!person.neverInvited && person.invitationsNeeded > 0 ? (
          <Badge tone="warning">{plural(person.invitationsNeeded, 'change', 'changes')} since their last invitation</Badge>
        ) : null}
      </div>
      <p className="cx-person__facts">
        <span>{person.groups.join(', ')}</span>
        <span>{countsLine(person.counts)}</span>
      </p>
      {person.events.length > 0 ? (
        <details className="cx-person__events">
          <summary>What {person.name}’s file holds ({plural(person.events.length, 'event', 'events')})</summary>
          <p className="muted">Times are on {person.name}’s own clock ({person.timeZone}).</p>
          <ul>
            {person.events.map((e) => (
              <li key={e.uid} className={e.cancelled ? 'cx-event cx-event--cancelled' : 'cx-event'}>
                <span className="cx-event__when">{e.when}</span>
                <span className="cx-event__summary">{e.summary}</span>
                {e.cancelled ? <Badge tone="danger">Cancelled</Badge> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}
