import type { z } from 'zod';
import { deepFreeze } from './deep-freeze';
import { InvalidDocumentError } from './errors';
import { clonePlain, equalPlain } from './plain-data';

// How a change becomes the next version of a document, without touching the
// current one: the mutator edits a private copy (plain objects, so a service
// may keep what it read from it; plain-data.ts makes and compares them). Validation then checks what the change can
// have made invalid: the document's own fields and the items of its big lists
// that are new or differ from the item they replace. An item the change left
// equal is the current, already validated and frozen object again, so saving
// one meeting of a decade re-checks one meeting, not three thousand.
//
// This holds only for lists whose items are valid on their own (z.array of an
// item schema with no rule on the list as a whole); `collections` names them,
// and tests/unit/store/apply-change.test.ts holds the incremental result to the
// full parse.

export interface Collection {
  key: string;
  item: z.ZodType;
  /** The item's id, for changes scoped to some items of the list (see DraftScope). */
  idOf?: (item: never) => string;
}

/**
 * For a change known to edit only some items of a collection (a check-in
 * touches one meeting's record): by collection key, the ids of the items the
 * mutator may edit. Only those are copied into the draft; the others stay the
 * stored, frozen items, so the copy and the comparison cost one item, not the
 * whole year, and a mutator that edits an item outside its scope throws
 * instead of being saved. Items may still be added or removed.
 */
export type DraftScope = Readonly<Record<string, ReadonlySet<string>>>;

type Doc = Record<string, unknown>;

function issuesAt(key: string, index: number, error: z.ZodError): z.core.$ZodIssue[] {
  return error.issues.map((issue) => ({ ...issue, path: [key, index, ...issue.path] }));
}

/**
 * Applies a synchronous mutator to a draft of `current` and validates the
 * result against `schema`, checking again only the list items it changed.
 * Throws InvalidDocumentError (and changes nothing) when the result is invalid.
 */
export function applyChange<T>(
  current: T,
  mutate: (draft: T) => void,
  schema: z.ZodType<T>,
  file: string,
  collections: readonly Collection[] = [],
  scope?: DraftScope,
): T {
  const next = scope ? scopedDraft(current, collections, scope) : clonePlain(current);
  const returned = mutate(next) as unknown;
  if (returned instanceof Promise) throw new Error('Store mutators must be synchronous.');
  if (collections.length === 0 || typeof next !== 'object' || next === null) return fullCheck(next, schema, file);

  const doc = next as Doc;
  const before = current as Doc;
  const shell: Doc = { ...doc };
  for (const { key } of collections) shell[key] = [];
  const parsedShell = schema.safeParse(shell);
  if (!parsedShell.success) throw new InvalidDocumentError(file, parsedShell.error.issues);
  const result: Doc = { ...(parsedShell.data as Doc) };
  for (const { key, item } of collections) {
    const items = doc[key];
    if (!Array.isArray(items)) return fullCheck(next, schema, file);
    const old = Array.isArray(before[key]) ? (before[key] as unknown[]) : [];
    result[key] = items.map((value, index) => {
      // Lists change at one place (an edit, an item added at the end, one removed), so the item
      // at the same index, or else the one after it, is nearly always the one to compare with.
      const same = [old[index], old[index + 1], old[index - 1]].find((o) => o !== undefined && equalPlain(o, value));
      if (same !== undefined) return same;
      const parsed = item.safeParse(value);
      if (!parsed.success) throw new InvalidDocumentError(file, issuesAt(key, index, parsed.error));
      return parsed.data;
    });
  }
  return deepFreeze(result as T);
}

function scopedDraft<T>(current: T, collections: readonly Collection[], scope: DraftScope): T {
  if (typeof current !== 'object' || current === null || Array.isArray(current)) return clonePlain(current);
  const source = current as Doc;
  const draft: Doc = {};
  for (const key of Object.keys(source)) {
    const collection = collections.find((c) => c.key === key);
    const ids = scope[key];
    const value = source[key];
    if (collection?.idOf && ids && Array.isArray(value)) {
      const idOf = collection.idOf as (item: unknown) => string;
      draft[key] = value.map((item: unknown) => (ids.has(idOf(item)) ? clonePlain(item) : item));
    } else {
      draft[key] = clonePlain(value);
    }
  }
  return draft as T;
}

function fullCheck<T>(next: T, schema: z.ZodType<T>, file: string): T {
  const parsed = schema.safeParse(next);
  if (!parsed.success) throw new InvalidDocumentError(file, parsed.error.issues);
  return deepFreeze(parsed.data);
}
