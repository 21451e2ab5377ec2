import { AlertTriangle, CalendarClock, CalendarX, ChevronRight, Clock, Handshake, ListTodo, Target, Users, UsersRound } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AttentionItem } from '../../../shared/views';
import { dayLabel } from '../../../shared/calendar/days';
import { routes } from '../../app/routes';
import { Button } from '../../ui/Button';

const icons = {
  'group-without-members': UsersRound,
  'group-too-large': AlertTriangle,
  'member-without-goal': Target,
  'goal-overdue': Clock,
  'norms-not-agreed': Handshake,
  'missed-two-meetings': CalendarX,
  'next-step-overdue': ListTodo,
  'meetings-not-recorded': CalendarClock,
  'pairs-not-met': Users,
} as const;

/** Enough to act on without turning the dashboard into a wall of text. */
const FIRST_SHOWN = 10;

export function AttentionList({ items }: { items: AttentionItem[] }) {
  const [showAll, setShowAll] = useState(false);
  if (items.length === 0) {
    return <p className="dashboard-attention__clear">Nothing needs your attention. Every group is in good shape.</p>;
  }
  const shown = showAll ? items : items.slice(0, FIRST_SHOWN);
  return (
    <>
      <ul className="dashboard-attention">
        {shown.map((item, index) => {
          const Icon = icons[item.kind];
          return (
            <li key={`${item.kind}-${item.groupId}-${item.personId ?? index}`} className="dashboard-attention__item">
              <Icon size={16} aria-hidden="true" className={`dashboard-attention__icon dashboard-attention__icon--${item.kind}`} />
              <div className="dashboard-attention__text">
                <p className="dashboard-attention__message">{item.message}</p>
                {/* The fix happens on the group's page (a goal, an agreement, a member), so that link comes first. */}
                <p className="dashboard-attention__links">
                  <Link to={routes.group(item.groupId)} className="dashboard-attention__link">
                    Open {item.groupName}
                    <ChevronRight size={14} aria-hidden="true" />
                  </Link>
                  {item.personId && item.personName ? (
                    <Link to={routes.person(item.personId)} className="dashboard-attention__person">
                      View {item.personName}
                    </Link>
                  ) : null}
                  {item.meetingId && item.meetingDate ? (
                    <Link to={routes.meeting(item.groupId, item.meetingId)} className="dashboard-attention__person">
                      Open the meeting of {dayLabel(item.meetingDate)}
                    </Link>
                  ) : null}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      {items.length > FIRST_SHOWN ? (
        <div className="dashboard-attention__more">
          <Button variant="ghost" size="sm" onClick={() => setShowAll((v) => !v)} aria-expanded={showAll}>
            {showAll ? 'Show fewer' : `Show all ${items.length}`}
          </Button>
        </div>
      ) : null}
    </>
  );
}
