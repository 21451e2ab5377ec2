import type { Page } from '@playwright/test';
import { confirmToast, dialog, goTo, openApp, openGroup } from './support/app';
import { blockingViolations, describeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import type { Host } from './support/host';
import { DESKTOP, SCHEMES, capture, useScheme } from './support/screenshots';
import { seedGroup, seedMembers } from './support/seed';

// The coach's 1:1s through the real interface and services: a group of two
// meeting monthly around "now" (3 Feb 2027), a 1:1 with Ada put on top of the
// 10 Feb meeting (the warning names it; the coach saves anyway), found again
// after a reload and marked held; the dashboard then lists Ben as due. The
// list and the dialog pass axe, light and dark.

test.use({ viewport: DESKTOP });
test.describe.configure({ timeout: 120_000 });

const GROUP = 'One to One Circle';
// Ada lives in New York, so her 1:1 reads on two clocks; Ben shares the coach's.
const MEMBERS = [
  { name: 'Ada Lovelace', timeZone: 'America/New_York' },
  { name: 'Ben Okri', timeZone: 'Europe/London' },
];

interface Seeded {
  groupId: string;
  people: Record<string, string>;
}

async function seedCircle(host: Host): Promise<Seeded> {
  const groupId = await seedGroup(host, { name: GROUP, purpose: 'Two founders, with a 1:1 each between meetings.', color: '#0f766e', slug: 'circle' });
  const seeded = await seedMembers(host, groupId, MEMBERS);
  const people: Record<string, string> = Object.fromEntries(Object.entries(seeded).map(([name, ids]) => [name, ids.personId]));
  await host.addMeetings(groupId, ['2027-01-06', '2027-02-10', '2027-03-10'].map((date) => ({ date, time: '18:00' })));
  return { groupId, people };
}

async function openBetween(page: Page, groupId: string): Promise<void> {
  await openApp(page);
  await openGroup(page, GROUP, 'Between meetings');
  await expect(page).toHaveURL(new RegExp(`#/groups/${groupId}/between$`));
  await expect(page.getByRole('region', { name: '1:1s', exact: true })).toBeVisible();
}

/** The schedule dialog filled in for Ada, half an hour into the 10 Feb meeting. */
async function fillClashingOneToOne(page: Page) {
  await page.getByRole('region', { name: '1:1s', exact: true }).getByRole('button', { name: 'Schedule a 1:1' }).click();
  const form = dialog(page, 'Schedule a 1:1');
  await form.getByLabel(/^Member/).selectOption({ label: 'Ada Lovelace' });
  await form.getByLabel(/^Day/).fill('2027-02-10');
  await form.getByLabel(/^Time/).fill('18:30');
  await form.getByLabel(/^Video link or place/).fill('https://meet.example.com/ada');
  await expect(form.getByText('This time clashes:')).toBeVisible();
  await expect(form.getByText(/^Overlaps the One to One Circle meeting \(.+\) by 45 minutes\.$/)).toBeVisible();
  await expect(form.getByText('That is 13:30 for Ada (America/New_York).')).toBeVisible();
  return form;
}

async function checkA11y(page: Page, view: string): Promise<void> {
  const result = await blockingViolations(page, view);
  expect.soft(result.violations, describeViolations(result)).toEqual([]);
}

test('schedule a 1:1 over a meeting with the warning shown, save anyway, find it after a reload, mark it held, and see the other member due', async ({ page, host }) => {
  const { groupId } = await seedCircle(host);
  await openBetween(page, groupId);
  const card = page.getByRole('region', { name: '1:1s', exact: true });

  await test.step('the clash with the meeting is named before saving, and saving is still allowed', async () => {
    const form = await fillClashingOneToOne(page);
    await form.getByRole('button', { name: 'Schedule 1:1' }).click();
    await confirmToast(page, '1:1 scheduled');
  });

  await page.reload();
  const ada = card.getByRole('list', { name: 'Planned' }).getByRole('listitem').filter({ hasText: 'Ada Lovelace' });
  await expect(ada).toContainText('Wed 10 Feb 2027, 18:30 (Europe/London)');
  await expect(ada).toContainText('13:30 for Ada (America/New_York)');
  await expect(ada).toContainText('45 min');
  await expect(ada).toContainText('https://meet.example.com/ada');
  await checkA11y(page, '1:1s card');

  await test.step('each member’s row says where they stand, and Schedule opens the dialog on them', async () => {
    const byMember = page.getByRole('region', { name: '1:1s by member', exact: true });
    const adaRow = byMember.getByRole('listitem').filter({ hasText: 'Ada Lovelace' });
    await expect(adaRow).toContainText('Scheduled');
    await expect(adaRow).toContainText('Next Wed 10 Feb 2027, 18:30');
    await byMember.getByRole('button', { name: 'Schedule a 1:1 with Ben Okri', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Schedule a 1:1' });
    await expect(form.getByLabel('Member')).toHaveValue(await form.getByRole('option', { name: 'Ben Okri' }).getAttribute('value') ?? 'missing');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toBeHidden();
  });

  await test.step('marked held, it moves to the last held', async () => {
    await ada.getByRole('button', { name: 'Mark the 1:1 with Ada Lovelace held' }).click();
    await confirmToast(page, '1:1 with Ada Lovelace marked held');
    const held = card.getByRole('list', { name: 'Last held or cancelled' }).getByRole('listitem').filter({ hasText: 'Ada Lovelace' });
    await expect(held).toContainText('Held');
    await expect(card.getByRole('list', { name: 'Planned' })).toHaveCount(0);
  });

  await test.step('the dashboard lists Ben as due, with a way to the group’s Between meetings tab', async () => {
    await goTo(page, 'dashboard');
    const due = page.getByRole('region', { name: '1:1s due' });
    const ben = due.getByRole('listitem').filter({ hasText: 'Ben Okri' });
    await expect(ben).toBeVisible();
    await expect(ben.getByText(/^(Overdue|Due)$/)).toBeVisible();
    await checkA11y(page, 'dashboard with 1:1s due');
    await ben.getByRole('link', { name: `Open ${GROUP}: Between meetings` }).click();
    await expect(page).toHaveURL(new RegExp(`#/groups/${groupId}/between$`));
  });
});

for (const scheme of SCHEMES) {
  test(`screenshots of the 1:1 list and the schedule dialog, ${scheme}`, async ({ page, host }) => {
    await useScheme(page, scheme);
    const { groupId, people } = await seedCircle(host);
    // One held already, so the shot shows both parts of the list.
    const held = await host.call<{ id: string }>('oneToOnes.schedule', { groupId, personId: people['Ben Okri'], date: '2027-01-20', time: '12:00', minutes: 60, where: 'The Library café' });
    await host.call('oneToOnes.setStatus', { groupId, id: held.id, status: 'held' });
    await openBetween(page, groupId);
    const form = await fillClashingOneToOne(page);
    await capture(page, 'one-to-ones-dialog', scheme);
    await checkA11y(page, `1:1 schedule dialog (${scheme})`);
    await form.getByRole('button', { name: 'Schedule 1:1' }).click();
    await confirmToast(page, '1:1 scheduled');
    await page.getByRole('region', { name: '1:1s', exact: true }).scrollIntoViewIfNeeded();
    await capture(page, 'one-to-ones-list', scheme);
    await checkA11y(page, `1:1s card (${scheme})`);

    await goTo(page, 'dashboard');
    await expect(page.getByRole('region', { name: '1:1s due' }).getByRole('listitem').first()).toBeVisible();
    await capture(page, 'one-to-ones-due', scheme);
  });
}
