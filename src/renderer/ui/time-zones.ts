import { tzOffset } from '@date-fns/tz';
import { offsetLabel } from '../../shared/calendar/zoned';
import { canonicalTimeZone } from '../../shared/primitives';

// The IANA zones this runtime knows, for pickers. 'UTC' is added because
// Intl.supportedValuesOf omits it in some engines although coaches use it.
// Each is put in the spelling the contract stores (canonicalTimeZone), so the
// picker offers Asia/Kolkata where ICU lists Asia/Calcutta.
let cached: string[] | null = null;

export function timeZoneNames(): string[] {
  if (cached) return cached;
  const supported =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Europe/London', 'America/New_York'];
  const stored = [...supported, 'UTC'].map((zone) => canonicalTimeZone(zone) ?? zone);
  cached = Array.from(new Set(stored)).sort((a, b) => a.localeCompare(b));
  return cached;
}

/** The zone this computer is set to, the natural default for a new coach. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** "America/Argentina/Buenos_Aires" -> "Buenos Aires". */
export const cityOfZone = (zone: string): string => (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');

/** The zone's offset from UTC at `now`, such as "UTC+05:30" or "UTC-03:00"; '' for a zone the runtime cannot read. */
export function utcOffsetLabel(zone: string, now: Date): string {
  const minutes = tzOffset(zone, now);
  return Number.isFinite(minutes) ? offsetLabel(minutes) : '';
}
