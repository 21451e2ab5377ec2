import { useMemo, useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { api } from '../../../shared/api';
import type { GroupDetail } from '../../../shared/views';
import { ApiCallError } from '../../api';
import { formatDay } from '../../app/dates';
import { useApiMutation, useApiQuery } from '../../app/query';
import { routes } from '../../app/routes';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { FormError } from '../../ui/FormError';
import { Notice } from '../../ui/Notice';
import { Loading } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { useToast } from '../../ui/useToast';
import { FormActions } from './FormActions';
import { JOINING_DATE_HINT } from './membership-copy';
import { PersonChecklist, refusalsByPerson } from './PersonChecklist';
import { foldForSearch } from '../../../shared/text';

const AddMembersSchema = api['memberships.addMany'].input.pick({ personIds: true, joinedOn: true });
type AddMembersValues = z.input<typeof AddMembersSchema>;

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
      title={`Add members to ${detail.group.name}`}
      description="Choose one or more of your people. A person can be in several groups."
    >
      {open ? <AddMemberForm detail={detail} today={today} onDone={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}

/** Before the group starts, its members join on the first day; once it runs, they join today. */
const defaultJoiningDay = (today: string, startDate: string): string => (startDate > today ? startDate : today);

function AddMemberForm({ detail, today, onDone }: { detail: GroupDetail; today: string; onDone: () => void }) {
  const people = useApiQuery('people.list', {});
  const add = useApiMutation('memberships.addMany');
  const { toast } = useToast();
  const [search, setSearch] = useState('');
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<AddMembersValues>({
    defaultValues: { personIds: [], joinedOn: defaultJoiningDay(today, detail.group.startDate) },
    resolver: schemaResolver(AddMembersSchema),
  });
  const { field: chosen } = useController({ control, name: 'personIds' });
  const cancel = useUnsavedChanges(isDirty, onDone);

  // Someone already in the group (or about to join, or not yet gone) cannot join twice at once.
  const candidates = useMemo(() => {
    const current = new Set(detail.members.filter((m) => m.active || m.upcoming).map((m) => m.membership.personId));
    return (people.data ?? []).filter((p) => !current.has(p.person.id));
  }, [people.data, detail.members]);

  const needle = foldForSearch(search.trim());
  const matches = candidates.filter(
    (p) =>
      chosen.value.includes(p.person.id) ||
      needle === '' ||
      [p.person.name, p.person.email, p.person.organisation].some((text) => foldForSearch(text).includes(needle)),
  );

  const submit = handleSubmit(async (values) => {
    setRefusals({});
    try {
      await add.mutateAsync({ groupId: detail.group.id, ...values });
      const names = candidates.filter((p) => values.personIds.includes(p.person.id)).map((p) => p.person.name);
      toast({
        title: names.length === 1 ? `${names[0]} added to ${detail.group.name}` : `${names.length} members added to ${detail.group.name}`,
        tone: 'success',
      });
      onDone();
    } catch (err) {
      const byPerson = err instanceof ApiCallError ? refusalsByPerson(err.fields, values.personIds) : {};
      if (Object.keys(byPerson).length > 0) {
        setRefusals(byPerson);
        setError('root.server', { type: 'server', message: (err as Error).message });
      } else {
        applyServerErrors(setError, err, { prefix: '', fields: ['personIds', 'joinedOn'] });
      }
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

  const count = chosen.value.length;
  const shown = matches.slice(0, MAX_SHOWN);
  return (
    <form className="groups-dialog-form" onSubmit={submit} noValidate>
      <FormError message={errors.root?.server?.message} />
      <TextField
        label="Search people"
        type="search"
        autoComplete="off"
        hint="By name, email or organisation. People you choose stay chosen while you search."
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <PersonChecklist
        legend="People"
        options={shown.map(({ person, groupNames }) => ({
          id: person.id,
          name: person.name,
          detail: [person.email, person.organisation, groupNames.length > 0 ? `in ${groupNames.join(', ')}` : '']
            .filter(Boolean)
            .join(' · '),
        }))}
        value={chosen.value}
        onChange={(ids) => {
          chosen.onChange(ids);
          setRefusals({});
        }}
        refusals={refusals}
        error={errors.personIds?.message}
        empty={<p className="groups-muted groups-picker__empty">Nobody matches “{search.trim()}”.</p>}
      >
        <p className="groups-muted" aria-live="polite">
          {count === 0 ? 'Nobody chosen yet.' : count === 1 ? '1 person chosen.' : `${count} people chosen.`}
          {matches.length > MAX_SHOWN ? ` Showing ${MAX_SHOWN} of ${matches.length}: type more to narrow the list.` : ''}
        </p>
      </PersonChecklist>
      <DateField
        label="Joined on"
        required
        hint={`${JOINING_DATE_HINT} The group is planned to end on ${formatDay(detail.plannedEndDate)}.`}
        error={errors.joinedOn?.message}
        {...register('joinedOn')}
      />
      <FormActions
        submitting={isSubmitting}
        submitLabel={count > 1 ? `Add ${count} members` : 'Add member'}
        busyLabel="Adding…"
        onCancel={cancel}
      />
    </form>
  );
}
