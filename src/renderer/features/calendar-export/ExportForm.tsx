import { keepPreviousData } from '@tanstack/react-query';
import { FileDown } from 'lucide-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { ExportSelectionSchema, ExportWriteSchema, REMINDER_CHOICES, type ExportWrite, type ExportWritten } from '../../../shared/calendar-export';
import type { GroupSummary } from '../../../shared/views';
import { useLastKnown } from '../../app/last-known';
import { useApiMutation, useApiQuery } from '../../app/query';
import { routes } from '../../app/routes';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { CheckboxField } from '../../ui/CheckboxField';
import { DateField } from '../../ui/DateField';
import { FieldMessages } from '../../ui/FieldMessages';
import { FormError } from '../../ui/FormError';
import { applyServerErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/form-resolver';
import { Notice } from '../../ui/Notice';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { ChoiceFieldset } from './ChoiceFieldset';
import { dateOrNull, EXPORT_FIELDS, exportDefaults, isChosen, previewSelection, toggleChoice, type ExportFormInput } from './export-form';
import { reminderLabel } from './export-words';
import { HowToSend } from './HowToSend';
import { PreviewCard } from './PreviewCard';
import { WrittenFiles } from './WrittenFiles';

type Reminder = ExportFormInput['reminders'][number];

/** The whole Export view below its header: what to export, what to write, the preview, and writing. */
export function ExportForm({ today, groups }: { today: string; groups: readonly GroupSummary[] }) {
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ExportFormInput, unknown, ExportWrite>({
    resolver: schemaResolver(ExportWriteSchema),
    defaultValues: exportDefaults(today),
    mode: 'onChange',
  });
  const selection = useWatch({ control, name: 'selection' });
  const reminders = useWatch({ control, name: 'reminders' });
  const [written, setWritten] = useState<ExportWritten | null>(null);

  // The preview follows the choices as they are made; while they do not make
  // sense (no group, a period that ends before it starts) it keeps the last one.
  const asked = ExportSelectionSchema.safeParse(previewSelection(selection));
  const preview = useApiQuery('calendarExport.preview', asked.success ? asked.data : previewSelection(selection), {
    enabled: asked.success,
    placeholderData: keepPreviousData,
  });
  const write = useApiMutation('calendarExport.write');

  const allGroups = groups.map((g) => g.group.id);
  // While a preview fails, the people of the last one stay to choose from.
  const candidates = useLastKnown(preview.data?.people) ?? [];
  const allPeople = candidates.map((p) => p.personId);
  const choose = (name: 'selection.groupIds' | 'selection.personIds', value: string[] | null) =>
    setValue(name, value, { shouldValidate: true, shouldDirty: true });
  const toggleReminder = (id: string, on: boolean) => {
    const minutes = Number(id) as Reminder;
    const next = on ? [...reminders, minutes].sort((a, b) => a - b) : reminders.filter((m) => m !== minutes);
    setValue('reminders', next, { shouldValidate: true, shouldDirty: true });
  };

  const onSubmit = handleSubmit(async (values) => {
    try {
      setWritten(await write.mutateAsync(values));
    } catch (err) {
      // Nothing the coach chose is reset: the message says what to change.
      applyServerErrors(setError, err, { fields: EXPORT_FIELDS, prefix: '' });
    }
  });
  const includeError = errors.include?.message ?? errors.include?.root?.message;

  return (
    <form className="stack-lg cx-page" onSubmit={onSubmit} noValidate aria-label="Calendar export">
      <Card title="Who and when" description="Each person’s file holds their groups’ meetings, their own pair sessions and their 1:1s with you.">
        <div className="cx-choose">
          <ChoiceFieldset
            legend="Groups"
            hint="Groups that still run."
            error={errors.selection?.groupIds?.message}
            choices={groups.map((g) => ({ id: g.group.id, label: g.group.name }))}
            isChosen={(id) => isChosen(selection.groupIds, id)}
            onToggle={(id, on) => choose('selection.groupIds', toggleChoice(selection.groupIds, allGroups, id, on))}
            empty="No group runs at the moment."
          />
          <ChoiceFieldset
            legend="People"
            hint="Everyone in the chosen groups, unless you untick them."
            error={errors.selection?.personIds?.message}
            choices={candidates.map((p) => ({ id: p.personId, label: p.name, detail: p.groups.join(', ') }))}
            isChosen={(id) => isChosen(selection.personIds, id)}
            onToggle={(id, on) => choose('selection.personIds', toggleChoice(selection.personIds, allPeople, id, on))}
            filterLabel="Filter people by name"
            empty="The chosen groups have no members."
            actions={
              <>
                <Button size="sm" variant="ghost" onClick={() => choose('selection.personIds', null)}>
                  Everyone
                </Button>
                <Button size="sm" variant="ghost" onClick={() => choose('selection.personIds', [])}>
                  No one
                </Button>
              </>
            }
          />
          <div className="cx-period">
            <DateField label="From" hint="On your clock. Empty: from today." error={errors.selection?.from?.message} {...register('selection.from', { setValueAs: dateOrNull })} />
            <DateField label="To" hint="Empty: to the end of each programme." error={errors.selection?.to?.message} {...register('selection.to', { setValueAs: dateOrNull })} />
          </div>
        </div>
      </Card>

      <Card title="What to write">
        <div className="cx-choose">
          <fieldset className="ui-field cx-choices" aria-describedby={includeError ? 'cx-include-error' : undefined} aria-invalid={includeError ? true : undefined}>
            <legend className="ui-field__label">Files</legend>
            <CheckboxField label="A file to import for each person" {...register('include.people')} />
            <CheckboxField label="A file for each group, with its meetings" {...register('include.groups')} />
            <CheckboxField label="Your own file, with everything" {...register('include.coach')} />
            <CheckboxField label="Invitation drafts to send from your mail" hint="Only what changed since a person’s last invitation; everything the first time." {...register('include.drafts')} />
            <FieldMessages error={includeError} errorId="cx-include-error" />
          </fieldset>
          <ChoiceFieldset
            legend="Reminders"
            hint="Up to two, on every event. Google Calendar ignores reminders on import."
            error={errors.reminders?.message ?? errors.reminders?.root?.message}
            choices={REMINDER_CHOICES.map((m) => ({ id: String(m), label: reminderLabel(m) }))}
            isChosen={(id) => reminders.includes(Number(id) as Reminder)}
            onToggle={toggleReminder}
          />
        </div>
      </Card>

      {preview.data && preview.data.coachEmail === '' ? (
        <Notice
          tone="warning"
          title="Invitations need your email"
          actions={
            <Link to={routes.settings()} className="ui-button ui-button--secondary ui-button--sm">
              Open Settings
            </Link>
          }
        >
          <p>An invitation names you as its organiser, so calendar apps know whose updates to apply. Add your email in Settings before you write invitation drafts.</p>
        </Notice>
      ) : null}

      <QueryBoundary query={preview} loadingLabel="Working out each person’s file…" errorTitle="The preview could not be made">
        {(data) => <PreviewCard preview={data} personIds={selection.personIds} />}
      </QueryBoundary>

      <FormError message={errors.root?.server?.message} />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          <FileDown size={16} aria-hidden="true" />
          {isSubmitting ? 'Writing…' : 'Write files…'}
        </Button>
      </div>
      {written ? <WrittenFiles written={written} /> : null}
      <HowToSend />
    </form>
  );
}
