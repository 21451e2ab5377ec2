import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { CURRENT_SCHEMA_VERSION, type GroupDoc, noMeetingsYet } from '../../../src/main/store/documents';
import { openStore, type Store, type StoreOpenOptions } from '../../../src/main/store/open-store';
import type { Person } from '../../../src/shared/entities';
import { sampleGroup, samplePerson } from '../../support/sample-records';

const made: string[] = [];
const opened: Store[] = [];

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close().catch(() => undefined);
  for (const dir of made.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

export async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ck-store-'));
  made.push(dir);
  return dir;
}

export const FIXED_NOW = new Date('2025-06-15T12:00:00.000Z');

/** Opens a store with a fixed clock and no backup timer; closed after each test. */
export async function open(dataDir: string, extra: Partial<StoreOpenOptions> = {}): Promise<Store> {
  const store = await openStore({ dataDir, defaultTimeZone: 'Europe/London', now: () => FIXED_NOW, backupIntervalMs: 0, ...extra });
  opened.push(store);
  return store;
}

// Written before FIXED_NOW, as a real store's records would be.
const stamps = { createdAt: '2025-01-01T10:00:00.000Z', updatedAt: '2025-01-01T10:00:00.000Z' };

export function person(name: string, email: string): Person {
  return samplePerson(randomUUID(), { name, email, timeZone: 'Europe/Paris', organisation: 'Acme', ...stamps });
}

export function groupDoc(name: string, memberIds: string[] = []): GroupDoc {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    group: sampleGroup(randomUUID(), { name, startDate: '2025-01-06', timeZone: 'Europe/Paris', ...stamps }),
    memberships: memberIds.map((personId) => ({
      id: randomUUID(),
      personId,
      joinedOn: '2025-01-06',
      leftOn: null,
      goal: {
        text: 'I want to get better at listening.',
        targetDate: '2025-06-30',
        status: 'in-progress',
        setAt: '2025-01-06T10:00:00.000Z',
        updatedAt: '2025-01-06T10:00:00.000Z',
      },
    })),
    norms: [{ id: randomUUID(), text: 'What is said here stays here.' }],
    normsRevision: 1,
    normAgreements: [],
    anonymisedMembers: [],
    ...noMeetingsYet(),
  };
}

/** A store with two people and one group, then closed: returns the group id. */
export async function seed(dataDir: string): Promise<{ groupId: string; personIds: string[] }> {
  const store = await open(dataDir);
  const people = [person('Ada Lovelace', 'ada@example.com'), person('Alan Turing', 'alan@example.com')];
  await store.updateIndex((d) => {
    d.settings.coachName = 'Coach Kim';
    d.people.push(...people);
  });
  const g = await store.createGroup(groupDoc('Tuesday Circle', people.map((p) => p.id)));
  await store.close();
  return { groupId: g.group.id, personIds: people.map((p) => p.id) };
}

/** Every file under dir (relative path -> bytes), for "nothing changed" checks. */
export async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else out.set(child, await fs.readFile(path.join(dir, child)));
    }
  };
  await walk('');
  return out;
}

export const mode = async (p: string): Promise<number> => (await fs.stat(p)).mode & 0o777;
