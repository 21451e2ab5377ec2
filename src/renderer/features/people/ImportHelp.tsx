import { Download } from 'lucide-react';
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

export function ImportHelp() {
  return (
    <details className="people-import-help">
      <summary>What should the file look like?</summary>
      <p>
        A spreadsheet saved as CSV, one person per line. The first line names the columns:{' '}
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
      <Button variant="ghost" size="sm" onClick={downloadTemplate}>
        <Download aria-hidden="true" size={14} /> Download a template
      </Button>
    </details>
  );
}
