import { describeFsError } from '../store/durable-fs';
import { coachToday, type ServiceContext } from './context';
import { invalidInput, ServiceError } from './errors';
import { ExportLocationError, writeExportFile } from './export-file';
import type { Handlers } from './handlers';
import type { VaultKeeper } from './vault-keeper';

/** What the saved file says: the key, and in plain words what it is for and how to keep it. */
function recoveryKeyText(recoveryKey: string, today: string): string {
  return [
    'Circlekeeper recovery key',
    '',
    `    ${recoveryKey}`,
    '',
    `Made on ${today}.`,
    '',
    'This key unlocks your confidential notes in Circlekeeper if you forget your passphrase.',
    'Keep it somewhere safe and away from this computer: printed in a drawer, or in your password manager.',
    'Anyone who has this key and your computer can read your notes.',
    'If you lose both this key and your passphrase, your notes cannot be recovered, by you or by anyone else.',
    '',
  ].join('\n');
}

/**
 * Saves the recovery key the coach is being shown as a text file, through
 * the desktop's save dialog. Only the current vault's key, and only while
 * unlocked: otherwise the window could use this to write any text anywhere.
 * Like the export, never into the data folder (it would end up in backups).
 */
export function vaultKeyFileServices(ctx: ServiceContext, keeper: VaultKeeper): Handlers<'vault.saveRecoveryKey'> {
  return {
    'vault.saveRecoveryKey': async ({ recoveryKey }) => {
      const held = await keeper.holdsRecoveryKey(recoveryKey);
      if (held === 'locked') throw new ServiceError('forbidden', 'Unlock your notes first, then save the recovery key.');
      if (held === 'other') throw invalidInput('That is not your current recovery key, so it was not saved.', { recoveryKey: 'That is not your current recovery key.' });
      const target = await ctx.platform.chooseSaveLocation({
        title: 'Save your recovery key',
        defaultName: 'Circlekeeper recovery key.txt',
        filters: [{ name: 'Text', extensions: ['txt'] }],
      });
      if (target === null) return { saved: false as const };
      try {
        await writeExportFile(target, ctx.store.dataDir, recoveryKeyText(recoveryKey, coachToday(ctx)));
      } catch (err) {
        if (err instanceof ExportLocationError) throw invalidInput('Save the recovery key outside Circlekeeper’s data folder, for example on a USB stick or in your Documents folder.');
        throw new ServiceError('unavailable', `The recovery key could not be saved there: ${describeFsError(err)}.`);
      }
      return { saved: true as const, path: target };
    },
  };
}
