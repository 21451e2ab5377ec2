import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { SeriesRule } from '../../../../shared/calendar/recurrence';
import { WEEKDAYS } from '../../../../shared/calendar/recurrence';
import { WEEKDAY_NAMES, WEEK_OF_MONTH_NAMES } from '../../../../shared/calendar/recurrence-labels';
import { ApiCallError } from '../../../api';
import { useApiMutation, useApiQuery } from '../../../app/query';
import { DateField } from '../../../ui/DateField';
import { Dialog } from '../../../ui/Dialog';
import { useUnsavedChanges } from '../../../ui/dialog-guard';
import { FormError } from '../../../ui/FormError';
import { Notice } from '../../../ui/Notice';
import { RadioGroupField } from '../../../ui/RadioGroupField';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/useToast';
import { FormActions } from '../FormActions';
import { SeriesPreviewList, adjustmentsOf, type Decision } from './SeriesPreviewList';
import { previewMovesOf, unseenMoves, type PreviewMove } from './series-moves';
import { checkRule, formFieldOf, formValuesOf, seriesFormResolver, type SeriesFormValues } from './series-form-values';
import { useDebounced } from './use-debounced';

// Planning a series, or changing one from a date on: the rule on the left, and
// as the coach types, every date it gives with its clashes on the right. Dates
// on a daylight-saving edge must be decided before saving; any date can be
// skipped or moved.

export interface SeriesFormTarget {
  /** Changing this series from the form's first date on; absent for a new series. */
  seriesId?: string;
  rule: SeriesRule;
}

const PATTERNS = [
  { value: 'monthly-weekday', label: 'Monthly on a weekday' },
  { value: 'monthly-day', label: 'Monthly on a date' },
  { value: 'weekly', label: 'Every few weeks' },
];
const WEEKS = (['1', '2', '3', '4', '-1'] as const).map((w) => ({ value: w, label: WEEK_OF_MONTH_NAMES[Number(w) as 1] }));
const DAYS = WEEKDAYS.map((d) => ({ value: d, label: WEEKDAY_NAMES[d] }));

export function SeriesFormDialog({ groupId, target, coachZone, onOpenChange }: { groupId: string; target: SeriesFormTarget | null; coachZone: string; onOpenChange: (open: boolean) => void }) {
  const changing = target?.seriesId !== undefined;
  return (
    <Dialog
      open={target !== null}
      onOpenChange={onOpenChange}
      extraWide
      title={changing ? 'Change the series from a date' : 'Plan a series of meetings'}
      description={
        changing
          ? 'Meetings before the date stay as they are. Later meetings with attendance, check-ins or next steps are kept as one-off meetings.'
          : `Times are in the group's time zone (${target?.rule.timeZone ?? ''}). Check every date before saving.`
      }
    >
      {target ? <SeriesForm groupId={groupId} target={target} coachZone={coachZone} onDone={() => onOpenChange(false)} /> : null}
    </Dialog>
  );
}

const ruleKey = (v: unknown): string => JSON.stringify(v);

