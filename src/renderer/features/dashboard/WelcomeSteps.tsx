import { Handshake, Plus, UserPlus, UsersRound } from 'lucide-react';
import { useNavigate } from 'react-router';
import { routes } from '../../app/routes';
import { Button } from '../../ui/Button';

const steps = [
  {
    icon: UsersRound,
    title: 'Create your first group',
    text: 'Give it a name and purpose, decide who facilitates, and set its rhythm, time zone and planned end.',
  },
  {
    icon: UserPlus,
    title: 'Add the people',
    text: 'Add the people you coach one by one or import them from a CSV file, then make them members of the group.',
  },
  {
    icon: Handshake,
    title: 'Agree the norms',
    text: 'Start from a proven set of norms, adapt them with the group, and record when each member has agreed.',
  },
];

/** What a brand-new coach sees instead of an empty dashboard: where to begin. */
export function WelcomeSteps() {
  const navigate = useNavigate();
  return (
    <section className="dashboard-welcome" aria-labelledby="dashboard-welcome-title">
      <h2 id="dashboard-welcome-title" className="dashboard-welcome__title">
        Get started in three steps
      </h2>
      <p className="dashboard-welcome__intro">
        Circlekeeper keeps your groups, members, goals and norms in one place, on this computer only.
      </p>
      <ol className="dashboard-welcome__steps">
        {steps.map((step, index) => {
          const Icon = step.icon;
          return (
            <li key={step.title} className="dashboard-welcome__step">
              <span className="dashboard-welcome__number" aria-hidden="true">
                {index + 1}
              </span>
              <div>
                <h3 className="dashboard-welcome__step-title">
                  <Icon size={16} aria-hidden="true" />
                  {step.title}
                </h3>
                <p className="dashboard-welcome__step-text">{step.text}</p>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="dashboard-welcome__actions">
        <Button variant="primary" onClick={() => navigate(`${routes.groups()}?new=1`)}>
          <Plus size={16} aria-hidden="true" />
          Create a group
        </Button>
        <Button variant="secondary" onClick={() => navigate(`${routes.people()}?new=1`)}>
          <UserPlus size={16} aria-hidden="true" />
          Add people
        </Button>
      </div>
    </section>
  );
}
