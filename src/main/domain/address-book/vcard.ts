import ICAL from 'ical.js';
import { decode as decodeQuotedPrintable } from 'libqp';
import { MAX_IMPORT_ROWS, tooManyRowsMessage } from '../../../shared/address-book';
import type { ImportFieldSource } from '../../../shared/views';
import { composeName, type ContactRecord, type PersonField, type ReadOutcome } from './contact';
import { forEachInTurn, type ImportScheduler } from './scheduler';

// Reads vCard files (3.0 as Apple Contacts and Google write them, 4.0 as
// Nextcloud, Thunderbird and others do). ical.js does the reading: folded
// lines, escaped values, parameters, structured values and embedded photos.
// This file only finds where each card starts, so one damaged card is
// reported on its own line instead of failing the whole file, and maps the
// properties a coach needs onto a person.

const NO_CARDS = 'No contacts were found in this file. A vCard file holds cards that start with BEGIN:VCARD.';

const VCARD_SOURCES: ImportFieldSource[] = [
  { field: 'name', from: ['FN', 'N'] },
  { field: 'email', from: ['EMAIL'] },
  { field: 'timeZone', from: ['TZ'] },
  { field: 'organisation', from: ['ORG'] },
  { field: 'role', from: ['TITLE', 'ROLE'] },
  { field: 'phone', from: ['TEL'] },
];

interface CardText {
  line: number;
  text: string;
  complete: boolean;
}

/** Finds each BEGIN:VCARD ... END:VCARD block and the line it starts on. */
function findCards(text: string): CardText[] {
  const starts = [...text.matchAll(/^BEGIN:VCARD[ \t]*$/gim)].map((m) => m.index);
  const end = /^END:VCARD[ \t]*$/gim;
  const cards: CardText[] = [];
  let line = 1;
  let counted = 0;
  starts.forEach((start, i) => {
    for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < start; nl = text.indexOf('\n', nl + 1)) line++;
    counted = start;
    const nextStart = starts[i + 1] ?? text.length;
    end.lastIndex = start;
    const close = end.exec(text);
    const complete = close !== null && close.index < nextStart;
    cards.push({ line, text: text.slice(start, complete ? close.index + close[0].length : nextStart), complete });
  });
  return cards;
}

type JCardProperty = [string, Record<string, unknown>, string, ...unknown[]];

/** Values flattened to text: structured parts keep their positions, multi-values are joined with spaces. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(' ');
  return '';
}

const paramText = (params: Record<string, unknown>, name: string): string[] => {
  const value = params[name];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? [value] : [];
};

/**
 * Older exporters mark values as quoted-printable ("Chlo=C3=A9"). After ical.js
 * has unfolded the lines, a soft line break leaves a bare "=" that is not
 * followed by two hex digits; it carries no character, so it is dropped.
 */
function decodeQp(value: string, charset: string | undefined): string {
  const bytes = decodeQuotedPrintable(new TextEncoder().encode(value.replace(/=(?![0-9A-Fa-f]{2})/g, '')));
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function decodeValue(value: unknown, params: Record<string, unknown>): unknown {
  const quotedPrintable = paramText(params, 'encoding').some((e) => e.toLowerCase() === 'quoted-printable');
  if (!quotedPrintable) return value;
  const charset = paramText(params, 'charset')[0];
  const walk = (v: unknown): unknown => (typeof v === 'string' ? decodeQp(v, charset) : Array.isArray(v) ? v.map(walk) : v);
  return walk(value);
}

interface CardProperty {
  name: string;
  params: Record<string, unknown>;
  type: string;
  values: unknown[];
}

/**
 * vCard 3.0 (RFC 2426) escapes semicolons in every text value as "\;"; ical.js
 * undoes that only inside structured values such as N and ORG, following 4.0.
 */
function unescape30(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\\;/g, ';');
  return Array.isArray(value) ? value.map(unescape30) : value;
}

function propertiesOf(jcard: unknown): CardProperty[] {
  const list = Array.isArray(jcard) && Array.isArray(jcard[1]) ? (jcard[1] as JCardProperty[]) : [];
  const version3 = list.some(([name, , , value]) => String(name).toLowerCase() === 'version' && value === '3.0');
  return list.map(([name, params, type, ...values]) => ({
    name: String(name).toLowerCase(),
    params,
    type,
    values: values.map((v) => decodeValue(version3 && type === 'text' ? unescape30(v) : v, params)),
  }));
}

