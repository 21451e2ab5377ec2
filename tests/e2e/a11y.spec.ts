import type { Page } from '@playwright/test';
import { dialog, discardImport, goTo, openApp, openGroup, openPerson, openTab } from './support/app';
import { blockingViolations, describeViolations } from './support/axe';
import { DEMO_NOW } from './support/host';
import { expect, test } from './support/fixtures';
import { DESKTOP, SCHEMES, useScheme } from './support/screenshots';

// axe-core on every main view of a realistic practice, and on open dialogs,
// in the light and the dark theme: no serious or critical violations. Each
// view is checked softly so one failure still reports all the others.

test.use({ viewport: DESKTOP, now: DEMO_NOW });
// One test walks nine views with an axe scan each; on a busy two-core CI machine that takes
// well over the default 30 s.
test.describe.configure({ timeout: 120_000 });

async function check(page: Page, view: string): Promise<void> {
  const result = await blockingViolations(page, view);
  expect.soft(result.violations, describeViolations(result)).toEqual([]);
}

for (const scheme of SCHEMES) {
  test(`main views and dialogs have no serious or critical violations (${scheme})`, async ({ page, host }) => {
    await host.seedDemo();
    await useScheme(page, scheme);
    await openApp(page);
    await expect(page.getByRole('region', { name: 'Active groups' })).toBeVisible();
    await check(page, 'dashboard');

    await goTo(page, 'groups');
    await expect(page.getByRole('link', { name: 'New Managers Circle' })).toBeVisible();
    await check(page, 'groups');

    await page.getByRole('button', { name: 'New group' }).click();
    const newGroup = dialog(page, 'New group');
    await newGroup.getByRole('button', { name: 'Create group' }).click();
    // With its errors showing: error text has to be as readable as the rest.
    await expect(newGroup.getByRole('alert').first()).toBeVisible();
    await check(page, 'new-group dialog (with errors)');
    await newGroup.getByLabel('Name', { exact: true }).fill('Unsaved circle');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog', { name: 'Discard your changes?' })).toBeVisible();
    await check(page, 'discard-changes question');
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await expect(newGroup).toBeHidden();

    await openGroup(page, 'New Managers Circle', 'Norms');
    await expect(page.getByRole('region', { name: 'Agreement to the norms' })).toBeVisible();
    await check(page, 'group page, norms tab');
    await openTab(page, 'Overview');
    await check(page, 'group page, overview tab');
    await openTab(page, 'Members');
    await check(page, 'group page, members tab');

    await page.getByRole('button', { name: 'Add members' }).click();
    await expect(dialog(page, /^Add members/).getByRole('checkbox').first()).toBeVisible();
    await check(page, 'add-members dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'More actions for Amara Okafor' }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await check(page, 'member row menu');
    await page.getByRole('menuitem', { name: /Change dates/ }).click();
    await expect(dialog(page, /dates in the group/)).toBeVisible();
    await check(page, 'membership dates dialog');
    await page.keyboard.press('Escape');

    await openGroup(page, 'Northwind Leadership Circle', 'Norms');
    await page.getByRole('button', { name: 'Record agreement for Piotr Kowalski' }).click();
    await expect(dialog(page, 'Record agreement to the norms').getByRole('checkbox').first()).toBeVisible();
    await check(page, 'record-agreement dialog');
    await page.keyboard.press('Escape');

    await goTo(page, 'people');
    await expect(page.getByRole('link', { name: 'Yuki Tanaka' })).toBeVisible();
    await check(page, 'people');

    await page.getByRole('button', { name: 'Import people' }).click();
    const importer = dialog(page, 'Import people');
    await importer.getByLabel('Or paste the file’s text').fill('name,email\nAna Souza,ana@acme.example\nTom Price,tom@');
    await importer.getByRole('button', { name: 'Check the file' }).click();
    await expect(importer.getByRole('status').filter({ hasText: 'ready' })).toBeVisible();
    await check(page, 'CSV import preview');
    await discardImport(page, importer);

    await openPerson(page, 'Yuki Tanaka');
    await check(page, 'person page');
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('alertdialog', { name: /keep the groups’ history/ })).toBeVisible();
    await check(page, 'delete-person dialog');
    await page.keyboard.press('Escape');

    await goTo(page, 'settings');
    await expect(page.getByRole('region', { name: 'About' })).toBeVisible();
    await check(page, 'settings');
  });
}

test('the empty dashboard of a new coach has no serious or critical violations', async ({ page }) => {
  for (const scheme of SCHEMES) {
    await useScheme(page, scheme);
    await openApp(page);
    await expect(page.getByRole('heading', { name: 'Get started in three steps' })).toBeVisible();
    await check(page, `empty dashboard (${scheme})`);
  }
});

test('the check itself notices a serious violation', async ({ page }) => {
  await openApp(page);
  // An icon button without a name, the kind of slip the views above must not have.
  await page.evaluate(`document.querySelector('main').append(Object.assign(document.createElement('button'), { className: 'ui-icon-button' }))`);
  const result = await blockingViolations(page, 'dashboard with a nameless button');
  expect(result.violations.map((v) => v.id)).toContain('button-name');
  expect(describeViolations(result)).toMatch(/\[critical\] button-name/);
});
