import type { PersonValues } from '../../../shared/entities';
import type { ImportFieldSource } from '../../../shared/views';

export type PersonField = keyof PersonValues;

/** The person fields in the order the preview and the template show them. */
export const PERSON_FIELDS: readonly PersonField[] = ['name', 'email', 'timeZone', 'organisation', 'role', 'phone'];

/** One person as read from a file, before any checking. */
export interface ContactRecord {
  /** Where the row or card starts in the file (1-based). */
  line: number;
  /** Only fields the file has a column or property for are present. */
  values: Partial<Record<PersonField, string>>;
  /** Problems with reading the row or card itself, such as a quote that is never closed. */
  problems: string[];
}

/** What reading a file yields before the people in it are checked. */
export type ReadOutcome =
  | { ok: true; records: ContactRecord[]; sources: ImportFieldSource[] }
  | { ok: false; message: string };

export interface NameParts {
  full?: string | undefined;
  prefix?: string | undefined;
  given?: string | undefined;
  middle?: string | undefined;
  family?: string | undefined;
  suffix?: string | undefined;
}

/**
 * The name a coach would write: the file's own full name when it has one,
 * otherwise given, middle and family names followed by any suffix ("Jr.",
 * "PhD"). Honorifics (Mr., Ms., Dr.) are left out, also from the front of a
 * full name: they are a form of address rather than part of the name, and
 * would file everyone under "M" or "D".
 */
export function composeName(parts: NameParts): string {
  const full = parts.full?.trim();
  const prefix = parts.prefix?.trim();
  if (full) return prefix && full.startsWith(`${prefix} `) ? full.slice(prefix.length).trim() : full;
  return [parts.given, parts.middle, parts.family, parts.suffix]
    .map((p) => p?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
}

/**
 * Google Contacts puts several values in one cell joined by " ::: " (two
 * emails, two labels); the first is the primary one.
 */
export function firstValue(cell: string): string {
  if (!cell.includes(':::')) return cell.trim();
  for (const piece of cell.split(':::')) {
    const value = piece.trim();
    if (value) return value;
  }
  return '';
}
