import { useApiQuery } from '../../app/query';

/** Names for the ids a note links to (its group, its people), from the lists the app already keeps. */
export function useNoteLabels() {
  const groups = useApiQuery('groups.list', { includeArchived: true });
  const people = useApiQuery('people.list', {});
  const groupNames = new Map((groups.data ?? []).map((g) => [g.group.id, g.group.name]));
  const personNames = new Map((people.data ?? []).map((p) => [p.person.id, p.person.name]));
  return {
    groups: groups.data ?? [],
    people: people.data ?? [],
    groupName: (id: string | null) => (id ? (groupNames.get(id) ?? 'A removed group') : null),
    personName: (id: string) => personNames.get(id) ?? 'Someone removed',
  };
}
