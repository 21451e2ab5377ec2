import { Link } from 'react-router';
import type { PersonNextSteps as Steps } from '../../../shared/meeting-views';
import { useApiQuery } from '../../app/query';
import { routes } from '../../app/routes';
import { Card } from '../../ui/Card';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { StepLine } from '../meetings/StepLine';
import '../meetings/meetings.css';
import './person-next-steps.css';

/** The person's open next steps in every running group, overdue ones first. */
export function PersonNextSteps({ personId }: { personId: string }) {
  const steps = useApiQuery('meetings.personNextSteps', { id: personId });
  return (
    <Card title="Open next steps" className="people-next-steps-card">
      <QueryBoundary query={steps} loadingLabel="Loading next steps…">
        {(data) => <StepsList steps={data} />}
      </QueryBoundary>
    </Card>
  );
}

function StepsList({ steps }: { steps: Steps }) {
  if (steps.open.length === 0) return <p className="people-muted">No open next steps in any group.</p>;
  const overdue = steps.open.filter((s) => s.overdue).length;
  return (
    <>
      {overdue > 0 ? <p className="people-next-steps__summary">{overdue === 1 ? 'One is overdue.' : `${overdue} are overdue.`}</p> : null}
      <ul className="people-next-steps">
        {steps.open.map((s) => (
          <li key={s.step.id} className="people-next-steps__item">
            <StepLine view={s} showAgreed />
            <Link to={routes.meeting(s.groupId, s.meetingId)} className="people-next-steps__link">
              <span className="people-next-steps__swatch" style={{ background: s.groupColor }} aria-hidden="true" />
              {s.groupName}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
