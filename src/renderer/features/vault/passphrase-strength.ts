import { useQueryClient } from '@tanstack/react-query';
import type { PassphraseVerdict } from '../../../shared/passphrase-rule';
import { call } from '../../api';
import { useApiQuery } from '../../app/query';
import { useDebounced } from '../groups/meetings/use-debounced';

/** zxcvbn's score in words, 0 to 4. */
export const STRENGTH_LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

/**
 * Main's estimate of a new passphrase, asked once the coach pauses typing
 * (the estimate runs in main, see shared/passphrase-rule.ts). `verdict` is for
 * the passphrase as it was when asked; `current` says whether that is still
 * what is in the field.
 */
export function usePassphraseVerdict(passphrase: string) {
  const settled = useDebounced(passphrase, 300);
  const query = useApiQuery('vault.passphraseStrength', { passphrase: settled }, { enabled: settled.length > 0, placeholderData: (previous) => previous });
  const verdict = settled.length > 0 ? query.data : undefined;
  return { verdict, current: settled === passphrase && !query.isFetching, error: query.error };
}

/** The verdict for exactly this passphrase, for the submit: from the cache when it is there, else asked now. */
export function useVerdictFor(): (passphrase: string) => Promise<PassphraseVerdict> {
  const queryClient = useQueryClient();
  return (passphrase) =>
    queryClient.fetchQuery({
      queryKey: ['vault.passphraseStrength', { passphrase }] as const,
      queryFn: () => call('vault.passphraseStrength', { passphrase }),
    });
}
