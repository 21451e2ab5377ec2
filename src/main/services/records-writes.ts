import type { MeetingRecordsDoc } from '../store/documents';
import type { DataStore } from '../store/types';
import type { ServiceContext } from './context';
import { conflict } from './errors';

// A group's meeting records live in year files written apart from the group's
// own file, so no single store write sees both. Changing a series decides from
// the records which meetings to keep, then writes the group; a records write
// landing in between would go unseen and its meeting be dropped. So every
// records write goes through here: inside the store's serialised write it
// counts itself against the group (letting a later group write see that the
// records it read may be stale) and checks that its meetings are still in the
// group's plan (so a write queued behind a series change never gives records
// to a meeting that change removed).

const writesByStore = new WeakMap<DataStore, Map<string, number>>();

function counts(store: DataStore): Map<string, number> {
  let map = writesByStore.get(store);
  if (!map) {
    map = new Map();
    writesByStore.set(store, map);
  }
  return map;
}

/** How many records writes of this group have run so far; compare two readings to know whether one ran between them. */
export const recordsWritesSoFar = (store: DataStore, groupId: string): number => counts(store).get(groupId) ?? 0;

export const NO_LONGER_PLANNED = 'This meeting is no longer in the group’s plan: the series was changed a moment ago. Nothing was saved; open the group’s meetings to see them as they are now.';

/**
 * Changes one year of a group's records for the given meetings. The mutator
 * runs inside the store's write; the group it checks against is the one in
 * memory at that moment, which every earlier queued write has already updated.
 */
export function writeMeetingRecords(
  ctx: ServiceContext,
  groupId: string,
  year: number,
  meetingIds: readonly string[],
  mutate: (draft: MeetingRecordsDoc) => void,
): Promise<MeetingRecordsDoc> {
  return ctx.store.updateMeetingRecords(groupId, year, (draft) => {
    const planned = new Set(ctx.store.group(groupId)?.meetings.map((m) => m.id));
    if (meetingIds.some((id) => !planned.has(id))) throw conflict(NO_LONGER_PLANNED);
    // Counted before the change: a write that then fails only makes a series change read the records again.
    const map = counts(ctx.store);
    map.set(groupId, (map.get(groupId) ?? 0) + 1);
    mutate(draft);
    // Only these meetings' records are copied for the change: a check-in costs one record, not the year.
  }, meetingIds);
}
