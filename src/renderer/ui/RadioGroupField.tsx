import type { ComponentProps } from 'react';
import { FieldMessages } from './FieldMessages';
import { useFieldIds } from './field-ids';

export interface RadioOption {
  value: string;
  label: string;
  description?: string;
}

export type RadioGroupFieldProps = Omit<ComponentProps<'input'>, 'type' | 'value'> & {
  label: string;
  hint?: string;
  error?: string;
  options: readonly RadioOption[];
};

/**
 * A fieldset of native radios. The remaining props (register(name)'s name,
 * onChange, onBlur and ref) are spread onto every radio, which is how
 * react-hook-form expects a radio group to be registered.
 */
export function RadioGroupField({ label, hint, error, id, className, options, ...input }: RadioGroupFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <fieldset
      className={['ui-field ui-radio-group', className].filter(Boolean).join(' ')}
      aria-describedby={ids.describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend className="ui-field__label">{label}</legend>
      <div className="ui-radio-group__options">
        {options.map((option) => {
          const optionId = `${ids.id}-${option.value}`;
          const descriptionId = option.description ? `${optionId}-description` : undefined;
          return (
            <div key={option.value} className="ui-radio">
              <input
                id={optionId}
                type="radio"
                className="ui-radio__input"
                value={option.value}
                aria-invalid={error ? true : undefined}
                aria-describedby={[descriptionId, ids.errorId].filter(Boolean).join(' ') || undefined}
                {...input}
              />
              <label htmlFor={optionId} className="ui-radio__label">
                <span className="ui-radio__title">{option.label}</span>
                {option.description ? (
                  <span id={descriptionId} className="ui-radio__description">
                    {option.description}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
      <FieldMessages hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </fieldset>
  );
}
