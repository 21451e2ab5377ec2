import { CalendarRange, RotateCcw } from 'lucide-react';
import { Link } from 'react-router';
import type { MemberView } from '../../../shared/views';
import { routes } from '../../app/routes';
import { Button } from '../../ui/Button';
import { RemoveMemberButton } from './RemoveMemberButton';
import { formatDay } from './format';

interface FormerMembersProps {
  members: readonly MemberView[];
  /** People who are in the group again: their old memberships cannot rejoin a second time. */
  currentPersonIds: ReadonlySet<string>;
  onRejoin: (member: MemberView) => void;
  onDates: (member: MemberView) => void;
  onRemove: (member: MemberView) => void;
}

/**
 * People who were in the group: kept as history, shown quietly below the
 * current members. Someone whose record was deleted stays as "Former member":
 * their period can still be removed as a mistake, but not rejoined or redated.
 */
export function FormerMembers({ members, currentPersonIds, onRejoin, onDates, onRemove }: FormerMembersProps) {
  return (
    <section className="groups-former" aria-labelledby="groups-former-title">
      <h3 id="groups-former-title" className="groups-former__title">
        Former members
      </h3>
      <ul className="groups-former__list">
        {members.map((member) => {
          const { membership, person, name } = member;
          return (
            <li key={membership.id} className="groups-former__item">
              <div className="groups-former__text">
                {person ? <Link to={routes.person(person.id)}>{name}</Link> : <span>{name}</span>}
                <span className="groups-muted">
                  {' '}
                  · {formatDay(membership.joinedOn)} – {membership.leftOn ? formatDay(membership.leftOn) : ''}
                </span>
                {person ? null : <p className="groups-muted groups-former__goal">Their details were deleted; the group’s history is kept.</p>}
                {membership.goal ? <p className="groups-muted groups-former__goal">Goal: {membership.goal.text}</p> : null}
              </div>
              <div className="groups-row-actions">
                {person && !currentPersonIds.has(person.id) ? (
                  <Button size="sm" variant="ghost" onClick={() => onRejoin(member)} aria-label={`Rejoin ${name}`}>
                    <RotateCcw size={14} aria-hidden="true" />
                    Rejoin
                  </Button>
                ) : null}
                {person ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    className="groups-icon-button"
                    onClick={() => onDates(member)}
                    aria-label={`Change the dates of ${name}’s membership`}
                    title="Change dates"
                  >
                    <CalendarRange size={14} aria-hidden="true" />
                  </Button>
                ) : null}
                <RemoveMemberButton member={member} onRemove={onRemove} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
