import { shortHash } from './short-hash';

// Names for the drafts and the per-person folders they go in. They are built
// from what the coach typed (people's names, meeting titles), and must make a
// valid, harmless name on Windows, macOS and Linux alike: a name is only ever one
// path segment (never "..", never a separator), never a Windows device name, and
// short enough for every file system and for the folder the coach picks.

// Windows forbids these and the control characters; ':' is also the separator
// of the classic Mac APIs Finder still honours.
const FORBIDDEN = /[/\\:*?"<>|\p{Cc}]+/gu;
// Bidirectional controls can make "gpj.exe" read as "exe.jpg": never in a name.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Device names Windows reserves with any extension ("CON.eml" too), case aside.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/**
 * At most 80 UTF-16 units for the whole name: under Windows' 255 units, and at
 * most 240 UTF-8 bytes (3 per unit at worst, 4 per surrogate pair), under the
 * 255 bytes Linux and macOS allow.
 */
const MAX_UNITS = 80;

// One segmenter for every name: making one is costly (measured: most of the
// time of naming 2,600 drafts).
const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** `text` cut to fit in `units` UTF-16 units, at a whole character (emoji and accents stay whole). */
function fit(text: string, units: number): string {
  if (text.length <= units) return text;
  let out = '';
  for (const { segment } of GRAPHEMES.segment(text)) {
    const next = out + segment;
    if (next.length > units) break;
    out = next;
  }
  return out;
}

/** What the coach typed, made into a harmless piece of a name ('' when nothing usable is left). */
function clean(text: string, units: number): string {
  const safe = text
    .normalize('NFC')
    .replace(BIDI, '')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ');
  // Leading dots would hide the file (and ".." climbs out); trailing dots and
  // spaces are dropped by Windows, which then cannot open the name it made.
  const trim = (s: string): string => s.replace(/^[\s.-]+/, '').replace(/[\s.-]+$/, '');
  const cut = trim(fit(trim(safe), units));
  return RESERVED.test(cut.split('.')[0]?.trimEnd() ?? '') ? `_${cut}` : cut;
}

/** A short suffix that tells two people of the same name apart: the id itself when short, else its fingerprint. */
function shortId(id: string): string {
  const plain = id.replace(/[^A-Za-z0-9]/g, '');
  return plain.length > 0 && plain.length <= 8 ? plain : shortHash(id);
}

/** "2027-01-12 Founders Circle.eml": sorts by date in any file list. `date` is 'YYYY-MM-DD'. */
export function draftFileName(parts: { date: string; summary: string }): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(parts.date) ? parts.date : clean(parts.date, 10) || 'undated';
  const extension = '.eml';
  const summary = clean(parts.summary, MAX_UNITS - date.length - 1 - extension.length) || 'invitation';
  return `${date} ${summary}${extension}`;
}

/** "Raj Patel 1a2b3c4d": the person's name and a short id, so two Sams never share a folder. */
export function personFolderName(name: string, id: string): string {
  const suffix = shortId(id);
  const person = clean(name, MAX_UNITS - suffix.length - 1) || 'person';
  return `${person} ${suffix}`;
}
