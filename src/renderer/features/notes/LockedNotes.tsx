import { Link } from 'react-router';
import type { NotesList } from '../../../shared/contract/notes';
import { routes } from '../../app/routes';
import { UnlockPrompt } from '../vault/UnlockPrompt';

/** "3 notes on this meeting are locked.", from the metadata a locked list still has. */
export function lockedCount(count: number, where = ''): string {
  if (count === 0) return `There are no notes${where} yet. Your notes are locked.`;
  return count === 1 ? `1 note${where} is locked.` : `${count} notes${where} are locked.`;
}

/**
 * What every notes view shows instead of text when the vault is locked or not
 * set up yet: how many notes exist (metadata only) and the one way in.
 */
export function LockedNotes({ list, where }: { list: NotesList; where?: string }) {
  if (list.vault === 'none') {
    return (
      <div className="notes-locked">
        <p>
          Private notes are encrypted with a passphrase only you know. Set one up in{' '}
          <Link to={routes.settings()}>Settings</Link> to start writing notes.
        </p>
      </div>
    );
  }
  return (
    <div className="notes-locked">
      <UnlockPrompt context={lockedCount(list.notes.length, where)} />
    </div>
  );
}
