import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { matchPath, useLocation, useNavigate } from 'react-router';
import { useMainEvent } from '../../app/main-events';
import { routes } from '../../app/routes';
import { forgetNoteText, keepNoteTextOnlyWhileShown } from './notes-cache';
import { LEAVE_WITHOUT_ASKING } from './use-leave-guard';

declare global {
  interface Window {
    /** Set by the e2e test host's bridge only; the app itself never sets it. */
    circlekeeperTestHost?: boolean;
    /** Under the test host only: everything the query cache holds, as text, so a test can check a lock emptied it. */
    __ckQueryCacheText?: () => string;
  }
}

/**
 * When the notes lock, no decrypted text may stay in the window: every cached
 * answer holding it is dropped, and an open note is left for the Notes list
 * (its editor clears itself on the same event).
 */
export function NotesLock() {
  const queryClient = useQueryClient();
  // During the first render, before any view below builds a notes query.
  useState(() => keepNoteTextOnlyWhileShown(queryClient));
  const navigate = useNavigate();
  const location = useLocation();
  const onNote = matchPath('/notes/:noteId', location.pathname) !== null && location.pathname !== routes.notes('templates');

  useMainEvent('vault.locked', () => {
    forgetNoteText(queryClient);
    // The text is gone whatever the editor held, so its question about unsaved text does not apply.
    if (onNote) void navigate(routes.notes(), { replace: true, state: LEAVE_WITHOUT_ASKING });
  });

  useEffect(() => {
    if (!window.circlekeeperTestHost) return;
    window.__ckQueryCacheText = () => JSON.stringify(queryClient.getQueryCache().getAll().map((query) => [query.queryKey, query.state.data]));
    return () => {
      delete window.__ckQueryCacheText;
    };
  }, [queryClient]);
  return null;
}
