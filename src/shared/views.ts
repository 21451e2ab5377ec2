import type { AddressBookFormat } from './address-book';
import type {
  Goal,
  Group,
  Membership,
  Norm,
  NormAgreement,
  Person,
  PersonValues,
  Settings,
} from './entities';

// Shapes the services return to the renderer: records joined with what a view
// needs, so the renderer never has to reassemble aggregates itself.

export type GroupWarning =
  | { code: 'too-many-members'; message: string }
  | { code: 'no-members'; message: string }
  | { code: 'norms-not-agreed'; message: string; count: number }
  | { code: 'members-without-goal'; message: string; count: number }
  | { code: 'goals-overdue'; message: string; count: number };

export interface GroupSummary {
  group: Group;
  /** Members who have joined and not left, as of today in the group's zone. */
  activeMemberCount: number;
  /** Members whose joining day is still ahead (often everyone, before a group's start). */
  upcomingMemberCount: number;
  /** The first of those joining days, or null when nobody is about to join. */
  nextJoinDate: string | null;
  plannedEndDate: string;
  warnings: GroupWarning[];
}

export interface MemberView {
  membership: Membership;
  /**
   * The person, or null for a former member whose record was deleted with the
   * group's history kept (see AnonymisedMember).
   */
  person: Person | null;
  /** What the group page calls them: the person's name, or "Former member" (numbered when there are several). */
  name: string;
  /** Joined and not left, as of today in the group's zone. */
  active: boolean;
  /** Not joined yet: the joining day is still ahead. */
  upcoming: boolean;
  /** An active member's open goal whose target date has passed. */
  goalOverdue: boolean;
  /** Agreement to the current norms revision, or null when missing or stale. */
  agreement: NormAgreement | null;
  /** An agreement to an older revision of the norms, if that is all there is. */
  staleAgreement: NormAgreement | null;
}

export interface GroupDetail extends GroupSummary {
  members: MemberView[];
  norms: Norm[];
  normsRevision: number;
  /**
   * Members now or starting later who have not agreed to the current norms:
   * contracting often happens before the first meeting.
   */
  notAgreed: Person[];
}

export interface PersonMembershipView {
  groupId: string;
  groupName: string;
  groupColor: string;
  groupArchived: boolean;
  membership: Membership;
}

export interface PersonSummary {
  person: Person;
  activeGroupCount: number;
  groupNames: string[];
}

export interface PersonDetail {
  person: Person;
  memberships: PersonMembershipView[];
}

export interface AttentionItem {
  kind:
    | 'group-without-members'
    | 'member-without-goal'
    | 'goal-overdue'
    | 'norms-not-agreed'
    | 'group-too-large'
    /** Away (absent or excused) at the group's last two held meetings. */
    | 'missed-two-meetings'
    /** Open next steps past their due date, one item per member and group. */
    | 'next-step-overdue'
    /** Past meetings never recorded as held nor marked as not held, one item per group. */
    | 'meetings-not-recorded'
    /** Pairs of the round under way who have not met, with the next meeting a week away or less; one item per group. */
    | 'pairs-not-met';
  groupId: string;
  groupName: string;
  /** The meeting to open (the oldest one the item is about), for items about meetings. */
  meetingId?: string;
  meetingDate?: string;
  personId?: string;
  personName?: string;
  message: string;
}

export interface Dashboard {
  today: string;
  coachTimeZone: string;
  activeGroups: GroupSummary[];
  archivedGroupCount: number;
  peopleCount: number;
  attention: AttentionItem[];
}

export interface ImportRowError {
  field: string;
  message: string;
}

export interface ImportRow {
  /**
   * 1-based line in the file where the row starts: for a CSV file the header is
   * line 1 (or later, after notes such as LinkedIn's); for a vCard file, the
   * card's BEGIN:VCARD line.
   */
  line: number;
  /** What the file says, as shown in the preview (very long values are cut short). */
  values: Partial<Record<keyof PersonValues, string>>;
  person: PersonValues | null;
  errors: ImportRowError[];
  /** Set when the email already belongs to a person, or repeats an earlier row. */
  duplicateOf: { kind: 'existing'; personId: string; name: string } | { kind: 'row'; line: number } | null;
}

/** Where a field was read from: CSV headers or vCard properties, in the order they were tried. */
export interface ImportFieldSource {
  field: keyof PersonValues;
  from: string[];
}

export interface ImportPreview {
  format: AddressBookFormat;
  sources: ImportFieldSource[];
  columns: string[];
  missingColumns: string[];
  rows: ImportRow[];
  importableCount: number;
}

export interface ImportResult {
  created: Person[];
  skipped: number;
}

export interface BackupInfo {
  id: string;
  createdAt: string;
  reason: 'start' | 'periodic' | 'manual' | 'before-restore';
  sizeBytes: number;
}

/** An entry in the backups folder under a backup's name that cannot be read as a backup. */
export interface UnreadableBackup {
  name: string;
  problem: string;
}

export interface BackupList {
  backups: BackupInfo[];
  /** Shown to the coach: they are skipped by restore and recovery, and never pruned. */
  unreadable: UnreadableBackup[];
}

export type RecoveryEventKind =
  /** A damaged file was replaced with a good backup copy. */
  | 'file-restored'
  /** A damaged file had no good copy anywhere: it was set aside and is missing from the app. */
  | 'file-set-aside'
  /** Something in the wrong place (a file where a folder belongs, a damaged notice list) was set aside. */
  | 'entry-set-aside'
  /** A restore had been interrupted; it was completed. */
  | 'restore-finished'
  /** A restore had been interrupted and its backup could no longer be read; the state before it was put back. */
  | 'restore-rolled-back'
  /** A restore had been interrupted and could be neither completed nor undone. */
  | 'restore-unresolved';

/** Something recovery did to the data folder, shown until the coach acknowledges it. */
export interface RecoveryEvent {
  id: string;
  occurredAt: string;
  kind: RecoveryEventKind;
  /** The file or folder concerned, relative to the data folder ('' for the folder as a whole). */
  file: string;
  problem: string;
  /** The backup a file (or a restore) came from; null when none. */
  restoredFrom: string | null;
  /** Where the damaged original was kept, relative to the data folder; '' when nothing was kept. */
  keptAs: string;
}

/** A rule the data breaks (a member whose person is missing, two groups with one name ...). */
export interface DataProblem {
  file: string;
  message: string;
}

/** The last background backup failed; cleared by the next backup that succeeds. */
export interface BackupProblem {
  failedAt: string;
  reason: BackupInfo['reason'];
  message: string;
}

export type DataExportResult =
  | { saved: true; path: string; people: number; groups: number; bytes: number }
  /** The coach closed the save dialog. */
  | { saved: false };

export interface AppInfo {
  version: string;
  dataDir: string;
  /** Repairs not yet acknowledged by the coach, oldest first. */
  recovery: RecoveryEvent[];
  /** Broken rules found in the data now; empty when everything fits together. */
  dataProblems: DataProblem[];
  backupProblem: BackupProblem | null;
  settings: Settings;
}

export type { Goal };
