import type { TextFieldProps } from './TextField';
import { TextField } from './TextField';

export type DateFieldProps = Omit<TextFieldProps, 'type'>;

/**
 * A calendar day, in the browser's own date picker. Every date in the app goes
 * through this field, and every form through schemaResolver, which turns a
 * date the browser could not read (30 February) into "That date does not
 * exist." instead of an empty value. Spread react-hook-form's register() into it.
 */
export function DateField(props: DateFieldProps) {
  return <TextField {...props} type="date" />;
}
