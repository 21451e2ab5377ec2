/**
 * Ctrl+Shift+L (Cmd+Shift+L on a Mac) locks the notes: the same keys as the
 * menu's "Lock notes" (main/shell/menu.ts LOCK_NOTES_ACCELERATOR). The window
 * listens too, so the shortcut works where there is no native menu (the test
 * host's browser); in the app both may fire, and locking twice is harmless.
 */
export function isLockNotesShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'l';
}
