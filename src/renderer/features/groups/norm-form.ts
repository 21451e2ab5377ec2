import { z } from 'zod';
import { NormTextSchema } from '../../../shared/entities';

// One schema for adding and editing a norm, so both forms say the same thing.
export const NormFormSchema = z.strictObject({ text: NormTextSchema });
export type NormFormValues = z.input<typeof NormFormSchema>;
