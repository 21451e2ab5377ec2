import { useState } from 'react';
import type { VaultStatus } from '../../../shared/contract/vault';
import { formatInstant } from '../../app/dates';
import { useApiMutation } from '../../app/query';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { ChangePassphraseDialog } from './ChangePassphraseDialog';
import { IdleLockForm } from './IdleLockForm';
import { NewRecoveryKeyDialog } from './NewRecoveryKeyDialog';
import { RecoveryKeyHandover } from './RecoveryKeyHandover';
import { ResetVaultDialog } from './ResetVaultDialog';
import { SetUpVaultForm } from './SetUpVaultForm';
import { UnlockDialog } from './UnlockDialog';
import { VaultStateLine } from './VaultStateLine';
import { useVaultStatus } from './vault-status';
import './vault.css';

/**
 * Settings › Notes security: set up encrypted notes the first time, and after
 * that lock or unlock them, change the passphrase, make a new recovery key,
 * choose the idle time and, as a last resort, start again.
 */
export function NotesSecuritySection({ timeZone }: { timeZone: string }) {
  const status = useVaultStatus();
  // A recovery key being shown once. Held here, above the views that change
  // when the status does, and dropped as soon as the coach has checked it.
  const [shownKey, setShownKey] = useState<string | null>(null);

  return (
    <Card
      title="Notes security"
      description="Your confidential notes are encrypted on this computer with a passphrase only you know. Nobody else, Circlekeeper included, can read them without it."
      className="vault-section"
    >
      {shownKey ? (
        <RecoveryKeyHandover recoveryKey={shownKey} onDone={() => setShownKey(null)} />
      ) : (
        <QueryBoundary query={status} loadingLabel="Loading notes security…">
          {(data) =>
            data.state === 'none' ? (
              <div className="stack">
                <p>
                  Choose a passphrase to start keeping notes. You will then get a recovery key, the one other way to open your
                  notes if you forget the passphrase.
                </p>
                <SetUpVaultForm onSetUp={setShownKey} />
              </div>
            ) : (
              <VaultSettings status={data} timeZone={timeZone} onNewKey={setShownKey} />
            )
          }
        </QueryBoundary>
      )}
    </Card>
  );
}

function VaultSettings({ status, timeZone, onNewKey }: { status: VaultStatus; timeZone: string; onNewKey: (key: string) => void }) {
  const [dialog, setDialog] = useState<'unlock' | 'change' | 'new-key' | 'reset' | null>(null);
  const lock = useApiMutation('vault.lock');
  const unlocked = status.state === 'unlocked';
  const close = (open: boolean) => (open ? undefined : setDialog(null));

  return (
    <div className="stack-lg">
      <div className="vault-state">
        <VaultStateLine unlocked={unlocked} idleLockMinutes={status.idleLockMinutes} />
        {unlocked ? (
          <Button size="sm" onClick={() => lock.mutate({})} disabled={lock.isPending}>
            Lock now
          </Button>
        ) : (
          <Button size="sm" variant="primary" onClick={() => setDialog('unlock')}>
            Unlock…
          </Button>
        )}
        <span className="muted vault-state__hint">Shortcut: Ctrl+Shift+L (Cmd+Shift+L on a Mac) locks them from anywhere.</span>
      </div>

      <IdleLockForm key={status.idleLockMinutes} idleLockMinutes={status.idleLockMinutes} />

      <div className="vault-row">
        <div>
          <p className="vault-row__title">Passphrase</p>
          <p className="muted">Change it whenever you like. Forgot it? Use your recovery key here to choose a new one.</p>
        </div>
        <Button size="sm" onClick={() => setDialog('change')}>
          Change passphrase…
        </Button>
      </div>

      <div className="vault-row">
        <div>
          <p className="vault-row__title">Recovery key</p>
          <p className="muted">
            {status.recoveryKeyCreatedAt ? `Your current key was made on ${formatInstant(status.recoveryKeyCreatedAt, timeZone)}. ` : ''}
            Lost it? Make a new one; the old key stops working.
          </p>
        </div>
        <Button size="sm" onClick={() => setDialog('new-key')}>
          Make a new recovery key…
        </Button>
      </div>

      <div className="vault-row">
        <div>
          <p className="vault-row__title">Lost both your passphrase and your recovery key?</p>
          <p className="muted">Then nobody can open your notes. You can delete them and start again; nothing else is removed.</p>
        </div>
        <Button size="sm" variant="danger-outline" onClick={() => setDialog('reset')}>
          Delete all notes…
        </Button>
      </div>

      <UnlockDialog open={dialog === 'unlock'} onOpenChange={close} />
      <ResetVaultDialog open={dialog === 'reset'} onOpenChange={close} />
      <ChangePassphraseDialog open={dialog === 'change'} onOpenChange={close} />
      <NewRecoveryKeyDialog
        open={dialog === 'new-key'}
        onOpenChange={close}
        onMade={(key) => {
          setDialog(null);
          onNewKey(key);
        }}
      />
    </div>
  );
}
