import {
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { Input, MethodName, Output } from '../../shared/api';
import { call, type ApiCallError } from '../api';

/**
 * One client for the app. The data is local, so there is nothing to gain from
 * retrying a refused call or refetching on focus: an error is shown at once.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}

export type ApiQueryOptions<M extends MethodName> = Omit<
  UseQueryOptions<Output<M>, ApiCallError | Error, Output<M>, readonly [M, Input<M>]>,
  'queryKey' | 'queryFn'
>;

/** Reads through the contract. The key is [method, input], so equal inputs share one cache entry. */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: Input<M>,
  options?: ApiQueryOptions<M>,
): UseQueryResult<Output<M>, ApiCallError | Error> {
  return useQuery({
    ...options,
    queryKey: [method, input] as const,
    queryFn: () => call(method, input),
  });
}

export interface ApiMutationOptions<M extends MethodName> {
  onSuccess?: (value: Output<M>, input: Input<M>) => void | Promise<void>;
  onError?: (error: ApiCallError | Error, input: Input<M>) => void;
}

/**
 * Writes through the contract. On success every query is invalidated: at this
 * scale refetching what is on screen is cheap, and it can never leave a view
 * showing stale data after a change made elsewhere. The caller's onSuccess
 * runs first so it can navigate away (from a deleted group, say) before the
 * refetch happens.
 */
export function useApiMutation<M extends MethodName>(
  method: M,
  options: ApiMutationOptions<M> = {},
): UseMutationResult<Output<M>, ApiCallError | Error, Input<M>> {
  const queryClient = useQueryClient();
  return useMutation<Output<M>, ApiCallError | Error, Input<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async (value, input) => {
      await options.onSuccess?.(value, input);
      await queryClient.invalidateQueries();
    },
    onError: (error, input) => options.onError?.(error, input),
  });
}
