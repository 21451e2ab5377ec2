import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/views';
import { routes } from '../../app/routes';

interface Stat {
  label: string;
  value: number;
  to: string;
}

/** Three numbers the coach looks for first, each leading to its list. */
export function DashboardStats({ dashboard }: { dashboard: Dashboard }) {
  const stats: Stat[] = [
    { label: 'Active groups', value: dashboard.activeGroups.length, to: routes.groups() },
    { label: 'People', value: dashboard.peopleCount, to: routes.people() },
    { label: 'Archived groups', value: dashboard.archivedGroupCount, to: routes.groups() },
  ];
  return (
    <ul className="dashboard-stats" aria-label="Overview">
      {stats.map((stat) => (
        <li key={stat.label}>
          <Link to={stat.to} className="dashboard-stat">
            <span className="dashboard-stat__value">{stat.value}</span>
            <span className="dashboard-stat__label">{stat.label}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
