import { DEFAULT_BUFFER_MINUTES, DEFAULT_MEETING_SETTINGS } from '../../../shared/meetings';
import type { Migration } from './types';

/**
 * Version 3: meetings. A group file gains how its meetings run (one coachee
 * per meeting and the method's agenda, until the coach says otherwise), its
 * series and its meetings, all empty before; the index gains the coach's
 * calendar settings (the usual 15-minute buffer, no imported busy times).
 * Meeting records are a new kind of file that older versions never wrote.
 */
export const meetings: Migration = {
  to: 3,
  name: 'meetings',
  kinds: ['index', 'group'],
  up: (doc, kind) =>
    kind === 'index'
      ? { ...doc, calendar: { bufferMinutes: DEFAULT_BUFFER_MINUTES, busy: null } }
      : { ...doc, meetingSettings: structuredClone(DEFAULT_MEETING_SETTINGS), meetingSeries: [], meetings: [] },
};
