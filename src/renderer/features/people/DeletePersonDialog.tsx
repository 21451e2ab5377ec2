import { Link } from 'react-router';
import type { Person } from '../../../shared/entities';
import type { PersonMembershipView } from '../../../shared/views';
import { routes } from '../../app/routes';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

interface DeletePersonDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  person: Person;
  memberships: readonly PersonMembershipView[];
  /** Deletes someone who was never in a group. */
  onDelete: () => Promise<void>;
  /** Deletes someone with a history in groups, keeping that history anonymously. */
  onDeleteKeepingHistory: () => Promise<void>;
}

/** Each group once, by name, with a link to it. */
function groupsOf(memberships: readonly PersonMembershipView[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const m of memberships) seen.set(m.groupId, m.groupName);
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/**
 * Deleting a person. Someone who was never in a group simply goes. Someone
 * with a history in groups cannot vanish from it, or the groups' counts,
 * dates and agreements would stop being true: their details are deleted and
 * each group keeps them as "Former member". That cannot be undone, so the
 * coach types the name, and each group is a link for a last look first.
 */
export function DeletePersonDialog({ open, onOpenChange, person, memberships, onDelete, onDeleteKeepingHistory }: DeletePersonDialogProps) {
  const groups = groupsOf(memberships);
  if (groups.length === 0) {
    return (
      <ConfirmDialog
        open={open}
        onOpenChange={onOpenChange}
        title={`Delete ${person.name}?`}
        description={`This removes ${person.name} and their details from Circlekeeper. It cannot be undone.`}
        confirmLabel="Delete person"
        tone="danger"
        onConfirm={onDelete}
      />
    );
  }
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${person.name} and keep the groups’ history?`}
      description={
        <div className="people-delete">
          <p>
            {person.name} is part of the history of {groups.length === 1 ? 'this group' : 'these groups'}:
          </p>
          <ul className="people-delete__groups" aria-label={`Groups of ${person.name}`}>
            {groups.map((g) => (
              <li key={g.id}>
                <Link to={routes.group(g.id)}>{g.name}</Link>
              </li>
            ))}
          </ul>
          <p>
            Deleting removes their name, email, phone, organisation, role and time zone. Each group keeps its history
            with them as “Former member”: when they joined and left, their goal and their agreement to the norms, so the
            group’s counts stay true. A membership still running ends today; one that has not started is removed.
          </p>
          <p>This cannot be undone. Backups made before now still hold their details until the backup retention removes them.</p>
        </div>
      }
      confirmLabel="Delete and keep the history"
      tone="danger"
      typedConfirmation={person.name}
      onConfirm={onDeleteKeepingHistory}
    />
  );
}
