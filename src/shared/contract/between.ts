import { z } from 'zod';
import { AgreedTimeSchema, BetweenSettingsInputSchema, PairSessionStatusSchema, type BetweenSettings, type PairSession } from '../between';
import { IdSchema } from '../primitives';
import { command, query } from './method';
import { tags } from './tags';

// Between meetings: a group's pairing rounds, planned by the exact planner
// (src/main/domain/between), and the pair sessions in them.

export interface BetweenMember {
  personId: string;
  name: string;
  /** A member of the group today (or about to join); former members still show in the history. */
  current: boolean;
}

export interface RoundView {
  id: string;
  from: string;
  to: string;
  afterMeetingId: string | null;
  beforeMeetingId: string | null;
  /** 'held': over; 'under-way': between its meetings now; 'planned': ahead, and re-planned when things change. */
  state: 'held' | 'under-way' | 'planned';
  handEdited: boolean;
  absent: string[];
  withCoach: string | null;
  sessions: PairSession[];
  /** Why the round is as it is, in plain words. */
  explanation: string[];
  /** Pairs (and pairs within the triad) of this round who met in an earlier round. */
  repeats: number;
}

export interface MatrixRow {
  personId: string;
  /** Times paired with each other member (same order as the view's members); null on the diagonal. */
  met: (number | null)[];
  withCoach: number;
  inTriad: number;
}

export interface BetweenView {
  groupId: string;
  settings: BetweenSettings;
  members: BetweenMember[];
  rounds: RoundView[];
  /** Who has met whom how often, over the rounds held or under way (skipped sessions do not count). */
  matrix: MatrixRow[];
  /** Gaps between meetings still ahead with no round planned. */
  unplannedGaps: number;
}

export interface PlanOutcome {
  planned: number;
  kept: number;
  /** Gaps that could not be planned, in plain words (e.g. never-pair rules leave no grouping). */
  problems: string[];
}

export interface SwapPreview {
  /** New pairs the swap makes that met before. */
  introducedRepeats: { personIds: [string, string]; timesMet: number; lastRoundsAgo: number }[];
  brokenNeverPair: [string, string][];
}

/** One pair session of a person, as their page lists it. */
export interface PersonPairSession {
  groupId: string;
  groupName: string;
  roundId: string;
  from: string;
  to: string;
  /** The partner, or both partners of a triad (names, and their person ids); empty when they met the coach instead. */
  partners: string[];
  partnerIds: string[];
  withCoach: boolean;
  /** The round has begun (it is under way or over); otherwise it is a plan. */
  begun: boolean;
  /** With the coach there is no pair session to record: 'planned' until the round is over, then 'held'. */
  status: 'planned' | 'held' | 'skipped';
}

export interface PersonOneToOne {
  groupId: string;
  groupName: string;
  id: string;
  date: string;
  startTime: string;
  timeZone: string;
  minutes: number;
  status: 'planned' | 'held' | 'cancelled';
}

export interface PersonBetweenHistory {
  /** Newest first, across every group. */
  pairSessions: PersonPairSession[];
  oneToOnes: PersonOneToOne[];
}

const inGroup = ({ groupId }: { groupId: string }) => [tags.between(groupId)];
const swapInput = z.strictObject({ groupId: IdSchema, roundId: IdSchema, a: IdSchema, b: IdSchema }).refine((s) => s.a !== s.b, { message: 'Choose two different people to swap.', path: ['b'] });

export const betweenMethods = {
  // Names members, so it reads each of them (or every person, before an answer is cached).
  'between.view': query<BetweenView>()(z.strictObject({ groupId: IdSchema }), ({ groupId }, answer) => [
    tags.between(groupId),
    tags.members(groupId),
    tags.meetings(groupId),
    ...(answer ? answer.members.map((m) => tags.person(m.personId)) : [tags.person()]),
  ]),
  /** A person's pair sessions and 1:1s in every group, for their page. */
  // Names the partners only: an edit of the person's own details changes nothing here.
  'between.personHistory': query<PersonBetweenHistory>()(z.strictObject({ id: IdSchema }), ({ id }, answer) => [
    tags.memberships(id),
    tags.between(),
    tags.oneToOnes(),
    tags.group(),
    ...(answer ? [...new Set(answer.pairSessions.flatMap((s) => s.partnerIds))].map((p) => tags.person(p)) : [tags.person()]),
  ]),
  'between.updateSettings': command<BetweenSettings>()(z.strictObject({ groupId: IdSchema, settings: BetweenSettingsInputSchema }), inGroup),
  /** Plans every gap ahead (and the current one, when it has no round); rounds already begun are never touched. */
  'between.plan': command<PlanOutcome>()(z.strictObject({ groupId: IdSchema, replaceHandEdited: z.boolean() }), inGroup),
  'between.previewSwap': query<SwapPreview>()(swapInput, inGroup),
  'between.swap': command<SwapPreview>()(swapInput, inGroup),
  /** A member away for a round: that round, and the plans after it, are planned again without them. */
  'between.setAbsent': command<PlanOutcome>()(z.strictObject({ groupId: IdSchema, roundId: IdSchema, personId: IdSchema, absent: z.boolean() }), inGroup),
  'between.recordSession': command<PairSession>()(
    z.strictObject({
      groupId: IdSchema,
      roundId: IdSchema,
      sessionId: IdSchema,
      status: PairSessionStatusSchema,
      agreedTime: AgreedTimeSchema.nullable(),
      where: z.string().trim().max(300, 'Keep the place or link under 300 characters.'),
    }),
    inGroup,
  ),
} as const;
