import { BRIDGE_KEY, methodNames, type ApiClient, type ApiError, type Input, type MethodName, type Output, type Result } from '../shared/api';

// The only file in the renderer that touches the preload bridge. Everything
// else calls `call(...)` (throws ApiCallError) or the hooks built on it.

declare global {
  interface Window {
    [BRIDGE_KEY]?: ApiClient;
  }
}

export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly fields: Record<string, string>;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.fields = error.fields ?? {};
  }
}

function bridge(): ApiClient {
  const client = window[BRIDGE_KEY];
  if (!client) throw new Error('Circlekeeper could not reach its data. Please restart the app.');
  return client;
}

/** Calls a contract method and returns its value, or throws an ApiCallError with a readable message. */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const fn = bridge()[method] as unknown as (i: Input<M>) => Promise<Result<Output<M>>>;
  const result = await fn(input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as Output<M>;
}

export { methodNames };
