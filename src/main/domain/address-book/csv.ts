import { detectAddressBookFormat, MAX_IMPORT_ROWS, tooManyRowsMessage } from '../../../shared/address-book';
import { columnSources, hasEmailColumn, hasNameColumn, planColumns, readCells, recognisedParts, type ColumnPlan } from './columns';
import type { ContactRecord, ReadOutcome } from './contact';
import { readCsvRows, type CsvRow } from './csv-rows';
import { forEachInTurn, type ImportScheduler } from './scheduler';

/**
 * The header need not be the first line: LinkedIn's Connections.csv opens with
 * a few lines of notes. The first of these rows that names both a name and an
 * email column is the header.
 */
const HEADER_SEARCH_ROWS = 10;

const EMPTY = 'The file is empty. Export your contacts as CSV with a header row, then try again.';

function missingColumnsMessage(candidate: CsvRow, plan: ColumnPlan, text: string): string {
  const missing = [hasNameColumn(plan) ? null : 'a "name" column', hasEmailColumn(plan) ? null : 'an "email" column'].filter(
    (m): m is string => m !== null,
  );
  const found = candidate.cells
    .map((c) => c.trim())
    .filter(Boolean)
    .slice(0, 10)
    .map((c) => (c.length > 40 ? `${c.slice(0, 40)}…` : c));
  const vcardHint = detectAddressBookFormat(text) === 'vcard' ? ' This looks like a vCard file: choose it as a .vcf file instead.' : '';
  return `The file needs a header row with ${missing.join(' and ')}. Found: ${found.length > 0 ? found.join(', ') : 'no column names'}.${vcardHint}`;
}

/** Reads a CSV address book (Google, Outlook, LinkedIn or a hand-made sheet) into contact records. */
export async function readCsvContacts(text: string, scheduler: ImportScheduler): Promise<ReadOutcome> {
  // One row past the limit is enough to know a file is too long; the rest are only counted.
  const { rows, total } = await readCsvRows(text, HEADER_SEARCH_ROWS + MAX_IMPORT_ROWS + 1, scheduler);
  if (rows.length === 0) return { ok: false, message: EMPTY };

  const candidates = rows.slice(0, HEADER_SEARCH_ROWS).map((row) => ({ row, plan: planColumns(row.cells) }));
  const headerAt = candidates.findIndex(({ plan }) => hasNameColumn(plan) && hasEmailColumn(plan));
  if (headerAt === -1) {
    // Explain against the row that looked most like a header.
    const best = candidates.reduce((a, b) => (recognisedParts(b.plan) > recognisedParts(a.plan) ? b : a));
    return { ok: false, message: missingColumnsMessage(best.row, best.plan, text) };
  }

  const peopleRows = total - headerAt - 1;
  if (peopleRows > MAX_IMPORT_ROWS) return { ok: false, message: tooManyRowsMessage(peopleRows, 'csv') };

  const plan = candidates[headerAt]!.plan;
  const body = rows.slice(headerAt + 1);
  const records: ContactRecord[] = [];
  await forEachInTurn(body, scheduler, (row) => {
    records.push({ line: row.line, values: readCells(row.cells, plan), problems: row.problems });
  });
  return { ok: true, records, sources: columnSources(plan) };
}
