import { offsetLabel } from '../../../../shared/calendar/zoned';
import type { PlannedMeetingPreview, TimeChoice } from '../../../../shared/meeting-plan-views';
import { Badge } from '../../../ui/Badge';
import { ClashList } from './ClashList';

// What main found at a moved date's new time, shown the way the preview shows
// every other date: its time on the coach's clock, its clashes, and a clock
// change to decide. Until main has answered for the time now in the fields,
// the row says it is checking (and the form will not save it unseen).

/** "UTC+1": which of a repeated hour a choice is, by its clock's offset. */
export const offsetOf = (c: TimeChoice): string => {
  const minutes = Math.round((Date.parse(`${c.inGroupZone.date}T${c.inGroupZone.startTime}:00Z`) - Date.parse(c.start)) / 60_000);
  return offsetLabel(minutes);
};

export type RepeatedHourChoice = 'earlier' | 'later' | undefined;

/** The clashes of the time the coach means; for a repeated hour not yet chosen, those of both. */
export function movedClashes(checked: PlannedMeetingPreview, repeatedHour: RepeatedHourChoice) {
  switch (checked.status) {
    case 'ok':
      return checked.at.clashes;
    case 'gap':
    case 'invalid':
      return [];
    case 'twice':
      return repeatedHour === 'later' ? checked.later.clashes : repeatedHour === 'earlier' ? checked.earlier.clashes : [...checked.earlier.clashes, ...checked.later.clashes];
  }
}

export function MovedDateCheck({
  checked,
  repeatedHour,
  onRepeatedHour,
  showCoachTime,
  selectId,
}: {
  /** Main's check of the new date and time, or null while it is being asked. */
  checked: PlannedMeetingPreview | null;
  repeatedHour: RepeatedHourChoice;
  onRepeatedHour: (choice: RepeatedHourChoice) => void;
  showCoachTime: boolean;
  selectId: string;
}) {
  if (!checked) {
    return (
      <p className="groups-muted meetings-moved" role="status">
        Checking the new time…
      </p>
    );
  }
  const clashes = movedClashes(checked, repeatedHour);
  const coachTime = checked.status === 'ok' ? checked.at.inCoachZone.label : checked.status === 'twice' ? (repeatedHour === 'later' ? checked.later : checked.earlier).inCoachZone.label : null;
  return (
    <div className="meetings-moved" aria-live="polite">
      <p className="meetings-moved__when">
        <span>
          Moved to {checked.dayLabel}, {checked.time}
          {showCoachTime && coachTime ? <span className="groups-muted"> · your time {coachTime}</span> : null}
        </span>
        <span className="groups-badges">
          {checked.status === 'gap' || checked.status === 'invalid' ? <Badge tone="warning">Clock change: pick another time</Badge> : null}
          {checked.status === 'twice' ? <Badge tone="warning">Clock change: choose</Badge> : null}
          {clashes.length > 0 ? <Badge tone="danger">{clashes.length === 1 ? 'Clash' : `${clashes.length} clashes`}</Badge> : null}
          {checked.status === 'ok' && clashes.length === 0 ? <span className="meetings-ok">No clash</span> : null}
        </span>
      </p>
      {checked.status !== 'ok' ? <p className="meetings-dst">{checked.message}</p> : null}
      {checked.status === 'twice' ? (
        <div className="meetings-preview__decide">
          <label htmlFor={`${selectId}-repeated`}>Which {checked.time}?</label>
          <select
            id={`${selectId}-repeated`}
            className="ui-input ui-select meetings-preview__select"
            value={repeatedHour ?? ''}
            onChange={(e) => onRepeatedHour(e.target.value === '' ? undefined : (e.target.value as 'earlier' | 'later'))}
          >
            <option value="">Choose…</option>
            <option value="earlier">{`The first ${checked.time} (${offsetOf(checked.earlier)})`}</option>
            <option value="later">{`The second ${checked.time} (${offsetOf(checked.later)})`}</option>
          </select>
        </div>
      ) : null}
      <ClashList clashes={clashes} label={`Clashes on ${checked.dayLabel}`} />
    </div>
  );
}
