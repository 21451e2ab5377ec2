import type { ApiClient } from '../shared/api';
import { IPC_CHANNEL_PREFIX, METHOD_NAMES } from '../shared/method-names';

// Builds the object the page sees as window.circlekeeper: exactly one function
// per contract method, each forwarding its input to that method's own channel.
// The page never gets ipcRenderer itself, so it cannot reach any other channel.

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

export function buildBridge(invoke: Invoke): ApiClient {
  const client: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) {
    const channel = `${IPC_CHANNEL_PREFIX}${method}`;
    client[method] = (input: unknown) => invoke(channel, input);
  }
  return Object.freeze(client) as unknown as ApiClient;
}
