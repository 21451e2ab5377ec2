import { CalendarDays, Users } from 'lucide-react';
import { Link } from 'react-router';
import type { GroupSummary } from '../../../shared/views';
import { formatDay } from '../../app/dates';
import { memberCountText } from '../../app/member-count';
import { routes } from '../../app/routes';
import { Badge } from '../../ui/Badge';
import { facilitationLabel, modeLabel, warningBadge } from './labels';

/** One active group at a glance. The whole card is clickable through the name's link. */
export function GroupCard({ summary }: { summary: GroupSummary }) {
  const { group, plannedEndDate, warnings } = summary;
  return (
    <article className="dashboard-group">
      <header className="dashboard-group__header">
        {/* The group's own colour is data, not theme: the one place a literal colour is right. */}
        <span className="dashboard-group__dot" style={{ backgroundColor: group.color }} aria-hidden="true" />
        <h3 className="dashboard-group__name">
          <Link to={routes.group(group.id)} className="dashboard-group__link">
            {group.name}
          </Link>
        </h3>
      </header>
      <dl className="dashboard-group__facts">
        <div className="dashboard-group__fact">
          <dt className="visually-hidden">Members</dt>
          <dd>
            <Users size={14} aria-hidden="true" />
            {memberCountText(summary)}
          </dd>
        </div>
        <div className="dashboard-group__fact">
          <dt className="visually-hidden">Planned end</dt>
          <dd>
            <CalendarDays size={14} aria-hidden="true" />
            Ends {formatDay(plannedEndDate)}
          </dd>
        </div>
        <div className="dashboard-group__fact">
          <dt className="visually-hidden">Format</dt>
          <dd>
            {facilitationLabel[group.facilitation]} · {modeLabel[group.mode.type]}
          </dd>
        </div>
      </dl>
      {warnings.length > 0 ? (
        <ul className="dashboard-group__warnings" aria-label={`Warnings for ${group.name}`}>
          {warnings.map((warning) => {
            const badge = warningBadge(warning);
            return (
              <li key={warning.code}>
                <Badge tone={badge.tone} title={warning.message}>
                  {badge.text}
                </Badge>
              </li>
            );
          })}
        </ul>
      ) : null}
    </article>
  );
}
