import { Link } from 'react-router';
import type { MeetingRow } from '../../../../shared/meeting-plan-views';
import { routes } from '../../../app/routes';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { ClashList } from './ClashList';
import { placeSummary } from './place-summary';

export interface RowActions {
  onMove: (row: MeetingRow) => void;
  onCancel: (row: MeetingRow) => void;
  onReinstate: (row: MeetingRow) => void;
  /** A past meeting that was never held: say when and where it really was. */
  onCorrect: (row: MeetingRow) => void;
}

/** One meeting in the Meetings tab: when on each clock that matters, what is special about it, and what the coach can do. */
export function MeetingRowItem({ groupId, row, past = false, actions, reinstating }: { groupId: string; row: MeetingRow; past?: boolean; actions: RowActions | null; reinstating: boolean }) {
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
        {meeting.place ? <p className="meetings-row__place">This meeting only: {placeSummary(meeting.place)}</p> : null}
        <span className="groups-badges">
          {cancelled ? <Badge tone="danger">Cancelled</Badge> : null}
          {row.moved ? <Badge tone="info">Moved</Badge> : null}
          {meeting.place ? <Badge tone="info">Not the usual place</Badge> : null}
          {row.extra ? <Badge>Extra meeting</Badge> : null}
          {row.hasRecords ? <Badge tone="success">Has records</Badge> : null}
        </span>
        {cancelled && meeting.cancelledReason ? <p className="meetings-row__reason">Reason: {meeting.cancelledReason}</p> : null}
        <ClashList clashes={row.clashes} label={`Clashes of the meeting on ${row.inGroupZone.label}`} />
      </div>
      {actions ? <RowButtons groupId={groupId} row={row} past={past} actions={actions} reinstating={reinstating} /> : null}
    </li>
  );
}

/**
 * Before a meeting: move or cancel it. After it: record it on its page, and,
 * while nothing is recorded, say it did not happen or when it really was.
 * Once it has records its time and status stay as recorded.
 */
function RowButtons({ groupId, row, past, actions, reinstating }: { groupId: string; row: MeetingRow; past: boolean; actions: RowActions; reinstating: boolean }) {
  const when = row.inGroupZone.label;
  if (row.meeting.status === 'cancelled') {
    return (
      <div className="meetings-row__actions">
        <Button size="sm" onClick={() => actions.onReinstate(row)} disabled={reinstating} aria-label={`Reinstate the meeting on ${when}`}>
          Reinstate
        </Button>
      </div>
    );
  }
  if (!past) {
    return (
      <div className="meetings-row__actions">
        <Button size="sm" onClick={() => actions.onMove(row)} aria-label={`Move the meeting on ${when}`}>
          Move
        </Button>
        <Button size="sm" variant="danger-outline" onClick={() => actions.onCancel(row)} aria-label={`Cancel the meeting on ${when}`}>
          Cancel
        </Button>
      </div>
    );
  }
  return (
    <div className="meetings-row__actions">
      <Link to={routes.meeting(groupId, row.meeting.id)} className="ui-button ui-button--secondary ui-button--sm" aria-label={`${row.hasRecords ? 'Open' : 'Record'} the meeting on ${when}`}>
        {row.hasRecords ? 'Open' : 'Record it'}
      </Link>
      {row.hasRecords ? null : (
        <>
          <Button size="sm" onClick={() => actions.onCorrect(row)} aria-label={`Correct the time or place of the meeting on ${when}`}>
            Correct time or place
          </Button>
          <Button size="sm" variant="danger-outline" onClick={() => actions.onCancel(row)} aria-label={`Record that the meeting on ${when} did not happen`}>
            Did not happen
          </Button>
        </>
      )}
    </div>
  );
}
