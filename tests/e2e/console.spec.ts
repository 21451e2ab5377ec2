import { dialog, discardImport, goTo, openApp, openGroup, openPerson, openTab } from './support/app';
import { DEMO_NOW } from './support/host';
import { expect, test } from './support/fixtures';
import { describeProblems } from './support/page-problems';

// The shared fixture fails any test whose page logs a console error, throws,
// or trips the Content Security Policy. These tests make sure that guard
// really notices each kind, and walk every view and dialog of a full practice
// so a noisy one cannot hide in a corner no other test opens.

test.describe('a realistic practice', () => {
  test.use({ now: DEMO_NOW });

  test('every view and dialog runs without console errors or CSP violations', async ({ page, host, pageProblems }) => {
    await host.seedDemo();
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome back, Jordan Ellis' })).toBeVisible();

    await openGroup(page, 'Northwind Leadership Circle', 'Members');
    await page.getByRole('button', { name: 'Add members' }).click();
    await dialog(page, /^Add members/).getByRole('button', { name: 'Cancel' }).click();
    await openTab(page, 'Norms');
    await page.getByRole('button', { name: 'Record agreement for Piotr Kowalski' }).click();
    await dialog(page, 'Record agreement to the norms').getByRole('button', { name: 'Cancel' }).click();
    await openTab(page, 'Members');
    await page.getByRole('button', { name: 'More actions for Jonas Becker' }).click();
    await page.getByRole('menuitem', { name: /Change dates/ }).click();
    await dialog(page, /dates in the group/).getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: /^Edit goal for/ }).first().click();
    await dialog(page, /goal/).getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'More actions for this group' }).click();
    await page.getByRole('menuitem', { name: 'Delete group…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();

    await openPerson(page, 'Grace Kim');
    await page.getByRole('button', { name: 'Edit' }).click();
    await dialog(page, 'Edit Grace Kim').getByRole('button', { name: 'Cancel' }).click();

    await goTo(page, 'people');
    await page.getByRole('button', { name: 'Import people' }).click();
    const importer = dialog(page, 'Import people');
    await importer.getByLabel('Or paste the file’s text').fill('name,email\nAna Souza,not-an-email\nGrace Kim,grace.kim@meridianhealthtech.example');
    await importer.getByRole('button', { name: 'Check the file' }).click();
    await expect(importer.getByRole('status').filter({ hasText: 'ready' })).toContainText('0 ready, 1 with an error, 1 duplicate');
    await discardImport(page, importer);

    await goTo(page, 'settings');
    await goTo(page, 'groups');
    await page.getByRole('button', { name: 'New group' }).click();
    await dialog(page, 'New group').getByRole('button', { name: 'Create group' }).click();
    await expect(dialog(page, 'New group').getByRole('alert').first()).toBeVisible();

    // The fixture checks this too; saying it here makes the point of the test plain.
    expect(pageProblems.problems, describeProblems(pageProblems.problems)).toEqual([]);
  });
});

test('the guard notices console errors, uncaught exceptions and CSP violations', async ({ page, pageProblems }) => {
  await openApp(page);
  // Strings, not functions: this project type-checks without the DOM library.
  await page.evaluate(`console.error('provoked console error')`);
  // Thrown from an event listener: reported as uncaught, not to the caller. (Not from a timer: the
  // pinned clock wraps timers and turns what they throw into console errors.)
  await page.evaluate(`(() => {
    const target = document.createElement('button');
    target.addEventListener('click', () => { throw new Error('provoked uncaught error'); });
    target.click();
  })()`);
  await page.evaluate(`(() => {
    const image = document.createElement('img');
    image.src = 'https://example.invalid/tracker.png';
    document.body.append(image);
  })()`);

  const kindsOf = (pattern: RegExp) => pageProblems.problems.filter((p) => pattern.test(p.text)).map((p) => p.kind);
  await expect.poll(() => kindsOf(/provoked console error/)).toEqual(['console']);
  await expect.poll(() => kindsOf(/provoked uncaught error/)).toContain('pageerror');
  // The refusal is logged as a console error and fires securitypolicyviolation: both are caught.
  await expect.poll(() => kindsOf(/img-src/)).toEqual(expect.arrayContaining(['console', 'csp']));

  pageProblems.take(/provoked console error|provoked uncaught error|img-src/);
  expect(pageProblems.problems, describeProblems(pageProblems.problems)).toEqual([]);
});
