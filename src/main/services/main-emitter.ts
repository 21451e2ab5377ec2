import { eventChannel, isEventName, mainEvents, type EventName, type EventPayload } from '../../shared/contract/events';

// How services tell the window something it did not ask for (the notes
// locked, a background backup failed). Every payload is checked against the
// contract's schema before it leaves, so a bug here cannot send the window a
// value its listeners were never written for; a refused payload is logged,
// never thrown, because the news often comes from a timer with no caller.

export interface MainEmitter {
  /** Sends the event to every window; false (and a log line) when the payload does not match its schema. */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): boolean;
}

/** Delivers one checked payload on its derived channel (webContents.send in the app, server-sent events in the test host). */
export type SendToWindows = (channel: string, payload: unknown) => void;

export function createMainEmitter(send: SendToWindows, log: { error(message: string, detail?: unknown): void } = console): MainEmitter {
  return {
    emit(name, payload) {
      if (!isEventName(name)) {
        log.error(`Circlekeeper has no event named ${String(name)}; nothing was sent.`);
        return false;
      }
      const checked = mainEvents[name].payload.safeParse(payload);
      if (!checked.success) {
        log.error(`The ${name} event did not match its schema; nothing was sent.`, checked.error.issues);
        return false;
      }
      try {
        send(eventChannel(name), checked.data);
      } catch (err) {
        // A window closing as the news goes out must not break the service that sent it.
        log.error(`The ${name} event could not be sent.`, err);
        return false;
      }
      return true;
    },
  };
}

/** For the CLI, which has no window to tell. */
export const noWindowEmitter: MainEmitter = { emit: () => false };
