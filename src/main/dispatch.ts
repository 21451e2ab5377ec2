import type { z } from 'zod';
import { api, isMethodName, type ApiError, type MethodName, type ParsedInput, type Output, type Result } from '../shared/api';
import { ServiceError } from './services/errors';

/** The service registry: one implementation per contract method. */
export type Services = { [M in MethodName]: (input: ParsedInput<M>) => Promise<Output<M>> };

export interface DispatchLog {
  error(message: string, detail?: unknown): void;
}

/** Zod issues become a short message plus a per-field map the forms can show. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): ApiError {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` (${first.path.map(String).join('.')})` : '';
  return {
    code: 'invalid_input',
    message: first ? `${first.message}${where}` : 'The request was not valid.',
    fields,
  };
}

/**
 * The single entry both transports (ipcMain and the test host) use: look the
 * method up in the contract, validate the untrusted input with its strict
 * schema, run the service, and turn every outcome into a Result value.
 */
export async function dispatch(
  services: Services,
  method: unknown,
  rawInput: unknown,
  log: DispatchLog = console,
): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown_method', message: 'That action is not available.' } };
  }
  const parsed = api[method].input.safeParse(rawInput);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues) };
  try {
    const handler = services[method] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (err) {
    if (err instanceof ServiceError) {
      return {
        ok: false,
        error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) },
      };
    }
    // Log the method name only: inputs may hold private text.
    log.error(`Unexpected failure in ${method}`, err);
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong. Please try again; if it keeps happening, restart Circlekeeper.' },
    };
  }
}
