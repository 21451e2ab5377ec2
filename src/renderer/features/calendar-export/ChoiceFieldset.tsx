import { useState, type ReactNode } from 'react';
import { FieldMessages } from '../../ui/FieldMessages';
import { useFieldIds } from '../../ui/field-ids';

export interface Choice {
  id: string;
  label: string;
  /** A second line under the label (a person's groups, say). */
  detail?: string;
}

export interface ChoiceFieldsetProps {
  legend: string;
  hint?: string;
  error?: string | undefined;
  choices: readonly Choice[];
  isChosen: (id: string) => boolean;
  onToggle: (id: string, on: boolean) => void;
  /** A box that narrows the list by name, for lists longer than a glance. */
  filterLabel?: string;
  /** Buttons beside the legend, such as "Everyone". */
  actions?: ReactNode;
  empty?: string;
}

/** Checkboxes over a list the form holds as ids, with the legend, hint and error of one field. */
export function ChoiceFieldset({ legend, hint, error, choices, isChosen, onToggle, filterLabel, actions, empty }: ChoiceFieldsetProps) {
  const ids = useFieldIds(undefined, hint, error);
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase();
  const shown = needle === '' ? choices : choices.filter((c) => c.label.toLocaleLowerCase().includes(needle));
  return (
    <fieldset className="ui-field cx-choices" aria-describedby={ids.describedBy} aria-invalid={error ? true : undefined}>
      <legend className="ui-field__label">{legend}</legend>
      {actions ? <div className="cx-choices__actions">{actions}</div> : null}
      {filterLabel && choices.length > 0 ? (
        <input
          type="search"
          className="ui-input cx-choices__filter"
          aria-label={filterLabel}
          placeholder={filterLabel}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      ) : null}
      {choices.length === 0 && empty ? <p className="muted">{empty}</p> : null}
      <ul className="cx-choices__list">
        {shown.map((c) => {
          const inputId = `${ids.id}-${c.id}`;
          return (
            <li key={c.id} className="ui-checkbox">
              <input
                id={inputId}
                type="checkbox"
                className="ui-checkbox__input"
                checked={isChosen(c.id)}
                onChange={(e) => onToggle(c.id, e.target.checked)}
              />
              <label htmlFor={inputId} className="ui-checkbox__label">
                {c.label}
                {c.detail ? <span className="cx-choices__detail"> · {c.detail}</span> : null}
              </label>
            </li>
          );
        })}
      </ul>
      {needle !== '' && shown.length === 0 ? <p className="muted">No one by that name.</p> : null}
      <FieldMessages hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </fieldset>
  );
}
