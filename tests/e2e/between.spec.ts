import type { Page } from '@playwright/test';
import { confirmToast, dialog, openApp, openGroup } from './support/app';
import { blockingViolations, describeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import type { Host } from './support/host';
import { DESKTOP, SCHEMES, capture, useScheme } from './support/screenshots';
import { seedGroup, seedMembers } from './support/seed';
import type { BetweenView, RoundView } from '../../src/shared/contract/between';

// Pairing rounds through the real interface and the real planner: an odd
// group of five meeting monthly around "now" (3 Feb 2027), its rounds planned,
// two members swapped by hand in a planned round with the repeat shown first,
// a pair session of the round under way recorded as held, and all of it there
// after a reload; the round view passes axe, light and dark.

test.use({ viewport: DESKTOP });
test.describe.configure({ timeout: 120_000 });

const NAMES = ['Amara Okafor', 'Raj Patel', 'Tomás Ruiz', 'Yuki Tanaka', 'Lena Berg'];
const CURRENT = /^Round 20 Jan – 17 Feb$/;
const NEXT = /^Round 17 Feb – 17 Mar$/;

async function seedOddCircle(host: Host): Promise<string> {
  const groupId = await seedGroup(host, { name: 'Pairing Circle', purpose: 'Five team leads coaching each other between meetings.', color: '#7c3aed', slug: 'pairing' });
  await seedMembers(host, groupId, NAMES.map((name) => ({ name })));
  // Monthly, with "now" between the second and third: one round under way and two ahead.
  await host.addMeetings(groupId, ['2026-12-16', '2027-01-20', '2027-02-17', '2027-03-17', '2027-04-14'].map((date) => ({ date, time: '18:00' })));
  return groupId;
}

async function openBetween(page: Page, groupId: string): Promise<void> {
  await openApp(page);
  await openGroup(page, 'Pairing Circle');
  const tab = page.getByRole('tablist', { name: 'Group sections' }).getByRole('tab', { name: 'Between meetings', exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(new RegExp(`#/groups/${groupId}/between$`));
}

async function planRounds(page: Page): Promise<void> {
  await expect(page.getByText('3 gaps between meetings with no round yet')).toBeVisible();
  await page.getByRole('button', { name: 'Plan rounds' }).click();
  await confirmToast(page, 'Rounds planned');
  await expect(page.getByRole('region', { name: CURRENT })).toBeVisible();
  await expect(page.getByText(/gaps? between meetings with no round yet/)).toHaveCount(0);
}

/**
 * Two people of the next round whose swap brings back a pair of the round under
 * way: y takes z's place beside x, whom y meets now.
 */
function swapThatRepeats(view: BetweenView): { y: string; z: string } {
  const round = (from: string) => view.rounds.find((r) => r.from === from) as RoundView;
  const current = round('2027-01-20');
  const next = round('2027-02-17');
  for (const { personIds } of current.sessions) {
    for (const x of personIds) {
      const withX = next.sessions.find((s) => s.personIds.includes(x));
      if (!withX) continue;
      for (const y of personIds.filter((id) => id !== x && !withX.personIds.includes(id))) {
        const z = withX.personIds.find((id) => id !== x);
        if (z) return { y, z };
      }
    }
  }
  throw new Error('No swap in the next round brings back a pair of the round under way.');
}

const nameOf = (view: BetweenView, id: string) => view.members.find((m) => m.personId === id)!.name;

async function checkA11y(page: Page, view: string): Promise<void> {
  const result = await blockingViolations(page, view);
  expect.soft(result.violations, describeViolations(result)).toEqual([]);
}

test('plan rounds for an odd group, swap two members with the repeat shown, record a pair session held, and find it all after a reload', async ({ page, host }) => {
  const groupId = await seedOddCircle(host);
  await openBetween(page, groupId);
  await planRounds(page);

  const current = page.getByRole('region', { name: CURRENT });
  const next = page.getByRole('region', { name: NEXT });
  await expect(current.getByText('Under way')).toBeVisible();
  // Five members and the group's default (a triad for the odd one): one pair and one triad.
  await expect(current.getByText('(triad)')).toHaveCount(1);
  await expect(next.getByText('Planned')).toBeVisible();

  const view = await host.call<BetweenView>('between.view', { groupId });
  const { y, z } = swapThatRepeats(view);

  await test.step('the swap shows the repeat it brings back before it is made', async () => {
    await next.getByRole('button', { name: 'Swap two people' }).click();
    const swap = dialog(page, 'Swap two people');
    await swap.getByLabel('Swap', { exact: true }).selectOption({ label: nameOf(view, y) });
    await swap.getByLabel('With', { exact: true }).selectOption({ label: nameOf(view, z) });
    await expect(swap.getByText(/would meet for the 2nd time; last 1 round ago\./).first()).toBeVisible();
    await swap.getByRole('button', { name: 'Confirm the swap' }).click();
    await confirmToast(page, 'swapped');
    await expect(next.getByText('Changed by hand')).toBeVisible();
  });

  const pair = current.getByRole('listitem').filter({ hasNotText: 'triad' }).first();
  const pairNames = (await pair.locator('.between-pair__names').textContent())!.trim();

  await test.step('a pair session of the round under way is recorded as held', async () => {
    await pair.getByRole('button', { name: `Record the pair session of ${pairNames}` }).click();
    const form = dialog(page, `Pair session: ${pairNames}`);
    await form.getByRole('radio', { name: /Held/ }).check();
    await form.getByLabel(/Agreed day/).fill('2027-02-01');
    await form.getByLabel(/Agreed time/).fill('18:30');
    await form.getByLabel(/Place or link/).fill('https://meet.example.com/pair');
    await form.getByRole('button', { name: 'Save pair session' }).click();
    await confirmToast(page, 'Pair session saved');
    await expect(pair.getByText('Held', { exact: true })).toBeVisible();
  });

  await page.reload();
  await expect(current.getByRole('listitem').filter({ hasText: pairNames })).toContainText('Held');
  await expect(current.getByRole('listitem').filter({ hasText: pairNames })).toContainText('1 Feb 2027, 18:30 (Europe/London) · https://meet.example.com/pair');
  await expect(next.getByText('Changed by hand')).toBeVisible();
  const after = await host.call<BetweenView>('between.view', { groupId });
  const nextAfter = after.rounds.find((r) => r.from === '2027-02-17')!;
  expect(nextAfter.handEdited).toBe(true);
  expect(nextAfter.repeats).toBeGreaterThan(0);
  await checkA11y(page, 'between meetings tab');
});

for (const scheme of SCHEMES) {
  test(`screenshot of the round view, ${scheme}`, async ({ page, host }) => {
    await useScheme(page, scheme);
    const groupId = await seedOddCircle(host);
    await openBetween(page, groupId);
    await planRounds(page);
    await capture(page, 'between-rounds', scheme);
    await checkA11y(page, `between meetings tab (${scheme})`);

    const view = await host.call<BetweenView>('between.view', { groupId });
    const { y, z } = swapThatRepeats(view);
    await page.getByRole('region', { name: NEXT }).getByRole('button', { name: 'Swap two people' }).click();
    const swap = dialog(page, 'Swap two people');
    await swap.getByLabel('Swap', { exact: true }).selectOption({ label: nameOf(view, y) });
    await swap.getByLabel('With', { exact: true }).selectOption({ label: nameOf(view, z) });
    await expect(swap.getByText(/would meet for the 2nd time/).first()).toBeVisible();
    await capture(page, 'between-swap', scheme);
    await checkA11y(page, `between swap dialog (${scheme})`);
    await swap.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('region', { name: CURRENT }).getByRole('button', { name: /^Record the pair session of / }).first().click();
    const form = dialog(page, /^Pair session: /);
    await form.getByRole('radio', { name: /Held/ }).check();
    await capture(page, 'between-session', scheme);
    await checkA11y(page, `between pair session dialog (${scheme})`);
  });
}
