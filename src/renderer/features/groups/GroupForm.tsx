import { Controller, useForm } from 'react-hook-form';
import type { GroupValues } from '../../../shared/entities';
import { DateField } from '../../ui/DateField';
import { useUnsavedChanges } from '../../ui/dialog-guard';
import { FormError } from '../../ui/FormError';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { TimeZoneField } from '../../ui/TimeZoneField';
import { applyServerErrors } from '../../ui/form-errors';
import { ColourField } from './ColourField';
import { MeetingModeFields } from './MeetingModeFields';
import { FormActions } from './FormActions';
import { facilitationDescription, facilitationLabel } from './format';
import { groupFormResolver, type GroupFormValues } from './group-form-values';
import { modeFieldPaths } from './mode-form-values';

interface GroupFormProps {
  defaultValues: GroupFormValues;
  submitLabel: string;
  /** Saves the group; throws an ApiCallError (fields as in the form) when main refuses. */
  onSubmit: (values: GroupValues) => Promise<void>;
  onCancel: () => void;
}

const kindOptions = [
  { value: 'standalone', label: 'Stand-alone', description: 'Members come from different organisations.' },
  { value: 'internal', label: 'Internal to a company', description: 'All members work for one organisation.' },
];

const facilitationOptions = (['coach', 'self'] as const).map((value) => ({
  value,
  label: facilitationLabel[value],
  description: facilitationDescription[value],
}));

const plannedEndOptions = [
  { value: 'duration', label: 'A number of months' },
  { value: 'date', label: 'An end date' },
];

/** The inputs on screen, so a server message about any other path shows at the top of the form. */
function visibleFields(
  kind: GroupFormValues['kind']['type'],
  plannedEnd: GroupFormValues['plannedEnd']['type'],
  mode: GroupFormValues['mode']['type'],
): string[] {
  return [
    'name',
    'purpose',
    'color',
    'kind.type',
    ...(kind === 'internal' ? ['kind.organisation', 'kind.sponsorName', 'kind.sponsorEmail'] : []),
    'facilitation',
    'startDate',
    'meetingMinutes',
    'plannedEnd.type',
    plannedEnd === 'date' ? 'plannedEnd.endDate' : 'plannedEnd.months',
    'timeZone',
    ...modeFieldPaths('mode', mode),
  ];
}

/** Create and edit share this form; its values stay put when a save fails. */
export function GroupForm({ defaultValues, submitLabel, onSubmit, onCancel }: GroupFormProps) {
  const {
    register,
    control,
    handleSubmit,
    watch,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<GroupFormValues, unknown, GroupValues>({
    defaultValues,
    resolver: groupFormResolver,
    // Checked on submit, then as the coach corrects: checking on blur put
    // "Group name is required" above the fields as soon as focus left the
    // (autofocused) name, and that shift made the next click miss its radio.
    mode: 'onSubmit',
  });

  const cancel = useUnsavedChanges(isDirty, onCancel);
  const kindType = watch('kind.type');
  const plannedEndType = watch('plannedEnd.type');
  const modeType = watch('mode.type');

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (err) {
      applyServerErrors(setError, err, { fields: visibleFields(kindType, plannedEndType, modeType) });
    }
  });

  return (
    <form className="groups-form" onSubmit={submit} noValidate aria-label="Group details">
      <FormError message={errors.root?.server?.message} />

      <section className="groups-form__section" aria-labelledby="groups-form-about">
        <h3 id="groups-form-about" className="groups-form__heading">
          About the group
        </h3>
        {/* The dialog may open on a spinner while settings load; the form takes focus when it arrives. */}
        <TextField label="Name" autoComplete="off" autoFocus required error={errors.name?.message} {...register('name')} />
        <TextAreaField
          label="Purpose"
          hint="What the members want from the group, in a sentence or two."
          error={errors.purpose?.message}
          {...register('purpose')}
        />
        <Controller
          control={control}
          name="color"
          render={({ field, fieldState }) => (
            <ColourField
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
      </section>

      <section className="groups-form__section" aria-labelledby="groups-form-kind">
        <h3 id="groups-form-kind" className="groups-form__heading">
          Kind and facilitation
        </h3>
        <div className="groups-form__row">
          <RadioGroupField label="Kind of group" options={kindOptions} {...register('kind.type')} />
          <RadioGroupField
            label="Facilitation"
            options={facilitationOptions}
            error={errors.facilitation?.message}
            {...register('facilitation')}
          />
        </div>
        {kindType === 'internal' ? (
          <div className="groups-form__nested">
            <TextField
              label="Organisation"
              autoComplete="organization"
              required
              error={errors.kind?.organisation?.message}
              {...register('kind.organisation')}
            />
            <div className="groups-form__row">
              <TextField
                label="Sponsor name"
                required
                hint="The executive who sponsors the programme. They never see what members say."
                error={errors.kind?.sponsorName?.message}
                {...register('kind.sponsorName')}
              />
              <TextField
                label="Sponsor email"
                type="email"
                required
                error={errors.kind?.sponsorEmail?.message}
                {...register('kind.sponsorEmail')}
              />
            </div>
          </div>
        ) : null}
      </section>

      <section className="groups-form__section" aria-labelledby="groups-form-schedule">
        <h3 id="groups-form-schedule" className="groups-form__heading">
          Schedule
        </h3>
        <div className="groups-form__row">
          <DateField label="Start date" required error={errors.startDate?.message} {...register('startDate')} />
          <TextField
            label="Default meeting length (minutes)"
            type="number"
            required
            min={15}
            max={480}
            step={5}
            error={errors.meetingMinutes?.message}
            {...register('meetingMinutes', { valueAsNumber: true })}
          />
        </div>
        <RadioGroupField label="Planned end" options={plannedEndOptions} {...register('plannedEnd.type')} />
        <div className="groups-form__nested">
          {/* Keys keep the two inputs apart: one reused <input> changing type and name lost both values. */}
          {plannedEndType === 'date' ? (
            <DateField
              key="plannedEnd.endDate"
              label="End date"
              required
              error={errors.plannedEnd?.endDate?.message}
              {...register('plannedEnd.endDate')}
            />
          ) : (
            <TextField
              key="plannedEnd.months"
              label="Duration in months"
              type="number"
              required
              min={1}
              max={36}
              hint="Most programmes run for 6 or 12 months."
              error={errors.plannedEnd?.months?.message}
              {...register('plannedEnd.months', { valueAsNumber: true })}
            />
          )}
        </div>
        <TimeZoneField
          label="Time zone"
          required
          hint="Meetings are planned in this zone. Type a city or a country, then choose from the list."
          error={errors.timeZone?.message}
          {...register('timeZone')}
        />
      </section>

      <section className="groups-form__section" aria-labelledby="groups-form-mode">
        <h3 id="groups-form-mode" className="groups-form__heading">
          Where the group meets
        </h3>
        <MeetingModeFields
          modeType={modeType}
          fields={{ type: register('mode.type'), videoLink: register('mode.videoLink'), address: register('mode.address') }}
          errors={{ videoLink: errors.mode?.videoLink?.message, address: errors.mode?.address?.message }}
        />
      </section>

      <FormActions submitting={isSubmitting} submitLabel={submitLabel} onCancel={cancel} />
    </form>
  );
}
