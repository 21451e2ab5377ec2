import { describe, expect, it } from 'vitest';
import { TimeZoneSchema, canonicalTimeZone } from '../../../src/shared/primitives';
import { CURRENT_ZONE_NAME } from '../../../src/shared/zone-names';

const resolve = (zone: string) => new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;

describe('one spelling per time zone, the current IANA name', () => {
  it.each(Object.entries(CURRENT_ZONE_NAME))('stores %s and %s alike, as the current name', (old, current) => {
    expect(canonicalTimeZone(old)).toBe(current);
    expect(canonicalTimeZone(current)).toBe(current);
    expect(canonicalTimeZone(current.toUpperCase())).toBe(current);
    expect(TimeZoneSchema.parse(` ${old.toLowerCase()} `)).toBe(current);
    // Both names are the same zone to the runtime, whichever it prefers.
    expect(resolve(current)).toBe(resolve(old));
  });

  it('stores every zone the runtime knows in a spelling that maps to itself', () => {
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const stored = canonicalTimeZone(zone)!;
      expect(stored, zone).not.toBeNull();
      expect(canonicalTimeZone(stored), zone).toBe(stored);
      expect(Object.keys(CURRENT_ZONE_NAME), zone).not.toContain(stored);
    }
  });

  it('folds the runtime’s own aliases too (US/Eastern, GB, Etc/UTC)', () => {
    expect(canonicalTimeZone('US/Eastern')).toBe('America/New_York');
    expect(canonicalTimeZone('utc')).toBe('UTC');
    expect(canonicalTimeZone('Etc/UTC')).toBe('UTC');
  });
});
