import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { CalendarRange, Ellipsis, LogOut, Target, Trash2 } from 'lucide-react';
import { Link } from 'react-router';
import type { MemberView } from '../../../shared/views';
import { routes } from '../../app/routes';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { AgreementStatus } from './AgreementStatus';
import { MemberGoal } from './MemberGoal';
import { formatDay } from './format';

export interface MemberActions {
  onGoal: (member: MemberView) => void;
  onDates: (member: MemberView) => void;
  onLeave: (member: MemberView) => void;
  onRemove: (member: MemberView) => void;
}

/**
 * Current members and those about to join. The columns share the card's width
 * (a fixed layout), so a long goal or a stale agreement wraps in its own
 * column instead of pushing the row's actions out of sight; the rarer
 * actions wait in a menu beside "Edit goal".
 */
export function MembersTable({ members, ...actions }: { members: readonly MemberView[] } & MemberActions) {
  return (
    <div className="groups-table-wrap">
      <table className="groups-table groups-members">
        <colgroup>
          <col className="groups-members__col-member" />
          <col className="groups-members__col-joined" />
          <col className="groups-members__col-goal" />
          <col className="groups-members__col-norms" />
          <col className="groups-members__col-actions" />
        </colgroup>
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
          {members.map((member) => (
            <MemberRow key={member.membership.id} member={member} {...actions} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MemberRow({ member, onGoal, onDates, onLeave, onRemove }: { member: MemberView } & MemberActions) {
  const { membership, person, name } = member;
  return (
    <tr>
      <td className="groups-members__person">
        {person ? (
          <Link to={routes.person(person.id)} className="groups-members__name">
            {name}
          </Link>
        ) : (
          <span className="groups-members__name">{name}</span>
        )}
        {person?.organisation ? <div className="groups-muted">{person.organisation}</div> : null}
      </td>
      <td>
        <span className="groups-nowrap">{formatDay(membership.joinedOn)}</span>
        {member.upcoming ? (
          <div>
            <Badge tone="info" wrap>Joins later</Badge>
          </div>
        ) : null}
        {membership.leftOn ? <div className="groups-muted">Leaves {formatDay(membership.leftOn)}</div> : null}
      </td>
      <td>
        <MemberGoal goal={membership.goal} overdue={member.goalOverdue} />
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
            aria-label={`${membership.goal ? 'Edit goal' : 'Set goal'} for ${name}`}
          >
            <Target size={14} aria-hidden="true" />
            {membership.goal ? 'Edit goal' : 'Set goal'}
          </Button>
          <DropdownMenu.Root modal={false}>
            <DropdownMenu.Trigger asChild>
              <Button size="sm" variant="ghost" className="groups-icon-button" aria-label={`More actions for ${name}`}>
                <Ellipsis size={16} aria-hidden="true" />
              </Button>
            </DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content className="groups-menu" align="end" sideOffset={4}>
                <DropdownMenu.Item className="groups-menu__item" onSelect={() => onDates(member)}>
                  <CalendarRange size={16} aria-hidden="true" />
                  Change dates…
                </DropdownMenu.Item>
                <DropdownMenu.Item className="groups-menu__item" onSelect={() => onLeave(member)}>
                  <LogOut size={16} aria-hidden="true" />
                  Mark as left…
                </DropdownMenu.Item>
                <DropdownMenu.Separator className="groups-menu__separator" />
                <DropdownMenu.Item className="groups-menu__item groups-menu__item--danger" onSelect={() => onRemove(member)}>
                  <Trash2 size={16} aria-hidden="true" />
                  Remove (a mistake)…
                </DropdownMenu.Item>
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
        </div>
      </td>
    </tr>
  );
}
