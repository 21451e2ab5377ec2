import type { PersonValues } from '../../../shared/entities';
import { useApiMutation } from '../../app/query';
import { Dialog } from '../../ui/Dialog';
import { Loading } from '../../ui/Spinner';
import { useToast } from '../../ui/useToast';
import { PersonForm, blankPerson } from './PersonForm';
import { useCoachTimeZone } from './coach-zone';

export interface AddPersonDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function AddPersonDialog({ open, onOpenChange }: AddPersonDialogProps) {
  const { zone, loading } = useCoachTimeZone();
  const create = useApiMutation('people.create');
  const { toast } = useToast();

  async function save(values: PersonValues) {
    const person = await create.mutateAsync(values);
    toast({ title: `${person.name} added`, description: 'They are ready to join a group.', tone: 'success' });
    onOpenChange(false);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Add a person"
      description="Someone you coach or may invite to a group. You can add them to groups from a group's page."
    >
      {loading ? (
        <Loading label="Loading your settings…" />
      ) : (
        <PersonForm initial={blankPerson(zone)} submitLabel="Add person" onSubmit={save} onCancel={() => onOpenChange(false)} />
      )}
    </Dialog>
  );
}
