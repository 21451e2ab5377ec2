import type { z } from 'zod';
import type { ExportSelection, ExportWriteSchema } from '../../../shared/calendar-export';

// The Export view's form: the contract's ExportWrite as typed, so the
// resolver checks exactly what main will. Groups and people start as null
// ("all of them"), as the contract means it; ticking one off turns the null
// into the explicit list of the rest.

export type ExportFormInput = z.input<typeof ExportWriteSchema>;

export const EXPORT_FIELDS = ['selection.groupIds', 'selection.personIds', 'selection.from', 'selection.to', 'include', 'reminders'] as const;

export function exportDefaults(today: string): ExportFormInput {
  return {
    selection: { groupIds: null, personIds: null, from: today, to: null },
    include: { people: true, groups: false, coach: true, drafts: false },
    reminders: [],
  };
}

/** Ticks or unticks one id of a list where null means every one of `all`; back to null when all are ticked again. */
export function toggleChoice(chosen: readonly string[] | null, all: readonly string[], id: string, on: boolean): string[] | null {
  const current = chosen ?? all;
  const next = on ? [...new Set([...current, id])] : current.filter((c) => c !== id);
  return all.every((a) => next.includes(a)) && next.every((n) => all.includes(n)) ? null : next;
}

export const isChosen = (chosen: readonly string[] | null, id: string): boolean => chosen === null || chosen.includes(id);

/** The preview asks for every member of the chosen groups, so ticking people on and off needs no new preview. */
export const previewSelection = (selection: ExportSelection): ExportSelection => ({ ...selection, personIds: null });

/** A date input's empty text is the contract's null. */
export const dateOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
