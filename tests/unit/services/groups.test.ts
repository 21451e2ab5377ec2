import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_NORMS } from '../../../src/main/domain/norms';
import { sampleGroupInput } from '../../support/sample-records';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';
import { existsSync } from 'node:fs';
import path from 'node:path';

let h: ServiceHarness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.close();
  await removeTempDirs();
});

describe('groups', () => {
  it('creates a group with the default norms at revision 1, and keeps it across a restart', async () => {
    const group = await h.ok('groups.create', sampleGroupInput({ name: '  New Managers Circle  ' }));
    expect(group).toMatchObject({
      name: 'New Managers Circle',
      archivedAt: null,
      createdAt: '2026-03-15T10:00:00.000Z',
      updatedAt: '2026-03-15T10:00:00.000Z',
    });
    await h.reopen();
    const detail = await h.ok('groups.get', { id: group.id });
    expect(detail.group).toEqual(group);
    expect(detail.norms.map((n) => n.text)).toEqual(DEFAULT_NORMS);
    expect(new Set(detail.norms.map((n) => n.id)).size).toBe(DEFAULT_NORMS.length);
    expect(detail.normsRevision).toBe(1);
    expect(detail.plannedEndDate).toBe('2027-01-10');
    expect(detail.warnings.map((w) => w.code)).toEqual(['no-members']);
  });

  it('refuses a second active group with the same name, ignoring case and spaces', async () => {
    await h.ok('groups.create', sampleGroupInput({ name: 'Founders' }));
    const result = await h.call('groups.create', sampleGroupInput({ name: ' founders ' }));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'You already have an active group called "Founders". Choose another name.',
        fields: { name: 'You already have an active group called "Founders". Choose another name.' },
      },
    });
    expect(await h.ok('groups.list', { includeArchived: true })).toHaveLength(1);
  });

  it('refuses a second active group whose name differs only in its Unicode form, and stores names composed', async () => {
    const composed = await h.ok('groups.create', sampleGroupInput({ name: 'Caf\u00e9 Circle' }));
    const decomposed = await h.call('groups.create', sampleGroupInput({ name: 'Cafe\u0301 Circle' }));
    expect(decomposed.ok || decomposed.error.code).toBe('conflict');
    expect(decomposed.ok || decomposed.error.fields).toEqual({
      name: 'You already have an active group called "Caf\u00e9 Circle". Choose another name.',
    });

    const other = await h.ok('groups.create', sampleGroupInput({ name: 'Se\u0301ance' }));
    expect(other.name).toBe('S\u00e9ance');
    const renamed = await h.call('groups.update', { id: other.id, values: sampleGroupInput({ name: 'CAFE\u0301 CIRCLE' }) });
    expect(renamed.ok || renamed.error.code).toBe('conflict');
    expect((await h.ok('groups.list', { includeArchived: false })).map((s) => s.group.id).sort()).toEqual([composed.id, other.id].sort());
  });

  it('allows the name of an archived group, and refuses to restore it while the name is taken', async () => {
    const old = await h.ok('groups.create', sampleGroupInput({ name: 'Founders' }));
    const archived = await h.ok('groups.archive', { id: old.id });
    expect(archived.archivedAt).toBe('2026-03-15T10:00:00.000Z');
    const fresh = await h.ok('groups.create', sampleGroupInput({ name: 'FOUNDERS' }));

    const refused = await h.call('groups.restore', { id: old.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('conflict');
      expect(refused.error.message).toMatch(/already called "FOUNDERS".*Rename one of them/);
    }
    await h.ok('groups.update', { id: fresh.id, values: sampleGroupInput({ name: 'Founders 2026' }) });
    const restored = await h.ok('groups.restore', { id: old.id });
    expect(restored.archivedAt).toBeNull();
  });

  it('lists groups by name and leaves archived ones out unless asked', async () => {
    for (const name of ['Zeta', 'alpha', 'Mu']) await h.ok('groups.create', sampleGroupInput({ name }));
    const mu = (await h.ok('groups.list', { includeArchived: false })).find((s) => s.group.name === 'Mu');
    await h.ok('groups.archive', { id: mu!.group.id });
    expect((await h.ok('groups.list', { includeArchived: false })).map((s) => s.group.name)).toEqual(['alpha', 'Zeta']);
    expect((await h.ok('groups.list', { includeArchived: true })).map((s) => s.group.name)).toEqual(['alpha', 'Mu', 'Zeta']);
  });

  it('updates the fields but keeps id and creation time, checking the name against other groups only', async () => {
    const a = await h.ok('groups.create', sampleGroupInput({ name: 'A' }));
    await h.ok('groups.create', sampleGroupInput({ name: 'B' }));
    h.clock.advanceDays(1);
    const updated = await h.ok('groups.update', {
      id: a.id,
      values: sampleGroupInput({
        name: 'A',
        timeZone: 'Asia/Tokyo',
        kind: { type: 'internal', organisation: 'Acme', sponsorName: 'Sam Sponsor', sponsorEmail: 'SAM@acme.example' },
        plannedEnd: { type: 'date', endDate: '2026-12-01' },
      }),
    });
    expect(updated).toMatchObject({ id: a.id, createdAt: a.createdAt, updatedAt: '2026-03-16T10:00:00.000Z', timeZone: 'Asia/Tokyo' });
    expect(updated.kind).toEqual({ type: 'internal', organisation: 'Acme', sponsorName: 'Sam Sponsor', sponsorEmail: 'sam@acme.example' });
    const clash = await h.call('groups.update', { id: a.id, values: sampleGroupInput({ name: 'b' }) });
    expect(clash.ok || clash.error.code).toBe('conflict');
  });

  it('refuses incoherent dates and non-web links with field messages', async () => {
    const result = await h.call(
      'groups.create',
      sampleGroupInput({ startDate: '2026-05-01', plannedEnd: { type: 'date', endDate: '2026-04-01' } }),
    );
    expect(result.ok || result.error.fields).toEqual({ 'plannedEnd.endDate': 'The planned end must be after the start date.' });
    const link = await h.call('groups.create', sampleGroupInput({ mode: { type: 'virtual', videoLink: 'javascript:alert(1)' } }));
    expect(link.ok || link.error.code).toBe('invalid_input');
    const disguised = await h.call(
      'groups.create',
      sampleGroupInput({ mode: { type: 'hybrid', videoLink: 'https://meet.example.com@evil.example/x', address: 'The Loft' } }),
    );
    expect(disguised.ok || disguised.error.fields?.['mode.videoLink']).toMatch(/^A link must not contain a user name or password/);
    expect(await h.ok('groups.list', { includeArchived: true })).toEqual([]);
  });

  it('deletes only with the exact name typed, removing the group file', async () => {
    const g = await h.ok('groups.create', sampleGroupInput({ name: 'Women in Tech' }));
    const file = path.join(h.dir, 'groups', `${g.id}.json`);
    expect(existsSync(file)).toBe(true);
    const wrong = await h.call('groups.delete', { id: g.id, confirmName: 'women in tech' });
    expect(wrong).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'To delete this group, type its name exactly as shown: Women in Tech',
        fields: { confirmName: 'To delete this group, type its name exactly as shown: Women in Tech' },
      },
    });
    expect(await h.ok('groups.delete', { id: g.id, confirmName: 'Women in Tech' })).toEqual({ deleted: true });
    expect(existsSync(file)).toBe(false);
    await h.reopen();
    expect((await h.call('groups.get', { id: g.id })).ok).toBe(false);
  });

  it('accepts the name typed in either Unicode form as the confirmation to delete', async () => {
    const g = await h.ok('groups.create', sampleGroupInput({ name: 'Caf\u00e9 Circle' }));
    expect(await h.ok('groups.delete', { id: g.id, confirmName: 'Cafe\u0301 Circle' })).toEqual({ deleted: true });
  });

  it('answers not_found for a group that does not exist', async () => {
    const result = await h.call('groups.get', { id: '00000000-0000-4000-8000-ffffffffffff' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That group could not be found. It may have been deleted.' },
    });
  });

  it('returns copies: changing a returned value does not change the store', async () => {
    const g = await h.ok('groups.create', sampleGroupInput());
    const detail = await h.ok('groups.get', { id: g.id });
    detail.norms.length = 0;
    detail.group.name = 'Changed';
    expect((await h.ok('groups.get', { id: g.id })).norms).toHaveLength(DEFAULT_NORMS.length);
    expect((await h.ok('groups.get', { id: g.id })).group.name).toBe('New Managers Circle');
  });
});

describe('groups under concurrent calls', () => {
  it('lets only one of two simultaneous creates claim a name', async () => {
    const results = await Promise.all([
      h.call('groups.create', sampleGroupInput({ name: 'Same Name' })),
      h.call('groups.create', sampleGroupInput({ name: 'same name' })),
    ]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(await h.ok('groups.list', { includeArchived: true })).toHaveLength(1);
  });
});
