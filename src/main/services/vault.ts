import type { ErrorCode } from '../../shared/api';
import type { VaultCredential } from '../../shared/contract/vault';
import { VaultError, type VaultErrorCode } from '../vault/errors';
import { checkPassphrase } from '../vault/strength';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';
import type { Handlers } from './handlers';
import type { VaultKeeper } from './vault-keeper';

type VaultMethod =
  | 'vault.status'
  | 'vault.passphraseStrength'
  | 'vault.setUp'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.changePassphrase'
  | 'vault.newRecoveryKey'
  | 'vault.updateSettings';

const CODES: Record<VaultErrorCode, ErrorCode> = {
  wrong_secret: 'invalid_input',
  weak_passphrase: 'invalid_input',
  header_rejected: 'unavailable',
  note_rejected: 'unavailable',
  locked: 'forbidden',
  no_vault: 'conflict',
  already_set_up: 'conflict',
  too_many_attempts: 'unavailable',
};

/** The form field a failure belongs to, so the message shows beside what the coach typed. */
function fieldOf(code: VaultErrorCode, credentialAt: string, credential?: VaultCredential): string | null {
  if (code === 'weak_passphrase') return 'newPassphrase';
  if (code !== 'wrong_secret' || !credential) return null;
  return `${credentialAt}${credential.method === 'passphrase' ? 'passphrase' : 'recoveryKey'}`;
}

/** Vault failures become ServiceErrors; their messages never hold what was typed. */
async function translated<T>(run: () => Promise<T>, credential?: VaultCredential, credentialAt = '', weakField = 'newPassphrase'): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof VaultError)) throw err;
    const field = err.code === 'weak_passphrase' ? weakField : fieldOf(err.code, credentialAt, credential);
    throw new ServiceError(CODES[err.code], err.message, field ? { [field]: err.message } : undefined);
  }
}

export function vaultServices(ctx: ServiceContext, keeper: VaultKeeper): Handlers<VaultMethod> {
  return {
    'vault.status': () => keeper.status(),
    'vault.passphraseStrength': ({ passphrase }) => checkPassphrase(passphrase, [ctx.store.index().settings.coachName]),
    'vault.setUp': ({ passphrase }) => translated(() => keeper.setUp(passphrase), undefined, '', 'passphrase'),
    'vault.unlock': (credential) => translated(() => keeper.unlock(credential), credential),
    'vault.lock': async () => {
      const status = await keeper.lock();
      // Every window drops its notes, not only the one that asked.
      ctx.events.emit('vault.locked', { reason: 'manual' });
      return status;
    },
    'vault.changePassphrase': ({ current, newPassphrase }) =>
      translated(() => keeper.changePassphrase(current, newPassphrase), current, 'current.'),
    'vault.newRecoveryKey': ({ current }) => translated(() => keeper.newRecoveryKey(current), current, 'current.'),
    'vault.updateSettings': ({ idleLockMinutes }) => translated(() => keeper.updateSettings(idleLockMinutes)),
  };
}
