import { Link } from 'react-router';
import type { MeetingMode } from '../../../../shared/entities';
import type { MeetingRow } from '../../../../shared/meeting-plan-views';
import { modeLabel } from '../../../app/labels';
import { routes } from '../../../app/routes';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { ClashList } from './ClashList';

function placeText(place: MeetingMode): string {
  const where = place.type === 'virtual' ? place.videoLink : place.type === 'in-person' ? place.address : `${place.address} and ${place.videoLink}`;
  return `${modeLabel[place.type]}, ${where}`;
}

export interface RowActions {
  onMove: (row: MeetingRow) => void;
  onCancel: (row: MeetingRow) => void;
  onReinstate: (row: MeetingRow) => void;
}

/** One meeting in the Meetings tab: when on each clock that matters, what is special about it, and what the coach can do. */
export function MeetingRowItem({ groupId, row, actions, reinstating }: { groupId: string; row: MeetingRow; actions: RowActions | null; reinstating: boolean }) {
  const { meeting } = row;
  const cancelled = meeting.status === 'cancelled';
  return (
    <li className={['meetings-row', cancelled ? 'meetings-row--cancelled' : ''].filter(Boolean).join(' ')}>
      <div className="meetings-row__main">
        <Link to={routes.meeting(groupId, meeting.id)} className="meetings-row__link">
          {row.inGroupZone.label}
        </Link>
        <div className="meetings-row__zones">
          <span>{meeting.timeZone}</span>
          {row.inCoachZone ? <span> · your time {row.inCoachZone.label}</span> : null}
          {row.inViewerZone ? (
            <span>
              {' '}
              · {row.inViewerZone.zone} {row.inViewerZone.label}
            </span>
          ) : null}
        </div>
        {meeting.place ? <div className="groups-muted">This meeting: {placeText(meeting.place)}</div> : null}
        <span className="groups-badges">
          {cancelled ? <Badge tone="danger">Cancelled</Badge> : null}
          {row.moved ? <Badge tone="info">Moved</Badge> : null}
          {row.extra ? <Badge>Extra meeting</Badge> : null}
          {row.hasRecords ? <Badge tone="success">Has records</Badge> : null}
        </span>
        {cancelled && meeting.cancelledReason ? <p className="meetings-row__reason">Reason: {meeting.cancelledReason}</p> : null}
        <ClashList clashes={row.clashes} label={`Clashes of the meeting on ${row.inGroupZone.label}`} />
      </div>
      {actions ? (
        <div className="meetings-row__actions">
          {cancelled ? (
            <Button size="sm" onClick={() => actions.onReinstate(row)} disabled={reinstating} aria-label={`Reinstate the meeting on ${row.inGroupZone.label}`}>
              Reinstate
            </Button>
          ) : (
            <>
              <Button size="sm" onClick={() => actions.onMove(row)} aria-label={`Move the meeting on ${row.inGroupZone.label}`}>
                Move
              </Button>
              <Button size="sm" variant="danger-outline" onClick={() => actions.onCancel(row)} aria-label={`Cancel the meeting on ${row.inGroupZone.label}`}>
                Cancel
              </Button>
            </>
          )}
        </div>
      ) : null}
    </li>
  );
}
