import { createContext } from 'react';

export type ToastTone = 'info' | 'success' | 'warning' | 'danger';

export interface ToastOptions {
  title: string;
  description?: string;
  tone?: ToastTone;
}

export type ToastFn = (options: ToastOptions) => void;

/**
 * Outside a ToastProvider (a component test rendering one form alone) toasts
 * are written to the console instead of being lost without a trace.
 */
const fallback: ToastFn = (options) => {
  console.info(`[toast] ${options.title}${options.description ? `: ${options.description}` : ''}`);
};

export const ToastContext = createContext<ToastFn>(fallback);
