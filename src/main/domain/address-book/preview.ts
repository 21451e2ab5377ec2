import type { AddressBookFormat } from '../../../shared/address-book';
import { PersonInputSchema, type Person, type PersonValues } from '../../../shared/entities';
import type { ImportFieldSource, ImportPreview, ImportRow, ImportRowError } from '../../../shared/views';
import { PERSON_FIELDS, type ContactRecord, type PersonField } from './contact';
import { forEachInTurn, type ImportScheduler } from './scheduler';

export interface ImportContext {
  existingPeople: readonly Pick<Person, 'id' | 'name' | 'email'>[];
  /** Used for people without a time zone. */
  coachTimeZone: string;
}

/**
 * The preview echoes what the file says so the coach can recognise each row,
 * but a 200,000-character "name" would only bloat the answer and the table;
 * such a value is refused anyway, and this much of it is enough to find it.
 */
export const MAX_SHOWN_VALUE_CHARS = 200;

const shown = (value: string): string =>
  value.length > MAX_SHOWN_VALUE_CHARS ? `${value.slice(0, MAX_SHOWN_VALUE_CHARS)}…` : value;

// Exports often leave emails out (LinkedIn shares only those a connection
// allows), so a missing one is named plainly rather than called invalid.
const NO_EMAIL = 'No email address: add one in the file, or add this person by hand later.';

function problemsOf(record: ContactRecord, values: Partial<Record<PersonField, string>>, parsedIssues: readonly { path: PropertyKey[]; message: string }[]) {
  const errors: ImportRowError[] = record.problems.map((message) => ({ field: 'row', message }));
  // A card that could not be read at all has no values to judge.
  if (record.problems.length > 0 && Object.keys(record.values).length === 0) return errors;
  const seen = new Set<string>();
  for (const issue of parsedIssues) {
    const field = String(issue.path[0] ?? 'row');
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, message: field === 'email' && !values.email ? NO_EMAIL : issue.message });
  }
  return errors;
}

/**
 * Checks every record as a person: its values, the person it would create,
 * its problems field by field, and whether its email is already taken by
 * someone the coach knows or by an earlier row of the same file.
 */
export async function buildPreview(
  format: AddressBookFormat,
  records: readonly ContactRecord[],
  sources: ImportFieldSource[],
  context: ImportContext,
  scheduler: ImportScheduler,
): Promise<ImportPreview> {
  const existingByEmail = new Map(context.existingPeople.map((p) => [p.email.toLowerCase(), p]));
  const acceptedByEmail = new Map<string, number>();
  const rows: ImportRow[] = [];

  await forEachInTurn(records, scheduler, (record) => {
    const values = record.values;
    const parsed = PersonInputSchema.safeParse({
      name: values.name ?? '',
      email: values.email ?? '',
      timeZone: values.timeZone || context.coachTimeZone,
      organisation: values.organisation ?? '',
      role: values.role ?? '',
      phone: values.phone ?? '',
    });
    const errors = problemsOf(record, values, parsed.success ? [] : parsed.error.issues);
    const person: PersonValues | null = parsed.success && errors.length === 0 ? parsed.data : null;

    let duplicateOf: ImportRow['duplicateOf'] = null;
    const email = parsed.success ? parsed.data.email : (values.email ?? '').trim().toLowerCase();
    const existing = email ? existingByEmail.get(email) : undefined;
    const earlierLine = email ? acceptedByEmail.get(email) : undefined;
    if (existing) duplicateOf = { kind: 'existing', personId: existing.id, name: existing.name };
    else if (earlierLine !== undefined) duplicateOf = { kind: 'row', line: earlierLine };
    else if (person) acceptedByEmail.set(person.email, record.line);

    const shownValues: Partial<Record<PersonField, string>> = {};
    for (const [field, value] of Object.entries(values) as [PersonField, string][]) shownValues[field] = shown(value);
    rows.push({ line: record.line, values: shownValues, person, errors, duplicateOf });
  });

  const found = PERSON_FIELDS.filter((field) => sources.some((s) => s.field === field));
  return {
    format,
    sources,
    columns: found,
    missingColumns: PERSON_FIELDS.filter((f) => !found.includes(f)),
    rows,
    importableCount: rows.filter(isImportable).length,
  };
}

export const isImportable = (row: ImportRow): row is ImportRow & { person: PersonValues } =>
  row.person !== null && row.duplicateOf === null;
