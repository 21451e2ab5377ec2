import { TriangleAlert } from 'lucide-react';
import { Link } from 'react-router';
import { MAX_RECOMMENDED_MEMBERS } from '../../../shared/entities';
import type { GroupSummary } from '../../../shared/views';
import { routes } from '../../app/routes';
import { Badge } from '../../ui/Badge';
import { facilitationLabel, formatDay, kindLabel, modeLabel } from './format';

/** The groups as a table: one row each, the name linking to the group's page. */
export function GroupList({ groups }: { groups: readonly GroupSummary[] }) {
  return (
    <div className="groups-table-wrap">
      <table className="groups-table">
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Kind</th>
            <th scope="col">Meets</th>
            <th scope="col" className="groups-table__number">
              Members
            </th>
            <th scope="col">Dates</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((summary) => (
            <GroupRow key={summary.group.id} summary={summary} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GroupRow({ summary }: { summary: GroupSummary }) {
  const { group, activeMemberCount, upcomingMemberCount, nextJoinDate, plannedEndDate, warnings } = summary;
  const tooMany = activeMemberCount > MAX_RECOMMENDED_MEMBERS;
  // Main's warnings normally include the size warning; keep it visible even if they do not.
  const shownWarnings =
    tooMany && !warnings.some((w) => w.code === 'too-many-members')
      ? [{ code: 'too-many-members' as const, message: `More than ${MAX_RECOMMENDED_MEMBERS} members` }, ...warnings]
      : warnings;
  return (
    <tr className={group.archivedAt ? 'groups-table__row groups-table__row--archived' : 'groups-table__row'}>
      <td>
        <div className="groups-name-cell">
          <span className="groups-dot" style={{ background: group.color }} aria-hidden="true" />
          <div className="groups-name-cell__text">
            <Link to={routes.group(group.id)} className="groups-name-cell__link">
              {group.name}
            </Link>
            {group.purpose ? (
              <p className="groups-name-cell__purpose" title={group.purpose}>
                {group.purpose}
              </p>
            ) : null}
            {group.archivedAt ? (
              <div className="groups-badges">
                <Badge>Archived</Badge>
              </div>
            ) : null}
            {shownWarnings.length > 0 ? (
              <ul className="groups-warnings" aria-label={`Needs attention: ${group.name}`}>
                {shownWarnings.map((warning) => (
                  <li
                    key={warning.code}
                    className={
                      warning.code === 'too-many-members' ? 'groups-warning groups-warning--strong' : 'groups-warning'
                    }
                  >
                    <TriangleAlert size={14} aria-hidden="true" />
                    {warning.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      </td>
      <td>
        <div>{kindLabel(group.kind)}</div>
        <div className="groups-muted">{facilitationLabel[group.facilitation]}</div>
      </td>
      <td className="groups-nowrap">{modeLabel[group.mode.type]}</td>
      <td className="groups-table__number">
        {/* Before the start everyone "joins later": the count shows them, with the day they start. */}
        {activeMemberCount === 0 && upcomingMemberCount > 0 ? (
          <>
            <span className="groups-count">{upcomingMemberCount}</span>
            <div className="groups-muted groups-nowrap">starting {nextJoinDate ? formatDay(nextJoinDate) : ''}</div>
          </>
        ) : (
          <>
            <span className={tooMany ? 'groups-count groups-count--warning' : 'groups-count'}>{activeMemberCount}</span>
            {upcomingMemberCount > 0 && nextJoinDate ? (
              <div className="groups-muted groups-nowrap">
                +{upcomingMemberCount} from {formatDay(nextJoinDate)}
              </div>
            ) : null}
          </>
        )}
      </td>
      <td className="groups-nowrap">
        {formatDay(group.startDate)} – {formatDay(plannedEndDate)}
      </td>
    </tr>
  );
}
