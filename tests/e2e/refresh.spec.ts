import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { confirmToast, dialog, goTo, openApp, openGroup, openPerson, openTab } from './support/app';
import { expect, test } from './support/fixtures';
import { DEMO_NOW } from './support/host';

// How many calls the window makes after each command, on the pages of the
// demo practice, through the real renderer in Chromium and the test host.
// Before the contract said what each command changes, every query on screen
// refetched after every click; now only those the command can have changed.
// The counts are written to test-results/refresh-counts.json for the record.

test.use({ now: DEMO_NOW });

type Counts = Record<string, number>;

/** Counts each contract call the page sends, and tells when the page has gone quiet. */
function watchCalls(page: Page) {
  let calls: string[] = [];
  let pending = 0;
  let lastActivity = Date.now();
  page.on('request', (request) => {
    if (!request.url().endsWith('/__host/call')) return;
    calls.push((request.postDataJSON() as { method: string }).method);
    pending += 1;
    lastActivity = Date.now();
  });
  const done = (request: { url(): string }) => {
    if (!request.url().endsWith('/__host/call')) return;
    pending -= 1;
    lastActivity = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    /** Waits until nothing is in flight and nothing new has started for half a second. */
    async quiet(): Promise<void> {
      await expect.poll(() => pending === 0 && Date.now() - lastActivity > 500, { timeout: 10_000 }).toBe(true);
    },
    /** Runs a step and answers with the calls it caused, per method. */
    async during(step: () => Promise<void>): Promise<Counts> {
      await this.quiet();
      calls = [];
      await step();
      await this.quiet();
      const counts: Counts = {};
      for (const method of calls) counts[method] = (counts[method] ?? 0) + 1;
      return counts;
    },
  };
}

const refetches = (counts: Counts, command: string): number =>
  Object.entries(counts).reduce((sum, [method, n]) => (method === command ? sum : sum + n), 0);

test('after each command only the queries it can have changed are fetched again', async ({ page, host }) => {
  await host.seedDemo();
  const calls = watchCalls(page);
  const measured: { page: string; command: string; calls: Counts }[] = [];
  const record = (where: string, command: string, counts: Counts) => measured.push({ page: where, command, calls: counts });

  await openApp(page);
  await openGroup(page, 'New Managers Circle', 'Norms');
  record(
    'group page',
    'norms.add',
    await calls.during(async () => {
      await page.getByLabel('Add a norm').fill('We end with one thing each of us will try.');
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(page.getByText('We end with one thing each of us will try.')).toBeVisible();
    }),
  );
  await openTab(page, 'Members');
  record(
    'group page',
    'goals.set',
    await calls.during(async () => {
      await page.getByRole('button', { name: 'Edit goal for Raj Patel' }).or(page.getByRole('button', { name: 'Set goal for Raj Patel' })).click();
      const form = dialog(page, /Raj Patel/);
      await form.getByLabel('I want to get better at…').fill('I want to get better at asking open questions');
      await form.getByRole('button', { name: 'Save goal' }).click();
      await expect(form).toBeHidden();
    }),
  );

  await openPerson(page, 'Amara Okafor');
  record(
    'person page',
    'people.update',
    await calls.during(async () => {
      await page.getByRole('button', { name: 'Edit' }).click();
      const form = dialog(page, 'Edit Amara Okafor');
      await form.getByLabel('Role (optional)').fill('Senior Engineering Manager');
      await form.getByRole('button', { name: 'Save changes' }).click();
      await expect(form).toBeHidden();
      await confirmToast(page, 'Changes saved');
    }),
  );

  await goTo(page, 'settings');
  record(
    'settings',
    'settings.update',
    await calls.during(async () => {
      await page.getByLabel('Your name').fill('Jordan Ellis-Reed');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await confirmToast(page, 'Settings saved');
    }),
  );

  const table = measured.map((m) => `${m.page.padEnd(12)} ${m.command.padEnd(16)} ${refetches(m.calls, m.command)} refetched: ${JSON.stringify(m.calls)}`);
  console.log(`Calls after each command on the demo practice:\n${table.join('\n')}`);
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/refresh-counts.json', `${JSON.stringify(measured, null, 2)}\n`);

  expect(measured.map((m) => [m.command, m.calls])).toEqual([
    // The group page holds the notices (app.info) and the group: only the group changed.
    ['norms.add', { 'norms.add': 1, 'groups.get': 1 }],
    ['goals.set', { 'goals.set': 1, 'groups.get': 1 }],
    // The person page also holds the coach's settings (for "today"): they did not change. Its notes
    // timeline names people from the people list, which shows this person's new details too.
    ['people.update', { 'people.update': 1, 'people.get': 1, 'people.list': 1 }],
    // Settings shows the notices, the settings and the backups: the backups did not change. Busy times
    // there are named on the coach's clock, so the calendar settings follow a change of zone.
    ['settings.update', { 'settings.update': 1, 'settings.get': 1, 'app.info': 1, 'calendar.settings': 1 }],
  ]);
});
