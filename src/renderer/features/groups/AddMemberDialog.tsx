import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { IsoDateSchema } from '../../../shared/primitives';
import type { GroupDetail } from '../../../shared/views';
import { useApiMutation, useApiQuery } from '../../app/query';
import { routes } from '../../app/routes';
import { Dialog } from '../../ui/Dialog';
import { FormError } from '../../ui/FormError';
import { Notice } from '../../ui/Notice';
import { Loading } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { applyServerErrors } from '../../ui/form-errors';
import { useToast } from '../../ui/useToast';
import { FormActions } from './FormActions';

const AddMemberSchema = z.strictObject({
  personId: z.string().min(1, 'Choose the person to add.'),
  joinedOn: IsoDateSchema,
});
type AddMemberValues = z.infer<typeof AddMemberSchema>;

/** Long address books stay quick: show this many matches and ask for a narrower search. */
const MAX_SHOWN = 50;

interface AddMemberDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  detail: GroupDetail;
  today: string;
}

export function AddMemberDialog({ open, onOpenChange, detail, today }: AddMemberDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Add a member to ${detail.group.name}`}
      description="Choose someone from your people. A person can be in several groups."
    >
      {open ? <AddMemberForm detail={detail} today={today} onDone={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}

function AddMemberForm({ detail, today, onDone }: { detail: GroupDetail; today: string; onDone: () => void }) {
  const people = useApiQuery('people.list', {});
  const add = useApiMutation('memberships.add');
  const { toast } = useToast();
  const [search, setSearch] = useState('');
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<AddMemberValues>({
    defaultValues: { personId: '', joinedOn: today },
    resolver: zodResolver(AddMemberSchema),
  });
  const chosen = watch('personId');

  // Someone already in the group (or about to join, or not yet gone) cannot join twice at once.
  const candidates = useMemo(() => {
    const current = new Set(
      detail.members.filter((m) => m.active || m.membership.leftOn === null).map((m) => m.person.id),
    );
    return (people.data ?? []).filter((p) => !current.has(p.person.id));
  }, [people.data, detail.members]);

  const needle = search.trim().toLowerCase();
  const matches = candidates.filter(
    (p) =>
      p.person.id === chosen ||
      needle === '' ||
      [p.person.name, p.person.email, p.person.organisation].some((text) => text.toLowerCase().includes(needle)),
  );

  const submit = handleSubmit(async (values) => {
    try {
      await add.mutateAsync({ groupId: detail.group.id, ...values });
      const person = candidates.find((p) => p.person.id === values.personId)?.person;
      toast({ title: `${person?.name ?? 'Member'} added to ${detail.group.name}`, tone: 'success' });
      onDone();
    } catch (err) {
      applyServerErrors(setError, err, { prefix: '', fields: ['personId', 'joinedOn'] });
    }
  });

  if (people.isPending) return <Loading label="Loading your people…" />;
  if (people.isError) {
    return (
      <Notice tone="danger" title="Your people could not be loaded">
        {people.error.message}
      </Notice>
    );
  }
  if (candidates.length === 0) {
    return (
      <Notice tone="info" title={people.data.length === 0 ? 'No people yet' : 'Everyone is already a member'}>
        <p>
          Add the person on the <Link to={routes.people()}>People</Link> page first (or import them from a CSV file),
          then come back here.
        </p>
      </Notice>
    );
  }

  const shown = matches.slice(0, MAX_SHOWN);
  return (
    <form className="groups-dialog-form" onSubmit={submit} noValidate>
      <FormError message={errors.root?.server?.message} />
      <TextField
        label="Search people"
        type="search"
        autoComplete="off"
        hint="By name, email or organisation."
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <fieldset
        className="groups-picker"
        aria-describedby={errors.personId ? 'groups-picker-error' : undefined}
        aria-invalid={errors.personId ? true : undefined}
      >
        <legend className="ui-field__label">Person</legend>
        {shown.length === 0 ? (
          <p className="groups-muted groups-picker__empty">Nobody matches “{search.trim()}”.</p>
        ) : (
          <ul className="groups-picker__list">
            {shown.map(({ person, groupNames }) => (
              <li key={person.id}>
                <label className="groups-picker__option">
                  <input type="radio" value={person.id} {...register('personId')} />
                  <span className="groups-picker__text">
                    <span className="groups-picker__name">{person.name}</span>
                    <span className="groups-muted">
                      {[person.email, person.organisation].filter(Boolean).join(' · ')}
                      {groupNames.length > 0 ? ` · in ${groupNames.join(', ')}` : ''}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {matches.length > MAX_SHOWN ? (
          <p className="groups-muted">Showing {MAX_SHOWN} of {matches.length}. Type more to narrow the list.</p>
        ) : null}
        {errors.personId ? (
          <p id="groups-picker-error" className="ui-field__error" role="alert">
            {errors.personId.message}
          </p>
        ) : null}
      </fieldset>
      <TextField label="Joined on" type="date" error={errors.joinedOn?.message} {...register('joinedOn')} />
      <FormActions submitting={isSubmitting} submitLabel="Add member" busyLabel="Adding…" onCancel={onDone} />
    </form>
  );
}
