import {
  api,
  BRIDGE_KEY,
  EVENTS_BRIDGE_KEY,
  methodNames,
  type ApiClient,
  type ApiError,
  type EventName,
  type EventPayload,
  type EventsBridge,
  type Input,
  type MethodName,
  type Output,
} from '../../../src/shared/api';

// A fake window.circlekeeper for component tests. It is the transport
// boundary (what the preload exposes), so views and forms run unchanged on
// top of it. Every call is recorded so a test can assert that nothing was sent.

export type FakeHandler<M extends MethodName> = (input: Input<M>) => Output<M> | Promise<Output<M>>;
export type BridgeOverrides = { [M in MethodName]?: FakeHandler<M> };

export interface RecordedCall {
  method: MethodName;
  input: unknown;
}

export interface FakeBridge {
  calls: RecordedCall[];
  /** The inputs sent to one method, in order. */
  callsTo<M extends MethodName>(method: M): Input<M>[];
  /** Calls to the contract's commands: anything but the queries a view makes on its own. */
  writes(): RecordedCall[];
  /** Sends an event as main would, to every listener the window has on it. */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
}

/** Throw this from an override to make the bridge answer {ok:false,error}. */
export function apiError(code: ApiError['code'], message: string, fields?: Record<string, string>): ApiError {
  return { code, message, ...(fields ? { fields } : {}) };
}

function isApiErrorLike(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}

export function installBridge(overrides: BridgeOverrides = {}): FakeBridge {
  const calls: RecordedCall[] = [];
  const client = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;

  for (const method of methodNames) {
    client[method] = async (input: unknown) => {
      // Structured clone mirrors what crosses the real bridge (and keeps later mutation out of the record).
      calls.push({ method, input: structuredClone(input) });
      const handler = overrides[method] as ((i: unknown) => unknown) | undefined;
      if (!handler) {
        return { ok: false, error: { code: 'unavailable', message: `${method} is not mocked in this test.` } };
      }
      try {
        return { ok: true, value: await handler(input) };
      } catch (err) {
        if (isApiErrorLike(err)) {
          return {
            ok: false,
            error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) },
          };
        }
        throw err;
      }
    };
  }

  (window as unknown as Record<string, ApiClient>)[BRIDGE_KEY] = client as unknown as ApiClient;

  // The events side of the preload: subscription only; `emit` below plays main.
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const events: EventsBridge = {
    on: (name, listener) => {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      const deliver = listener as (payload: unknown) => void;
      set.add(deliver);
      return () => set.delete(deliver);
    },
  };
  (window as unknown as Record<string, EventsBridge>)[EVENTS_BRIDGE_KEY] = events;

  return {
    calls,
    callsTo: <M extends MethodName>(method: M) => calls.filter((c) => c.method === method).map((c) => c.input as Input<M>),
    writes: () => calls.filter((c) => api[c.method].kind === 'command'),
    emit: (name, payload) => {
      for (const listener of [...(listeners.get(name) ?? [])]) listener(structuredClone(payload));
    },
  };
}
