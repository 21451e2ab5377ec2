import { useContext, useMemo } from 'react';
import { ToastContext, type ToastFn, type ToastOptions } from './toast-context';

export type UseToastResult = ToastFn & { toast: ToastFn };

/**
 * Returns the toast function. It also carries itself as `.toast`, so both
 * `const toast = useToast()` and `const { toast } = useToast()` work.
 */
export function useToast(): UseToastResult {
  const toast = useContext(ToastContext);
  return useMemo(() => {
    const fn = ((options: ToastOptions) => toast(options)) as UseToastResult;
    fn.toast = fn;
    return fn;
  }, [toast]);
}
