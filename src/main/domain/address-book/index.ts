import type { AddressBookInput } from '../../../shared/address-book';
import type { ImportPreview } from '../../../shared/views';
import { readCsvContacts } from './csv';
import { buildPreview, type ImportContext } from './preview';
import type { ImportScheduler } from './scheduler';
import { readVcardContacts } from './vcard';

export { isImportable, type ImportContext } from './preview';
export type { ImportScheduler } from './scheduler';

export type ImportOutcome = { ok: true; preview: ImportPreview } | { ok: false; message: string };

/**
 * Reads an address book (CSV from Google Contacts, Outlook, LinkedIn or a
 * spreadsheet, or a vCard file) into a preview of the people it would add.
 * A file that cannot be an address book, or holds more people than one import
 * takes, is refused with a message before any per-person work.
 */
export async function previewAddressBook(
  source: AddressBookInput,
  context: ImportContext,
  scheduler: ImportScheduler,
): Promise<ImportOutcome> {
  const read = source.format === 'vcard' ? await readVcardContacts(source.text, scheduler) : await readCsvContacts(source.text, scheduler);
  if (!read.ok) return read;
  return { ok: true, preview: await buildPreview(source.format, read.records, read.sources, context, scheduler) };
}
