import { useState } from 'react';

/**
 * The value, or the last one it had while it is undefined. A query that
 * fails loses its data; a list the coach is choosing from should not vanish
 * with it (and say there is nothing to choose) while the error is shown.
 */
export function useLastKnown<T>(value: T | undefined): T | undefined {
  const [last, setLast] = useState(value);
  // Adjusting state while rendering, as React recommends over an effect: the
  // render that brings a new value keeps it at once, with no second paint.
  if (value !== undefined && value !== last) setLast(value);
  return value ?? last;
}
