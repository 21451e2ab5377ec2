import { Link } from 'react-router';
import { useApiQuery } from '../../app/query';
import { routes } from '../../app/routes';
import { Badge } from '../../ui/Badge';
import { Card } from '../../ui/Card';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { DUE_LABELS } from './one-to-one-words';
import './one-to-ones.css';

/** The few most in need; the group's tab has the rest. */
const FIRST_SHOWN = 5;

/** "Who is due" for the dashboard: across every running group, most in need first, as main orders it. */
export function DueOneToOnesCard() {
  const due = useApiQuery('oneToOnes.due', {});
  return (
    <Card title="1:1s due" description={due.data && due.data.length > 0 ? 'Members to meet one to one, most in need first.' : undefined}>
      <QueryBoundary query={due} loadingLabel="Checking who is due a 1:1…" errorTitle="The 1:1s due could not be loaded">
        {(entries) =>
          entries.length === 0 ? (
            <p className="dashboard-attention__clear">No 1:1s due. Every member has had theirs or has one planned.</p>
          ) : (
            <ul className="oto-due" aria-label="1:1s due">
              {entries.slice(0, FIRST_SHOWN).map((e) => (
                <li key={`${e.groupId}-${e.personId}`} className="oto-due__item">
                  <div className="oto-item__main">
                    <span className="oto-item__name">{e.personName}</span>
                    <Badge tone={DUE_LABELS[e.state].tone}>{DUE_LABELS[e.state].label}</Badge>
                    <span className="oto-muted">{e.groupName}</span>
                  </div>
                  <p className="oto-due__because">{e.because}</p>
                  <Link to={routes.groupTab(e.groupId, 'between')} className="oto-due__link">
                    {`Open ${e.groupName}: Between meetings`}
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </QueryBoundary>
    </Card>
  );
}
