import type { Group, Settings } from '../../../src/shared/entities';
import type { AppInfo, BackupInfo, Dashboard, GroupSummary, RecoveryEvent } from '../../../src/shared/views';
import { sampleGroup } from '../../support/sample-records';

// Plain records shaped like the services' answers, for fake bridges. Dates are
// fixed so no test depends on today's date.

export const ids = {
  leaders: '11111111-1111-4111-8111-111111111111',
  founders: '22222222-2222-4222-8222-222222222222',
  alex: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  sam: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
};

export const settings: Settings = { coachName: 'Jo', coachTimeZone: 'Europe/London', coachEmail: '' };

export function makeGroup(overrides: Partial<Group> = {}): Group {
  const at = '2027-01-02T10:00:00.000Z';
  return sampleGroup(ids.leaders, { name: 'New leaders circle', startDate: '2027-01-12', createdAt: at, updatedAt: at, ...overrides });
}

export function makeSummary(overrides: Partial<GroupSummary> = {}): GroupSummary {
  return {
    group: makeGroup(),
    activeMemberCount: 6,
    upcomingMemberCount: 0,
    nextJoinDate: null,
    plannedEndDate: '2028-01-12',
    warnings: [],
    ...overrides,
  };
}

export function makeDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    today: '2027-02-03',
    coachTimeZone: 'Europe/London',
    activeGroups: [],
    archivedGroupCount: 0,
    peopleCount: 0,
    attention: [],
    ...overrides,
  };
}

export function makeAppInfo(overrides: Partial<AppInfo> = {}): AppInfo {
  return {
    version: '0.1.0',
    dataDir: '/home/jo/.config/Circlekeeper/data',
    recovery: [],
    dataProblems: [],
    backupProblem: null,
    settings,
    ...overrides,
  };
}

export function makeRecoveryEvent(overrides: Partial<RecoveryEvent> = {}): RecoveryEvent {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    occurredAt: '2027-02-03T10:00:00.000Z',
    kind: 'file-restored',
    file: 'index.json',
    problem: 'The file was empty.',
    restoredFrom: '2027-02-03T09-30-00-000Z-a1b2c3',
    keptAs: 'quarantine/2027-02-03T10-00-00-000Z-a1b2c3-index.json',
    ...overrides,
  };
}

export function makeBackup(overrides: Partial<BackupInfo> = {}): BackupInfo {
  return {
    id: '2027-02-03T09-30-00-000Z-a1b2c3',
    createdAt: '2027-02-03T09:30:00.000Z',
    reason: 'start',
    sizeBytes: 18_432,
    ...overrides,
  };
}
