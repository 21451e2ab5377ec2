import type { UseFormRegisterReturn } from 'react-hook-form';
import { CredentialFields } from './CredentialFields';
import type { CredentialForm } from './vault-forms';

type Method = CredentialForm['method'];
type CurrentField = 'current.passphrase' | 'current.recoveryKey';

/** What a form holding the coach's current credential under `current` lends these fields: its own functions, unchanged. */
export interface CurrentCredentialFormParts {
  method: Method;
  register: (name: CurrentField) => UseFormRegisterReturn;
  setValue: (name: 'current.method', value: Method) => void;
  clearErrors: (name: 'current') => void;
  errors: { passphrase?: { message?: string }; recoveryKey?: { message?: string } } | undefined;
}

/**
 * "Current passphrase, or your recovery key instead", for the forms that
 * change the lock (a new passphrase, a new recovery key): one wiring for both.
 */
export function CurrentCredentialFields({ method, register, setValue, clearErrors, errors }: CurrentCredentialFormParts) {
  return (
    <CredentialFields
      method={method}
      onSwitch={(next) => {
        clearErrors('current');
        setValue('current.method', next);
      }}
      passphraseLabel="Current passphrase"
      passphrase={register('current.passphrase')}
      recoveryKey={register('current.recoveryKey')}
      passphraseError={errors?.passphrase?.message}
      recoveryKeyError={errors?.recoveryKey?.message}
    />
  );
}
