import type { EventName, EventsBridge } from '../shared/contract/events';
import { EVENT_CHANNEL_PREFIX, EVENT_NAMES } from '../shared/event-names';

// Builds window.circlekeeperEvents: one function, `on`, that subscribes to one
// of the contract's events and returns the way to unsubscribe. Any other name
// is refused, so the page cannot listen on a channel the contract does not
// declare, and it never sees ipcRenderer or the IPC event object.

/** Subscribes `deliver` to a channel and returns the function that removes it again. */
export type Subscribe = (channel: string, deliver: (payload: unknown) => void) => () => void;

const known: ReadonlySet<string> = new Set(EVENT_NAMES);

export function buildEventsBridge(subscribe: Subscribe): EventsBridge {
  const on = (name: EventName, listener: (payload: never) => void): (() => void) => {
    if (typeof name !== 'string' || !known.has(name)) throw new TypeError(`Circlekeeper has no event named ${String(name)}.`);
    if (typeof listener !== 'function') throw new TypeError('Pass a function to be told of the event.');
    let subscribed = true;
    const unsubscribe = subscribe(`${EVENT_CHANNEL_PREFIX}${name}`, (payload) => (listener as (p: unknown) => void)(payload));
    return () => {
      if (!subscribed) return;
      subscribed = false;
      unsubscribe();
    };
  };
  return Object.freeze({ on }) as EventsBridge;
}
