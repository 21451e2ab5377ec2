import { z } from 'zod';
import { composed } from './text';
import { CURRENT_ZONE_NAME } from './zone-names';

// Shared building blocks for every schema in the contract. They are strict on
// purpose: the renderer is untrusted, and a value that passes here is one the
// services can use without a second look.

const MAX_TEXT = 2000;

/** Record ids are generated in main (crypto.randomUUID); the renderer only echoes them back. */
export const IdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'Not a valid record id.');
export type Id = z.infer<typeof IdSchema>;

// A generous bound checked before any other work, so a 10 MB string is refused
// without being normalised; the real limit applies to the normalised, trimmed
// text, because a decomposed (NFD) "é" takes two characters and a coach's
// name must not fail the limit for the way their keyboard spells it.
const rawLimit = (max: number): number => max * 4;

/**
 * Free text, stored trimmed and in one Unicode form (NFC), so equal-looking
 * text compares equal. One transform does the normalising and both limits:
 * every person and group is parsed at each open, so each step counts.
 */
export const trimmed = (label: string, min: number, max: number) => {
  const tooLong = `${label} must be at most ${max} characters.`;
  const tooShort = min === 1 ? `${label} is required.` : `${label} needs at least ${min} characters.`;
  return z
    .string({ error: `${label} must be text.` })
    .max(rawLimit(max), tooLong)
    .transform((raw, ctx) => {
      const text = composed(raw).trim();
      if (text.length > max) ctx.addIssue({ code: 'custom', message: tooLong });
      else if (text.length < min) ctx.addIssue({ code: 'custom', message: tooShort });
      else return text;
      return z.NEVER;
    });
};

export const optionalText = (label: string, max = MAX_TEXT) => trimmed(label, 0, max);

function isRealCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** The message for a date the calendar does not have, from the schema and from the forms alike. */
export const DATE_DOES_NOT_EXIST = 'That date does not exist.';

/** A calendar day (no time, no zone) such as a start date or a goal's target date. */
export const IsoDateSchema = z
  .string({ error: 'Enter a date.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD.')
  .refine(isRealCalendarDate, DATE_DOES_NOT_EXIST)
  .refine((v) => v >= '1900-01-01' && v <= '2199-12-31', 'Enter a date between 1900 and 2199.');
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * A date a form cannot do without: empty says "<label> is required." rather
 * than asking for a format the coach never sees (the date picker shows the
 * locale's own, such as 02/30/2026).
 */
export const requiredDate = (label: string) =>
  z.string({ error: `${label} is required.` }).min(1, `${label} is required.`).pipe(IsoDateSchema);

/** A date that may be left empty (''), such as a goal's target date. */
export const optionalDate = z.union([z.literal(''), IsoDateSchema]);

/** Wraps a format check so an empty value says "<label> is required." before any format message. */
export const required = <S extends z.ZodType<unknown, string>>(label: string, schema: S) =>
  z
    .string({ error: `${label} is required.` })
    .refine((s) => s.trim() !== '', `${label} is required.`)
    .pipe(schema);

/** An instant in UTC, as produced by Date.prototype.toISOString. */
export const InstantSchema = z.iso.datetime({ offset: false, error: 'Not a valid UTC timestamp.' });
export type Instant = z.infer<typeof InstantSchema>;

// Zone names are case-insensitive ("europe/berlin" is Europe/Berlin), so a zone
// is stored in one spelling: what Intl resolves the name to (which also folds
// aliases such as US/Eastern into America/New_York), corrected to the current
// IANA name where ICU still answers with an old one (Asia/Calcutta becomes
// Asia/Kolkata; see zone-names.ts). Every spelling of one zone is stored alike,
// whichever engine (Node for the CLI, Electron for the app) wrote it.
//
// Resolved zones are remembered: building an Intl.DateTimeFormat costs about
// 0.25 ms, which added up to most of a cold open (every person and group
// carries a zone). The map holds each canonical id (so stored data, already
// canonical, is found by one lookup) and the lower-cased form of each other
// spelling seen; only valid names are remembered, so it stays bounded by the
// IANA names and their aliases.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;
const canonicalZones = new Map<string, string>();

/** The canonical spelling of a time zone name, or null if the runtime does not know the zone. */
export function canonicalTimeZone(zone: string): string | null {
  const stored = canonicalZones.get(zone);
  if (stored === zone) return stored;
  if (zone.length > 64 || !ZONE_NAME.test(zone)) return null;
  const key = zone.toLowerCase();
  const known = canonicalZones.get(key);
  if (known !== undefined) return known;
  try {
    const icu = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    const resolved = CURRENT_ZONE_NAME[icu] ?? icu;
    canonicalZones.set(key, resolved);
    canonicalZones.set(resolved, resolved);
    return resolved;
  } catch {
    return null;
  }
}

export const TimeZoneSchema = z.string({ error: 'Choose a time zone.' }).transform((raw, ctx) => {
  const zone = raw.trim();
  const canonical = zone === '' ? null : canonicalTimeZone(zone);
  if (canonical !== null) return canonical;
  ctx.addIssue({ code: 'custom', message: zone === '' ? 'Choose a time zone.' : 'Unknown time zone. Use a name such as Europe/London.' });
  return z.NEVER;
});

export const EmailSchema = z
  .string({ error: 'Enter an email address.' })
  .max(254, 'Email addresses are at most 254 characters.')
  .transform((s) => composed(s.trim().toLowerCase()))
  .pipe(z.email('Enter a valid email address, such as name@example.com.'));

/**
 * True when a link carries a user name or password ("https://name:secret@host").
 * Read from the text itself as well as from URL: the parser quietly drops an
 * empty "@" ("https://@evil.example"), but the coach still sees it.
 */
export function linkHasCredentials(link: string): boolean {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\\]*)/i.exec(link)?.[1] ?? '';
  if (authority.includes('@')) return true;
  try {
    const url = new URL(link);
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
}

export const HttpUrlSchema = z
  .string({ error: 'Enter a link.' })
  .max(2000, 'Links are at most 2000 characters.')
  .transform((s) => s.trim())
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: 'Enter a full web link starting with https:// or http://.',
    }),
  )
  // "https://meet.example.com@evil.example/x" reads as a meet.example.com link
  // but leads to evil.example: the part before "@" is a user name.
  .refine(
    (link) => !linkHasCredentials(link),
    'A link must not contain a user name or password (text before an “@”): it can disguise where the link really leads.',
  );

export const ColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Pick a colour such as #3b82f6.');

export const PhoneSchema = z
  .string()
  .max(40, 'Phone numbers are at most 40 characters.')
  .transform((s) => s.trim())
  .pipe(z.string().regex(/^$|^[+()\d][\d\s().\-/]{3,38}$/, 'Enter a phone number using digits, spaces and + ( ) - only.'));
