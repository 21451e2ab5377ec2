import { Link } from 'react-router';
import type { PersonBetweenHistory, PersonOneToOne, PersonPairSession } from '../../../shared/contract/between';
import { formatDay } from '../../app/dates';
import { useApiQuery } from '../../app/query';
import { routes } from '../../app/routes';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Card } from '../../ui/Card';
import { QueryBoundary } from '../../ui/QueryBoundary';
import './between.css';
import '../people/person-next-steps.css';

// The person page's view of between meetings: who they were paired with in each
// round and how it went, and their 1:1s with the coach, newest first.

const SHOWN = 8;

const SESSION: Record<PersonPairSession['status'], { label: string; tone: BadgeTone }> = {
  planned: { label: 'Not met yet', tone: 'neutral' },
  held: { label: 'Held', tone: 'success' },
  skipped: { label: 'Skipped', tone: 'warning' },
};

const ONE_TO_ONE: Record<PersonOneToOne['status'], { label: string; tone: BadgeTone }> = {
  planned: { label: 'Planned', tone: 'neutral' },
  held: { label: 'Held', tone: 'success' },
  cancelled: { label: 'Cancelled', tone: 'warning' },
};

const withWhom = (s: PersonPairSession): string =>
  s.withCoach ? 'With you (their 1:1)' : s.partners.length === 2 ? `In a triad with ${s.partners[0]} and ${s.partners[1]}` : `With ${s.partners[0] ?? 'a former member'}`;

export function PersonBetweenCard({ personId }: { personId: string }) {
  const history = useApiQuery('between.personHistory', { id: personId });
  return (
    <Card title="Pair sessions and 1:1s" className="between-person people-next-steps-card">
      <QueryBoundary query={history} loadingLabel="Loading pair sessions and 1:1s…">
        {(data) => <Lists history={data} />}
      </QueryBoundary>
    </Card>
  );
}

function Lists({ history }: { history: PersonBetweenHistory }) {
  // The next round planned (not the whole plan to the end of the programme), then the rounds begun, newest first.
  const next = history.pairSessions.filter((s) => !s.begun).at(-1);
  const begun = history.pairSessions.filter((s) => s.begun);
  const sessions = next ? [next, ...begun] : begun;
  if (history.pairSessions.length === 0 && history.oneToOnes.length === 0) {
    return <p className="between-muted">No pair sessions or 1:1s yet. They appear here once rounds are planned or a 1:1 is scheduled.</p>;
  }
  return (
    <div className="between-person__lists">
      <section aria-labelledby="between-person-pairs">
        <h3 id="between-person-pairs" className="between-person__heading">Pair sessions</h3>
        {sessions.length === 0 ? (
          <p className="between-muted">Not in a round yet.</p>
        ) : (
          <ul className="between-person__list">
            {sessions.slice(0, SHOWN).map((s) => (
              <li key={s.roundId} className="between-person__item">
                {s.begun ? null : <span className="between-muted">Next:</span>}
                <span className="between-person__when">
                  {formatDay(s.from)} – {formatDay(s.to)}
                </span>
                <span>{withWhom(s)}</span>
                <Badge tone={SESSION[s.status].tone}>{s.withCoach && s.status === 'held' ? 'Over' : SESSION[s.status].label}</Badge>
                <Link to={routes.groupTab(s.groupId, 'between')} className="between-person__group">
                  {s.groupName}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {sessions.length > SHOWN ? <p className="between-muted">And {sessions.length - SHOWN} earlier.</p> : null}
      </section>
      <section aria-labelledby="between-person-one-to-ones">
        <h3 id="between-person-one-to-ones" className="between-person__heading">1:1s</h3>
        {history.oneToOnes.length === 0 ? (
          <p className="between-muted">No 1:1s yet.</p>
        ) : (
          <ul className="between-person__list">
            {history.oneToOnes.slice(0, SHOWN).map((o) => (
              <li key={o.id} className="between-person__item">
                <span className="between-person__when">
                  {formatDay(o.date)}, {o.startTime} ({o.timeZone})
                </span>
                <span>{o.minutes} minutes</span>
                <Badge tone={ONE_TO_ONE[o.status].tone}>{ONE_TO_ONE[o.status].label}</Badge>
                <Link to={routes.groupTab(o.groupId, 'between')} className="between-person__group">
                  {o.groupName}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {history.oneToOnes.length > SHOWN ? <p className="between-muted">And {history.oneToOnes.length - SHOWN} earlier.</p> : null}
      </section>
    </div>
  );
}
