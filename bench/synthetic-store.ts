import { promises as fs } from 'node:fs';
import path from 'node:path';
import { METHOD_TEMPLATE, buildAgenda } from '../src/main/domain/meetings/agenda';
import { CURRENT_SCHEMA_VERSION, type GroupDoc, noMeetingsYet } from '../src/main/store/documents';
import { openStore } from '../src/main/store/open-store';
import { WEEKDAYS, expandSeries, type SeriesRule } from '../src/shared/calendar/recurrence';
import { seriesToText } from '../src/shared/calendar/recurrence-text';
import { localTimeAt } from '../src/shared/calendar/zoned';
import type { Membership, Person } from '../src/shared/entities';
import type { Meeting, MeetingRecord, MeetingSeries } from '../src/shared/meetings';

/**
 * A decade of a busy coach's data, for the benchmark: 25 groups of 12 members
 * over the years, 300 people, and 3,000 meetings (each group monthly for ten
 * years, in six zones), every one with its agenda, attendance, check-ins and
 * next steps. Pair sessions, 1:1s and notes join when their issues land.
 */
export const DECADE = { groups: 25, people: 300, meetings: 3000 };

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
    joinedOn: '2016-12-15',
    leftOn: m < 4 ? day(2020) : null,
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
      startDate: '2017-01-01',
      plannedEnd: { type: 'duration', months: 36 },
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

/** The group's series: monthly for ten years in its zone, expanded by the real series code (DST edges take the earlier time). */
function meetingsOf(doc: GroupDoc, g: number): { series: MeetingSeries; meetings: Meeting[] } {
  const rule: SeriesRule = {
    pattern: g % 3 === 0 ? { type: 'monthly-day', day: 1 + ((g * 7) % 28) } : { type: 'monthly-weekday', week: ((g % 4) + 1) as 1 | 2 | 3 | 4, weekday: WEEKDAYS[g % 5]! },
    fromDate: '2017-01-01',
    startTime: `${String(7 + (g % 12)).padStart(2, '0')}:${g % 2 === 0 ? '00' : '30'}`,
    timeZone: doc.group.timeZone,
    minutes: 90,
    end: { type: 'count', count: DECADE.meetings / DECADE.groups },
  };
  const at = '2016-12-01T09:00:00.000Z';
  const series: MeetingSeries = { id: uuid(), rule: seriesToText(rule)!, minutes: 90, createdAt: at, updatedAt: at };
  const meetings = expandSeries(rule).map((o): Meeting => {
    const span = o.status === 'ok' ? o : o.status === 'gap' ? o.movedForward : o.status === 'twice' ? o.earlier : null;
    if (!span) throw new Error(`No time for ${o.date}`);
    const local = localTimeAt(span.start, o.timeZone);
    return {
      id: uuid(),
      seriesId: series.id,
      recordsYear: Number(o.date.slice(0, 4)),
      date: local.date,
      startTime: local.time,
      timeZone: o.timeZone,
      minutes: o.minutes,
      start: span.start,
      end: span.end,
      seriesStart: span.start,
      place: null,
      status: o.index % 40 === 7 ? 'cancelled' : 'planned',
      cancelledReason: o.index % 40 === 7 ? 'The coach was ill.' : '',
      sequence: 0,
      createdAt: at,
      updatedAt: at,
    };
  });
  return { series, meetings };
}

