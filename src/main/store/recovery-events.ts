import type { AppliedRepair } from './recovery';
import type { NewRecoveryEvent } from './recovery-log';
import type { ResumedRestore } from './restore';

// What recovery did, as notices for the coach (see recovery-log.ts).

export const repairEvents = (applied: readonly AppliedRepair[]): NewRecoveryEvent[] =>
  applied.map((r) => ({
    kind: r.restoredFrom ? 'file-restored' : 'file-set-aside',
    file: r.file,
    problem: r.problem,
    restoredFrom: r.restoredFrom,
    keptAs: r.keptAs,
  }));

export function resumedRestoreEvent(resumed: ResumedRestore): NewRecoveryEvent {
  switch (resumed.outcome) {
    case 'finished':
      return {
        kind: 'restore-finished',
        file: '',
        problem: 'A restore of a backup was interrupted (the app stopped while it was writing files).',
        restoredFrom: resumed.backupId,
        keptAs: '',
      };
    case 'rolled-back':
      return {
        kind: 'restore-rolled-back',
        file: '',
        problem: `A restore of a backup was interrupted, and that backup can no longer be read (${resumed.problem})`,
        restoredFrom: resumed.safetyBackupId,
        keptAs: '',
      };
    case 'unresolved':
      return { kind: 'restore-unresolved', file: '', problem: resumed.problem, restoredFrom: null, keptAs: resumed.keptAs };
  }
}
