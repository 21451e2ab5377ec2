import { RotateCcw } from 'lucide-react';
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
  onRemove: (member: MemberView) => void;
}

/** People who were in the group: kept as history, shown quietly below the current members. */
export function FormerMembers({ members, currentPersonIds, onRejoin, onRemove }: FormerMembersProps) {
  return (
    <section className="groups-former" aria-labelledby="groups-former-title">
      <h3 id="groups-former-title" className="groups-former__title">
        Former members
      </h3>
      <ul className="groups-former__list">
        {members.map((member) => {
          const { membership, person } = member;
          return (
            <li key={membership.id} className="groups-former__item">
              <div>
                <Link to={routes.person(person.id)}>{person.name}</Link>
                <span className="groups-muted">
                  {' '}
                  · {formatDay(membership.joinedOn)} – {membership.leftOn ? formatDay(membership.leftOn) : ''}
                </span>
                {membership.goal ? <p className="groups-muted groups-former__goal">Goal: {membership.goal.text}</p> : null}
              </div>
              <div className="groups-row-actions">
                {currentPersonIds.has(person.id) ? null : (
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => onRejoin(member)}
                    aria-label={`Rejoin ${person.name}`}
                  >
                    <RotateCcw size={14} aria-hidden="true" />
                    Rejoin
                  </Button>
                )}
                <RemoveMemberButton member={member} onRemove={onRemove} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
