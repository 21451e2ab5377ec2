import Papa from 'papaparse';
import { PersonInputSchema, type Person, type PersonValues } from '../../shared/entities';
import type { ImportPreview, ImportRow, ImportRowError } from '../../shared/views';

// Coaches export address books from many tools, so header names vary. Headers
// are matched after lower-casing and dropping everything but letters and digits
// ("E-mail", "Time Zone" and "Full name" all work).

type Field = keyof PersonValues;
const FIELDS: readonly Field[] = ['name', 'email', 'timeZone', 'organisation', 'role', 'phone'];

const ALIASES: Record<Field, readonly string[]> = {
  name: ['name', 'fullname', 'displayname', 'contactname'],
  email: ['email', 'emailaddress', 'mail'],
  timeZone: ['timezone', 'tz', 'zone', 'ianatimezone'],
  organisation: ['organisation', 'organization', 'company', 'org', 'employer'],
  role: ['role', 'title', 'jobtitle', 'position'],
  phone: ['phone', 'phonenumber', 'mobile', 'mobilephone', 'telephone', 'tel', 'cell'],
};
// When there is no single name column, first and last name columns are joined.
const FIRST_NAME = ['firstname', 'givenname', 'forename'];
const LAST_NAME = ['lastname', 'surname', 'familyname'];

const normalise = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

interface ColumnMap {
  fields: Partial<Record<Field, number>>;
  firstName?: number;
  lastName?: number;
}

function mapColumns(headers: readonly string[]): ColumnMap {
  const keys = headers.map(normalise);
  const find = (aliases: readonly string[]): number | undefined => {
    const i = keys.findIndex((k) => aliases.includes(k));
    return i === -1 ? undefined : i;
  };
  const map: ColumnMap = { fields: {} };
  for (const field of FIELDS) {
    const index = find(ALIASES[field]);
    if (index !== undefined) map.fields[field] = index;
  }
  const first = find(FIRST_NAME);
  const last = find(LAST_NAME);
  if (first !== undefined) map.firstName = first;
  if (last !== undefined) map.lastName = last;
  return map;
}

const hasName = (map: ColumnMap): boolean => map.fields.name !== undefined || map.firstName !== undefined;

function rowValues(cells: readonly string[], map: ColumnMap): Partial<Record<Field, string>> {
  const cell = (i: number | undefined): string | undefined => (i === undefined ? undefined : (cells[i] ?? '').trim());
  const values: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const value = cell(map.fields[field]);
    if (value !== undefined) values[field] = value;
  }
  if (values.name === undefined) {
    values.name = [cell(map.firstName), cell(map.lastName)].filter(Boolean).join(' ');
  }
  return values;
}

interface RawRow {
  line: number;
  cells: string[];
  parseErrors: string[];
}

/** Splits the text into rows, keeping each row's line number in the file for messages. */
function readRows(csv: string): RawRow[] {
  const text = csv.replace(/^\uFEFF/, '');
  const rows: RawRow[] = [];
  let rowStart = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    step: (result) => {
      const parseErrors = result.errors.filter((e) => e.type !== 'Delimiter').map((e) => e.message);
      rows.push({ line, cells: result.data, parseErrors });
      const end = Math.min(result.meta.cursor, text.length);
      for (let i = rowStart; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      rowStart = end;
    },
  });
  return rows;
}

export interface ImportContext {
  existingPeople: readonly Pick<Person, 'id' | 'name' | 'email'>[];
  /** Used for rows without a time zone. */
  coachTimeZone: string;
}

export type CsvParseOutcome = { ok: true; preview: ImportPreview } | { ok: false; message: string };

/**
 * Reads a people CSV into a preview: every row with its values, the person it
 * would create, its problems field by field, and whether its email is already
 * taken by someone the coach knows or by an earlier row of the same file.
 */
export function parsePeopleCsv(csv: string, context: ImportContext): CsvParseOutcome {
  const [header, ...body] = readRows(csv);
  if (!header || header.cells.every((c) => c.trim() === '')) {
    return { ok: false, message: 'The file is empty. Export your contacts as CSV with a header row, then try again.' };
  }
  const map = mapColumns(header.cells);
  const missing = [hasName(map) ? null : 'name', map.fields.email === undefined ? 'email' : null].filter(
    (m): m is string => m !== null,
  );
  if (missing.length > 0) {
    const found = header.cells
      .map((c) => c.trim())
      .filter(Boolean)
      .slice(0, 10)
      .map((c) => (c.length > 40 ? `${c.slice(0, 40)}…` : c));
    return {
      ok: false,
      message: `The file needs a header row with ${missing.map((m) => `${m === 'email' ? 'an' : 'a'} "${m}" column`).join(' and ')}. Found: ${
        found.length > 0 ? found.join(', ') : 'no column names'
      }.`,
    };
  }

  const existingByEmail = new Map(context.existingPeople.map((p) => [p.email.toLowerCase(), p]));
  const acceptedByEmail = new Map<string, number>();
  const rows: ImportRow[] = [];

  for (const raw of body) {
    if (raw.cells.every((c) => c.trim() === '')) continue;
    const values = rowValues(raw.cells, map);
    const parsed = PersonInputSchema.safeParse({
      name: values.name ?? '',
      email: values.email ?? '',
      timeZone: values.timeZone || context.coachTimeZone,
      organisation: values.organisation ?? '',
      role: values.role ?? '',
      phone: values.phone ?? '',
    });
    const errors: ImportRowError[] = raw.parseErrors.map((message) => ({ field: 'row', message }));
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'row');
        if (!seen.has(field)) errors.push({ field, message: issue.message });
        seen.add(field);
      }
    }
    const person = parsed.success && errors.length === 0 ? parsed.data : null;

    let duplicateOf: ImportRow['duplicateOf'] = null;
    const email = parsed.success ? parsed.data.email : (values.email ?? '').toLowerCase();
    const existing = email ? existingByEmail.get(email) : undefined;
    const earlierLine = email ? acceptedByEmail.get(email) : undefined;
    if (existing) duplicateOf = { kind: 'existing', personId: existing.id, name: existing.name };
    else if (earlierLine !== undefined) duplicateOf = { kind: 'row', line: earlierLine };
    else if (person) acceptedByEmail.set(person.email, raw.line);

    rows.push({ line: raw.line, values, person, errors, duplicateOf });
  }

  const found = FIELDS.filter((f) => map.fields[f] !== undefined || (f === 'name' && hasName(map)));
  return {
    ok: true,
    preview: {
      columns: found,
      missingColumns: FIELDS.filter((f) => !found.includes(f)),
      rows,
      importableCount: rows.filter(isImportable).length,
    },
  };
}

export const isImportable = (row: ImportRow): row is ImportRow & { person: PersonValues } =>
  row.person !== null && row.duplicateOf === null;
