import path from 'node:path';
import type { GroupDoc } from '../../main/store/documents';
import type { Person } from '../../shared/entities';
import { NOTE_KINDS, type NoteContent, type NoteKind, type NoteLinks } from '../../shared/notes';
import { IsoDateSchema } from '../../shared/primitives';
import { foldForSearch, matchKey } from '../../shared/text';
import type { MarkdownNote } from './markdown';

// What an imported Markdown file becomes. Front matter names where it
// belongs (person or people, group, date, kind, meeting time, title); a file
// without front matter is a note on a member when its file name (or its
// folder's) is the name of exactly one person. Reasons for skipping name the
// field, never its value: values can be as private as the note.

export interface ImportWorld {
  people: readonly Person[];
  groups: readonly GroupDoc[];
}

export type ImportPlan =
  | { ok: true; kind: NoteKind; links: NoteLinks; content: NoteContent }
  | { ok: false; reason: string };

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})[ _-]*/;
const NAME_WITH_EMAIL = /<([^<>\s]+@[^<>\s]+)>\s*$/;

/** One person by email, or by name with case and accents ignored; null when none or more than one fits. */
function findPerson(world: ImportWorld, named: string): Person | null | 'ambiguous' {
  const email = NAME_WITH_EMAIL.exec(named)?.[1] ?? (named.includes('@') ? named.trim() : null);
  if (email) return world.people.find((p) => matchKey(p.email) === matchKey(email)) ?? null;
  const key = foldForSearch(named).trim();
  const found = world.people.filter((p) => foldForSearch(p.name).trim() === key);
  return found.length > 1 ? 'ambiguous' : (found[0] ?? null);
}

const asList = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

function text(front: Record<string, unknown>, key: string): string | null | 'bad' {
  const value = front[key];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return 'bad';
}

const fail = (reason: string): ImportPlan => ({ ok: false, reason });

/** The file name without folder, extension and a leading date. */
function baseName(file: string): string {
  return path.basename(file, path.extname(file)).replace(DATE_PREFIX, '').trim();
}

export function planImport(file: string, note: MarkdownNote, world: ImportWorld, fallbackDate: string): ImportPlan {
  const front = note.front ?? {};
  const known = new Set(['person', 'people', 'group', 'date', 'kind', 'title', 'meeting', 'id']);
  const unknownKey = Object.keys(front).find((k) => !known.has(k));
  if (unknownKey) return fail(`its front matter has "${unknownKey}", which is not one of: person, people, group, date, kind, title, meeting`);

  // Who: front matter, or the file's (then its folder's) name when there is none.
  const named = [...asList(front.person), ...asList(front.people)];
  if (named.some((n) => typeof n !== 'string')) return fail('"person" and "people" must be names or email addresses');
  const candidates = note.front === null ? [baseName(file), path.basename(path.dirname(file))] : (named as string[]);
  const people: Person[] = [];
  for (const n of candidates) {
    const found = findPerson(world, n);
    if (found === 'ambiguous') {
      if (note.front !== null) return fail('a person it names matches more than one person in Circlekeeper; use their email address');
      continue;
    }
    if (found === null) {
      if (note.front !== null) return fail('a person it names is not in Circlekeeper (match is by name or email)');
      continue;
    }
    if (!people.some((p) => p.id === found.id)) people.push(found);
    if (note.front === null) break; // the file's own name wins over its folder's
  }
  if (note.front === null && people.length === 0) {
    return fail('it has no front matter and its file or folder name is not the name of anyone in Circlekeeper');
  }

  const groupName = text(front, 'group');
  if (groupName === 'bad') return fail('"group" must be a group name');
  let group: GroupDoc | null = null;
  if (groupName !== null) {
    const found = world.groups.filter((g) => foldForSearch(g.group.name).trim() === foldForSearch(groupName).trim());
    if (found.length !== 1) return fail(found.length === 0 ? 'the group it names is not in Circlekeeper' : 'the group it names matches more than one group');
    group = found[0]!;
  }

  const dateText = text(front, 'date');
  if (dateText === 'bad') return fail('"date" must be written YYYY-MM-DD');
  const date = dateText ?? DATE_PREFIX.exec(path.basename(file))?.[1] ?? fallbackDate;
  if (!IsoDateSchema.safeParse(date).success) return fail('"date" must be a real date written YYYY-MM-DD');

  const kindText = text(front, 'kind');
  if (kindText !== null && !(NOTE_KINDS as readonly string[]).includes(kindText)) return fail(`"kind" must be one of: ${NOTE_KINDS.join(', ')}`);
  const meetingTime = text(front, 'meeting');
  if (meetingTime === 'bad') return fail('"meeting" must be the meeting\'s date and start time, like 2026-03-01 18:30');

  // A meeting of the group held (or planned) that day; the start time picks one when there are two.
  const meetingsThatDay = (group?.meetings ?? []).filter((m) => m.date === date && m.status !== 'cancelled');
  const timeWanted = meetingTime?.trim().split(/\s+/).at(-1) ?? null;
  const meeting = timeWanted === null ? (meetingsThatDay.length === 1 ? meetingsThatDay[0]! : null) : (meetingsThatDay.find((m) => m.startTime === timeWanted) ?? null);

  let kind: NoteKind;
  if (kindText !== null) kind = kindText as NoteKind;
  else if (meeting) kind = 'meeting';
  else if (people.length === 1) kind = 'member';
  else if (people.length >= 2 && group) kind = 'pair-check-in';
  else return fail('it does not say what it is about: name a person, or a group and a date it met');

  if (kind === 'meeting' && !meeting) {
    return fail(meetingsThatDay.length > 1 ? 'its group met more than once that day; add meeting: "YYYY-MM-DD HH:MM"' : 'its group has no meeting on that date');
  }
  const titleText = text(front, 'title');
  if (titleText === 'bad') return fail('"title" must be text');
  const title = titleText ?? note.heading ?? baseName(file);
  return {
    ok: true,
    kind,
    links: { date, groupId: group?.group.id ?? null, meetingId: kind === 'meeting' ? meeting!.id : null, personIds: people.map((p) => p.id) },
    content: { title, fields: note.fields },
  };
}
