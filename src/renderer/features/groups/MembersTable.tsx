import { LogOut, Target } from 'lucide-react';
import { Link } from 'react-router';
import type { MemberView } from '../../../shared/views';
import { routes } from '../../app/routes';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { AgreementStatus } from './AgreementStatus';
import { MemberGoal } from './MemberGoal';
import { RemoveMemberButton } from './RemoveMemberButton';
import { formatDay } from './format';

interface MembersTableProps {
  members: readonly MemberView[];
  onGoal: (member: MemberView) => void;
  onLeave: (member: MemberView) => void;
  onRemove: (member: MemberView) => void;
}

export function MembersTable({ members, onGoal, onLeave, onRemove }: MembersTableProps) {
  return (
    <div className="groups-table-wrap">
      <table className="groups-table groups-members">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Joined</th>
            <th scope="col">Goal</th>
            <th scope="col">Norms</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const { membership, person } = member;
            return (
              <tr key={membership.id}>
                <td>
                  <Link to={routes.person(person.id)} className="groups-members__name">
                    {person.name}
                  </Link>
                  {person.organisation ? <div className="groups-muted">{person.organisation}</div> : null}
                </td>
                <td className="groups-nowrap">
                  {formatDay(membership.joinedOn)}
                  {!member.active ? (
                    <div>
                      <Badge tone="info">Joins later</Badge>
                    </div>
                  ) : null}
                  {membership.leftOn ? (
                    <div className="groups-muted">Leaves {formatDay(membership.leftOn)}</div>
                  ) : null}
                </td>
                <td>
                  <MemberGoal goal={membership.goal} />
                </td>
                <td>
                  <AgreementStatus member={member} />
                </td>
                <td>
                  <div className="groups-row-actions">
                    <Button
                      size="sm"
                      variant="ghost"
                      className="groups-members__goal-button"
                      onClick={() => onGoal(member)}
                      aria-label={`${membership.goal ? 'Edit goal' : 'Set goal'} for ${person.name}`}
                    >
                      <Target size={14} aria-hidden="true" />
                      {membership.goal ? 'Edit goal' : 'Set goal'}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      className="groups-icon-button"
                      onClick={() => onLeave(member)}
                      aria-label={`Mark ${person.name} as left`}
                      title="Mark as left (keeps the history)"
                    >
                      <LogOut size={14} aria-hidden="true" />
                    </Button>
                    <RemoveMemberButton member={member} onRemove={onRemove} />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
