import { CheckCircle2, AlertTriangle, Info, X, XCircle } from 'lucide-react';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ToastContext, type ToastFn, type ToastOptions } from './toast-context';

export type { ToastOptions, ToastTone } from './toast-context';

interface ActiveToast extends ToastOptions {
  id: number;
}

const icons = { info: Info, success: CheckCircle2, warning: AlertTriangle, danger: XCircle } as const;
const VISIBLE_MS = 5000;

/**
 * Holds the toasts and the aria-live region they are announced from. The
 * region is always in the page: screen readers only announce changes to a
 * live region that already existed.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ActiveToast[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    setToasts((all) => all.filter((t) => t.id !== id));
    const timer = timers.current.get(id);
    if (timer) clearTimeout(timer);
    timers.current.delete(id);
  }, []);

  const toast = useCallback<ToastFn>(
    (options) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-3), { ...options, id }]);
      timers.current.set(
        id,
        setTimeout(() => dismiss(id), VISIBLE_MS),
      );
    },
    [dismiss],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  return (
    <ToastContext.Provider value={toast}>
      {children}
      <div className="ui-toast-region" aria-live="polite" aria-label="Notifications" role="region">
        {toasts.map((t) => {
          const tone = t.tone ?? 'success';
          const Icon = icons[tone];
          return (
            <div key={t.id} className={`ui-toast ui-toast--${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
              <Icon size={18} aria-hidden="true" className="ui-toast__icon" />
              <div className="ui-toast__content">
                <p className="ui-toast__title">{t.title}</p>
                {t.description ? <p className="ui-toast__description">{t.description}</p> : null}
              </div>
              <button type="button" className="ui-icon-button" aria-label="Dismiss notification" onClick={() => dismiss(t.id)}>
                <X size={14} aria-hidden="true" />
              </button>
            </div>
          );
        })}
      </div>
    </ToastContext.Provider>
  );
}

export { useToast, type UseToastResult } from './useToast';
