import { dialog, confirmToast, goTo, groupIdFromUrl, openApp } from './support/app';
import { blockingViolations, describeViolations } from './support/axe';
import { readGroupFile, readIndex } from './support/data-folder';
import { expect, test } from './support/fixtures';
import { capture, DESKTOP, SCHEMES, useScheme } from './support/screenshots';

// The zone picker in the real renderer, saving through the host to disk: a
// coach types a city or a country rather than an IANA id. The page's clock is
// pinned to 3 Feb 2027, so Berlin is at UTC+01:00 and India at UTC+05:30.

test.use({ viewport: DESKTOP });

test('a coach types "Berlin" in the group form, chooses it, saves, and the group is planned in Europe/Berlin', async ({
  page,
  host,
}) => {
  await openApp(page, '/groups');
  await page.getByRole('button', { name: 'New group' }).first().click();
  const form = dialog(page, 'New group');
  await form.getByLabel('Name', { exact: true }).fill('Berlin Leaders Circle');
  await form.getByRole('textbox', { name: 'Video link' }).fill('https://meet.example.com/berlin-leaders');

  const zone = form.getByRole('combobox', { name: 'Time zone' });
  await zone.clear();
  await zone.pressSequentially('Berlin');
  const berlin = form.getByRole('option', { name: 'Berlin, Germany, Europe/Berlin, UTC+01:00' });
  await expect(berlin).toBeVisible();
  await expect(berlin).toHaveAttribute('aria-selected', 'true');
  await zone.press('Enter');
  await expect(zone).toHaveValue('Europe/Berlin');
  await expect(zone).toHaveAttribute('aria-expanded', 'false');
  await expect(zone).toHaveAccessibleDescription(/Berlin, Germany · currently UTC\+01:00/);
  // Enter chose the zone; it did not submit the form.
  await expect(form).toBeVisible();

  await form.getByRole('button', { name: 'Create group' }).click();
  await expect(form).toBeHidden();
  await confirmToast(page, 'Berlin Leaders Circle created');
  const saved = await readGroupFile(host.dataDir, groupIdFromUrl(page));
  expect(saved.group.timeZone).toBe('Europe/Berlin');
});

test('a person’s zone is found by city when the coach tabs on, and the coach’s own by country', async ({ page, host }) => {
  await openApp(page, '/people');
  await page.getByRole('button', { name: /Add (a )?person/ }).first().click();
  const form = dialog(page, 'Add a person');
  await form.getByLabel('Name', { exact: true }).fill('Jonas Weber');
  await form.getByLabel('Email').fill('jonas@example.com');
  const zone = form.getByRole('combobox', { name: 'Time zone' });
  await zone.clear();
  await zone.pressSequentially('Munich');
  await zone.press('Tab');
  await expect(zone).toHaveValue('Europe/Berlin');
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(form).toBeHidden();
  await confirmToast(page, 'Jonas Weber added');
  expect((await readIndex(host.dataDir)).people.map((p) => [p.name, p.timeZone])).toEqual([['Jonas Weber', 'Europe/Berlin']]);

  await goTo(page, 'settings');
  const mine = page.getByRole('combobox', { name: 'Your time zone' });
  await mine.clear();
  await mine.pressSequentially('India');
  await expect(page.getByRole('option').first()).toHaveAccessibleName(/^Kolkata, India, Asia\/(Kolkata|Calcutta), UTC\+05:30$/);
  await mine.press('ArrowDown');
  await mine.press('ArrowUp');
  await mine.press('Enter');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await confirmToast(page, 'Settings saved');
  const stored = (await readIndex(host.dataDir)).settings.coachTimeZone;
  expect(stored).toMatch(/^Asia\/(Kolkata|Calcutta)$/);
  await expect(mine).toHaveValue(stored);
});

for (const scheme of SCHEMES) {
  test(`the open picker has no serious or critical accessibility violations (${scheme})`, async ({ page }) => {
    await useScheme(page, scheme);
    await openApp(page, '/groups');
    await page.getByRole('button', { name: 'New group' }).first().click();
    const form = dialog(page, 'New group');
    const zone = form.getByRole('combobox', { name: 'Time zone' });
    await zone.clear();
    await zone.pressSequentially('New Zealand');
    await expect(form.getByRole('option', { name: /^Auckland, New Zealand/ })).toBeVisible();
    const result = await blockingViolations(page, `time zone picker (${scheme})`);
    expect(result.violations, describeViolations(result)).toEqual([]);
    await capture(page, 'time-zone-picker', scheme);
    // Escape closes the list, and only the list.
    await zone.press('Escape');
    await expect(zone).toHaveAttribute('aria-expanded', 'false');
    await expect(form).toBeVisible();
  });
}
