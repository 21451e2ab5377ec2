import { useNavigate } from 'react-router';
import type { Group, GroupValues } from '../../../shared/entities';
import { useApiMutation, useApiQuery } from '../../app/query';
import { routes } from '../../app/routes';
import { Dialog } from '../../ui/Dialog';
import { Loading } from '../../ui/Spinner';
import { systemTimeZone } from '../../ui/time-zones';
import { useToast } from '../../ui/useToast';
import { GroupForm } from './GroupForm';
import { todayIn } from '../../../shared/calendar/days';
import { groupToFormValues, newGroupValues } from './group-form-values';

interface GroupFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The group to edit; without it the dialog creates a new group. */
  group?: Group;
}

export function GroupFormDialog({ open, onOpenChange, group }: GroupFormDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      wide
      title={group ? `Edit ${group.name}` : 'New group'}
      description={
        group
          ? 'How the group is set up. Members, goals and norms stay as they are.'
          : 'A peer group usually has 5 to 7 members and meets about once a month.'
      }
    >
      {open ? (
        group ? (
          <EditGroup group={group} onDone={() => onOpenChange(false)} />
        ) : (
          <CreateGroup onDone={() => onOpenChange(false)} />
        )
      ) : null}
    </Dialog>
  );
}

function CreateGroup({ onDone }: { onDone: () => void }) {
  const settings = useApiQuery('settings.get', {});
  const create = useApiMutation('groups.create');
  const navigate = useNavigate();
  const { toast } = useToast();

  // The coach's own zone is the natural default; if settings cannot be read
  // the computer's zone will do, and the coach can change it in the form.
  if (settings.isPending) return <Loading label="Loading your settings…" />;
  const zone = settings.data?.coachTimeZone ?? systemTimeZone();

  async function save(values: GroupValues) {
    const created = await create.mutateAsync(values);
    toast({ title: `${created.name} created`, tone: 'success' });
    onDone();
    navigate(routes.group(created.id));
  }

  return (
    <GroupForm
      defaultValues={newGroupValues(todayIn(zone, new Date()), zone)}
      submitLabel="Create group"
      onSubmit={save}
      onCancel={onDone}
    />
  );
}

function EditGroup({ group, onDone }: { group: Group; onDone: () => void }) {
  const update = useApiMutation('groups.update');
  const { toast } = useToast();

  async function save(values: GroupValues) {
    // A refusal propagates to the form, which maps 'values.name' to its 'name' field.
    await update.mutateAsync({ id: group.id, values });
    toast({ title: 'Changes saved', tone: 'success' });
    onDone();
  }

  return (
    <GroupForm
      defaultValues={groupToFormValues(group)}
      submitLabel="Save changes"
      onSubmit={save}
      onCancel={onDone}
    />
  );
}
