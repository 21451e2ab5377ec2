import type { UseQueryResult } from '@tanstack/react-query';
import { RotateCw } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from './Button';
import { Loading } from './Spinner';
import { Notice } from './Notice';

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong while loading.';
}

/** The error state every view shares: what went wrong, and a way to try again. */
export function QueryError({ error, onRetry, title = 'This could not be loaded' }: { error: unknown; onRetry?: () => void; title?: string }) {
  return (
    <Notice
      tone="danger"
      title={title}
      actions={
        onRetry ? (
          <Button size="sm" onClick={onRetry}>
            <RotateCw size={14} aria-hidden="true" />
            Try again
          </Button>
        ) : undefined
      }
    >
      <p>{messageOf(error)}</p>
    </Notice>
  );
}

/** Renders loading, error or the data of a query, so no view forgets one of the three. */
export function renderQuery<T>(
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'isPending' | 'isError' | 'refetch'>,
  render: (data: T) => ReactNode,
  options: { loadingLabel?: string; errorTitle?: string } = {},
): ReactNode {
  if (query.isPending) return <Loading label={options.loadingLabel ?? 'Loading…'} />;
  if (query.isError) {
    return <QueryError error={query.error} title={options.errorTitle} onRetry={() => void query.refetch()} />;
  }
  return render(query.data as T);
}

export interface QueryBoundaryProps<T> {
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'isPending' | 'isError' | 'refetch'>;
  loadingLabel?: string;
  errorTitle?: string;
  children: (data: T) => ReactNode;
}

/** Component form of renderQuery: `<QueryBoundary query={q}>{(data) => ...}</QueryBoundary>`. */
export function QueryBoundary<T>({ query, loadingLabel, errorTitle, children }: QueryBoundaryProps<T>) {
  return <>{renderQuery(query, children, { loadingLabel, errorTitle })}</>;
}
