// The pairing planner's public surface: services import from here only.
export type { HeldRound, IntroducedRepeat, OddMemberPolicy, PairingCost, PairingImpossible, PairingMember, PairingRules, PairReason, PassedOverPartner, RoundPlan } from './pairing-types';
export { isImpossible } from './pairing-types';
export { planRound, planRounds } from './pairing-planner';
export { swapMembers, type SwapResult } from './pairing-swap';
export { pairingMatrix, type MatrixCell, type PairingMatrix } from './pairing-matrix';
export { describeImpossible, describeReason, describeRound } from './pairing-explain';
export { compareCost, scoreRound } from './pairing-cost';
export { MAX_ROUND_MEMBERS } from './pairing-search';
