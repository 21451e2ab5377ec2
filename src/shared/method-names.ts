import type { BRIDGE_KEY as ApiBridgeKey, IPC_CHANNEL_PREFIX as ApiChannelPrefix, MethodName } from './api';

// The contract's method names and bridge constants without zod. The preload is
// bundled into one sandboxed file; importing api.ts there would pull the whole
// schema library into every window for the sake of a list of strings. Only
// types are imported from api.ts, so nothing of it reaches the bundle, and the
// compiler (plus tests/unit/preload/method-names.test.ts) keeps the two in step:
// a method added to an area in ./contract/ fails to compile until it is listed
// here too, in the order the areas are merged.

export const METHOD_NAMES = [
  'app.info',
  'recovery.acknowledge',
  'settings.get',
  'settings.update',
  'dashboard.get',
  'groups.list',
  'groups.get',
  'groups.create',
  'groups.update',
  'groups.archive',
  'groups.restore',
  'groups.delete',
  'people.list',
  'people.get',
  'people.create',
  'people.update',
  'people.delete',
  'people.deleteKeepingHistory',
  'people.importPreview',
  'people.importCommit',
  'memberships.add',
  'memberships.addMany',
  'memberships.leave',
  'memberships.updateDates',
  'memberships.rejoin',
  'memberships.remove',
  'goals.set',
  'goals.clear',
  'norms.add',
  'norms.update',
  'norms.remove',
  'norms.move',
  'norms.recordAgreement',
  'norms.recordAgreements',
  'norms.withdrawAgreement',
  'meetings.forGroup',
  'meetings.previewSeries',
  'meetings.previewAt',
  'meetings.planSeries',
  'meetings.changeSeriesFrom',
  'meetings.move',
  'meetings.cancel',
  'meetings.reinstate',
  'meetings.addExtra',
  'calendar.month',
  'calendar.agenda',
  'calendar.conflicts',
  'calendar.settings',
  'calendar.updateSettings',
  'calendar.importBusy',
  'calendar.clearBusy',
  'backups.list',
  'backups.create',
  'backups.restore',
  'data.export',
  'meetings.page',
  'meetings.memberStats',
  'meetings.previewSwap',
  'meetings.personNextSteps',
  'meetings.recordAttendance',
  'meetings.recordCheckIn',
  'meetings.markHeld',
  'meetings.setCoachees',
  'meetings.saveAgenda',
  'meetings.addNextStep',
  'meetings.updateNextStep',
  'meetings.removeNextStep',
  'meetings.reviewNextStep',
  'groups.updateMeetingSettings',
  'vault.status',
  'vault.passphraseStrength',
  'vault.setUp',
  'vault.unlock',
  'vault.lock',
  'vault.changePassphrase',
  'vault.newRecoveryKey',
  'vault.updateSettings',
  'vault.saveRecoveryKey',
] as const satisfies readonly MethodName[];

// Fails to compile when the contract gains a method this list lacks.
type Missing = Exclude<MethodName, (typeof METHOD_NAMES)[number]>;
const listIsComplete: [Missing] extends [never] ? true : Missing = true;
void listIsComplete;

export const BRIDGE_KEY: typeof ApiBridgeKey = 'circlekeeper';
export const IPC_CHANNEL_PREFIX: typeof ApiChannelPrefix = 'ck:';
