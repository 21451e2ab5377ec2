import { z } from 'zod';
import { GoalInputSchema, type Membership } from '../entities';
import { IdSchema, requiredDate } from '../primitives';
import { inMembership, MembershipDatesSchema, PersonIdsSchema } from './inputs';
import { command } from './method';
import { tags } from './tags';

/** A membership taken out by mistake, as it was: nothing of it is kept. */
export interface MembershipRemoved {
  removed: Membership;
}

/** A membership shows on its group's page and on its person's page (and in the people list). */
const both = (groupId: string, membership: Pick<Membership, 'personId'>) => [
  tags.members(groupId),
  tags.memberships(membership.personId),
];

export const membershipMethods = {
  'memberships.add': command<Membership>()(
    z.strictObject({ groupId: IdSchema, personId: IdSchema, joinedOn: requiredDate('Joined on') }),
    ({ groupId }, added) => both(groupId, added),
  ),
  /** All or nothing: when anyone cannot join, nobody is added and each refusal is named. */
  'memberships.addMany': command<Membership[]>()(
    z.strictObject({ groupId: IdSchema, personIds: PersonIdsSchema, joinedOn: requiredDate('Joined on') }),
    ({ groupId }, added) => added.flatMap((m) => both(groupId, m)),
  ),
  'memberships.leave': command<Membership>()(
    z.strictObject({ groupId: IdSchema, membershipId: IdSchema, leftOn: requiredDate('Left on') }),
    ({ groupId }, changed) => both(groupId, changed),
  ),
  /** Corrects when a membership starts and ends, under the same rules as adding and leaving. */
  'memberships.updateDates': command<Membership>()(
    z.strictObject({ groupId: IdSchema, membershipId: IdSchema, ...MembershipDatesSchema.shape }),
    ({ groupId }, changed) => both(groupId, changed),
  ),
  /** Answers with the membership that now runs: the same one reopened, or a new one from today. */
  'memberships.rejoin': command<Membership>()(inMembership, ({ groupId }, current) => both(groupId, current)),
  // The person's agreement goes with their last membership of the group.
  'memberships.remove': command<MembershipRemoved>()(inMembership, ({ groupId }, { removed }) => [
    ...both(groupId, removed),
    tags.norms(groupId),
  ]),
  'goals.set': command<Membership>()(
    z.strictObject({ groupId: IdSchema, membershipId: IdSchema, goal: GoalInputSchema }),
    ({ groupId }, changed) => both(groupId, changed),
  ),
  'goals.clear': command<Membership>()(inMembership, ({ groupId }, changed) => both(groupId, changed)),
} as const;
