import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { CURRENT_SCHEMA_VERSION, defaultIndexDoc, type GroupDoc, type IndexDoc, noMeetingsYet } from '../src/main/store/documents';
import { DurableJsonAdapter } from '../src/main/store/durable-adapter';
import { ensurePrivateDir } from '../src/main/store/durable-fs';
import { openStore } from '../src/main/store/open-store';
import type { Membership, Person } from '../src/shared/entities';

/**
 * A decade of a busy coach's data, for the benchmark:
 * 25 groups, 300 people, 3,000 meetings, 6,000 pair sessions, 3,000 1:1s and
 * 15,000 confidential notes of about 1.5 KB.
 *
 * Two folders are built:
 * - `current/`: what today's schema holds (people, groups, memberships with
 *   goals, norms, agreements), written through the real store, opened by the
 *   cold-open measurement.
 * - `future/`: group files shaped like the coming ones, with each group's share
 *   of meetings, pair sessions and 1:1s as arrays inside the group file (the
 *   aggregate root), plus notes as one encrypted-sized file each under notes/.
 *   Today's strict schema refuses those fields, so this folder is written and
 *   saved through DurableJsonAdapter + Low directly.
 */
export const DECADE = { groups: 25, people: 300, meetings: 3000, pairSessions: 6000, oneOnOnes: 3000, notes: 15000 };

