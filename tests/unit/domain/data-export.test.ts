import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DataExportSchema, ExportGroupSchema, buildDataExport } from '../../../src/main/domain/data-export';
import { AnonymisedMemberSchema, GoalSchema, GroupSchema, MembershipSchema, PersonSchema } from '../../../src/shared/entities';
import { BetweenSettingsSchema, DEFAULT_BETWEEN_SETTINGS, OneToOneSchema, PairingRoundSchema, PairSessionSchema } from '../../../src/shared/between';
import { MeetingRecordSchema, MeetingSchema, NextStepSchema } from '../../../src/shared/meetings';
import { sampleGroup, samplePerson } from '../../support/sample-records';

const doc = readFileSync(path.resolve(import.meta.dirname, '../../../docs/export-format.md'), 'utf8');
const keysOf = (schema: z.ZodObject) => Object.keys(schema.shape);

describe('the export format', () => {
  it('documents every field it writes (docs/export-format.md)', () => {
    const fields = [
      ...keysOf(DataExportSchema),
      ...keysOf(ExportGroupSchema),
      ...keysOf(GroupSchema),
      ...keysOf(PersonSchema),
      ...keysOf(MembershipSchema),
      ...keysOf(GoalSchema),
      ...keysOf(AnonymisedMemberSchema),
      ...keysOf(MeetingSchema),
      ...keysOf(MeetingRecordSchema),
      ...keysOf(BetweenSettingsSchema),
      ...keysOf(PairingRoundSchema),
      ...keysOf(PairSessionSchema),
      ...keysOf(OneToOneSchema),
      ...keysOf(NextStepSchema),
    ];
    const missing = [...new Set(fields)].filter((field) => !doc.includes(`\`${field}\``));
    expect(missing).toEqual([]);
  });

  it('orders records by id, so exports of the same data are identical but for the time', () => {
    const people = ['c', 'a', 'b'].map((ch) => samplePerson(`00000000-0000-4000-8000-00000000000${ch}`));
    const groups = ['2', '1'].map((n) => ({
      group: sampleGroup(`00000000-0000-4000-8000-00000000000${n}`),
      memberships: [],
      norms: [],
      normsRevision: 1,
      normAgreements: [],
      anonymisedMembers: [],
      meetingSettings: { coacheesPerMeeting: 1 as const, agendaTemplate: null },
      meetingSeries: [],
      meetings: [],
      between: structuredClone(DEFAULT_BETWEEN_SETTINGS),
      pairingRounds: [],
      oneToOnes: [],
    }));
    const source = {
      index: { settings: { coachName: 'Jo', coachTimeZone: 'Europe/London', coachEmail: 'jo@example.com' }, people, calendar: { bufferMinutes: 15, busy: null } },
      groups,
      meetingRecords: [],
      appVersion: '1.0.0',
      dataSchemaVersion: 1,
    };
    const first = buildDataExport({ ...source, exportedAt: new Date('2027-02-03T10:00:00.000Z') });
    const second = buildDataExport({ ...source, index: { ...source.index, people: [...people].reverse() }, groups: [...groups].reverse(), exportedAt: new Date('2027-02-03T10:00:00.000Z') });
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
    expect(first.people.map((p) => p.id.slice(-1))).toEqual(['a', 'b', 'c']);
    expect(first.groups.map((g) => g.group.id.slice(-1))).toEqual(['1', '2']);
    expect(DataExportSchema.parse(first)).toEqual(first);
  });
});
