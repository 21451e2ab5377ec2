import { z } from 'zod';
import { IdSchema, InstantSchema, IsoDateSchema, TimeZoneSchema, optionalText, trimmed } from './primitives';

// Between meetings: the pairing rounds in which members coach each other
// ("I'll coach you if you'll coach me": an hour, each the coach for half of
// it), and the group's rules for them. A group's file holds these beside its
// meetings (since version 4), because a round is planned from the group's
// members and meetings and re-planned when either changes.

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const OddMemberPolicySchema = z.enum(['triad', 'with-coach'], { error: 'Choose what happens with an odd number of members.' });
export type OddMemberPolicy = z.infer<typeof OddMemberPolicySchema>;

export const OneToOneCadenceSchema = z.discriminatedUnion('type', [
  /** One 1:1 per member in each gap between two meetings. */
  z.strictObject({ type: z.literal('between-meetings') }),
  z.strictObject({
    type: z.literal('every-weeks'),
    weeks: z.number({ error: 'Enter a number of weeks.' }).int('Use whole weeks.').min(1, 'At least every week.').max(26, 'At most every 26 weeks.'),
  }),
  z.strictObject({ type: z.literal('none') }),
]);
export type OneToOneCadence = z.infer<typeof OneToOneCadenceSchema>;

export const NeverPairSchema = z.tuple([IdSchema, IdSchema]);

export const TeamOfMemberSchema = z.strictObject({ personId: IdSchema, team: trimmed('Team', 1, 60) });

/** What the coach decides for a group's pairs; a round keeps the rules it was planned under. */
export const PairingRulesSchema = z.strictObject({
  oddMember: OddMemberPolicySchema,
  /** Pairs that must never be made (a manager and their report, say). */
  neverPair: z.array(NeverPairSchema).max(100),
  /** Internal groups: rather partners from different teams, when that costs no repeat. */
  preferDifferentTeams: z.boolean(),
});
export type PairingRules = z.infer<typeof PairingRulesSchema>;

export const BetweenSettingsSchema = z.strictObject({
  pairing: PairingRulesSchema,
  /** Each member's team, for the preference above; members without one never count as "same team". */
  teams: z.array(TeamOfMemberSchema).max(200),
  oneToOneCadence: OneToOneCadenceSchema,
});
export type BetweenSettings = z.infer<typeof BetweenSettingsSchema>;

export const DEFAULT_BETWEEN_SETTINGS: BetweenSettings = {
  pairing: { oddMember: 'triad', neverPair: [], preferDifferentTeams: false },
  teams: [],
  oneToOneCadence: { type: 'between-meetings' },
};

export const PairSessionStatusSchema = z.enum(['planned', 'held', 'skipped'], { error: 'Choose planned, held or skipped.' });
export type PairSessionStatus = z.infer<typeof PairSessionStatusSchema>;

/** When a pair agreed to meet: a local date and time in a zone (the coach's, unless they say otherwise). */
export const AgreedTimeSchema = z.strictObject({
  date: IsoDateSchema,
  time: z.string().regex(LOCAL_TIME, 'Enter a time such as 18:30.'),
  timeZone: TimeZoneSchema,
});
export type AgreedTime = z.infer<typeof AgreedTimeSchema>;

/** One pair (or the triad) of a round, and how their session went as members reported it. */
export const PairSessionSchema = z.strictObject({
  id: IdSchema,
  personIds: z.array(IdSchema).min(2).max(3),
  status: PairSessionStatusSchema,
  agreedTime: AgreedTimeSchema.nullable(),
  /** A place or a video link, as the pair agreed; empty when not known. */
  where: z.string().max(300),
  updatedAt: InstantSchema,
});
export type PairSession = z.infer<typeof PairSessionSchema>;

export const PairingRoundSchema = z.strictObject({
  id: IdSchema,
  /** The gap it fills: from one meeting's day to the next's (or dates the coach chose). */
  from: IsoDateSchema,
  to: IsoDateSchema,
  afterMeetingId: IdSchema.nullable(),
  beforeMeetingId: IdSchema.nullable(),
  /** Members away or on leave for this round: not paired. */
  absent: z.array(IdSchema),
  sessions: z.array(PairSessionSchema),
  /** The odd member paired with the coach (counted as their 1:1), when the group chose that. */
  withCoach: IdSchema.nullable(),
  /** The rules in force when it was planned. */
  rules: PairingRulesSchema,
  /** Set once the coach swaps by hand: re-planning the future then asks before replacing it. */
  handEdited: z.boolean(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type PairingRound = z.infer<typeof PairingRoundSchema>;

// ---------- inputs ----------

export const BetweenSettingsInputSchema = z
  .strictObject({
    pairing: PairingRulesSchema,
    teams: z.array(z.strictObject({ personId: IdSchema, team: optionalText('Team', 60) })).max(200),
    oneToOneCadence: OneToOneCadenceSchema,
  })
  .superRefine((s, ctx) => {
    s.pairing.neverPair.forEach(([a, b], i) => {
      if (a === b) ctx.addIssue({ code: 'custom', path: ['pairing', 'neverPair', i], message: 'Choose two different members.' });
    });
  });
export type BetweenSettingsInput = z.input<typeof BetweenSettingsInputSchema>;

// ---------- the coach's 1:1s ----------

export const OneToOneStatusSchema = z.enum(['planned', 'held', 'cancelled'], { error: 'Choose planned, held or cancelled.' });
export type OneToOneStatus = z.infer<typeof OneToOneStatusSchema>;

/** A 1:1 between the coach and one member of a group, in the coach's calendar like a meeting. */
export const OneToOneSchema = z.strictObject({
  id: IdSchema,
  personId: IdSchema,
  /** Local date and start time in `timeZone` (the coach's, when it was planned). */
  date: IsoDateSchema,
  startTime: z.string().regex(LOCAL_TIME, 'Not a local time (HH:mm).'),
  timeZone: TimeZoneSchema,
  minutes: z.number().int().min(15).max(240),
  /** UTC instants of the start and end. */
  start: InstantSchema,
  end: InstantSchema,
  /** A video link or an address; empty when still to be agreed. */
  where: z.string().max(300),
  status: OneToOneStatusSchema,
  /** The pairing round in which this member was the odd one, paired with the coach. */
  roundId: IdSchema.nullable(),
  /** Bumped on every change a calendar must pick up (RFC 5545 SEQUENCE). */
  sequence: z.number().int().min(0),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type OneToOne = z.infer<typeof OneToOneSchema>;
