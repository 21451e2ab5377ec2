import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export interface BadgeProps {
  tone?: BadgeTone;
  children: ReactNode;
  title?: string;
  /** Lets long text (a group's name, an agreement with its date) wrap inside a narrow table column. */
  wrap?: boolean;
}

export function Badge({ tone = 'neutral', children, title, wrap = false }: BadgeProps) {
  return (
    <span className={['ui-badge', `ui-badge--${tone}`, wrap ? 'ui-badge--wrap' : ''].filter(Boolean).join(' ')} title={title}>
      {children}
    </span>
  );
}
