import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { confirmToast, openApp } from './support/app';
import { blockingViolations, describeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import type { Host } from './support/host';
import { DESKTOP, SCHEMES, capture, useScheme } from './support/screenshots';
import { seedGroup, seedMembers } from './support/seed';

// The Export view through the real interface and services, "now" 3 Feb 2027:
// a group of two meeting monthly (one meeting cancelled), Ada in New York so
// her file reads on her own clock. Without the coach's email the view says
// invitations need it; with it, the coach checks Ada's preview, writes files
// and drafts into the folder the host's dialog answers, sees the list, and
// the ledger no longer counts anyone as never invited.

test.use({ viewport: DESKTOP });
test.describe.configure({ timeout: 120_000 });

const GROUP = 'Export Circle';
const MEMBERS = [
  { name: 'Ada Lovelace', timeZone: 'America/New_York' },
  { name: 'Ben Okri', timeZone: 'Europe/London' },
];

async function seedCircle(host: Host): Promise<void> {
  const groupId = await seedGroup(host, { name: GROUP, purpose: 'Two founders and their monthly meetings.', color: '#7c3aed', slug: 'export' });
  await seedMembers(host, groupId, MEMBERS);
  await host.addMeetings(groupId, [
    { date: '2027-02-10', time: '18:00' },
    { date: '2027-03-10', time: '18:00', status: 'cancelled' },
    { date: '2027-04-14', time: '18:00' },
  ]);
}

/** What the Settings page saves when the coach gives their email (the organiser of every invitation); the journey does it there. */
async function setCoachEmail(host: Host): Promise<void> {
  await host.call('settings.update', { coachName: 'Jo', coachTimeZone: 'Europe/London', coachEmail: 'jo@example.com' });
}

async function openExport(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar export', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar export', exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'People’s files', exact: true })).toBeVisible();
}

const personRow = (page: Page, name: string) => page.getByRole('list', { name: 'People’s files', exact: true }).getByRole('listitem', { name, exact: true });

async function checkA11y(page: Page, view: string): Promise<void> {
  const result = await blockingViolations(page, view);
  expect.soft(result.violations, describeViolations(result)).toEqual([]);
}

test('preview Ada’s file on her own clock, write the files and drafts, and see what was written', async ({ page, host }) => {
  await seedCircle(host);
  await openExport(page);

  await test.step('without the coach’s email, the view says invitations need it; the coach gives it in Settings', async () => {
    await expect(page.getByText('Invitations need your email', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Open Settings', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings', exact: true })).toBeVisible();
    await page.getByLabel('Your email', { exact: true }).fill('jo@example.com');
    await page.getByRole('button', { name: 'Save changes', exact: true }).click();
    await confirmToast(page, 'Settings saved');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar export', exact: true }).click();
    await expect(page.getByRole('list', { name: 'People’s files', exact: true })).toBeVisible();
    await expect(page.getByText('Invitations need your email', { exact: true })).toHaveCount(0);
  });

  await test.step('Ada’s row: her zone, group and counts, and every event on her clock', async () => {
    const ada = personRow(page, 'Ada Lovelace');
    await expect(ada).toContainText('New York time');
    await expect(ada).toContainText(GROUP);
    await expect(ada).toContainText('3 meetings, 1 cancelled');
    await expect(ada.getByText('Never invited', { exact: true })).toBeVisible();
    await ada.getByText('What Ada Lovelace’s file holds (3 events)', { exact: true }).click();
    await expect(ada.getByText('Times are on Ada Lovelace’s own clock (America/New_York).', { exact: true })).toBeVisible();
    await expect(ada.getByText('Wed 10 Feb 2027, 13:00–15:00', { exact: true })).toBeVisible();
    await expect(ada.getByRole('listitem').filter({ hasText: 'Wed 10 Mar 2027' }).getByText('Cancelled', { exact: true })).toBeVisible();
    await expect(page.getByTestId('ledger-line')).toHaveText(
      'Nobody has changes since their last invitation. 2 people were never invited: their first invitations cover their whole schedule.',
    );
    await checkA11y(page, 'export view');
  });

  await test.step('write files and drafts: the folder and its files are listed, and on disk', async () => {
    await page.getByRole('checkbox', { name: 'Invitation drafts to send from your mail', exact: true }).check();
    await page.getByRole('button', { name: 'Write files…', exact: true }).click();
    const written = page.getByRole('list', { name: 'Written files', exact: true });
    await expect(written).toBeVisible();
    const folder = join(host.exportDir, 'calendar');
    await expect(page.getByText(new RegExp(`^\\d+ files in ${folder.replace(/[/\\^$.*+?()[\]{}|-]/g, '\\$&')}$`))).toBeVisible();
    await expect(written.getByText(/^people\/Ada Lovelace.*\.ics$/)).toBeVisible();
    await expect(written.getByText('coach.ics', { exact: true })).toBeVisible();
    await expect(written.getByText(/^drafts\/Ada Lovelace.*\.eml$/).first()).toBeVisible();
    const onDisk = await readdir(folder, { recursive: true });
    expect(onDisk).toContain('coach.ics');
    expect(onDisk.some((f) => /^people[/\\]Ada Lovelace.*\.ics$/.test(f))).toBe(true);
    expect(onDisk.some((f) => f.endsWith('.eml'))).toBe(true);
  });

  await test.step('the ledger moved on: nobody is left never invited or with changes', async () => {
    await expect(page.getByTestId('ledger-line')).toHaveText('Nobody has changes since their last invitation.');
    await expect(page.getByText('Never invited', { exact: true })).toHaveCount(0);
    await checkA11y(page, 'export view after writing');
  });
});

for (const scheme of SCHEMES) {
  test(`screenshots of the Export view, ${scheme}`, async ({ page, host }) => {
    await useScheme(page, scheme);
    await seedCircle(host);
    await openExport(page);
    await personRow(page, 'Ada Lovelace').getByText('What Ada Lovelace’s file holds (3 events)', { exact: true }).click();
    await capture(page, 'calendar-export', scheme);
    await checkA11y(page, `export view (${scheme})`);
    await setCoachEmail(host);
    await page.getByRole('button', { name: 'Write files…', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Written files', exact: true })).toBeVisible();
    await capture(page, 'calendar-export-written', scheme);
  });
}