/** A fully recorded meeting: agenda from the method's template, attendance, a check-in and a next step for each member. */
function recordOf(meeting: Meeting, members: readonly Membership[]): MeetingRecord {
  const present = members.filter((m) => m.joinedOn <= meeting.date && (m.leftOn === null || m.leftOn > meeting.date));
  const coachees = present.length > 0 ? [present[0]!.id] : [];
  const agenda = buildAgenda(METHOD_TEMPLATE, { meetingMinutes: meeting.minutes, memberCount: present.length, coacheeIds: coachees });
  const at = meeting.end;
  return {
    meetingId: meeting.id,
    agenda: agenda.items,
    coachees,
    attendance: present.map((m) => ({ membershipId: m.id, mark: pick(['present', 'present', 'present', 'excused', 'absent'] as const) })),
    heldAt: meeting.status === 'cancelled' ? null : at,
    checkIns: present.map((m) => ({ membershipId: m.id, progress: pick(['on-track', 'some-progress', 'stuck', 'achieved'] as const), summary: sentence(9) })),
    nextSteps: present.map((m) => ({
      id: uuid(),
      membershipId: m.id,
      text: `I will ${sentence(10)}`,
      dueOn: meeting.date,
      status: pick(['done', 'done', 'carried-over', 'dropped'] as const),
      reviewedAt: at,
      reviewedInMeetingId: meeting.id,
      carriedFromId: null,
      createdAt: at,
    })),
    updatedAt: at,
  };
}

export interface DecadeStore {
  dir: string;
  /** A group and a year whose records file the save measurements change. */
  sample: { groupId: string; year: number; meetingId: string };
  sizes: { indexBytes: number; groupBytesAvg: number; recordsBytesAvg: number; recordsBytesMax: number; recordsFiles: number; total: number };
}

/**
 * The decade through the real store: people in the index, each group's series
 * and meetings in its group file, and what happened at each meeting in the
 * group's records file of that year. Written with fsync like the app writes.
 */
export interface DecadeDocuments {
  people: Person[];
  /** Each group's file (series and meetings included) and its records by year. */
  groups: { doc: GroupDoc; years: Map<number, MeetingRecord[]> }[];
}

/** The decade's content as plain documents, the same on every call (a fixed seed). */
export function decadeDocuments(): DecadeDocuments {
  state = 42;
  const people = makePeople();
  const groups = Array.from({ length: DECADE.groups }, (_, g) => makeGroup(g, people)).map((doc, g) => {
    const { series, meetings } = meetingsOf(doc, g);
    const years = new Map<number, MeetingRecord[]>();
    for (const m of meetings) {
      const list = years.get(m.recordsYear) ?? [];
      list.push(recordOf(m, doc.memberships));
      years.set(m.recordsYear, list);
    }
    return { doc: { ...doc, meetingSeries: [series], meetings }, years };
  });
  return { people, groups };
}

export async function buildDecadeStore(root: string): Promise<DecadeStore> {
  const { people, groups: content } = decadeDocuments();
  const groups = content.map((c) => c.doc);
  const dir = path.join(root, 'decade');
  const store = await openStore({ dataDir: dir, defaultTimeZone: 'Europe/London', backupIntervalMs: 0 });
  await store.updateIndex((d) => void d.people.push(...people));
  let sample = { groupId: '', year: 0, meetingId: '' };
  for (const { doc, years } of content) {
    await store.createGroup(doc);
    for (const [year, records] of years) await store.updateMeetingRecords(doc.group.id, year, (d) => void d.records.push(...records));
    const mid = doc.meetings[Math.floor(doc.meetings.length / 2)]!;
    sample = { groupId: doc.group.id, year: mid.recordsYear, meetingId: mid.id };
  }
  await store.close();

  const size = async (file: string): Promise<number> => (await fs.stat(path.join(dir, file))).size;
  const groupSizes = await Promise.all(groups.map((g) => size(`groups/${g.group.id}.json`)));
  const recordFiles: number[] = [];
  for (const g of groups) {
    for (const name of await fs.readdir(path.join(dir, 'meetings', g.group.id))) recordFiles.push(await size(`meetings/${g.group.id}/${name}`));
  }
  const indexBytes = await size('index.json');
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  return {
    dir,
    sample,
    sizes: {
      indexBytes,
      groupBytesAvg: Math.round(sum(groupSizes) / groupSizes.length),
      recordsBytesAvg: Math.round(sum(recordFiles) / recordFiles.length),
      recordsBytesMax: Math.max(...recordFiles),
      recordsFiles: recordFiles.length,
      total: indexBytes + sum(groupSizes) + sum(recordFiles),
    },
  };
}
