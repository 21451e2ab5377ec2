import { Low } from 'lowdb';
import type { Collection } from './apply-change';
import { deepFreeze } from './deep-freeze';
import { documentBytes } from './document-bytes';
import { DurableJsonAdapter } from './durable-adapter';

/** One open file of the store: the frozen document in memory and the adapter that writes it. */
export interface Slot<T> {
  low: Low<T>;
  adapter: DurableJsonAdapter<T>;
  /** The document's lists of independent items (its kind's), for re-checking and writing only what a change touched. */
  collections: readonly Collection[];
}

export function openSlot<T>(file: string, doc: T, collections: readonly Collection[]): Slot<T> {
  const adapter = new DurableJsonAdapter<T>(file);
  return { adapter, low: new Low<T>(adapter, deepFreeze(doc)), collections };
}

/**
 * Durable write first, memory second: a failed write leaves memory as it was.
 * Resolves with the bytes written, which the caller may record as validated.
 */
export async function commitSlot<T>(slot: Slot<T>, next: T): Promise<Uint8Array> {
  // Frozen before it is written (it is applyChange's result or a document read at open, so this is
  // usually a no-op): the items it shares with the last save keep their encoded bytes.
  const bytes = documentBytes(deepFreeze(next), slot.collections);
  await slot.adapter.writeSerialized(bytes);
  slot.low.data = deepFreeze(next);
  return bytes;
}
