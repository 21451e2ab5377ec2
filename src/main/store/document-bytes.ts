import type { Collection } from './apply-change';

// The bytes a document is saved as: exactly the UTF-8 of JSON.stringify(doc)
// (compact, as the adapter has always written it), built without serialising
// or encoding again what a change left alone. A change keeps every item of a
// big list it did not touch as the same frozen object (apply-change.ts), and a
// frozen item cannot change, so its encoded JSON is remembered per object:
// saving one meeting of a decade serialises one meeting, and the file is the
// remembered pieces copied into one buffer. (Joining the text and encoding it
// at write time cost more than the serialising itself: bench/RESULTS.md.)
// The pieces live as long as their items (a WeakMap), so a document that
// leaves memory takes them with it.

const pieces = new WeakMap<object, Uint8Array>();
const utf8 = new TextEncoder();

/** JSON text of an array element as JSON.stringify writes it there (undefined and functions become null). */
const elementText = (item: unknown): string => JSON.stringify(item) ?? 'null';

/** An element's encoded JSON; remembered for frozen objects, which cannot change. */
function itemBytes(item: unknown): Uint8Array {
  if (typeof item !== 'object' || item === null || !Object.isFrozen(item)) return utf8.encode(elementText(item));
  let bytes = pieces.get(item);
  if (bytes === undefined) {
    bytes = utf8.encode(elementText(item));
    pieces.set(item, bytes);
  }
  return bytes;
}

const COMMA = utf8.encode(',');
const CLOSE_LIST = utf8.encode(']');
const CLOSE_DOC = utf8.encode('}');

/**
 * The UTF-8 of JSON.stringify(doc), byte for byte, with the items of
 * `collections` taken from the per-item cache. The caller passes documents the
 * store deep-froze (deep-freeze.ts): an item frozen only at its top could
 * change underneath its remembered bytes.
 */
export function documentBytes(doc: unknown, collections: readonly Collection[]): Buffer {
  if (collections.length === 0 || typeof doc !== 'object' || doc === null || Array.isArray(doc) || 'toJSON' in doc) {
    return Buffer.from(JSON.stringify(doc), 'utf8');
  }
  const lists = new Set(collections.map((c) => c.key));
  const source = doc as Record<string, unknown>;
  const chunks: Uint8Array[] = [];
  // Plain fields between lists are gathered as text and encoded once per run.
  let text = '{';
  let first = true;
  for (const key of Object.keys(source)) {
    const value = source[key];
    const separator = first ? '' : ',';
    if (lists.has(key) && Array.isArray(value)) {
      chunks.push(utf8.encode(`${text}${separator}${JSON.stringify(key)}:[`));
      for (let i = 0; i < value.length; i += 1) {
        if (i > 0) chunks.push(COMMA);
        chunks.push(itemBytes(value[i]));
      }
      chunks.push(CLOSE_LIST);
      text = '';
      first = false;
      continue;
    }
    const field = JSON.stringify(value) as string | undefined;
    // JSON.stringify leaves out a field holding undefined, a function or a symbol.
    if (field === undefined) continue;
    text += `${separator}${JSON.stringify(key)}:${field}`;
    first = false;
  }
  if (text !== '') chunks.push(utf8.encode(text));
  chunks.push(CLOSE_DOC);
  return Buffer.concat(chunks);
}

/** For tests: the bytes remembered for an item, if any. */
export function rememberedBytes(item: object): Uint8Array | undefined {
  return pieces.get(item);
}
