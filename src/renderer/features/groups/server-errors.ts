import { ApiCallError } from '../../api';

/** Renames the method's field names to the form's, e.g. 'leftOn' to 'date'. */
export function renameFields(err: unknown, names: Record<string, string>): unknown {
  if (!(err instanceof ApiCallError)) return err;
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(err.fields)) fields[names[path] ?? path] = message;
  return new ApiCallError({ code: err.code, message: err.message, fields });
}
