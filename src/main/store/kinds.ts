import type { z } from 'zod';
import { AnonymisedMemberSchema, MembershipSchema, NormAgreementSchema, NormSchema, PersonSchema } from '../../shared/entities';
import { OneToOneSchema, PairingRoundSchema } from '../../shared/between';
import { MeetingRecordSchema, MeetingSchema, MeetingSeriesSchema } from '../../shared/meetings';
import type { Collection } from './apply-change';
import { CALENDAR_LEDGER_FILE, CalendarLedgerDocSchema, type CalendarLedgerDoc } from './calendar-ledger-doc';
import { entryKind } from './durable-fs';
import { GroupDocSchema, IndexDocSchema, MeetingRecordsDocSchema, type GroupDoc, type IndexDoc, type MeetingRecordsDoc } from './documents';
import { INDEX_FILE, absolute, groupIdOfFile, listGroupFiles, listMeetingRecordsFiles, recordsFileParts } from './layout';
import type { DocKind } from './migrations/types';
import { VAULT_FILE, VaultHeaderDocSchema, type VaultHeaderDoc } from './vault-header-doc';
import { NoteFileDocSchema, type NoteFileDoc } from './notes/note-file-doc';
import { listNoteFiles, noteFile, noteFileParts } from './notes/note-layout';
import { NOTE_TEMPLATES_FILE, NoteTemplatesDocSchema, type NoteTemplatesDoc } from './notes/note-templates-doc';

/**
 * Every kind of file the store keeps, and what the rest of the store needs to
 * know about it: how its files are found, the schema they must match, what
 * their name promises about their content, what happens when one is lost, and
 * whether backups carry it. Inspection, recovery at open, backups, restore and
 * `verify` all go through this list, so a new kind of file (a year of a
 * group's meetings, a note, the vault header) is one entry here and one
 * schema, not an edit in each of those places.
 */
export interface DocumentKind<D = unknown> {
  kind: DocKind;
  /** How the coach is told which file this is: "the list of people and settings". */
  describe(file: string): string;
  schema: z.ZodType<D>;
  /** The entries of this kind present under `root` (relative paths, sorted), whatever they are. */
  files(root: string): Promise<string[]>;
  /** Does this relative path name a file of this kind? */
  owns(file: string): boolean;
  /** What the file's name promises about its content, checked after the schema; a problem in words or null. */
  identityProblem(file: string, doc: D): string | null;
  /**
   * A damaged file of this kind that no backup holds good: 'refuse-open' stops
   * the open (showing an empty app over real data would be worse), 'set-aside'
   * keeps the damaged file in quarantine and opens without it, with a notice.
   */
  whenLost: 'refuse-open' | 'set-aside';
  /**
   * Copied into every backup, put back by a restore, and compared to tell
   * whether a new backup is needed. Note files are backed up too, but shared
   * between backups instead of copied (note-pool.ts), so they say false here.
   */
  backedUp: boolean;
  /**
   * Read and checked when the folder opens. History kinds are not: they are
   * read (and, if damaged, repaired the same way) the first time a page needs
   * them, so years of records do not slow every start.
   */
  readAtOpen: boolean;
  /** Lists of independently valid items that a change re-checks item by item (apply-change.ts). */
  collections: readonly Collection[];
}

export const indexKind: DocumentKind<IndexDoc> = {
  kind: 'index',
  describe: () => 'the list of people and settings',
  schema: IndexDocSchema,
  files: async () => [INDEX_FILE],
  owns: (file) => file === INDEX_FILE,
  identityProblem: () => null,
  whenLost: 'refuse-open',
  backedUp: true,
  readAtOpen: true,
  collections: [{ key: 'people', item: PersonSchema }],
};

export const groupKind: DocumentKind<GroupDoc> = {
  kind: 'group',
  describe: () => 'a group’s file',
  schema: GroupDocSchema,
  files: (root) => listGroupFiles(root),
  owns: (file) => groupIdOfFile(file) !== null,
  identityProblem: (file, doc) => {
    const id = doc.group.id;
    const named = groupIdOfFile(file);
    return id === named ? null : `The file holds group ${id}, but its name says ${named}.`;
  },
  whenLost: 'set-aside',
  backedUp: true,
  readAtOpen: true,
  // Every list of the group file is a plain list of items valid on their own, so
  // a save re-checks only the items it changed (a norm agreement, a meeting).
  collections: [
    { key: 'memberships', item: MembershipSchema },
    { key: 'norms', item: NormSchema },
    { key: 'normAgreements', item: NormAgreementSchema },
    { key: 'anonymisedMembers', item: AnonymisedMemberSchema },
    { key: 'meetingSeries', item: MeetingSeriesSchema },
    { key: 'meetings', item: MeetingSchema, idOf: (m: { id: string }) => m.id },
    { key: 'pairingRounds', item: PairingRoundSchema, idOf: (r: { id: string }) => r.id },
    { key: 'oneToOnes', item: OneToOneSchema, idOf: (o: { id: string }) => o.id },
  ],
};

