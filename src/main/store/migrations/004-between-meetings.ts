import { DEFAULT_BETWEEN_SETTINGS } from '../../../shared/between';
import type { Migration } from './types';

/**
 * Version 4: between meetings. A group file gains its rules for pairs and
 * 1:1s (a triad for an odd number, no pair ruled out, one 1:1 per member
 * between meetings, until the coach says otherwise), its pairing rounds and
 * its 1:1s, all empty before.
 */
export const betweenMeetings: Migration = {
  to: 4,
  name: 'between-meetings',
  kinds: ['group'],
  up: (doc) => ({ ...doc, between: structuredClone(DEFAULT_BETWEEN_SETTINGS), pairingRounds: [], oneToOnes: [] }),
};