let state = 42;
const rand = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const uuid = (): string => {
  const h = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const ZONES = ['Europe/London', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland', 'Europe/Madrid'];
const WORDS = 'listen trust feedback delegate priorities team conflict strategy growth energy boundaries clarity courage focus'.split(' ');
const sentence = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
const instant = (year: number): string =>
  new Date(Date.UTC(year, Math.floor(rand() * 12), 1 + Math.floor(rand() * 28), 7 + Math.floor(rand() * 10))).toISOString();
const day = (year: number): string => instant(year).slice(0, 10);

function makePeople(): Person[] {
  return Array.from({ length: DECADE.people }, (_, i) => ({
    id: uuid(),
    name: `Person ${i + 1} ${pick(['Okafor', 'Weber', 'Raman', 'Hēnare', 'Fernández', 'Smith', 'Nguyen'])}`,
    email: `person${i + 1}@example.com`,
    timeZone: pick(ZONES),
    organisation: pick(['', 'Northwind Health', 'Kōwhai Studio', 'Acme Ltd']),
    role: pick(['', 'Team Lead', 'Director', 'Founder']),
    phone: '',
    createdAt: instant(2015),
    updatedAt: instant(2020),
  }));
}

function makeGroup(g: number, people: Person[]): GroupDoc {
  const year = 2015 + Math.floor(g / 3);
  const members: Membership[] = Array.from({ length: 12 }, (_, m) => ({
    id: uuid(),
    personId: people[(g * 12 + m) % people.length]!.id,
    joinedOn: day(year),
    leftOn: m < 4 ? day(year + 1) : null,
    goal: { text: `I want to get better at ${sentence(8)}.`, targetDate: day(year + 1), status: 'in-progress', setAt: instant(year), updatedAt: instant(year) },
  }));
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    group: {
      id: uuid(),
      name: `Circle ${g + 1}`,
      purpose: sentence(20),
      kind: { type: 'standalone' },
      facilitation: 'coach',
      startDate: `${year}-01-10`,
      plannedEnd: { type: 'duration', months: 12 },
      timeZone: pick(ZONES),
      meetingMinutes: 90,
      mode: { type: 'virtual', videoLink: `https://meet.example.com/circle-${g + 1}` },
      color: '#2563eb',
      archivedAt: g < 20 ? instant(year + 1) : null,
      createdAt: instant(year),
      updatedAt: instant(year),
    },
    memberships: members,
    norms: Array.from({ length: 8 }, () => ({ id: uuid(), text: sentence(10) })),
    normsRevision: 2,
    normAgreements: members.map((m) => ({ personId: m.personId, agreedOn: m.joinedOn, revision: 2 })),
    anonymisedMembers: [],
    ...noMeetingsYet(),
  };
}

/** The future records of one group: its 1/25 share of meetings, pair sessions and 1:1s. */
function historyOf(doc: GroupDoc): Record<string, unknown[]> {
  const ids = doc.memberships.map((m) => m.personId);
  const year = (): number => 2015 + Math.floor(rand() * 10);
  return {
    meetings: Array.from({ length: DECADE.meetings / DECADE.groups }, () => ({
      id: uuid(),
      startsAt: instant(year()),
      timeZone: doc.group.timeZone,
      minutes: 90,
      status: 'held',
      agenda: sentence(25),
      attendance: ids.slice(0, 8).map((personId) => ({ personId, status: pick(['present', 'present', 'apologies', 'absent']) })),
      actionItems: Array.from({ length: 2 }, () => ({ id: uuid(), personId: pick(ids), text: sentence(12), due: day(year()), done: rand() > 0.3 })),
    })),
    pairSessions: Array.from({ length: DECADE.pairSessions / DECADE.groups }, () => ({
      id: uuid(),
      roundId: uuid(),
      personIds: [pick(ids), pick(ids)],
      scheduledAt: instant(year()),
      timeZone: doc.group.timeZone,
      status: pick(['done', 'done', 'missed']),
    })),
    oneOnOnes: Array.from({ length: DECADE.oneOnOnes / DECADE.groups }, () => ({
      id: uuid(),
      personId: pick(ids),
      startsAt: instant(year()),
      timeZone: doc.group.timeZone,
      minutes: 45,
      status: 'held',
      topics: sentence(15),
      noteId: uuid(),
    })),
  };
}

/** An encrypted note as the vault will store it: header fields and ~1.5 KB of base64 ciphertext. */
const noteFile = (id: string): string =>
  JSON.stringify({ v: 1, id, nonce: randomBytes(12).toString('base64'), ciphertext: randomBytes(1050).toString('base64'), tag: randomBytes(16).toString('base64'), updatedAt: instant(2020) });

export interface DecadeStore {
  currentDir: string;
  futureDir: string;
  /** A future-shaped group file to save in the benchmark, and its document. */
  futureGroupPath: string;
  futureGroupDoc: Record<string, unknown>;
  sizes: { indexBytes: number; currentGroupBytesAvg: number; futureGroupBytesAvg: number; futureGroupBytesMax: number; futureGroupsTotal: number; notesTotal: number; noteBytesAvg: number; currentTotal: number };
}

export async function buildDecadeStore(root: string): Promise<DecadeStore> {
  state = 42;
  const people = makePeople();
  const groups = Array.from({ length: DECADE.groups }, (_, g) => makeGroup(g, people));

  const currentDir = path.join(root, 'current');
  const store = await openStore({ dataDir: currentDir, defaultTimeZone: 'Europe/London', backupIntervalMs: 0 });
  await store.updateIndex((d) => void d.people.push(...people));
  for (const g of groups) await store.createGroup(g);
  await store.close();

  const futureDir = path.join(root, 'future');
  await ensurePrivateDir(path.join(futureDir, 'groups'));
  await ensurePrivateDir(path.join(futureDir, 'notes'));
  const index: IndexDoc = { ...defaultIndexDoc('Europe/London'), people };
  const indexAdapter = new DurableJsonAdapter<IndexDoc>(path.join(futureDir, 'index.json'));
  await new Low(indexAdapter, index).write();
  await indexAdapter.close();
  const futureSizes: number[] = [];
  let futureGroupPath = '';
  let futureGroupDoc: Record<string, unknown> = {};
  for (const g of groups) {
    const doc = { ...g, ...historyOf(g) };
    const file = path.join(futureDir, 'groups', `${g.group.id}.json`);
    const adapter = new DurableJsonAdapter<typeof doc>(file);
    await new Low(adapter, doc).write();
    await adapter.close();
    futureSizes.push((await fs.stat(file)).size);
    futureGroupPath = file;
    futureGroupDoc = doc;
  }
  // 15,000 notes, written plainly (no fsync each): this is set-up, not a measurement.
  let notesTotal = 0;
  for (let i = 0; i < DECADE.notes; i++) {
    const id = uuid();
    const bytes = noteFile(id);
    notesTotal += Buffer.byteLength(bytes);
    await fs.writeFile(path.join(futureDir, 'notes', `${id}.json`), bytes, { mode: 0o600 });
  }

  const currentGroupSizes = await Promise.all(groups.map(async (g) => (await fs.stat(path.join(currentDir, 'groups', `${g.group.id}.json`))).size));
  const indexBytes = (await fs.stat(path.join(currentDir, 'index.json'))).size;
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  return {
    currentDir,
    futureDir,
    futureGroupPath,
    futureGroupDoc,
    sizes: {
      indexBytes,
      currentGroupBytesAvg: Math.round(sum(currentGroupSizes) / currentGroupSizes.length),
      currentTotal: indexBytes + sum(currentGroupSizes),
      futureGroupBytesAvg: Math.round(sum(futureSizes) / futureSizes.length),
      futureGroupBytesMax: Math.max(...futureSizes),
      futureGroupsTotal: sum(futureSizes),
      notesTotal,
      noteBytesAvg: Math.round(notesTotal / DECADE.notes),
    },
  };
}
