import type { UseFormRegisterReturn } from 'react-hook-form';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import type { CredentialForm } from './vault-forms';

/**
 * The passphrase, or the recovery key instead. Switching keeps what was typed
 * in the other field (both stay in the form; only the chosen one is checked and sent).
 */
export function CredentialFields({
  method,
  onSwitch,
  passphrase,
  recoveryKey,
  passphraseError,
  recoveryKeyError,
  passphraseLabel = 'Passphrase',
}: {
  method: CredentialForm['method'];
  onSwitch: (method: CredentialForm['method']) => void;
  passphrase: UseFormRegisterReturn;
  recoveryKey: UseFormRegisterReturn;
  passphraseError: string | undefined;
  recoveryKeyError: string | undefined;
  passphraseLabel?: string;
}) {
  return (
    <div className="vault-stack-sm">
      {/* Both stay mounted (one hidden), so what was typed in the other survives a switch. */}
      <div hidden={method !== 'passphrase'}>
        <TextField label={passphraseLabel} type="password" autoComplete="current-password" spellCheck={false} error={passphraseError} {...passphrase} />
      </div>
      <div hidden={method !== 'recovery-key'}>
        <TextField
          label="Recovery key"
          hint="The 36 letters and digits you saved when you set up your notes. Spaces, dashes and capitals do not matter."
          autoComplete="off"
          spellCheck={false}
          className="vault-recovery-field"
          error={recoveryKeyError}
          {...recoveryKey}
        />
      </div>
      <div>
        <Button variant="ghost" size="sm" className="vault-switch" onClick={() => onSwitch(method === 'passphrase' ? 'recovery-key' : 'passphrase')}>
          {method === 'passphrase' ? 'Use my recovery key instead' : 'Use my passphrase instead'}
        </Button>
      </div>
    </div>
  );
}
