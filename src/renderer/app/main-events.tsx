import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { eventChanges, eventNames, type EventListener, type EventName } from '../../shared/api';
import { onMainEvent } from '../events';
import { refreshChanged } from './query';

/**
 * Runs `listener` whenever main sends `name`, for as long as the component is
 * mounted. The latest listener is used without subscribing again, so an
 * inline function does not drop news that arrives between renders.
 */
export function useMainEvent<E extends EventName>(name: E, listener: EventListener<E>): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => onMainEvent(name, (payload) => latest.current(payload)), [name]);
}

/** Refreshes what one event declares it changes, as a command's answer would. */
function RefreshOn<E extends EventName>({ name }: { name: E }) {
  const queryClient = useQueryClient();
  useMainEvent(name, (payload) => {
    void refreshChanged(queryClient, eventChanges(name, payload));
  });
  return null;
}

/**
 * News from main reaches every view through the query cache: a failed backup
 * refreshes the notices, the notes locking refreshes everything that reads the
 * vault. No view has to listen on its own.
 */
export function MainEventRefresh() {
  return (
    <>
      {eventNames.map((name) => (
        <RefreshOn key={name} name={name} />
      ))}
    </>
  );
}
