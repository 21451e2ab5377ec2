import type { ImportPreview, ImportRow } from '../../../shared/views';
import { Badge } from '../../ui/Badge';
import { Notice } from '../../ui/Notice';
import { countRows, missingColumnsMessage, rowMessages, rowStatus, rowsWithoutEmail, sourceLines, summaryLine } from './import-summary';

/** Enough to spot patterns in a big file without making the dialog sluggish. */
const MAX_ROWS_SHOWN = 500;

function StatusBadge({ row }: { row: ImportRow }) {
  const status = rowStatus(row);
  if (status === 'ready') return <Badge tone="success">Ready</Badge>;
  if (status === 'error') return <Badge tone="danger">Needs fixing</Badge>;
  return <Badge tone="warning">Duplicate</Badge>;
}

/** "America/Los_Angeles" may wrap after a slash, never inside a city's name. */
function ZoneName({ zone }: { zone: string }) {
  const parts = zone.split('/');
  return parts.map((part, i) => (
    <span key={i}>
      {part}
      {i < parts.length - 1 ? (
        <>
          /<wbr />
        </>
      ) : null}
    </span>
  ));
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
          {/* A very long value is clamped to a few lines, so the columns beside it stay in view. */}
          <span className="people-import-name people-import-clamp" title={row.values.name || undefined}>
            {row.values.name || <span className="people-muted">No name</span>}
          </span>
          {row.values.email ? <span className="people-cell-email people-import-clamp">{row.values.email}</span> : null}
        </td>
        <td>
          <span className="people-import-clamp">{row.values.organisation ?? ''}</span>
        </td>
        <td>
          <span className="people-import-clamp">{row.values.role ?? ''}</span>
        </td>
        <td className="people-cell-zone">
          {/* Without a zone in the file the person gets the coach's: show what will be saved. */}
          {row.values.timeZone || !row.person ? (
            <span className="people-import-clamp">
              <ZoneName zone={row.values.timeZone ?? ''} />
            </span>
          ) : (
            <span className="people-import-clamp people-import-default" title="Your own time zone: the file gives none">
              <ZoneName zone={row.person.timeZone} />
            </span>
          )}
        </td>
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

/** Which columns (or vCard fields) each detail came from, so a misread column is easy to spot. */
function HowItWasRead({ preview }: { preview: ImportPreview }) {
  return (
    <details className="people-import-sources">
      <summary>How the file was read ({preview.format === 'vcard' ? 'vCard' : 'CSV'})</summary>
      <dl>
        {sourceLines(preview).map((line) => (
          <div key={line.field}>
            <dt>{line.field}</dt>
            <dd>{line.from}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const counts = countRows(preview.rows);
  const missing = missingColumnsMessage(preview);
  const noEmail = rowsWithoutEmail(preview.rows).length;
  // Rows with problems first, so a long file's mistakes are not buried below the fold.
  const ordered = [...preview.rows].sort(
    (a, b) => Number(rowStatus(a) === 'ready') - Number(rowStatus(b) === 'ready') || a.line - b.line,
  );
  const shown = ordered.slice(0, MAX_ROWS_SHOWN);

  return (
    <section className="people-import-preview" aria-label="Import preview">
      <HowItWasRead preview={preview} />
      {missing ? (
        <Notice tone="info" title={preview.format === 'vcard' ? 'Some optional details are missing' : 'Some optional columns are missing'}>
          {missing}
        </Notice>
      ) : null}
      {noEmail > 0 ? (
        <Notice tone="warning" title={noEmail === 1 ? '1 person has no email address' : `${noEmail} people have no email address`}>
          Circlekeeper tells people apart by their email, so {noEmail === 1 ? 'this row is' : 'these rows are'} left out
          (they are listed below). Exports often lack addresses: LinkedIn, for example, only includes those your
          connections chose to share. Add them to the file and check it again, or add these people by hand later.
        </Notice>
      ) : null}
      {preview.rows.length === 0 ? (
        <Notice tone="warning" title="No people in this file">
          {preview.format === 'vcard'
            ? 'The file has no contacts that are people (contact groups are left out).'
            : 'The file has a header line but no rows below it. Add one line per person and try again.'}
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
              <colgroup>
                <col className="people-import-col-line" />
                <col className="people-import-col-name" />
                <col />
                <col />
                <col className="people-import-col-zone" />
                <col className="people-import-col-status" />
              </colgroup>
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
              Showing {shown.length} of {ordered.length} rows (problems first). Every ready row will be imported.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
