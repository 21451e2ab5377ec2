import { UserCheck } from 'lucide-react';
import { useState } from 'react';
import type { AttendanceMarkValue, MeetingMemberView, MeetingPage } from '../../../shared/meeting-views';
import { useApiMutation } from '../../app/query';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { FormError } from '../../ui/FormError';
import type { MeetingIds } from './AgendaCard';
import { CheckInDialog } from './CheckInDialog';
import { attendanceLabel, progressLabel, progressTone } from './labels';

type MarkChoice = AttendanceMarkValue | 'not-recorded';

/** Attendance and check-ins, one row per member in the group on the meeting's date. */
export function MembersCard({ page, ids }: { page: MeetingPage; ids: MeetingIds }) {
  const record = useApiMutation('meetings.recordAttendance');
  const [error, setError] = useState<string>();
  const [checkingIn, setCheckingIn] = useState<MeetingMemberView | null>(null);
  const open = page.state !== 'cancelled';
  const unmarked = page.members.filter((m) => m.attendance === null);
  // Before the meeting only apologies can be known.
  const choices: MarkChoice[] = page.started ? ['not-recorded', 'present', 'absent', 'excused'] : ['not-recorded', 'absent', 'excused'];

  async function mark(marks: { membershipId: string; mark: MarkChoice }[]) {
    setError(undefined);
    try {
      await record.mutateAsync({ ...ids, marks });
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <Card
      title="Attendance and check-ins"
      description={page.started ? 'Who came, and how each member is doing on their goal.' : 'Before the meeting you can note apologies; the rest is recorded once it begins.'}
      actions={
        open && page.started && unmarked.length > 0 ? (
          <Button size="sm" onClick={() => void mark(unmarked.map((m) => ({ membershipId: m.membershipId, mark: 'present' })))} disabled={record.isPending}>
            <UserCheck size={14} aria-hidden="true" /> Mark the rest present
          </Button>
        ) : undefined
      }
    >
      <FormError message={error} />
      {page.members.length === 0 ? (
        <p className="meeting-muted">Nobody was a member of the group on this day.</p>
      ) : (
        <div className="meeting-table-wrap">
          <table className="meeting-table">
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col" className="meeting-table__attendance">
                  Attendance
                </th>
                <th scope="col" className="meeting-table__checkin">
                  Check-in
                </th>
              </tr>
            </thead>
            <tbody>
              {page.members.map((m) => (
                <tr key={m.membershipId}>
                  <td>
                    <p className="meeting-table__name">
                      {m.name}
                      {m.coachee ? <Badge tone="info">Hot seat</Badge> : null}
                    </p>
                    <p className="meeting-muted">{m.goal ?? 'No goal yet'}</p>
                  </td>
                  <td>
                    <select
                      className="ui-input ui-select meeting-table__select"
                      aria-label={`Attendance of ${m.name}`}
                      value={m.attendance ?? 'not-recorded'}
                      disabled={!open || record.isPending}
                      onChange={(e) => void mark([{ membershipId: m.membershipId, mark: e.target.value as MarkChoice }])}
                    >
                      {choices.map((c) => (
                        <option key={c} value={c}>
                          {c === 'not-recorded' ? 'Not recorded' : attendanceLabel[c]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <div className="meeting-checkin">
                      {m.checkIn ? (
                        <div>
                          <Badge tone={progressTone[m.checkIn.progress]}>{progressLabel[m.checkIn.progress]}</Badge>
                          {m.checkIn.summary ? <p className="meeting-checkin__summary">{m.checkIn.summary}</p> : null}
                        </div>
                      ) : (
                        <span className="meeting-muted">{m.attendance === 'absent' || m.attendance === 'excused' ? 'Away' : 'Not yet'}</span>
                      )}
                      {open && page.started && m.attendance !== 'absent' && m.attendance !== 'excused' ? (
                        <Button size="sm" variant="ghost" onClick={() => setCheckingIn(m)} aria-label={`${m.checkIn ? 'Edit' : 'Record'} ${m.name}’s check-in`}>
                          {m.checkIn ? 'Edit' : 'Check in'}
                        </Button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CheckInDialog ids={ids} member={checkingIn} onClose={() => setCheckingIn(null)} />
    </Card>
  );
}
