import type { EventPayload } from '../../../shared/api';

/**
 * What to tell the coach when the notes locked without them asking; null
 * when they asked (they know) or the app is quitting (nobody is looking).
 */
export function lockNews(reason: EventPayload<'vault.locked'>['reason']): string | null {
  switch (reason) {
    case 'idle':
      return 'Your notes locked after a while without use.';
    case 'suspend':
      return 'Your notes locked while the computer was asleep.';
    case 'screen-lock':
      return 'Your notes locked when the screen locked.';
    case 'manual':
    case 'quit':
      return null;
  }
}
