import type { Migration } from './types';

/**
 * Version 5: the coach's email, the organiser of the calendar invitations the
 * app drafts. The index's settings gain it empty ("not given yet"): the app
 * asks for it when it first needs it, and never guesses one.
 */
export const coachEmail: Migration = {
  to: 5,
  name: 'coach-email',
  kinds: ['index'],
  up: (doc) => ({ ...doc, settings: { ...(doc.settings as Record<string, unknown>), coachEmail: '' } }),
};
