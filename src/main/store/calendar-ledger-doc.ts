import { z } from 'zod';
import { LedgerEventSchema, LedgerSentSchema } from '../../shared/calendar-export';
import { InstantSchema } from '../../shared/primitives';
import { CURRENT_SCHEMA_VERSION } from './documents';

/**
 * calendar-ledger.json: what the coach's calendar files and invitations have
 * said so far, absent until the first recorded export. Two lists:
 *
 * - `events`: per event (UID), the fingerprint of what a participant could see
 *   and the SEQUENCE it went out with, so the next export raises SEQUENCE
 *   exactly when something visible changed; and a snapshot of its time, so an
 *   event that has since gone (a pair swapped, a member who left) can still
 *   be cancelled in the calendars that hold it;
 * - `sent`: per person and event, the SEQUENCE and fingerprint of the last
 *   invitation drafted for them, which is how "3 people have changes since
 *   their last invitation" is counted.
 *
 * No note, goal or check-in text is ever in it: only what calendar files carry.
 */
export const CALENDAR_LEDGER_FILE = 'calendar-ledger.json';

export const CalendarLedgerDocSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  events: z.array(LedgerEventSchema),
  sent: z.array(LedgerSentSchema),
  /** When the coach last recorded an export; null before the first. */
  lastExportAt: InstantSchema.nullable(),
});
export type CalendarLedgerDoc = z.infer<typeof CalendarLedgerDocSchema>;

export const emptyCalendarLedger = (): CalendarLedgerDoc => ({ schemaVersion: CURRENT_SCHEMA_VERSION, events: [], sent: [], lastExportAt: null });
