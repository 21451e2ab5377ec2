import { AlertTriangle, CheckCircle2, Info, XCircle } from 'lucide-react';
import type { ReactNode } from 'react';

export type NoticeTone = 'info' | 'success' | 'warning' | 'danger';

const icons = { info: Info, success: CheckCircle2, warning: AlertTriangle, danger: XCircle } as const;

export interface NoticeProps {
  tone?: NoticeTone;
  title?: string;
  children?: ReactNode;
  /** Buttons such as "Dismiss", shown at the right. */
  actions?: ReactNode;
}

/** A calm inline message. Danger notices interrupt screen readers (role alert); the rest wait their turn. */
export function Notice({ tone = 'info', title, children, actions }: NoticeProps) {
  const Icon = icons[tone];
  return (
    <div className={`ui-notice ui-notice--${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
      <Icon size={18} aria-hidden="true" className="ui-notice__icon" />
      <div className="ui-notice__content">
        {title ? <p className="ui-notice__title">{title}</p> : null}
        {children ? <div className="ui-notice__body">{children}</div> : null}
      </div>
      {actions ? <div className="ui-notice__actions">{actions}</div> : null}
    </div>
  );
}
