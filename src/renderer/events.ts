import { EVENTS_BRIDGE_KEY, mainEvents, type EventListener, type EventName, type EventsBridge } from '../shared/api';

// The only file in the renderer that touches the preload's event bridge.
// Main checks every payload before sending; the window checks it again, so a
// listener only ever sees the shape the contract promises.

declare global {
  interface Window {
    [EVENTS_BRIDGE_KEY]?: EventsBridge;
  }
}

function bridge(): EventsBridge {
  const events = window[EVENTS_BRIDGE_KEY];
  if (!events) throw new Error('Circlekeeper could not reach its data. Please restart the app.');
  return events;
}

/** Calls `listener` each time main sends the event; returns the function that stops it. */
export function onMainEvent<E extends EventName>(name: E, listener: EventListener<E>): () => void {
  return bridge().on(name, ((payload: unknown) => {
    const checked = mainEvents[name].payload.safeParse(payload);
    if (checked.success) listener(checked.data as Parameters<EventListener<E>>[0]);
  }) as EventListener<E>);
}
