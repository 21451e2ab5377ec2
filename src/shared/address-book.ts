import { z } from 'zod';

// What an address-book import sends across the boundary: the file's text and
// which kind of file it is. Both sides use these rules, so the dialog refuses
// what main would refuse, with the same words.

export const ADDRESS_BOOK_FORMATS = ['csv', 'vcard'] as const;
export type AddressBookFormat = (typeof ADDRESS_BOOK_FORMATS)[number];

/** Files larger than this are refused: a coach's address book is far smaller. */
export const MAX_IMPORT_CHARS = 2_000_000;

/**
 * More people than a coach could mean to add in one go. A bigger file is refused
 * before any per-person work, so a stray export of a whole company directory
 * cannot bloat the data folder or stall the app.
 */
export const MAX_IMPORT_ROWS = 2_000;

export const TOO_LARGE_MESSAGE = 'That file is too large to import (limit 2 MB).';
export const EMPTY_MESSAGE = 'That file is empty. Choose an address book file or paste its text.';

export const AddressBookInputSchema = z.strictObject({
  text: z
    .string({ error: 'The file must be text.' })
    // Aborts here so an oversized string is not trimmed by the check below.
    .max(MAX_IMPORT_CHARS, { error: TOO_LARGE_MESSAGE, abort: true })
    .refine((text) => text.trim() !== '', EMPTY_MESSAGE),
  format: z.enum(ADDRESS_BOOK_FORMATS, { error: 'Choose a CSV or vCard (.vcf) file.' }),
});
export type AddressBookInput = z.infer<typeof AddressBookInputSchema>;

/** Every vCard starts with BEGIN:VCARD; anything else is read as CSV. */
export function detectAddressBookFormat(text: string): AddressBookFormat {
  return /^\uFEFF?\s*BEGIN:VCARD\b/i.test(text) ? 'vcard' : 'csv';
}

/** The kind of file a name suggests (.vcf / .vcard or .csv), or null to decide from the content. */
export function formatFromFileName(name: string): AddressBookFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.vcf') || lower.endsWith('.vcard')) return 'vcard';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

export function tooManyRowsMessage(rows: number, format: AddressBookFormat): string {
  const what = format === 'vcard' ? 'contacts' : 'rows of people';
  return (
    `This file has ${rows.toLocaleString('en')} ${what}; Circlekeeper imports at most ` +
    `${MAX_IMPORT_ROWS.toLocaleString('en')} at a time. Split it into smaller files and import them one by one.`
  );
}
