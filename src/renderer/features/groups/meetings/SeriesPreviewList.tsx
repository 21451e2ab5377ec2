import type { SeriesAdjustment } from '../../../../shared/contract/meetings';
import type { PlannedMeetingPreview, SeriesPreviewView } from '../../../../shared/meeting-plan-views';
import { Badge } from '../../../ui/Badge';
import { DateField } from '../../../ui/DateField';
import { TextField } from '../../../ui/TextField';
import { ClashList } from './ClashList';
import { MovedDateCheck, offsetOf } from './MovedDateCheck';

// Every date a series would plan, before it is saved: its time on the group's
// clock and the coach's, what it clashes with, and what the coach decides for
// it. A date on a daylight-saving edge starts undecided and must be decided.
// A moved date is shown with main's check of its new time.

export type Decision =
  | { choice: 'keep' | 'skip' | 'earlier' | 'later' | 'moved-forward' | '' }
  | { choice: 'move'; date: string; time: string; repeatedHour?: 'earlier' | 'later' | undefined };

export function adjustmentsOf(decisions: ReadonlyMap<number, Decision>): SeriesAdjustment[] {
  const out: SeriesAdjustment[] = [];
  for (const [index, d] of decisions) {
    if (d.choice === 'keep' || d.choice === '') continue;
    if (d.choice !== 'move') out.push({ index, choice: d.choice });
    else out.push({ index, choice: 'move', date: d.date, time: d.time, ...(d.repeatedHour ? { repeatedHour: d.repeatedHour } : {}) });
  }
  return out;
}

/** Main's check of a moved date, if it is for the date and time now in its fields. */
export function movedCheckOf(preview: SeriesPreviewView, index: number, d: { date: string; time: string }): PlannedMeetingPreview | null {
  return preview.moved.find((p) => p.index === index && p.date === d.date && p.time === d.time) ?? null;
}

function optionsFor(m: PlannedMeetingPreview): { value: Decision['choice']; label: string }[] {
  const common = [
    { value: 'move' as const, label: 'Move it to…' },
    { value: 'skip' as const, label: 'Skip this date' },
  ];
  switch (m.status) {
    case 'ok':
      return [{ value: 'keep', label: 'Keep' }, ...common];
    case 'gap':
      return [{ value: '', label: 'Choose…' }, { value: 'moved-forward', label: `Hold it at ${m.movedForward.time} instead` }, ...common];
    case 'twice':
      return [
        { value: '', label: 'Choose…' },
        { value: 'earlier', label: `The first ${m.time} (${offsetOf(m.earlier)})` },
        { value: 'later', label: `The second ${m.time} (${offsetOf(m.later)})` },
        ...common,
      ];
    case 'invalid':
      return [{ value: '', label: 'Choose…' }, ...common];
  }
}

function clashesOf(m: PlannedMeetingPreview, d: Decision | undefined) {
  switch (m.status) {
    case 'ok':
      return m.at.clashes;
    case 'gap':
      return m.movedForward.clashes;
    case 'twice':
      return d?.choice === 'later' ? m.later.clashes : d?.choice === 'earlier' ? m.earlier.clashes : [...m.earlier.clashes, ...m.later.clashes];
    case 'invalid':
      return [];
  }
}

export function SeriesPreviewList({
  preview,
  decisions,
  onDecide,
  problems,
  showCoachTime,
}: {
  preview: SeriesPreviewView;
  decisions: ReadonlyMap<number, Decision>;
  onDecide: (index: number, decision: Decision) => void;
  /** Main's refusals by meeting index. */
  problems: Readonly<Record<number, string>>;
  showCoachTime: boolean;
}) {
  return (
    <ol className="meetings-preview" aria-label="Meetings this series plans">
      {preview.meetings.map((m) => {
        const d = decisions.get(m.index);
        const choice = d?.choice ?? (m.status === 'ok' ? 'keep' : '');
        const clashes = d?.choice === 'skip' || d?.choice === 'move' ? [] : clashesOf(m, d);
        const selectId = `series-decision-${m.index}`;
        const problem = problems[m.index];
        const coachTime = m.status === 'ok' ? m.at.inCoachZone.label : m.status === 'gap' ? m.movedForward.inCoachZone.label : m.status === 'twice' ? m.earlier.inCoachZone.label : null;
        return (
          <li key={m.index} className={['meetings-preview__row', d?.choice === 'skip' ? 'meetings-preview__row--skipped' : ''].filter(Boolean).join(' ')}>
            <div className="meetings-preview__when">
              <span className="meetings-preview__date">{m.dayLabel}</span>
              <span>
                {m.time}, {m.minutes} min
                {showCoachTime && coachTime ? <span className="groups-muted"> · your time {coachTime}</span> : null}
              </span>
              <span className="groups-badges">
                {(m.status === 'gap' || m.status === 'twice') && d?.choice !== 'move' ? <Badge tone="warning">Clock change: choose</Badge> : null}
                {clashes.length > 0 ? <Badge tone="danger">{clashes.length === 1 ? 'Clash' : `${clashes.length} clashes`}</Badge> : null}
                {d?.choice === 'skip' ? <Badge>Skipped</Badge> : null}
              </span>
            </div>
            {m.status !== 'ok' && d?.choice !== 'move' ? <p className="meetings-dst">{m.message}</p> : null}
            <ClashList clashes={clashes} label={`Clashes on ${m.dayLabel}`} />
            <div className="meetings-preview__decide">
              <label htmlFor={selectId} className="meetings-preview__label">
                {`What to do with ${m.dayLabel}`}
              </label>
              <select
                id={selectId}
                className="ui-input ui-select meetings-preview__select"
                value={choice}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${selectId}-problem` : undefined}
                onChange={(e) => {
                  const next = e.target.value as Decision['choice'];
                  onDecide(m.index, next === 'move' ? { choice: 'move', date: m.date, time: m.time } : { choice: next });
                }}
              >
                {optionsFor(m).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
              {d?.choice === 'move' ? (
                <>
                  <DateField label="New date" className="meetings-preview__move" value={d.date} onChange={(e) => onDecide(m.index, { choice: 'move', date: e.target.value, time: d.time })} />
                  <TextField label="New start time" type="time" className="meetings-preview__move" value={d.time} onChange={(e) => onDecide(m.index, { choice: 'move', date: d.date, time: e.target.value })} />
                </>
              ) : null}
            </div>
            {d?.choice === 'move' ? (
              <MovedDateCheck
                checked={movedCheckOf(preview, m.index, d)}
                repeatedHour={d.repeatedHour}
                onRepeatedHour={(repeatedHour) => onDecide(m.index, { ...d, repeatedHour })}
                showCoachTime={showCoachTime}
                selectId={selectId}
              />
            ) : null}
            {problem ? (
              <p id={`${selectId}-problem`} className="ui-field__error" role="alert">
                {problem}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
