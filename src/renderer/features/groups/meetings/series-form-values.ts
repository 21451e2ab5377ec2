import type { FieldErrors, Resolver } from 'react-hook-form';
import { type SeriesRule, type Weekday, type WeekOfMonth } from '../../../../shared/calendar/recurrence';
import { SeriesRuleSchema, type SeriesRuleValues } from '../../../../shared/calendar/series-schema';
import { withDateInputs } from '../../../ui/form-resolver';

// The series form keeps one flat set of fields (so switching "Repeats" keeps
// what was typed in the other patterns), and turns them into the contract's
// rule for checking: the check itself is the contract's SeriesRuleSchema, and
// each of its messages is put back on the field the coach typed in.

export interface SeriesFormValues {
  patternType: 'monthly-weekday' | 'monthly-day' | 'weekly';
  week: string;
  weekday: Weekday;
  day: number;
  everyWeeks: number;
  fromDate: string;
  startTime: string;
  minutes: number;
  endType: 'until' | 'count';
  lastDate: string;
  count: number;
  timeZone: string;
}

export function formValuesOf(rule: SeriesRule): SeriesFormValues {
  const p = rule.pattern;
  return {
    patternType: p.type,
    week: p.type === 'monthly-weekday' ? String(p.week) : '2',
    weekday: p.type === 'monthly-day' ? 'TU' : p.weekday,
    day: p.type === 'monthly-day' ? p.day : Number(rule.fromDate.slice(8, 10)),
    everyWeeks: p.type === 'weekly' ? p.everyWeeks : 4,
    fromDate: rule.fromDate,
    startTime: rule.startTime,
    minutes: rule.minutes,
    endType: rule.end.type,
    lastDate: rule.end.type === 'until' ? rule.end.lastDate : '',
    count: rule.end.type === 'count' ? rule.end.count : 12,
    timeZone: rule.timeZone,
  };
}

/** The rule the form's fields describe, as the contract reads it (not yet checked). */
export function ruleOf(v: SeriesFormValues): unknown {
  const pattern =
    v.patternType === 'monthly-weekday'
      ? { type: v.patternType, week: Number(v.week) as WeekOfMonth, weekday: v.weekday }
      : v.patternType === 'monthly-day'
        ? { type: v.patternType, day: v.day }
        : { type: v.patternType, everyWeeks: v.everyWeeks, weekday: v.weekday };
  return {
    pattern,
    fromDate: v.fromDate,
    startTime: v.startTime,
    timeZone: v.timeZone,
    minutes: v.minutes,
    end: v.endType === 'until' ? { type: 'until', lastDate: v.lastDate } : { type: 'count', count: v.count },
  };
}

/** Where a message about a rule path belongs in the form. */
export function formFieldOf(path: readonly PropertyKey[], endType: SeriesFormValues['endType']): keyof SeriesFormValues | 'root' {
  const [head, leaf] = path.map(String);
  if (head === 'pattern') return (leaf as keyof SeriesFormValues | undefined) ?? 'patternType';
  if (head === 'end') return leaf === 'lastDate' || leaf === 'count' ? leaf : endType === 'until' ? 'lastDate' : 'count';
  if (head === 'fromDate' || head === 'startTime' || head === 'minutes') return head;
  return 'root';
}

export type RuleCheck = { ok: true; rule: SeriesRuleValues } | { ok: false; errors: Partial<Record<keyof SeriesFormValues | 'root', string>> };

export function checkRule(values: SeriesFormValues): RuleCheck {
  const parsed = SeriesRuleSchema.safeParse(ruleOf(values));
  if (parsed.success) return { ok: true, rule: parsed.data };
  const errors: Partial<Record<keyof SeriesFormValues | 'root', string>> = {};
  for (const issue of parsed.error.issues) errors[formFieldOf(issue.path, values.endType)] ??= issue.message;
  return { ok: false, errors };
}

/** react-hook-form's resolver over the contract's schema, with unreadable date inputs caught as in every form. */
export const seriesFormResolver: Resolver<SeriesFormValues> = withDateInputs<SeriesFormValues, unknown, SeriesFormValues>(async (values) => {
  const checked = checkRule(values);
  if (checked.ok) return { values, errors: {} };
  const errors: FieldErrors<SeriesFormValues> = {};
  for (const [field, message] of Object.entries(checked.errors)) {
    (errors as Record<string, { type: string; message: string }>)[field] = { type: 'validate', message };
  }
  return { values: {}, errors };
});

