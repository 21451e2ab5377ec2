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
  kind: 'group-without-members' | 'member-without-goal' | 'goal-overdue' | 'norms-not-agreed' | 'group-too-large';
  groupId: string;
  groupName: string;
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
  /** 1-based line number in the CSV file, counting the header as line 1. */
  line: number;
  values: Partial<Record<keyof PersonValues, string>>;
  person: PersonValues | null;
  errors: ImportRowError[];
  /** Set when the email already belongs to a person, or repeats an earlier row. */
  duplicateOf: { kind: 'existing'; personId: string; name: string } | { kind: 'row'; line: number } | null;
}

export interface ImportPreview {
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

export interface RecoveryEvent {
  file: string;
  problem: string;
  restoredFrom: string | null;
  keptAs: string;
}

export interface AppInfo {
  version: string;
  dataDir: string;
  recovery: RecoveryEvent[];
  settings: Settings;
}

export type { Goal };
