import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import type { VaultKeeper } from './vault-keeper';

/**
 * "Forgot everything": the passphrase and the recovery key are both gone, so
 * the notes can never be read again. The confirmation phrase is checked by
 * the contract's schema; here the notes, the templates and the key file go,
 * and every window drops what it showed.
 */
export function vaultResetServices(ctx: ServiceContext, keeper: VaultKeeper): Handlers<'vault.reset'> {
  return {
    'vault.reset': async () => {
      await keeper.reset();
      ctx.events.emit('vault.locked', { reason: 'manual' });
      return keeper.status();
    },
  };
}
