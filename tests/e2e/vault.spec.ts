import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { confirmToast, dialog, openApp } from './support/app';
import { blockingViolations, describeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { DESKTOP, SCHEMES, capture, useScheme } from './support/screenshots';

// The notes' vault through the real screens and the real key derivation (the
// host uses the app's scrypt cost): set up, the recovery key shown once and
// checked, the lock shortcut, a wrong then right unlock, a new passphrase,
// and unlocking with the recovery key.

const PASSPHRASE = 'glacier otter lantern mosaic';
const NEW_PASSPHRASE = 'walrus meadow copper violin';

const section = (page: Page): Locator => page.getByRole('region', { name: 'Notes security' });
const sidebar = (page: Page): Locator => page.getByRole('navigation', { name: 'Main' });

async function typeNewPassphrase(form: Locator, label: string, passphrase: string): Promise<void> {
  await form.getByLabel(label, { exact: true }).fill(passphrase);
  await form.getByLabel('Type it again').fill(passphrase);
}

/** No serious or critical accessibility problem on the screen as it is. */
async function checkA11y(page: Page, view: string): Promise<void> {
  const result = await blockingViolations(page, view);
  expect.soft(result.violations, describeViolations(result)).toEqual([]);
}

/** Sets up the vault from Settings; answers the recovery key as shown on screen. */
async function setUpVault(page: Page): Promise<string> {
  await openApp(page, '/settings');
  const form = section(page).getByRole('form', { name: 'Set up encrypted notes' });
  await typeNewPassphrase(form, 'Passphrase for your notes', PASSPHRASE);
  await expect(form.getByRole('meter', { name: 'Passphrase strength' })).toHaveAttribute('aria-valuetext', /strong/i);
  await form.getByRole('button', { name: 'Set up encrypted notes' }).click();
  return readShownKey(page);
}

async function readShownKey(page: Page): Promise<string> {
  const key = section(page).getByRole('list', { name: 'Recovery key' });
  await expect(key.getByRole('listitem')).toHaveCount(9);
  const groups = await key.locator('.vault-key__text').allInnerTexts();
  return groups.join('-');
}

/** Types back the two groups the check asks for, then finishes. */
async function confirmKey(page: Page, recoveryKey: string): Promise<void> {
  await section(page).getByRole('button', { name: 'I have saved my key' }).click();
  const check = section(page).getByRole('form', { name: 'Check your recovery key' });
  const groups = recoveryKey.split('-');
  const fields = check.getByRole('textbox');
  await expect(fields).toHaveCount(2);
  for (const field of await fields.all()) {
    const label = (await field.getAttribute('id')) ? await check.locator(`label[for="${await field.getAttribute('id')}"]`).innerText() : '';
    const n = Number(/Group (\d+)/.exec(label)?.[1]);
    await field.fill(groups[n - 1]!.toLowerCase());
  }
  await check.getByRole('button', { name: 'Finish' }).click();
  await expect(section(page).getByRole('list', { name: 'Recovery key' })).toHaveCount(0);
}

test('set up, keep the key, lock with the shortcut, unlock wrong then right, change the passphrase, unlock with the key', async ({ page, host }) => {
  await openApp(page, '/settings');
  const form = section(page).getByRole('form', { name: 'Set up encrypted notes' });
  // A very weak passphrase is refused with the reason, and nothing is set up.
  await typeNewPassphrase(form, 'Passphrase for your notes', 'password1');
  await expect(form.getByRole('meter', { name: 'Passphrase strength' })).toHaveAttribute('aria-valuetext', 'Very weak');
  await form.getByRole('button', { name: 'Set up encrypted notes' }).click();
  await expect(form.getByText(/too easy to guess/)).toBeVisible();
  expect((await host.call<{ state: string }>('vault.status', {})).state).toBe('none');

  const recoveryKey = await setUpVault(page);
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);

  // Printed, the page shows the key alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('list', { name: 'Recovery key' })).toBeVisible();
  await expect(page.getByText('Circlekeeper recovery key', { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(sidebar(page)).toBeVisible();

  // Saved as a text file through the save dialog (the host's lands in its export folder).
  await section(page).getByRole('button', { name: 'Save as text file…' }).click();
  await confirmToast(page, 'Recovery key saved');
  const saved = await readFile(join(host.exportDir, 'Circlekeeper recovery key.txt'), 'utf8');
  expect(saved).toContain(recoveryKey);

  // The check refuses a wrong group and keeps what was typed.
  await section(page).getByRole('button', { name: 'I have saved my key' }).click();
  const check = section(page).getByRole('form', { name: 'Check your recovery key' });
  await check.getByRole('textbox').first().fill('ZZZZ');
  await check.getByRole('button', { name: 'Finish' }).click();
  await expect(check.getByText(/is not group \d of your key/)).toBeVisible();
  await check.getByRole('button', { name: 'Show the key again' }).click();
  await confirmKey(page, recoveryKey);
  // Dropped: the key is nowhere in the window any more.
  expect(await page.content()).not.toContain(recoveryKey.slice(0, 9));

  // The shortcut locks from anywhere.
  await expect(sidebar(page).getByRole('button', { name: 'Lock notes' })).toBeVisible();
  await page.keyboard.press('Control+Shift+L');
  await expect(sidebar(page).getByRole('button', { name: 'Unlock notes' })).toBeVisible();
  await expect(section(page).getByText('locked', { exact: true })).toBeVisible();

  // A wrong passphrase, then the right one, from the sidebar's lock.
  await sidebar(page).getByRole('button', { name: 'Unlock notes' }).click();
  const unlock = dialog(page, 'Unlock your notes');
  await unlock.getByLabel('Passphrase', { exact: true }).fill('glacier otter lantern');
  await unlock.getByRole('button', { name: 'Unlock notes' }).click();
  await expect(unlock.getByText('That passphrase does not unlock your notes. Check it and try again.')).toBeVisible();
  await expect(unlock.getByLabel('Passphrase', { exact: true })).toHaveValue('glacier otter lantern');
  await unlock.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await unlock.getByRole('button', { name: 'Unlock notes' }).click();
  await expect(unlock).toBeHidden();
  await expect(sidebar(page).getByRole('button', { name: 'Lock notes' })).toBeVisible();

  // A new passphrase, proven with the current one.
  await section(page).getByRole('button', { name: 'Change passphrase…' }).click();
  const change = dialog(page, 'Change your passphrase');
  await change.getByLabel('Current passphrase').fill(PASSPHRASE);
  await typeNewPassphrase(change, 'New passphrase', NEW_PASSPHRASE);
  await change.getByRole('button', { name: 'Change passphrase' }).click();
  await confirmToast(page, 'Passphrase changed');
  await expect(change).toBeHidden();

  // Locked from the sidebar, then opened with the recovery key instead.
  await sidebar(page).getByRole('button', { name: 'Lock notes' }).click();
  await sidebar(page).getByRole('button', { name: 'Unlock notes' }).click();
  await unlock.getByRole('button', { name: 'Use my recovery key instead' }).click();
  await unlock.getByLabel('Recovery key').fill(recoveryKey.replace(/-/g, ' ').toLowerCase());
  await unlock.getByRole('button', { name: 'Unlock notes' }).click();
  await expect(unlock).toBeHidden();
  await expect(sidebar(page).getByRole('button', { name: 'Lock notes' })).toBeVisible();

  // The old passphrase no longer opens the notes; the new one does.
  await host.call('vault.lock', {});
  const old = await page.request.post('/__host/call', { data: { method: 'vault.unlock', input: { method: 'passphrase', passphrase: PASSPHRASE } } });
  expect(((await old.json()) as { ok: boolean }).ok).toBe(false);
  expect((await host.call<{ state: string }>('vault.unlock', { method: 'passphrase', passphrase: NEW_PASSPHRASE })).state).toBe('unlocked');

  // Forgot everything: the typed phrase deletes the notes only, and set-up is offered again.
  await host.call('vault.lock', {});
  await openApp(page, '/settings');
  await section(page).getByRole('button', { name: 'Delete all notes…' }).click();
  const reset = dialog(page, 'Delete all notes and start again?');
  await reset.getByLabel('Type “delete my notes” to confirm').fill('delete my notes');
  await reset.getByRole('button', { name: 'Delete my notes' }).click();
  await confirmToast(page, 'Notes deleted');
  await expect(section(page).getByRole('form', { name: 'Set up encrypted notes' })).toBeVisible();
  await expect(sidebar(page).getByRole('button', { name: /notes$/ })).toHaveCount(0);
});

test.describe('screenshots', () => {
  test.use({ viewport: DESKTOP });
  for (const scheme of SCHEMES) {
    test(`set-up, recovery key and unlock, ${scheme}`, async ({ page }) => {
      await useScheme(page, scheme);
      await openApp(page, '/settings');
      const form = section(page).getByRole('form', { name: 'Set up encrypted notes' });
      await form.getByLabel('Passphrase for your notes', { exact: true }).fill('sunflower1');
      await expect(form.getByRole('meter', { name: 'Passphrase strength' })).not.toHaveAttribute('aria-valuetext', 'Not yet rated');
      await section(page).scrollIntoViewIfNeeded();
      await capture(page, 'vault-set-up', scheme);
      await checkA11y(page, 'vault set-up');

      const recoveryKey = await setUpVault(page);
      await section(page).scrollIntoViewIfNeeded();
      await capture(page, 'vault-recovery-key', scheme);
      await checkA11y(page, 'recovery key');
      await section(page).getByRole('button', { name: 'I have saved my key' }).click();
      await checkA11y(page, 'recovery key check');
      await section(page).getByRole('button', { name: 'Show the key again' }).click();
      await confirmKey(page, recoveryKey);

      await page.keyboard.press('Control+Shift+L');
      await sidebar(page).getByRole('button', { name: 'Unlock notes' }).click();
      const unlock = dialog(page, 'Unlock your notes');
      await unlock.getByLabel('Passphrase', { exact: true }).fill('not my passphrase');
      await unlock.getByRole('button', { name: 'Unlock notes' }).click();
      await expect(unlock.getByText(/does not unlock your notes/)).toBeVisible();
      await capture(page, 'vault-unlock', scheme);
      await checkA11y(page, 'unlock dialog');
      await unlock.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await unlock.getByRole('button', { name: 'Unlock notes' }).click();
      await expect(unlock).toBeHidden();
      await checkA11y(page, 'notes security, unlocked');
      await capture(page, 'vault-settings', scheme);
      await section(page).getByRole('button', { name: 'Delete all notes…' }).click();
      await expect(dialog(page, 'Delete all notes and start again?')).toBeVisible();
      await capture(page, 'vault-reset', scheme);
      await checkA11y(page, 'delete all notes');
    });
  }
});
