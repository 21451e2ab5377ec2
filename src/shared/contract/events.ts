import { z } from 'zod';
import { InstantSchema } from '../primitives';
import { tags, type Tag } from './tags';

// News main sends the window on its own, without being asked: the other half
// of the contract. Each event has a payload schema (main checks every payload
// against it before sending) and declares the tags it changes, so the window
// refreshes exactly the cached queries it touches, as it does after a command.
// Channels are derived from the names (eventChannel), never typed by hand.

export interface EventSpec<S extends z.ZodType = z.ZodType> {
  readonly payload: S;
  /** What the window shows that this news makes stale. */
  readonly changes: (payload: z.output<S>) => readonly Tag[];
}

const event = <S extends z.ZodType>(payload: S, changes: (payload: z.output<S>) => readonly Tag[]): EventSpec<S> => ({
  payload,
  changes,
});

/** Why the notes locked; the window only needs to know that they did, the reason is for its wording. */
export const VAULT_LOCK_REASONS = ['idle', 'suspend', 'screen-lock', 'manual', 'quit'] as const;

export const mainEvents = {
  /** The data key is gone: every decrypted note must leave the window. */
  'vault.locked': event(z.strictObject({ reason: z.enum(VAULT_LOCK_REASONS) }), () => [tags.vault(), tags.notes()]),
  /** A background backup failed; the message is the one app.info's backupProblem carries. */
  'backups.failed': event(z.strictObject({ message: z.string().min(1).max(2000), at: InstantSchema }), () => [
    tags.notices(),
  ]),
  /** A backup succeeded after a failure, so the warning can go. */
  'backups.recovered': event(z.strictObject({}), () => [tags.notices()]),
} as const;

export type MainEvents = typeof mainEvents;
export type EventName = keyof MainEvents;
export type EventPayload<E extends EventName> = z.output<MainEvents[E]['payload']>;
export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;

export const eventNames = Object.keys(mainEvents) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(mainEvents, name);
}

/** The tags one event's news makes stale, for the window to refresh. */
export function eventChanges<E extends EventName>(name: E, payload: EventPayload<E>): readonly Tag[] {
  return (mainEvents[name].changes as (payload: EventPayload<E>) => readonly Tag[])(payload);
}

/** Event channels are apart from method channels, so no event can be mistaken for a call. */
export const EVENT_CHANNEL_PREFIX = 'ck-event:';
export const EVENTS_BRIDGE_KEY = 'circlekeeperEvents';

export const eventChannel = (name: EventName): string => `${EVENT_CHANNEL_PREFIX}${name}`;

/** What the preload and the test host's bridge expose: subscription only, to the contract's events. */
export interface EventsBridge {
  on<E extends EventName>(name: E, listener: EventListener<E>): () => void;
}
