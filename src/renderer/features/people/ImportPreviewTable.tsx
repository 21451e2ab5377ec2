import type { ImportPreview, ImportRow } from '../../../shared/views';
import { Badge } from '../../ui/Badge';
import { Notice } from '../../ui/Notice';
import { countRows, missingColumnsMessage, rowMessages, rowStatus, summaryLine } from './import-summary';

/** Enough to spot patterns in a big file without making the dialog sluggish. */
const MAX_ROWS_SHOWN = 500;

function StatusBadge({ row }: { row: ImportRow }) {
  const status = rowStatus(row);
  if (status === 'ready') return <Badge tone="success">Ready</Badge>;
  if (status === 'error') return <Badge tone="danger">Needs fixing</Badge>;
  return <Badge tone="warning">Duplicate</Badge>;
}

/**
 * A data row, followed by a full-width row listing its problems: messages are
 * too long for a table cell, and each one names its line anyway.
 */
function PreviewRows({ row }: { row: ImportRow }) {
  const status = rowStatus(row);
  const messages = status === 'ready' ? [] : rowMessages(row);
  return (
    <>
      <tr className={`people-import-row is-${status}${messages.length > 0 ? ' has-problems' : ''}`}>
        <td className="people-cell-line">{row.line}</td>
        {/* As in the people list, the email sits under the name instead of being squeezed into a column. */}
        <td className="people-cell-name">
          <span className="people-import-name">{row.values.name || <span className="people-muted">No name</span>}</span>
          {row.values.email ? <span className="people-cell-email">{row.values.email}</span> : null}
        </td>
        <td>{row.values.organisation ?? ''}</td>
        <td>{row.values.role ?? ''}</td>
        <td className="people-cell-zone">{row.values.timeZone ?? ''}</td>
        <td>
          <StatusBadge row={row} />
        </td>
      </tr>
      {messages.length > 0 ? (
        <tr className={`people-import-problem-row is-${status}`}>
          {/* An empty line cell keeps the problems under the name, where the eye already is. */}
          <td />
          <td colSpan={5}>
            <ul className="people-import-problems">
              {messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </td>
        </tr>
      ) : null}
    </>
  );
}

export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const counts = countRows(preview.rows);
  const missing = missingColumnsMessage(preview);
  // Rows with problems first, so a long file's mistakes are not buried below the fold.
  const ordered = [...preview.rows].sort(
    (a, b) => Number(rowStatus(a) === 'ready') - Number(rowStatus(b) === 'ready') || a.line - b.line,
  );
  const shown = ordered.slice(0, MAX_ROWS_SHOWN);

  return (
    <section className="people-import-preview" aria-label="Import preview">
      {missing ? (
        <Notice tone="info" title="Some optional columns are missing">
          {missing}
        </Notice>
      ) : null}
      {preview.rows.length === 0 ? (
        <Notice tone="warning" title="No people in this file">
          The file has a header line but no rows below it. Add one line per person and try again.
        </Notice>
      ) : (
        <>
          <p className="people-import-summary" role="status">
            <strong>{summaryLine(counts)}</strong>
            {counts.errors + counts.duplicates > 0
              ? '. Rows with errors and duplicates are left out; fix them in your file and check it again to include them.'
              : '.'}
          </p>
          <div className="people-table-wrap people-import-table-wrap">
            <table className="people-table people-import-table">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Name and email</th>
                  <th scope="col">Organisation</th>
                  <th scope="col">Role</th>
                  <th scope="col">Time zone</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <PreviewRows key={row.line} row={row} />
                ))}
              </tbody>
            </table>
          </div>
          {ordered.length > shown.length ? (
            <p className="people-muted">
              Showing {shown.length} of {ordered.length} lines (problems first). Every ready line will be imported.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
