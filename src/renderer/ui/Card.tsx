import { useId, type ReactNode } from 'react';

export interface CardProps {
  title?: string;
  /** Text under the title. */
  description?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/** A bordered section of a page. With a title it becomes a labelled region landmark. */
export function Card({ title, description, actions, children, className }: CardProps) {
  const titleId = useId();
  return (
    <section
      className={['ui-card', className].filter(Boolean).join(' ')}
      aria-labelledby={title ? titleId : undefined}
    >
      {title || actions ? (
        <header className="ui-card__header">
          <div className="ui-card__heading">
            {title ? (
              <h2 id={titleId} className="ui-card__title">
                {title}
              </h2>
            ) : null}
            {description ? <p className="ui-card__description">{description}</p> : null}
          </div>
          {actions ? <div className="ui-card__actions">{actions}</div> : null}
        </header>
      ) : null}
      <div className="ui-card__body">{children}</div>
    </section>
  );
}
