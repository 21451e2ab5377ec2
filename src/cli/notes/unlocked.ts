import { dispatch, type Services } from '../../main/dispatch';
import type { Input, MethodName, Output } from '../../shared/api';
import { CliFailure } from '../io';

/** Calls a contract method as the window would; a refusal ends the command with main's message. */
export function serviceCaller(services: Services, what: string) {
  return async <M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(services, method, input);
    if (!result.ok) throw new CliFailure(`${what}: ${result.error.message}`);
    return result.value as Output<M>;
  };
}

/** Unlocks the folder's notes with the passphrase, or says how to set them up. */
export async function unlockNotes(services: Services, dataDir: string, passphrase: string): Promise<void> {
  const status = await dispatch(services, 'vault.status', {});
  if (status.ok && (status.value as Output<'vault.status'>).state === 'none') {
    throw new CliFailure(
      `Encrypted notes are not set up in ${dataDir} yet. Open the folder in Circlekeeper and choose a passphrase on the Notes page first.`,
    );
  }
  const result = await dispatch(services, 'vault.unlock', { method: 'passphrase', passphrase });
  if (!result.ok) throw new CliFailure(`The notes could not be unlocked: ${result.error.message}`);
}
