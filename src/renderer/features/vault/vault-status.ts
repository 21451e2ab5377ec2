import { useQueryClient } from '@tanstack/react-query';
import { useApiQuery } from '../../app/query';
import { refreshChanged } from '../../app/query';
import { tags } from '../../../shared/contract/tags';

/** The vault's state as main tells it; every vault view reads this one cached answer. */
export function useVaultStatus() {
  return useApiQuery('vault.status', {});
}

/**
 * A refused attempt changes nothing the contract declares, but it may start a
 * wait (status.retryAt): read the status again so the countdown shows.
 */
export function useRefreshVaultStatus(): () => void {
  const queryClient = useQueryClient();
  return () => void refreshChanged(queryClient, [tags.vault()]);
}
