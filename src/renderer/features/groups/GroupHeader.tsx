import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Archive, ArchiveRestore, Ellipsis, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Group } from '../../../shared/entities';
import { useApiMutation } from '../../app/query';
import { routes } from '../../app/routes';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useToast } from '../../ui/useToast';
import { GroupFormDialog } from './GroupFormDialog';
import { facilitationLabel, kindLabel } from './format';

/** The group's name and badges, with Edit and a menu for archiving and deleting. */
export function GroupHeader({ group }: { group: Group }) {
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const archive = useApiMutation('groups.archive');
  const restore = useApiMutation('groups.restore');
  const remove = useApiMutation('groups.delete');
  const navigate = useNavigate();
  const { toast } = useToast();
  const archived = group.archivedAt !== null;

  async function toggleArchived() {
    try {
      if (archived) {
        await restore.mutateAsync({ id: group.id });
        toast({ title: `${group.name} restored`, tone: 'success' });
      } else {
        await archive.mutateAsync({ id: group.id });
        toast({ title: `${group.name} archived`, description: 'You can restore it at any time.', tone: 'success' });
      }
    } catch (err) {
      toast({ title: 'That did not work', description: (err as Error).message, tone: 'danger' });
    }
  }

  async function deleteGroup() {
    await remove.mutateAsync({ id: group.id, confirmName: group.name });
    toast({ title: `${group.name} deleted`, tone: 'success' });
    navigate(routes.groups());
  }

  const actions = (
    <>
      <Button onClick={() => setEditing(true)}>
        <Pencil size={16} aria-hidden="true" />
        Edit
      </Button>
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger asChild>
          <Button variant="ghost" aria-label="More actions for this group">
            <Ellipsis size={18} aria-hidden="true" />
          </Button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="groups-menu" align="end" sideOffset={4}>
            <DropdownMenu.Item className="groups-menu__item" onSelect={() => setEditing(true)}>
              <Pencil size={16} aria-hidden="true" />
              Edit group
            </DropdownMenu.Item>
            <DropdownMenu.Item className="groups-menu__item" onSelect={() => void toggleArchived()}>
              {archived ? <ArchiveRestore size={16} aria-hidden="true" /> : <Archive size={16} aria-hidden="true" />}
              {archived ? 'Restore group' : 'Archive group'}
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="groups-menu__separator" />
            <DropdownMenu.Item
              className="groups-menu__item groups-menu__item--danger"
              onSelect={() => setDeleting(true)}
            >
              <Trash2 size={16} aria-hidden="true" />
              Delete group…
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </>
  );

  return (
    <>
      <div className="groups-header">
        <PageHeader
          title={group.name}
          back={{ to: routes.groups(), label: 'All groups' }}
          subtitle={
            <span className="groups-badges">
              {archived ? <Badge tone="warning">Archived</Badge> : null}
              <Badge tone="info">{kindLabel(group.kind)}</Badge>
              <Badge>{facilitationLabel[group.facilitation]}</Badge>
            </span>
          }
          actions={actions}
        />
      </div>
      {archived ? (
        <Notice
          tone="info"
          title="This group is archived"
          actions={<Button onClick={() => void toggleArchived()}>Restore</Button>}
        >
          It no longer appears on your dashboard. Everything in it is kept.
        </Notice>
      ) : null}

      <GroupFormDialog open={editing} onOpenChange={setEditing} group={group} />
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        tone="danger"
        title={`Delete ${group.name}?`}
        description={
          <p>
            This removes the group with its members, goals, norms and agreements for good. People stay in your list.
            If the programme has simply ended, archive the group instead.
          </p>
        }
        confirmLabel="Delete group"
        typedConfirmation={group.name}
        onConfirm={deleteGroup}
      />
    </>
  );
}
