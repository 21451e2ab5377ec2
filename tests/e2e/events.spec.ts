import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openApp } from './support/app';
import { expect, test } from './support/fixtures';
import { FIXED_NOW } from './support/host';

// News main sends the window on its own (the contract's events), seen as the
// coach sees it: no click and no reload between the failure and the warning.

test('a background backup that fails is announced at once, and the warning goes when backups work again', async ({ page, host }) => {
  // Background backups every fifth of a second, so one fails within moments of the folder going bad.
  await host.reset(FIXED_NOW, { backupIntervalMs: 200 });
  await openApp(page);
  const notice = page.getByRole('alert').filter({ hasText: 'Circlekeeper could not back up your data' });
  await expect(notice).toHaveCount(0);

  // Something takes the place of the backups folder while the app runs, and then there is a change to back up.
  const backups = join(host.dataDir, 'backups');
  // A backup on the timer may make the folder again between the two steps, so they
  // are tried until the file stands in its place.
  await expect(async () => {
    await rm(backups, { recursive: true, force: true });
    await writeFile(backups, 'in the way');
  }).toPass({ timeout: 5_000 });
  await host.call('people.create', { name: 'Ada Moreau', email: 'ada@example.com', timeZone: 'Europe/London', organisation: '', role: '', phone: '' });

  // The window asks for nothing on its own: only the backups.failed event can bring the warning.
  await expect(notice).toBeVisible({ timeout: 5_000 });
  await expect(notice).toContainText('The hourly backup could not be written');
  await expect(notice).toContainText('is not a folder');

  // The folder is put right; the next backup works and the warning leaves by itself.
  await rm(backups);
  await expect(notice).toBeHidden({ timeout: 15_000 });
});
