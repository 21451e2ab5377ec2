import { Clock } from 'lucide-react';
import type { NextStepView } from '../../../shared/meeting-views';
import { formatDay } from '../../app/dates';
import { Badge } from '../../ui/Badge';
import { stepStatusLabel, stepStatusTone } from './labels';

/** One next step: who, what, by when, and how long it has been carried over. */
export function StepLine({ view, showAgreed = false }: { view: Omit<NextStepView, 'memberName'> & { memberName?: string }; showAgreed?: boolean }) {
  const { step } = view;
  return (
    <div className="meeting-step">
      <p className="meeting-step__text">
        {view.memberName ? <span className="meeting-step__member">{view.memberName}: </span> : null}
        {step.text}
      </p>
      <p className="meeting-step__meta">
        {step.status !== 'open' ? <Badge tone={stepStatusTone[step.status]}>{stepStatusLabel[step.status]}</Badge> : null}
        {view.overdue ? (
          <span className="meeting-step__overdue">
            <Clock size={13} aria-hidden="true" /> Due {formatDay(step.dueOn)} · overdue
          </span>
        ) : step.dueOn ? (
          <span className="meeting-muted">Due {formatDay(step.dueOn)}</span>
        ) : null}
        {showAgreed ? <span className="meeting-muted">Agreed {formatDay(view.meetingDate)}</span> : null}
        {view.timesCarried > 0 && view.firstAgreedOn ? (
          <span className="meeting-muted">
            Carried over {view.timesCarried === 1 ? 'once' : `${view.timesCarried} times`}, first agreed {formatDay(view.firstAgreedOn)}
          </span>
        ) : null}
      </p>
    </div>
  );
}
