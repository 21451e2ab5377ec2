import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../../src/shared/entities';
import { openHarness, type ServiceHarness } from '../../support/services';
import { removeTempDirs } from '../../support/temp-dir';

// The coach's settings; their email is the organiser of the calendar invitations the app drafts.

describe('settings', () => {
  let h: ServiceHarness;
  beforeEach(async () => {
    h = await openHarness();
  });
  afterEach(async () => {
    await h.close();
    await removeTempDirs();
  });

  it('starts with no email, saves one trimmed and in lower case, and keeps it across a restart', async () => {
    expect(await h.ok('settings.get', {})).toEqual({ coachName: '', coachTimeZone: 'Europe/London', coachEmail: '' });
    const saved = await h.ok('settings.update', { coachName: 'Hannah Price', coachTimeZone: 'Europe/London', coachEmail: '  Hannah.Price@Example.COM ' });
    expect(saved).toEqual({ coachName: 'Hannah Price', coachTimeZone: 'Europe/London', coachEmail: 'hannah.price@example.com' });
    await h.reopen();
    expect(await h.ok('settings.get', {})).toEqual(saved);
    expect(h.store.index().settings.coachEmail).toBe('hannah.price@example.com');
  });

  it('clears the email with an empty value (spaces count as empty), and keeps it when a caller leaves it out', async () => {
    await h.ok('settings.update', { coachName: 'Jo', coachTimeZone: 'UTC', coachEmail: 'jo@example.com' });
    expect(await h.ok('settings.update', { coachName: 'Jo B.', coachTimeZone: 'UTC' })).toEqual({ coachName: 'Jo B.', coachTimeZone: 'UTC', coachEmail: 'jo@example.com' });
    expect(await h.ok('settings.update', { coachName: 'Jo B.', coachTimeZone: 'UTC', coachEmail: '   ' })).toEqual({ coachName: 'Jo B.', coachTimeZone: 'UTC', coachEmail: '' });
  });

  it('refuses an email that is not one, with the reason on the field, and changes nothing', async () => {
    await h.ok('settings.update', { coachName: 'Jo', coachTimeZone: 'UTC', coachEmail: 'jo@example.com' });
    const message = 'Enter a valid email address, such as name@example.com.';
    for (const coachEmail of ['jo', 'jo@', 'jo example.com']) {
      expect(await h.call('settings.update', { coachName: 'Changed', coachTimeZone: 'UTC', coachEmail })).toEqual({
        ok: false,
        error: { code: 'invalid_input', message: `${message} (coachEmail)`, fields: { coachEmail: message } },
      });
    }
    const tooLong = await h.call('settings.update', { coachName: 'Changed', coachTimeZone: 'UTC', coachEmail: `${'a'.repeat(250)}@example.com` });
    expect(tooLong).toMatchObject({ ok: false, error: { fields: { coachEmail: 'Email addresses are at most 254 characters.' } } });
    expect(await h.call('settings.update', { coachName: 'Changed', coachTimeZone: 'UTC', coachEmail: 42 } as never)).toMatchObject({ ok: false, error: { fields: { coachEmail: 'Enter an email address.' } } });
    expect(await h.ok('settings.get', {})).toEqual({ coachName: 'Jo', coachTimeZone: 'UTC', coachEmail: 'jo@example.com' });
  });

  it('the stored settings need the email (a file without it is not current), and take no unknown fields', () => {
    expect(SettingsSchema.safeParse({ coachName: '', coachTimeZone: 'UTC' }).success).toBe(false);
    expect(SettingsSchema.safeParse({ coachName: '', coachTimeZone: 'UTC', coachEmail: '' }).success).toBe(true);
    expect(SettingsSchema.safeParse({ coachName: '', coachTimeZone: 'UTC', coachEmail: '', organiser: 'x' }).success).toBe(false);
  });
});
