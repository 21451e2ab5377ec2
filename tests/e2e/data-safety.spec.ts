import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { goTo, openApp } from './support/app';
import { expect, test } from './support/fixtures';

// The promises of "Backups and recovery" in the README, seen as the coach sees
// them in the window: a repair notice that stays until it is read, and an
// export of everything from Settings.

test('a group that could not be restored stays announced on every start until the coach has read it', async ({ page, host }) => {
  await host.seedDemo();
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
  // One group file dies, and no backup can help (they are gone too).
  await rm(join(host.dataDir, 'backups'), { recursive: true, force: true });
  const groups = (await readdir(join(host.dataDir, 'groups'))).filter((n) => n.endsWith('.json'));
  const victim = groups[0]!;
  const { group } = JSON.parse(await readFile(join(host.dataDir, 'groups', victim), 'utf8')) as { group: { name: string } };
  await writeFile(join(host.dataDir, 'groups', victim), '{"schemaVersion":1,"gro');
  await host.reopen();
  await page.reload();

  const notice = page.getByRole('alert').filter({ hasText: 'Some of your data was damaged and could not all be restored' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('The file was cut short (incomplete data).');
  await expect(notice).toContainText(`${host.dataDir}/quarantine/`);
  await expect(notice).toContainText('This group is missing from Circlekeeper until the file is repaired.');
  await expect(page.getByText(group.name, { exact: true })).toHaveCount(0);

  // Restarting does not make it go away ...
  await host.reopen();
  await page.reload();
  await expect(notice).toBeVisible();
  // ... reading it does, for good.
  await notice.getByRole('button', { name: 'I have read this' }).click();
  await expect(notice).toBeHidden();
  await host.reopen();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
  await expect(page.getByText('Some of your data was damaged')).toHaveCount(0);
});

test('Settings exports every record to the file the coach chooses', async ({ page, host }) => {
  await host.seedDemo();
  await openApp(page);
  await goTo(page, 'settings');
  await page.getByRole('button', { name: 'Export all data…' }).click();
  const file = join(host.exportDir, 'circlekeeper-export-2027-02-03.json');
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(`25 people and 4 groups were saved to ${file}.`);
  const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; people: unknown[]; groups: unknown[] };
  expect(exported.format).toBe('circlekeeper-export');
  expect(exported.people).toHaveLength(25);
  expect(exported.groups).toHaveLength(4);
});
