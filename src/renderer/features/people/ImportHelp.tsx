import { Download } from 'lucide-react';
import { MAX_IMPORT_ROWS } from '../../../shared/address-book';
import { Button } from '../../ui/Button';
import { CsvExample } from './CsvExample';
import { EXPECTED_COLUMNS, templateCsv } from './import-summary';

/**
 * Builds the template in memory and hands it to the browser as a download; no
 * file leaves the machine and no network request is made.
 */
function downloadTemplate(): void {
  const url = URL.createObjectURL(new Blob([templateCsv()], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'circlekeeper-people-template.csv';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Where each address book keeps its export, in the words its menus use. */
const EXPORTS: readonly { tool: string; how: string }[] = [
  { tool: 'Google Contacts', how: 'Export, then “Google CSV” or “vCard”.' },
  {
    tool: 'Outlook',
    how: 'People, then Manage contacts and Export contacts. In classic Outlook: File, Open & Export, Import/Export, Export to a file, Comma Separated Values.',
  },
  {
    tool: 'LinkedIn',
    how: 'Settings, Data privacy, Get a copy of your data, then Connections. LinkedIn only includes the email addresses your connections chose to share.',
  },
  { tool: 'Apple Contacts', how: 'Select the contacts, then File, Export, Export vCard.' },
];

export function ImportHelp() {
  return (
    <details className="people-import-help">
      <summary>How do I export my contacts?</summary>
      <ul className="people-import-exports">
        {EXPORTS.map((e) => (
          <li key={e.tool}>
            <strong>{e.tool}:</strong> {e.how}
          </li>
        ))}
      </ul>
      <p>
        A spreadsheet works too: save it as CSV, one person per line, with a first line that names the columns:{' '}
        {EXPECTED_COLUMNS.map((c, i) => (
          <span key={c}>
            <code>{c}</code>
            {i < EXPECTED_COLUMNS.length - 1 ? ', ' : '.'}
          </span>
        ))}{' '}
        Name and email are required (separate first and last name columns work too); the others may be left
        empty. Time zones are names such as <code>Europe/London</code> or <code>America/New_York</code>; an empty one
        becomes your own zone.
      </p>
      <CsvExample />
      <p>
        One file can hold up to {MAX_IMPORT_ROWS.toLocaleString('en')} people and 2 MB. Split a bigger address book into
        several files.
      </p>
      <Button variant="ghost" size="sm" onClick={downloadTemplate}>
        <Download aria-hidden="true" size={14} /> Download a template
      </Button>
    </details>
  );
}
