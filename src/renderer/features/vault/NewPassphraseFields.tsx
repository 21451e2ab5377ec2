import type { UseFormRegisterReturn } from 'react-hook-form';
import type { PassphraseVerdict } from '../../../shared/passphrase-rule';
import { TextField } from '../../ui/TextField';
import { PassphraseMeter } from './PassphraseMeter';

/** A new passphrase, its strength as main estimates it, and the same passphrase again. */
export function NewPassphraseFields({
  label,
  passphrase,
  repeat,
  passphraseError,
  repeatError,
  verdict,
}: {
  label: string;
  passphrase: UseFormRegisterReturn;
  repeat: UseFormRegisterReturn;
  passphraseError: string | undefined;
  repeatError: string | undefined;
  verdict: PassphraseVerdict | undefined;
}) {
  return (
    <div className="stack">
      <div className="vault-stack-sm">
        <TextField
          label={label}
          type="password"
          autoComplete="new-password"
          spellCheck={false}
          hint="A few unrelated words are strong and easy to remember, for example four words you would never say together."
          error={passphraseError}
          {...passphrase}
        />
        <PassphraseMeter verdict={verdict} />
      </div>
      <TextField label="Type it again" type="password" autoComplete="new-password" spellCheck={false} error={repeatError} {...repeat} />
    </div>
  );
}