/** vCard 4.0 says PREF=1 (1 is most preferred); 3.0 says TYPE=pref. */
function preference(p: CardProperty): number {
  const pref = Number(paramText(p.params, 'pref')[0]);
  if (Number.isInteger(pref) && pref >= 1) return pref;
  return paramText(p.params, 'type').some((t) => t.toLowerCase() === 'pref') ? 1 : 101;
}

/** The first non-empty value among the named properties, preferred ones first, then in file order. */
function pick(props: readonly CardProperty[], name: string, clean: (p: CardProperty, text: string) => string = (_p, t) => t): string {
  const candidates = props
    .map((p, order) => ({ p, order }))
    .filter(({ p }) => p.name === name)
    .sort((a, b) => preference(a.p) - preference(b.p) || a.order - b.order);
  for (const { p } of candidates) {
    const text = clean(p, textOf(p.values[0]).trim()).trim();
    if (text) return text;
  }
  return '';
}

/** vCard 4.0 may write addresses as URIs: "tel:+61-2-5550-0100;ext=2", "mailto:ana@example.com". */
const withoutScheme = (scheme: string) => (p: CardProperty, text: string) =>
  p.type === 'uri' || text.toLowerCase().startsWith(`${scheme}:`) ? text.replace(new RegExp(`^${scheme}:`, 'i'), '').split(';')[0]! : text;

/** Only a zone name ("Europe/Berlin") says where someone is; a bare UTC offset does not, so it is left out. */
const zoneName = (p: CardProperty, text: string) => (p.type === 'text' && /^[A-Za-z]/.test(text) ? text : '');

/** Contact-group cards (Apple's and vCard 4.0's) list people rather than being one. */
function isGroupCard(props: readonly CardProperty[]): boolean {
  return props.some(
    (p) => (p.name === 'kind' || p.name === 'x-addressbookserver-kind') && textOf(p.values[0]).trim().toLowerCase() === 'group',
  );
}

function readCard(card: CardText): ContactRecord | null {
  if (!card.complete) {
    return { line: card.line, values: {}, problems: ['This contact has no END:VCARD line, so the file may have been cut short.'] };
  }
  let props: CardProperty[];
  try {
    props = propertiesOf(ICAL.parse(card.text));
  } catch (err) {
    const old = /^VERSION:\s*2\.1\s*$/im.test(card.text);
    const detail = err instanceof Error ? err.message.slice(0, 120) : 'unreadable';
    return {
      line: card.line,
      values: {},
      problems: [
        old
          ? 'This contact is in the old vCard 2.1 format, which Circlekeeper cannot read. Export your contacts as vCard 3.0 or 4.0 and try again.'
          : `This contact could not be read (${detail}).`,
      ],
    };
  }
  if (isGroupCard(props)) return null;
  const n = props.find((p) => p.name === 'n')?.values[0];
  const parts = Array.isArray(n) ? n.map(textOf) : [];
  const values: Partial<Record<PersonField, string>> = {
    // N is family; given; additional; prefix; suffix.
    name: composeName({ full: pick(props, 'fn'), family: parts[0], given: parts[1], middle: parts[2], prefix: parts[3], suffix: parts[4] }),
    email: pick(props, 'email', withoutScheme('mailto')),
    timeZone: pick(props, 'tz', zoneName),
    organisation: orgName(props),
    role: pick(props, 'title') || pick(props, 'role'),
    phone: pick(props, 'tel', withoutScheme('tel')),
  };
  return { line: card.line, values, problems: [] };
}

/** ORG is "company;department;...": the company is the organisation. */
function orgName(props: readonly CardProperty[]): string {
  for (const p of props.filter((q) => q.name === 'org')) {
    const value = p.values[0];
    const company = textOf(Array.isArray(value) ? value[0] : value).trim();
    if (company) return company;
  }
  return '';
}

/** Reads a vCard file into contact records, one per card (contact groups are skipped). */
export async function readVcardContacts(text: string, scheduler: ImportScheduler): Promise<ReadOutcome> {
  const cards = findCards(text.replace(/^\uFEFF/, ''));
  if (cards.length === 0) return { ok: false, message: NO_CARDS };
  if (cards.length > MAX_IMPORT_ROWS) return { ok: false, message: tooManyRowsMessage(cards.length, 'vcard') };
  const records: ContactRecord[] = [];
  await forEachInTurn(cards, scheduler, (card) => {
    const record = readCard(card);
    if (record) records.push(record);
  });
  // Fields no card has are reported as missing columns, so the preview can say so.
  const present = new Set(records.flatMap((r) => Object.entries(r.values).filter(([, v]) => v).map(([k]) => k)));
  const sources = VCARD_SOURCES.filter((s) => s.field === 'name' || s.field === 'email' || present.has(s.field));
  return { ok: true, records, sources };
}
