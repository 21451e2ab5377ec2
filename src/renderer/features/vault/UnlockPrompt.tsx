import { Lock } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { routes } from '../../app/routes';
import { Button } from '../../ui/Button';
import { UnlockDialog } from './UnlockDialog';
import { useVaultStatus } from './vault-status';
import './vault.css';

/**
 * The one prompt a notes view shows while the notes are locked: that notes
 * exist (`context`, e.g. "3 notes on this meeting are locked."), never their
 * text, and a button that opens the unlock dialog. Before encrypted notes are
 * set up it points to Settings instead. Renders nothing while unlocked.
 */
export function UnlockPrompt({ context }: { context?: string }) {
  const status = useVaultStatus();
  const [open, setOpen] = useState(false);
  const state = status.data?.state;
  if (state === undefined || state === 'unlocked') return null;
  if (state === 'none') {
    return (
      <div className="vault-prompt" role="region" aria-label="Notes">
        <Lock size={18} aria-hidden="true" className="vault-prompt__icon" />
        <div className="vault-prompt__text">
          <p>{context ?? 'Confidential notes are not set up yet.'}</p>
          <p className="muted">
            Choose a passphrase in <Link to={routes.settings()}>Settings</Link> to start keeping encrypted notes.
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="vault-prompt" role="region" aria-label="Locked notes">
      <Lock size={18} aria-hidden="true" className="vault-prompt__icon" />
      <div className="vault-prompt__text">
        <p>{context ?? 'Your notes are locked.'}</p>
        <p className="muted">Unlock them with your passphrase to read and write notes.</p>
      </div>
      <Button variant="primary" size="sm" onClick={() => setOpen(true)}>
        Unlock notes
      </Button>
      <UnlockDialog open={open} onOpenChange={setOpen} />
    </div>
  );
}
