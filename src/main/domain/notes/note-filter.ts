import type { NotesFilter } from '../../../shared/contract/notes';
import type { NoteMeta } from '../../../shared/notes';

/** Does a note's metadata pass the coach's filter? Dates compare as calendar days. */
export function matchesFilter(meta: NoteMeta, filter: NotesFilter): boolean {
  if (filter.groupId !== undefined && meta.groupId !== filter.groupId) return false;
  if (filter.meetingId !== undefined && meta.meetingId !== filter.meetingId) return false;
  if (filter.personId !== undefined && !meta.personIds.includes(filter.personId)) return false;
  if (filter.kind !== undefined && meta.kind !== filter.kind) return false;
  if (filter.from !== undefined && meta.date < filter.from) return false;
  if (filter.to !== undefined && meta.date > filter.to) return false;
  return true;
}

/** Newest date first, then the latest change first, then id (so the order never depends on the file system). */
export function byNewest(a: NoteMeta, b: NoteMeta): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A plain excerpt of about `width` characters around the first place any of the terms occurs. */
export function excerptAround(text: string, terms: readonly string[], fold: (s: string) => string, width = 160): string {
  const flat = text.replace(/[#*_`>~[\]]/g, '').replace(/\s+/g, ' ').trim();
  const folded = fold(flat);
  const hits = terms.map((t) => folded.indexOf(fold(t))).filter((i) => i >= 0);
  const at = hits.length > 0 ? Math.min(...hits) : 0;
  const start = Math.max(0, at - Math.floor(width / 3));
  const piece = flat.slice(start, start + width);
  return `${start > 0 ? '…' : ''}${piece}${start + width < flat.length ? '…' : ''}`;
}
