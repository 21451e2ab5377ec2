import { useEffect, useRef } from 'react';
import { useApiMutation } from '../../app/query';
import { isLockNotesShortcut } from './lock-shortcut';

/** Listens for the lock shortcut anywhere in the window and locks through vault.lock. */
export function LockNotesShortcut() {
  const lock = useApiMutation('vault.lock');
  const latest = useRef(lock.mutate);
  useEffect(() => {
    latest.current = lock.mutate;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isLockNotesShortcut(event)) return;
      event.preventDefault();
      latest.current({});
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return null;
}
