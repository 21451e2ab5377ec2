import { z } from 'zod';
import { IdSchema, requiredDate } from '../primitives';

// Input pieces more than one area uses.

export const none = z.strictObject({});
export const byId = z.strictObject({ id: IdSchema });
export const inMembership = z.strictObject({ groupId: IdSchema, membershipId: IdSchema });

/** People chosen in one go (members to add, agreements to record): far more than any group holds. */
export const MAX_PEOPLE_PER_CALL = 50;
export const PersonIdsSchema = z
  .array(IdSchema, { error: 'Choose the people.' })
  .min(1, 'Choose at least one person.')
  .max(MAX_PEOPLE_PER_CALL, `Choose at most ${MAX_PEOPLE_PER_CALL} people at a time.`)
  .refine((ids) => new Set(ids).size === ids.length, 'Each person can be chosen only once.');

/** The dates of a membership as forms and main check them; the rules between them are the domain's. */
export const MembershipDatesSchema = z.strictObject({
  joinedOn: requiredDate('Joined on'),
  leftOn: requiredDate('Left on').nullable(),
});
