import { openSlot, type Slot } from './document-slot';
import type { GroupDoc } from './documents';
import { StoreError } from './errors';
import { groupKind } from './kinds';
import { absolute, groupFile } from './layout';

/**
 * The group documents in memory, one slot (file adapter and frozen document)
 * per group, by id. Every group is read at open; after that the slots are
 * the groups the window sees. Changes go through the store's write queue.
 */
export class GroupSlots {
  private readonly slots = new Map<string, Slot<GroupDoc>>();

  constructor(private readonly dataDir: string) {}

  /** A slot over the group's file holding `doc`, not yet kept (a group not written yet). */
  create(id: string, doc: GroupDoc): Slot<GroupDoc> {
    return openSlot(absolute(this.dataDir, groupFile(id)), doc, groupKind.collections);
  }

  /** Opens and keeps a slot for each group, in order. */
  openAll(groups: Iterable<readonly [string, GroupDoc]>): void {
    for (const [id, doc] of groups) this.slots.set(id, this.create(id, doc));
  }

  keep(id: string, slot: Slot<GroupDoc>): void {
    this.slots.set(id, slot);
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** The group's slot; an unknown id is refused with a reason the window can show. */
  get(id: string): Slot<GroupDoc> {
    const slot = this.slots.get(id);
    if (!slot) throw new StoreError('unknown_group', 'That group could not be found. It may have been deleted.');
    return slot;
  }

  doc(id: string): Readonly<GroupDoc> | undefined {
    return this.slots.get(id)?.low.data;
  }

  ids(): string[] {
    return [...this.slots.keys()];
  }

  docs(): Readonly<GroupDoc>[] {
    return [...this.slots.values()].map((s) => s.low.data);
  }

  /** Every group's document as it is now, by id (what the window shows, kept across a failed restore). */
  snapshot(): Map<string, Readonly<GroupDoc>> {
    return new Map([...this.slots].map(([id, slot]) => [id, slot.low.data]));
  }

  /** The slot over this file, if one is open. */
  byFile(filePath: string): Slot<GroupDoc> | undefined {
    return [...this.slots.values()].find((s) => s.adapter.filePath === filePath);
  }

  /** Forgets one group, once its pending writes are done. */
  async drop(id: string): Promise<void> {
    const slot = this.slots.get(id);
    this.slots.delete(id);
    await slot?.adapter.close();
  }

  /** Forgets every group, once their pending writes are done. */
  async closeAll(): Promise<void> {
    const slots = [...this.slots.values()];
    this.slots.clear();
    await Promise.all(slots.map((s) => s.adapter.close()));
  }

  flush(): Promise<void> {
    return Promise.all([...this.slots.values()].map((s) => s.adapter.flush())).then(() => undefined);
  }
}
