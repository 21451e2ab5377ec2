import {
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  type Query,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import {
  api,
  changesReach,
  EVERYTHING,
  isQueryName,
  type CommandName,
  type Input,
  type Output,
  type QueryName,
  type Tag,
} from '../../shared/api';
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

export type ApiQueryOptions<M extends QueryName> = Omit<
  UseQueryOptions<Output<M>, ApiCallError | Error, Output<M>, readonly [M, Input<M>]>,
  'queryKey' | 'queryFn'
>;

/** Reads through the contract. The key is [method, input], so equal inputs share one cache entry. */
export function useApiQuery<M extends QueryName>(
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

/** What a cached query shows, by its method's declaration, given the answer it holds. */
function tagsReadBy(query: Query): readonly Tag[] {
  const [method, input] = query.queryKey;
  // A key the contract did not make cannot be judged: refresh it with everything.
  if (!isQueryName(method)) return EVERYTHING;
  const reads = api[method].reads as (input: unknown, answer: unknown) => readonly Tag[];
  return reads(input, query.state.data);
}

/**
 * The one place the window decides what to reload: every cached query that
 * reads any of `changed` is marked stale, and those on screen refetch now.
 * Commands call it with what they declare they changed; news that main sends
 * on its own (a failed backup, say) can call it with what that news changes.
 */
export function refreshChanged(queryClient: QueryClient, changed: readonly Tag[]): Promise<void> {
  if (changed.length === 0) return Promise.resolve();
  return queryClient.invalidateQueries({ predicate: (query) => changesReach(changed, tagsReadBy(query)) });
}

export interface ApiMutationOptions<M extends CommandName> {
  onSuccess?: (value: Output<M>, input: Input<M>) => void | Promise<void>;
  onError?: (error: ApiCallError | Error, input: Input<M>) => void;
}

/**
 * Writes through the contract. On success only the queries the command can
 * have changed (by its declaration in the contract) are refreshed, so a click
 * on a group page reloads that page and not every view of years of history.
 * The caller's onSuccess runs first so it can navigate away (from a deleted
 * group, say) before the refetch happens.
 */
export function useApiMutation<M extends CommandName>(
  method: M,
  options: ApiMutationOptions<M> = {},
): UseMutationResult<Output<M>, ApiCallError | Error, Input<M>> {
  const queryClient = useQueryClient();
  return useMutation<Output<M>, ApiCallError | Error, Input<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async (value, input) => {
      await options.onSuccess?.(value, input);
      const changes = api[method].changes as (input: Input<M>, result: Output<M>) => readonly Tag[];
      await refreshChanged(queryClient, changes(input, value));
    },
    onError: (error, input) => options.onError?.(error, input),
  });
}
