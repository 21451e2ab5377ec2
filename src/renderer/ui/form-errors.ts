import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

interface ServerErrorLike {
  message?: unknown;
  code?: unknown;
  fields?: Record<string, string>;
}

export interface ApplyServerErrorsOptions {
  /**
   * The form's field paths. When given, only these receive field errors and
   * every other message goes to root.server, so nothing the server said is
   * hidden behind a field the form does not show.
   */
  fields?: readonly string[];
  /**
   * A leading path segment to strip from the server's field paths. Defaults
   * to "values", the wrapper the contract's update methods use
   * ({ id, values: {...} }), so "values.name" lands on the form's "name".
   */
  prefix?: string;
}

function isErrorLike(err: unknown): err is ServerErrorLike {
  return typeof err === 'object' && err !== null;
}

/** The server's summary without the "(path)" suffix dispatch adds for logs and non-form callers. */
function summaryOf(err: unknown): string {
  const raw = isErrorLike(err) && typeof err.message === 'string' && err.message ? err.message : '';
  if (!raw) return 'That could not be saved. Please try again.';
  return raw.replace(/\s\([\w.]+\)$/, '');
}

/**
 * Shows a rejected save in the form: each field message beside its field and
 * anything else as the form-level error (errors.root.server). The values the
 * coach typed are left as they are.
 */
export function applyServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  err: unknown,
  options: ApplyServerErrorsOptions = {},
): void {
  const prefix = options.prefix === undefined ? 'values.' : options.prefix ? `${options.prefix}.` : '';
  const fields = isErrorLike(err) && err.fields && typeof err.fields === 'object' ? err.fields : {};
  const unmatched: string[] = [];
  let matched = 0;

  for (const [rawPath, message] of Object.entries(fields)) {
    const path = prefix && rawPath.startsWith(prefix) ? rawPath.slice(prefix.length) : rawPath;
    const known = path !== '_' && path !== '' && (options.fields ? options.fields.includes(path) : true);
    if (known) {
      setError(path as Path<T>, { type: 'server', message });
      matched += 1;
    } else {
      unmatched.push(message);
    }
  }

  if (unmatched.length > 0) {
    setError('root.server', { type: 'server', message: Array.from(new Set(unmatched)).join(' ') });
  } else if (matched === 0) {
    setError('root.server', { type: 'server', message: summaryOf(err) });
  } else if (options.fields === undefined) {
    // Without the list of fields we cannot be sure each one is on screen, so
    // the summary is shown as well.
    setError('root.server', { type: 'server', message: summaryOf(err) });
  }
}
