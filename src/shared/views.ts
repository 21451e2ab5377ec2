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
  | { code: 'members-without-goal'; message: string; count: number };

export interface GroupSummary {
  group: Group;
  /** Members who have joined and not left, as of today in the group's zone. */
  activeMemberCount: number;
  plannedEndDate: string;
  warnings: GroupWarning[];
}

export interface MemberView {
  membership: Membership;
  person: Person;
  active: boolean;
  /** Agreement to the current norms revision, or null when missing or stale. */
  agreement: NormAgreement | null;
  /** An agreement to an older revision of the norms, if that is all there is. */
  staleAgreement: NormAgreement | null;
}

export interface GroupDetail extends GroupSummary {
  members: MemberView[];
  norms: Norm[];
  normsRevision: number;
  /** Active members who have not agreed to the current norms. */
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
  kind: 'group-without-members' | 'member-without-goal' | 'norms-not-agreed' | 'group-too-large';
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
