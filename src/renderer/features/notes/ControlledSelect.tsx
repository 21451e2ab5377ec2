import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { SelectField, type SelectFieldProps, type SelectOption } from '../../ui/SelectField';

/** The options with the chosen value kept first while its own list is still loading (or no longer has it). */
function withChosen(options: readonly SelectOption[], value: string, label: string | undefined): readonly SelectOption[] {
  return label !== undefined && value && !options.some((o) => o.value === value) ? [{ value, label }, ...options] : options;
}

export type ControlledSelectProps<T extends FieldValues, Out> = Omit<SelectFieldProps, 'name' | 'value' | 'onChange' | 'onBlur' | 'ref'> & {
  control: Control<T, unknown, Out>;
  name: Path<T>;
  /** What to call a chosen value its list does not (yet) hold; without it, such a value is not shown. */
  chosenLabel?: string;
  /** After the field took the coach's choice (to clear a choice that depended on it, say). */
  onPicked?: (value: string) => void;
};

/**
 * A select held by the form (Controller), so a value the page prefilled holds
 * while the lists it is chosen from are still loading.
 */
export function ControlledSelect<T extends FieldValues, Out = T>({ control, name, chosenLabel, onPicked, options, ...select }: ControlledSelectProps<T, Out>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <SelectField
          {...select}
          options={withChosen(options, field.value as string, chosenLabel)}
          name={field.name}
          ref={field.ref}
          value={field.value as string}
          onBlur={field.onBlur}
          onChange={(event) => {
            field.onChange(event.target.value);
            onPicked?.(event.target.value);
          }}
        />
      )}
    />
  );
}
