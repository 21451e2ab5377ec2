import type { QueryClient } from '@tanstack/react-query';

// Which cached answers hold confidential text: every notes query, the
// templates included (main keeps the coach's headings and prompts sealed too:
// a template of their own can be as revealing as a note).

const TEXT_METHODS = new Set(['notes.get', 'notes.search', 'notes.versions', 'notes.version', 'notes.list', 'notes.templates']);

export function holdsNoteText(queryKey: readonly unknown[]): boolean {
  return TEXT_METHODS.has(String(queryKey[0]));
}

/**
 * Note text stays in the cache only while a view shows it: once the last view
 * of an answer goes, the answer goes too (no five minutes of garbage-collection
 * grace), so a lock has only what is on screen to clear.
 */
export function keepNoteTextOnlyWhileShown(queryClient: QueryClient): void {
  for (const method of TEXT_METHODS) queryClient.setQueryDefaults([method], { gcTime: 0 });
}

/**
 * Drops every answer holding note text: those no view shows are removed
 * outright, keys and all (a search's key holds the words searched for); those
 * on screen are reset, so their data goes at once and they ask again, now
 * getting the locked answer, and they are removed as their views go (an open
 * note navigates away, a search box empties).
 */
export function forgetNoteText(queryClient: QueryClient): void {
  const predicate = (query: { queryKey: readonly unknown[] }) => holdsNoteText(query.queryKey);
  queryClient.removeQueries({ predicate, type: 'inactive' });
  void queryClient.resetQueries({ predicate }).catch(() => undefined);
}
