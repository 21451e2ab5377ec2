import { z } from 'zod';
import { NormTextSchema, type Norm, type NormAgreement } from '../entities';
import { IdSchema, requiredDate } from '../primitives';
import { PersonIdsSchema } from './inputs';
import { command } from './method';
import { tags } from './tags';

/**
 * Any edit to the norms makes a new revision of the whole set (earlier
 * agreements become agreements to an older version), so that is what an
 * edit answers with: a handful of sentences, not the group page.
 */
export interface NormsRevision {
  normsRevision: number;
  norms: Norm[];
}

export interface AgreementWithdrawn {
  withdrawn: NormAgreement;
}

const inGroup = ({ groupId }: { groupId: string }) => [tags.norms(groupId)];

export const normMethods = {
  'norms.add': command<NormsRevision>()(z.strictObject({ groupId: IdSchema, text: NormTextSchema }), inGroup),
  'norms.update': command<NormsRevision>()(
    z.strictObject({ groupId: IdSchema, normId: IdSchema, text: NormTextSchema }),
    inGroup,
  ),
  'norms.remove': command<NormsRevision>()(z.strictObject({ groupId: IdSchema, normId: IdSchema }), inGroup),
  'norms.move': command<NormsRevision>()(
    z.strictObject({ groupId: IdSchema, normId: IdSchema, direction: z.enum(['up', 'down']) }),
    inGroup,
  ),
  'norms.recordAgreement': command<NormAgreement>()(
    z.strictObject({ groupId: IdSchema, personId: IdSchema, agreedOn: requiredDate('Agreed on') }),
    inGroup,
  ),
  /** All or nothing, like adding several members: one date for everyone who agreed at one meeting. */
  'norms.recordAgreements': command<NormAgreement[]>()(
    z.strictObject({ groupId: IdSchema, personIds: PersonIdsSchema, agreedOn: requiredDate('Agreed on') }),
    inGroup,
  ),
  'norms.withdrawAgreement': command<AgreementWithdrawn>()(
    z.strictObject({ groupId: IdSchema, personId: IdSchema }),
    inGroup,
  ),
} as const;
