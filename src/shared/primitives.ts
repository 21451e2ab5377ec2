import { z } from 'zod';

// Shared building blocks for every schema in the contract. They are strict on
// purpose: the renderer is untrusted, and a value that passes here is one the
// services can use without a second look.

const MAX_TEXT = 2000;

/** Record ids are generated in main (crypto.randomUUID); the renderer only echoes them back. */
export const IdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'Not a valid record id.');
export type Id = z.infer<typeof IdSchema>;

export const trimmed = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} must be text.` })
    .max(max, `${label} must be at most ${max} characters.`)
    .transform((s) => s.trim())
    .pipe(
      min > 0
        ? z.string().min(min, min === 1 ? `${label} is required.` : `${label} needs at least ${min} characters.`)
        : z.string(),
    );

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

// Zones already seen to be valid. Building an Intl.DateTimeFormat costs about 0.25 ms,
// which added up to most of a cold open (every person and group carries a zone).
// Only valid names are remembered, so the set stays bounded by the IANA list.
const knownZones = new Set<string>();

function isIanaZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  if (zone.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    knownZones.add(zone);
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z
  .string({ error: 'Choose a time zone.' })
  .min(1, 'Choose a time zone.')
  .refine(isIanaZone, 'Unknown time zone. Use a name such as Europe/London.');

export const EmailSchema = z
  .string({ error: 'Enter an email address.' })
  .max(254, 'Email addresses are at most 254 characters.')
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.email('Enter a valid email address, such as name@example.com.'));

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
  );

export const ColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Pick a colour such as #3b82f6.');

export const PhoneSchema = z
  .string()
  .max(40, 'Phone numbers are at most 40 characters.')
  .transform((s) => s.trim())
  .pipe(z.string().regex(/^$|^[+()\d][\d\s().\-/]{3,38}$/, 'Enter a phone number using digits, spaces and + ( ) - only.'));