export const meetingRecordsKind: DocumentKind<MeetingRecordsDoc> = {
  kind: 'meeting-records',
  describe: (file) => {
    const parts = recordsFileParts(file);
    return parts ? `the ${parts.year} meeting records of a group` : 'a file of meeting records';
  },
  schema: MeetingRecordsDocSchema,
  files: (root) => listMeetingRecordsFiles(root),
  owns: (file) => recordsFileParts(file) !== null,
  identityProblem: (file, doc) => {
    const named = recordsFileParts(file);
    if (!named) return null;
    if (doc.groupId !== named.groupId) return `The file holds records of group ${doc.groupId}, but its name says ${named.groupId}.`;
    return doc.year === named.year ? null : `The file holds the records of ${doc.year}, but its name says ${named.year}.`;
  },
  whenLost: 'set-aside',
  backedUp: true,
  readAtOpen: false,
  collections: [{ key: 'records', item: MeetingRecordSchema, idOf: (r: { meetingId: string }) => r.meetingId }],
};

/**
 * The vault header (vault-header-doc.ts), present once the coach has set up
 * encrypted notes. Read when the vault is first asked about, not at open. A
 * damaged header comes back from the newest good backup; with none it is set
 * aside (never deleted: with the passphrase it is the only way to the notes)
 * and the rest of the app opens as usual.
 */
export const vaultHeaderKind: DocumentKind<VaultHeaderDoc> = {
  kind: 'vault-header',
  describe: () => 'the key file of your encrypted notes',
  schema: VaultHeaderDocSchema,
  files: async (root) => ((await entryKind(absolute(root, VAULT_FILE))) === null ? [] : [VAULT_FILE]),
  owns: (file) => file === VAULT_FILE,
  identityProblem: () => null,
  whenLost: 'set-aside',
  backedUp: true,
  readAtOpen: false,
  collections: [],
};

/**
 * One confidential note (note-file-doc.ts): metadata in the clear, content
 * sealed. Read through the notes catalog when first needed; every backup
 * names the note files it holds and shares them with the other backups. A
 * damaged note is set aside and its newest backed-up copy put back.
 */
export const noteKind: DocumentKind<NoteFileDoc> = {
  kind: 'note',
  describe: () => 'one of your encrypted notes',
  schema: NoteFileDocSchema,
  files: (root) => listNoteFiles(root),
  owns: (file) => noteFileParts(file) !== null,
  identityProblem: (file, doc) => (noteFile(doc.id, doc.revision) === file ? null : `The file holds note ${doc.id} revision ${doc.revision}, but its name says otherwise.`),
  whenLost: 'set-aside',
  backedUp: false,
  readAtOpen: false,
  collections: [],
};

/** The coach's note templates, sealed (note-templates-doc.ts); built-in ones are used while it is absent. */
export const noteTemplatesKind: DocumentKind<NoteTemplatesDoc> = {
  kind: 'note-templates',
  describe: () => 'your note templates',
  schema: NoteTemplatesDocSchema,
  files: async (root) => ((await entryKind(absolute(root, NOTE_TEMPLATES_FILE))) === null ? [] : [NOTE_TEMPLATES_FILE]),
  owns: (file) => file === NOTE_TEMPLATES_FILE,
  identityProblem: () => null,
  whenLost: 'set-aside',
  backedUp: true,
  readAtOpen: false,
  collections: [],
};

/** The calendar export's ledger (calendar-ledger-doc.ts): read when an export is planned, backed up like the rest. */
export const calendarLedgerKind: DocumentKind<CalendarLedgerDoc> = {
  kind: 'calendar-ledger',
  describe: () => 'the record of calendar files and invitations you sent',
  schema: CalendarLedgerDocSchema,
  files: async (root) => ((await entryKind(absolute(root, CALENDAR_LEDGER_FILE))) === null ? [] : [CALENDAR_LEDGER_FILE]),
  owns: (file) => file === CALENDAR_LEDGER_FILE,
  identityProblem: () => null,
  whenLost: 'set-aside',
  backedUp: true,
  readAtOpen: false,
  collections: [],
};

/** Every kind, in the order files are read and listed (the index first). */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  indexKind,
  groupKind,
  meetingRecordsKind,
  vaultHeaderKind,
  noteTemplatesKind,
  noteKind,
  calendarLedgerKind,
] as readonly DocumentKind[];

/** The kind a relative path belongs to, or null for a file that is none of the store's. */
export function kindOfFile(file: string): DocumentKind | null {
  return DOCUMENT_KINDS.find((k) => k.owns(file)) ?? null;
}

/** Every entry of every kind present under `root`, index first. */
export async function listKindFiles(root: string, which: (kind: DocumentKind) => boolean = () => true): Promise<string[]> {
  const files: string[] = [];
  for (const kind of DOCUMENT_KINDS.filter(which)) files.push(...(await kind.files(root)));
  return files;
}

/**
 * The files a backup copies: every entry of a backed-up kind that is a regular
 * file (index first). Damage of the wrong kind (a folder named like a group
 * file) is recovery's business at the next open, not something to copy.
 */
export async function listDataFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  for (const relative of await listKindFiles(root, (kind) => kind.backedUp)) {
    if ((await entryKind(absolute(root, relative))) === 'file') files.push(relative);
  }
  return files;
}
