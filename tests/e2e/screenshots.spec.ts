import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { dialog, discardImport, goTo, openApp, openGroup, openPerson, openTab } from './support/app';
import { DEMO_NOW } from './support/host';
import { expect, test } from './support/fixtures';
import { DESKTOP, SCHEMES, capture, useScheme, type Scheme } from './support/screenshots';

// Every main view, light and dark, at a desktop size, saved to
// test-results/screenshots/<view>-<scheme>.png for a person to look at. The
// practice is the CLI's demo as of a fixed day, so the shots are the same on
// every run and machine.

test.use({ viewport: DESKTOP, now: DEMO_NOW });

// A file a coach might really export: three new people, a broken line and someone already in the practice.
const IMPORT_CSV = [
  'name,email,time zone,organisation,role,phone',
  'Ana Souza,ana.souza@acme.example,Europe/Lisbon,Acme Ltd,Team Lead,+351 912 345 678',
  'Kofi Boateng,kofi.boateng@acme.example,Africa/Accra,Acme Ltd,Engineering Manager,',
  'Mei Chen,mei.chen@lumen.example,Asia/Shanghai,Lumen Systems,Head of Design,',
  'Tom Price,tom.price@,Europe/London,Acme Ltd,Product Manager,',
  'Grace Kim,grace.kim@meridianhealthtech.example,America/Los_Angeles,Meridian Health Tech,CTO,',
].join('\n');

async function shootPractice(page: Page, scheme: Scheme): Promise<void> {
  await useScheme(page, scheme);
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome back, Jordan Ellis' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Active groups' })).toBeVisible();
  await capture(page, 'dashboard', scheme);

  await goTo(page, 'groups');
  await expect(page.getByRole('link', { name: 'New Managers Circle' })).toBeVisible();
  await capture(page, 'groups', scheme);

  await page.getByRole('button', { name: 'New group' }).click();
  await expect(dialog(page, 'New group').getByLabel('Name', { exact: true })).toBeVisible();
  await capture(page, 'new-group-dialog', scheme);
  await dialog(page, 'New group').getByRole('button', { name: 'Cancel' }).click();

  await openGroup(page, 'New Managers Circle');
  await expect(page.getByRole('region', { name: 'Overview' })).toBeVisible();
  await capture(page, 'group', scheme);
  await openTab(page, 'Norms');
  await expect(page.getByRole('region', { name: 'Agreement to the norms' })).toBeVisible();
  await capture(page, 'group-norms', scheme);
  await openTab(page, 'Members');
  await capture(page, 'group-members', scheme);

  await page.getByRole('button', { name: 'Add members' }).click();
  const adding = dialog(page, /^Add members/);
  await adding.getByRole('checkbox', { name: /^Daniel Mensah/ }).check();
  await adding.getByRole('checkbox', { name: /^Kwame Asante/ }).check();
  await capture(page, 'add-members-dialog', scheme);
  await page.keyboard.press('Escape');
  await page.getByRole('alertdialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();

  // Starts next month: its members join on the first day and can agree to the norms now.
  await openGroup(page, 'Northwind Leadership Circle', 'Members');
  await expect(page.getByRole('region', { name: 'Members' })).toContainText('starting');
  await capture(page, 'group-starting-later', scheme);
  await openTab(page, 'Norms');
  await page.getByRole('button', { name: 'Record agreement for Piotr Kowalski' }).click();
  await capture(page, 'record-agreement-dialog', scheme);
  await page.keyboard.press('Escape');

  await goTo(page, 'people');
  await expect(page.getByRole('link', { name: 'Yuki Tanaka' })).toBeVisible();
  await capture(page, 'people', scheme);

  await page.getByRole('button', { name: 'Import people' }).click();
  const importer = dialog(page, 'Import people');
  await importer.getByLabel('Or paste the file’s text').fill(IMPORT_CSV);
  await importer.getByRole('button', { name: 'Check the file' }).click();
  await expect(importer.getByRole('status').filter({ hasText: 'ready' })).toContainText(
    '3 ready, 1 with an error, 1 duplicate',
  );
  await capture(page, 'csv-import-preview', scheme);

  // A LinkedIn export chosen as a file: notes above the header, connections without an email.
  await importer.getByLabel('Choose a file…').setInputFiles(path.resolve('tests/fixtures/address-books/linkedin-connections.csv'));
  await expect(importer.getByText('Read from linkedin-connections.csv')).toBeVisible();
  await importer.getByText('How the file was read (CSV)').click();
  await expect(importer.getByText('2 people have no email address')).toBeVisible();
  await capture(page, 'address-book-import-preview', scheme);
  await discardImport(page, importer);

  await openPerson(page, 'Yuki Tanaka');
  await expect(page.getByRole('region', { name: /^Current groups/ })).toBeVisible();
  await capture(page, 'person', scheme);
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('alertdialog', { name: /keep the groups’ history/ })).toBeVisible();
  await capture(page, 'delete-person-dialog', scheme);
  await page.keyboard.press('Escape');

  await goTo(page, 'settings');
  await expect(page.getByRole('region', { name: 'About' })).toBeVisible();
  await capture(page, 'settings', scheme);
}

// One test per scheme: each walk through the practice gets its own time budget.
for (const scheme of SCHEMES) {
  test(`main views of a realistic practice, ${scheme}`, async ({ page, host }) => {
    await host.seedDemo();
    await shootPractice(page, scheme);
  });
}

test('the empty dashboard of a new coach, light and dark', async ({ page }) => {
  for (const scheme of SCHEMES) {
    await useScheme(page, scheme);
    await openApp(page);
    await expect(page.getByRole('heading', { name: 'Get started in three steps' })).toBeVisible();
    await capture(page, 'empty-dashboard', scheme);
  }
});

test('notices after a repair at start, and Settings with a stray entry in backups/, light and dark', async ({ page, host }) => {
  await host.seedDemo();
  // Damage two things: one group with a good backup copy, one without any, and the people list's tie to a member.
  const groupsDir = join(host.dataDir, 'groups');
  const [restored, lost] = (await readdir(groupsDir)).filter((n) => n.endsWith('.json'));
  await host.reopen(); // the start backup holds every group as it is now
  await writeFile(join(groupsDir, restored!), '');
  const lostPath = join(groupsDir, lost!);
  const doc = JSON.parse(await readFile(lostPath, 'utf8')) as { group: { id: string } };
  // No backup may hold the lost group (readdir's order is the folder's own, so every backup is cleared).
  for (const backup of await readdir(join(host.dataDir, 'backups'))) {
    await rm(join(host.dataDir, 'backups', backup, 'groups', `${doc.group.id}.json`), { force: true });
  }
  await writeFile(lostPath, '{"schemaVersion":1,"gro');
  await writeFile(join(host.dataDir, 'backups', '2027-01-01T00-00-00-000Z-abcdef'), 'not a backup');
  await host.reopen();
  for (const scheme of SCHEMES) {
    await useScheme(page, scheme);
    await openApp(page);
    await expect(page.getByText('Some of your data was damaged and could not all be restored')).toBeVisible();
    await capture(page, 'recovery-notice', scheme);
    await goTo(page, 'settings');
    await expect(page.getByText(/could not be read as a backup/)).toBeVisible();
    await capture(page, 'settings-backups-and-export', scheme);
  }
});