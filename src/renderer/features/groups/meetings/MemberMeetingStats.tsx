import type { MemberStatsView } from '../../../../shared/meeting-views';
import { formatDay } from '../../../app/dates';
import { useApiQuery } from '../../../app/query';
import { Badge } from '../../../ui/Badge';
import { Card } from '../../../ui/Card';
import { QueryBoundary } from '../../../ui/QueryBoundary';
import { percent } from '../../meetings/labels';
import './member-meeting-stats.css';

/**
 * Per member: attendance at held meetings and coachee turns so far, against
 * their fair share of the programme's turns. Loads its own data, so it can sit
 * on a group's Meetings tab or on a meeting page.
 */
export function MemberMeetingStats({ groupId }: { groupId: string }) {
  const stats = useApiQuery('meetings.memberStats', { groupId });
  return (
    <Card title="Attendance and turns" description="Attendance at the meetings held so far, and each member’s turns in the hot seat over the programme.">
      <QueryBoundary query={stats} loadingLabel="Loading attendance and turns…">
        {(data) => <StatsTable stats={data} />}
      </QueryBoundary>
    </Card>
  );
}

const share = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function StatsTable({ stats }: { stats: MemberStatsView }) {
  if (stats.members.length === 0) return <p className="member-stats__empty">No members yet.</p>;
  return (
    <>
      <p className="member-stats__summary">
        {stats.heldCount === 1 ? '1 meeting held' : `${stats.heldCount} meetings held`}, {stats.plannedCount} still to come
        {stats.unrecordedCount > 0 ? `, ${stats.unrecordedCount === 1 ? '1 past meeting' : `${stats.unrecordedCount} past meetings`} not recorded yet (their turns are not counted here)` : ''}.
      </p>
      <div className="member-stats__wrap">
        <table className="member-stats">
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col" className="member-stats__number">
                Attendance
              </th>
              <th scope="col" className="member-stats__number">
                Turns had
              </th>
              <th scope="col" className="member-stats__number">
                Turns to come
              </th>
              <th scope="col" className="member-stats__number">
                Fair share
              </th>
              <th scope="col">Next turn</th>
            </tr>
          </thead>
          <tbody>
            {stats.members.map((m) => (
              <tr key={m.membershipId} className={m.active || m.joinsOn ? undefined : 'member-stats__row--past'}>
                <th scope="row">
                  {m.name} {m.active ? null : <Badge>{m.joinsOn ? `Joins ${formatDay(m.joinsOn)}` : 'Not in the group now'}</Badge>}
                </th>
                <td className="member-stats__number">
                  {percent(m.attendance.rate)}
                  <span className="member-stats__detail">
                    {m.attendance.present} present, {m.attendance.absent} absent, {m.attendance.excused} excused
                  </span>
                </td>
                <td className="member-stats__number">{m.turns.taken}</td>
                <td className="member-stats__number">{m.turns.planned}</td>
                <td className="member-stats__number">{share(m.turns.fairShare)}</td>
                <td>{m.turns.nextTurn ? formatDay(m.turns.nextTurn) : <span className="member-stats__muted">None planned</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
