import { useId, type ReactNode } from 'react';

export interface ChecklistOption {
  id: string;
  name: string;
  /** A quieter second line: email, organisation, other groups, a joining day. */
  detail?: ReactNode;
}

interface PersonChecklistProps {
  legend: string;
  options: readonly ChecklistOption[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** Why main refused someone, by person id: shown under their name. */
  refusals?: Readonly<Record<string, string>>;
  /** The field's own error, e.g. "Choose at least one person." */
  error?: string | undefined;
  /** Shown in place of the list when there is nothing to choose. */
  empty?: ReactNode;
  children?: ReactNode;
}

/**
 * Several people chosen at once: a checkbox each, so the platform's own
 * keyboard handling applies, and a refusal from main beside the person it is about.
 */
export function PersonChecklist({ legend, options, value, onChange, refusals = {}, error, empty, children }: PersonChecklistProps) {
  const id = useId();
  const chosen = new Set(value);
  const toggle = (personId: string, on: boolean) =>
    onChange(on ? [...value.filter((v) => v !== personId), personId] : value.filter((v) => v !== personId));
  const errorId = `${id}-error`;
  return (
    <fieldset className="groups-picker" aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="ui-field__label">{legend}</legend>
      {options.length === 0 ? (
        empty
      ) : (
        <ul className="groups-picker__list">
          {options.map((option) => {
            const refusal = refusals[option.id];
            const refusalId = `${id}-${option.id}-refusal`;
            return (
              <li key={option.id}>
                <label className="groups-picker__option">
                  <input
                    type="checkbox"
                    checked={chosen.has(option.id)}
                    onChange={(event) => toggle(option.id, event.target.checked)}
                    aria-invalid={refusal ? true : undefined}
                    aria-describedby={refusal ? refusalId : undefined}
                  />
                  <span className="groups-picker__text">
                    <span className="groups-picker__name">{option.name}</span>
                    {option.detail ? <span className="groups-muted">{option.detail}</span> : null}
                    {refusal ? (
                      <span id={refusalId} className="ui-field__error">
                        {refusal}
                      </span>
                    ) : null}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {children}
      {error ? (
        <p id={errorId} className="ui-field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * Main's refusals of a call for several people ("personIds.2": why) by person
 * id, given the ids in the order they were sent; other fields are left out.
 */
export function refusalsByPerson(fields: Readonly<Record<string, string>>, sent: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const match = /^personIds\.(\d+)$/.exec(path);
    const personId = match ? sent[Number(match[1])] : undefined;
    if (personId) out[personId] = message;
  }
  return out;
}
