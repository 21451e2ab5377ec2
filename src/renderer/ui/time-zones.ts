// The IANA zones this runtime knows, for pickers. 'UTC' is added because
// Intl.supportedValuesOf omits it in some engines although coaches use it.
let cached: string[] | null = null;

export function timeZoneNames(): string[] {
  if (cached) return cached;
  const supported =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Europe/London', 'America/New_York'];
  cached = Array.from(new Set([...supported, 'UTC'])).sort((a, b) => a.localeCompare(b));
  return cached;
}

/** The zone this computer is set to, the natural default for a new coach. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