function SeriesForm({ groupId, target, coachZone, onDone }: { groupId: string; target: SeriesFormTarget; coachZone: string; onDone: () => void }) {
  const plan = useApiMutation('meetings.planSeries');
  const change = useApiMutation('meetings.changeSeriesFrom');
  const { toast } = useToast();
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<SeriesFormValues>({ defaultValues: formValuesOf(target.rule), resolver: seriesFormResolver, mode: 'onTouched' });
  const [decided, setDecided] = useState<{ key: string; decisions: Map<number, Decision> }>({ key: '', decisions: new Map() });
  const [problems, setProblems] = useState<{ key: string; byIndex: Record<number, string> }>({ key: '', byIndex: {} });
  const values = watch();
  const checked = checkRule(values);
  const key = checked.ok ? ruleKey(checked.rule) : '';
  // Decisions belong to the dates they were made for: a new rule starts afresh.
  const decisions = decided.key === key ? decided.decisions : new Map<number, Decision>();
  const cancel = useUnsavedChanges(isDirty || decisions.size > 0, onDone);

  const settled = useDebounced(checked.ok ? checked.rule : null);
  // Moved dates go to main as well, so each is checked at its new time; as text, so an unchanged list is an unchanged value.
  const settledMoves = useDebounced(JSON.stringify(previewMovesOf(decisions)));
  const previewInput = useMemo(() => {
    if (!settled) return null;
    const moves = JSON.parse(settledMoves) as PreviewMove[];
    return { groupId, rule: settled, ...(target.seriesId ? { replacingSeriesId: target.seriesId } : {}), ...(moves.length > 0 ? { moves } : {}) };
  }, [settled, settledMoves, groupId, target.seriesId]);
  const preview = useApiQuery('meetings.previewSeries', previewInput ?? { groupId, rule: target.rule }, {
    enabled: previewInput !== null,
    // While a moved date is re-checked, the other dates of the same rule stay on screen.
    placeholderData: (previous, previousQuery) => (previous && settled && ruleKey(previousQuery?.queryKey[1].rule) === ruleKey(settled) ? previous : undefined),
  });
  const current = preview.data && settled && ruleKey(settled) === key ? preview.data : null;

  const decide = (index: number, decision: Decision) => {
    const next = new Map(decisions);
    next.set(index, decision);
    setDecided({ key, decisions: next });
    // A problem shown for this date was about the decision just replaced.
    if (problems.byIndex[index] !== undefined) {
      const { [index]: _answered, ...rest } = problems.byIndex;
      setProblems({ key: problems.key, byIndex: rest });
    }
  };

  const submit = handleSubmit(async (form) => {
    const ok = checkRule(form);
    if (!ok.ok) return;
    // A moved date is saved only once the coach has seen main's check of its new time.
    const unseen = unseenMoves(decisions, current);
    if (Object.keys(unseen).length > 0) {
      setProblems({ key, byIndex: unseen });
      setError('root.server', { type: 'server', message: 'Check the moved meetings before saving: each needs a date and time, and its clashes shown.' });
      return;
    }
    const adjustments = adjustmentsOf(decisions);
    try {
      if (target.seriesId) {
        const changed = await change.mutateAsync({ groupId, seriesId: target.seriesId, fromDate: ok.rule.fromDate, rule: ok.rule, adjustments });
        const kept = changed.keptAsOneOffs.length;
        toast({
          title: 'Series changed',
          description: `${changed.meetings.length} meetings planned from the new rule${kept > 0 ? `; ${kept} with records kept as one-off meetings` : ''}.`,
          tone: 'success',
        });
      } else {
        const planned = await plan.mutateAsync({ groupId, rule: ok.rule, adjustments });
        toast({ title: 'Series planned', description: `${planned.meetings.length} meetings planned${planned.skipped > 0 ? `, ${planned.skipped} skipped` : ''}.`, tone: 'success' });
      }
      onDone();
    } catch (err) {
      const fields = err instanceof ApiCallError ? err.fields : {};
      const byIndex: Record<number, string> = {};
      let placed = false;
      for (const [path, message] of Object.entries(fields)) {
        const occurrence = /^occurrences\.(\d+)$/.exec(path);
        if (occurrence) {
          byIndex[Number(occurrence[1])] = message;
          placed = true;
        } else if (path.startsWith('rule.') || path === 'fromDate') {
          const field = path === 'fromDate' ? 'fromDate' : formFieldOf(path.slice(5).split('.'), form.endType);
          setError(field === 'root' ? 'root.server' : field, { type: 'server', message });
          placed = true;
        }
      }
      setProblems({ key, byIndex });
      if (!placed || Object.keys(byIndex).length > 0) setError('root.server', { type: 'server', message: (err as Error).message.replace(/\s\([\w.]+\)$/, '') });
    }
  });

  const patternType = values.patternType;
  const endType = values.endType;
  return (
    <form className="meetings-series-form" onSubmit={submit} noValidate>
      <div className="meetings-series-form__fields">
        <FormError message={errors.root?.server?.message ?? errors.root?.message} />
        {/* Selects are given their value as well: the form's value, not whatever the element happened to show first, is the one checked. */}
        <SelectField label="Repeats" hint="A weekday is, for example, the 2nd Tuesday; a date, the 15th." options={PATTERNS} value={values.patternType} error={errors.patternType?.message} {...register('patternType')} />
        {patternType === 'monthly-weekday' ? (
          <div className="meetings-form__row">
            <SelectField label="Week of the month" options={WEEKS} value={values.week} error={errors.week?.message} {...register('week')} />
            <SelectField label="Day" options={DAYS} value={values.weekday} error={errors.weekday?.message} {...register('weekday')} />
          </div>
        ) : patternType === 'monthly-day' ? (
          <TextField label="Day of the month" type="number" min={1} max={31} hint="The 29th to 31st fall on the last day of shorter months." error={errors.day?.message} {...register('day', { valueAsNumber: true })} />
        ) : (
          <div className="meetings-form__row">
            <TextField label="Every (weeks)" type="number" min={1} max={12} error={errors.everyWeeks?.message} {...register('everyWeeks', { valueAsNumber: true })} />
            <SelectField label="Day" options={DAYS} value={values.weekday} error={errors.weekday?.message} {...register('weekday')} />
          </div>
        )}
        <DateField
          label={target.seriesId ? 'Change from' : 'First date'}
          required
          hint={target.seriesId ? 'The new rule applies from this day on.' : 'The first meeting is the first matching day from here.'}
          error={errors.fromDate?.message}
          {...register('fromDate')}
        />
        <div className="meetings-form__row">
          <TextField label="Start time" type="time" required hint={values.timeZone} error={errors.startTime?.message} {...register('startTime')} />
          <TextField label="Length (minutes)" type="number" min={15} max={480} step={5} required error={errors.minutes?.message} {...register('minutes', { valueAsNumber: true })} />
        </div>
        <RadioGroupField
          label="Ends"
          options={[
            { value: 'until', label: 'On a last date' },
            { value: 'count', label: 'After a number of meetings' },
          ]}
          {...register('endType')}
        />
        {endType === 'until' ? (
          <DateField label="Last date" required error={errors.lastDate?.message} {...register('lastDate')} />
        ) : (
          <TextField label="Number of meetings" type="number" min={1} max={200} required error={errors.count?.message} {...register('count', { valueAsNumber: true })} />
        )}
        <FormActions submitting={isSubmitting} submitLabel={target.seriesId ? 'Change series' : 'Plan meetings'} onCancel={cancel} />
      </div>
      <section className="meetings-series-form__preview" aria-labelledby="series-preview-title" aria-busy={preview.isFetching || undefined}>
        <h3 id="series-preview-title" className="meetings-series-form__title">
          {current ? `${current.meetings.length} meetings` : 'Meetings'}
        </h3>
        {!checked.ok ? <p className="groups-muted">Fix the rule to see its dates.</p> : null}
        {checked.ok && !current && preview.isError ? <Notice tone="danger" title="The dates could not be checked">{preview.error.message}</Notice> : null}
        {checked.ok && !current && !preview.isError ? <p className="groups-muted">Checking the dates…</p> : null}
        {current ? (
          <>
            <p className="meetings-series-form__summary">{current.summary}</p>
            <p className={current.conflictCount > 0 || current.needsChoice > 0 ? 'meetings-series-form__warn' : 'meetings-ok'} role="status">
              {summaryLine(current.conflictCount, current.needsChoice)}
            </p>
            {current.keptWithRecords.length > 0 ? (
              <Notice tone="info" title="Kept as one-off meetings">
                These have records and stay as they are: {current.keptWithRecords.map((k) => k.label).join('; ')}.
              </Notice>
            ) : null}
            <SeriesPreviewList preview={current} decisions={decisions} onDecide={decide} problems={problems.key === key ? problems.byIndex : {}} showCoachTime={coachZone !== values.timeZone} />
          </>
        ) : null}
      </section>
    </form>
  );
}

function summaryLine(conflicts: number, choices: number): string {
  if (conflicts === 0 && choices === 0) return 'No clashes with your other meetings.';
  const parts = [];
  if (conflicts > 0) parts.push(`${conflicts} ${conflicts === 1 ? 'meeting clashes' : 'meetings clash'} with your calendar`);
  if (choices > 0) parts.push(`${choices} ${choices === 1 ? 'falls' : 'fall'} on a clock change and need${choices === 1 ? 's' : ''} your choice`);
  return `${parts.join('; ')}.`;
}
