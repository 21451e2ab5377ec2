import type { EVENT_CHANNEL_PREFIX as ContractPrefix, EVENTS_BRIDGE_KEY as ContractKey, EventName } from './contract/events';

// The contract's event names without zod, for the preload (method-names.ts
// says why). Only types come from the contract; the compiler and
// tests/unit/preload/event-names.test.ts keep this list in step with it.

export const EVENT_NAMES = ['vault.locked', 'backups.failed', 'backups.recovered'] as const satisfies readonly EventName[];

// Fails to compile when the contract gains an event this list lacks.
type Missing = Exclude<EventName, (typeof EVENT_NAMES)[number]>;
const listIsComplete: [Missing] extends [never] ? true : Missing = true;
void listIsComplete;

export const EVENTS_BRIDGE_KEY: typeof ContractKey = 'circlekeeperEvents';
export const EVENT_CHANNEL_PREFIX: typeof ContractPrefix = 'ck-event:';
