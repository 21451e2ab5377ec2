import { zodResolver } from '@hookform/resolvers/zod';
import { get, set, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { DATE_DOES_NOT_EXIST } from '../../shared/primitives';

// Every form in the app validates through here (lint keeps zodResolver out of
// everywhere else), so a rule about what the coach typed is written once.
//
// Why dates need more than the schema: a date input whose text the browser
// cannot turn into a day (30 February typed as 02/30/2027) reports the value
// "" and sets validity.badInput. The schema then sees an empty value: an
// optional date would be saved as "no date" and a required one would ask for
// a YYYY-MM-DD format the coach never sees. The input itself still knows, so
// the resolver asks it.

/** A date input holding text the browser could not read as a calendar day. */
export function isUnreadableDate(element: unknown): boolean {
  return element instanceof HTMLInputElement && element.type === 'date' && element.validity.badInput;
}

/**
 * Wraps any resolver so that a date input the browser reports as unreadable
 * is an error ("That date does not exist."), whatever the schema made of its
 * empty value, and the form does not submit.
 */
export function withDateInputs<T extends FieldValues, C, O>(resolver: Resolver<T, C, O>): Resolver<T, C, O> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const refOf = (name: string): unknown => (get(options.fields, name) as { ref?: unknown } | undefined)?.ref;
    const unreadable = (options.names ?? []).filter((name) => isUnreadableDate(refOf(name)));
    if (unreadable.length === 0) return result;
    const errors = { ...result.errors } as FieldErrors<T>;
    for (const name of unreadable) set(errors, name, { type: 'badInput', message: DATE_DOES_NOT_EXIST });
    return { values: {}, errors };
  };
}

/** The contract's zod schema as a react-hook-form resolver, with unreadable dates caught. */
export function schemaResolver<S extends z.ZodType<unknown, FieldValues>>(
  schema: S,
): Resolver<z.input<S> & FieldValues, unknown, z.output<S>> {
  return withDateInputs(
    zodResolver(schema as never) as unknown as Resolver<z.input<S> & FieldValues, unknown, z.output<S>>,
  );
}
