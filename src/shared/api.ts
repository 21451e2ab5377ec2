import type { Input, MethodName, Output } from './contract';

// The contract between the renderer and main, and how it crosses the boundary.
// The methods are declared by area in ./contract (one file each, merged in
// ./contract/index.ts), each marked query or command; this file adds what the
// transports share: the result and error values and the bridge's names.

export * from './contract';

export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unknown_method'
  | 'forbidden'
  | 'unavailable'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Field paths (dot-joined) to messages, for forms to show beside inputs. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The client surface the renderer sees: one async function per method. */
export type ApiClient = { [M in MethodName]: (input: Input<M>) => Promise<Result<Output<M>>> };

export const BRIDGE_KEY = 'circlekeeper';
export const IPC_CHANNEL_PREFIX = 'ck:';
