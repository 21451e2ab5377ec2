import type { Page } from '@playwright/test';
import { sampleGroupInput, samplePersonInput } from '../support/sample-records';
import { goTo, openApp } from './support/app';
import { blockingViolations, describeViolations } from './support/axe';
import type { Host } from './support/host';
import { expect, test } from './support/fixtures';
import { DESKTOP, SCHEMES, capture, useScheme } from './support/screenshots';

// The coach's calendar in Chromium through the test host: two groups in two
// zones (London and New York), meetings put into their files as the planning
// services store them, on the coach's London clock. "Now" is 3 February 2027.

test.use({ viewport: DESKTOP });

// A calendar file as Google exports it: a busy evening on 23 February, and an all-day event left out.
const BUSY_ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'BEGIN:VEVENT',
  'UID:choir@example.com',
  'DTSTART;TZID=Europe/London:20270223T190000',
  'DTEND;TZID=Europe/London:20270223T203000',
  'SUMMARY:Choir rehearsal',
  'DESCRIPTION:Bring the new scores',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:holiday@example.com',
  'DTSTART;VALUE=DATE:20270215',
  'DTEND;VALUE=DATE:20270216',
  'SUMMARY:Half term',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

interface Practice {
  managers: string;
  founders: string;
  managersMeetings: string[];
}

async function buildPractice(host: Host): Promise<Practice> {
  const managers = (await host.call<{ id: string }>('groups.create', sampleGroupInput({ name: 'New Managers Circle', color: '#3b82f6', meetingMinutes: 90, startDate: '2027-01-05' }))).id;
  const founders = (
    await host.call<{ id: string }>(
      'groups.create',
      sampleGroupInput({ name: 'Founders Circle', color: '#16a34a', timeZone: 'America/New_York', meetingMinutes: 60, startDate: '2027-01-05' }),
    )
  ).id;
  const managersMeetings = await host.addMeetings(managers, [
    { date: '2027-02-09', time: '18:00' },
    { date: '2027-02-16', time: '18:00', status: 'cancelled' },
    { date: '2027-02-23', time: '18:00' },
    { date: '2027-03-09', time: '18:00' },
  ]);
  // 13:30 in New York is 18:30 in London: half an hour into the London group's meeting.
  await host.addMeetings(founders, [
    { date: '2027-02-09', time: '13:30' },
    { date: '2027-02-25', time: '12:00' },
  ]);
  return { managers, founders, managersMeetings };
}

/**
 * Amara (New Managers Circle, in Lagos) has three 1:1s with the coach in
 * February: one clear, one cancelled, one that runs into the London meeting
 * of the 23rd.
 */
async function addOneToOnes(host: Host, practice: Practice): Promise<void> {
  const amara = (await host.call<{ id: string }>('people.create', samplePersonInput({ name: 'Amara Okafor', email: 'amara@example.com', timeZone: 'Africa/Lagos' }))).id;
  await host.call('memberships.add', { groupId: practice.managers, personId: amara, joinedOn: '2027-01-05' });
  const schedule = (date: string, time: string) =>
    host.call<{ id: string }>('oneToOnes.schedule', { groupId: practice.managers, personId: amara, date, time, minutes: 45, where: '' });
  await schedule('2027-02-11', '09:00');
  const cancelled = await schedule('2027-02-18', '12:00');
  await host.call('oneToOnes.setStatus', { groupId: practice.managers, id: cancelled.id, status: 'cancelled' });
  await schedule('2027-02-23', '19:00');
}

const grid = (page: Page) => page.getByRole('table', { name: 'Meetings in February 2027' });

async function importBusyFile(page: Page): Promise<void> {
  await goTo(page, 'settings');
  await page.getByLabel('Import an .ics file…').setInputFiles({ name: 'my-calendar.ics', mimeType: 'text/calendar', buffer: Buffer.from(BUSY_ICS) });
  await expect(page.getByText('1 busy time read from my-calendar.ics')).toBeVisible();
  await expect(page.getByText('1 all-day event (they do not block a time of day)')).toBeVisible();
}

test('the calendar shows both groups in the month and the list, marks the clash and lists it on the dashboard', async ({ page, host }) => {
  const practice = await buildPractice(host);
  await openApp(page);
  await goTo(page, 'dashboard');
  const clashes = page.getByRole('region', { name: 'Clashes' });
  await expect(clashes).toContainText(
    'New Managers Circle (Tue 9 Feb 2027, 18:00–19:30) overlaps Founders Circle (Tue 9 Feb 2027, 18:30–19:30) by 60 minutes.',
  );
  await clashes.getByRole('link', { name: 'Open calendar' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'February 2027', exact: true })).toBeVisible();
  const month = grid(page);
  const clashing = month.getByRole('link', { name: '18:00 to 19:30, New Managers Circle, clashes with Founders Circle' });
  await expect(clashing).toBeVisible();
  await expect(clashing).toHaveAttribute('href', `#/groups/${practice.managers}/meetings/${practice.managersMeetings[0]}`);
  await expect(month.getByRole('link', { name: '18:30 to 19:30, Founders Circle, clashes with New Managers Circle' })).toBeVisible();
  await expect(month.getByRole('link', { name: '18:00 to 19:30, New Managers Circle, cancelled' })).toBeVisible();
  await expect(month.getByRole('link', { name: '17:00 to 18:00, Founders Circle' })).toBeVisible();
  await expect(month.locator('[aria-current="date"]')).toContainText('Today');
  await expect(page.getByRole('region', { name: 'Clashes in February 2027' })).toContainText('by 60 minutes');

  // Keyboard: after the view switch, Tab walks the meetings in reading order.
  await page.getByRole('link', { name: 'List' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName('18:00 to 19:30, New Managers Circle, clashes with Founders Circle');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName('18:30 to 19:30, Founders Circle, clashes with New Managers Circle');

  await page.getByRole('link', { name: 'Next month, March' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'March 2027', exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Meetings in March 2027' }).getByRole('link')).toHaveCount(1);
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(month).toBeVisible();

  await page.getByRole('link', { name: 'List' }).click();
  const ninth = page.getByRole('region', { name: 'Tuesday 9 February 2027' });
  await expect(ninth.getByRole('link', { name: 'New Managers Circle' })).toBeVisible();
  await expect(ninth.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Founders Circle' }) })).toContainText('13:30–14:30 in New York');
  await expect(ninth).toContainText('Clashes with Founders Circle');
  await expect(page.getByRole('region', { name: 'Tuesday 16 February 2027' })).toContainText('Cancelled');
  // A reload lands on the same month and view.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Thursday 25 February 2027' })).toContainText('Founders Circle');
});

test('the coach’s 1:1s show beside the meetings, named by member, and clash like meetings', async ({ page, host }) => {
  const practice = await buildPractice(host);
  await addOneToOnes(host, practice);
  await openApp(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar', exact: true }).click();
  const month = grid(page);
  const clear = month.getByRole('link', { name: '09:00 to 09:45, 1:1 with Amara Okafor, New Managers Circle' });
  await expect(clear).toBeVisible();
  await expect(clear).toHaveAttribute('href', `#/groups/${practice.managers}/between`);
  await expect(month.getByRole('link', { name: '12:00 to 12:45, 1:1 with Amara Okafor, New Managers Circle, cancelled' })).toBeVisible();
  await expect(month.getByRole('link', { name: '19:00 to 19:45, 1:1 with Amara Okafor, New Managers Circle, clashes with New Managers Circle' })).toBeVisible();
  await expect(month.getByRole('link', { name: '18:00 to 19:30, New Managers Circle, clashes with your 1:1 with Amara Okafor' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Clashes in February 2027' })).toContainText(
    'New Managers Circle (Tue 23 Feb 2027, 18:00–19:30) overlaps your 1:1 with Amara Okafor (Tue 23 Feb 2027, 19:00–19:45) by 30 minutes.',
  );

  await page.getByRole('link', { name: 'List' }).click();
  const eleventh = page.getByRole('region', { name: 'Thursday 11 February 2027' });
  await expect(eleventh.getByRole('link', { name: '1:1 with Amara Okafor' })).toBeVisible();
  await expect(eleventh).toContainText('10:00–10:45 in Lagos, Amara Okafor’s time');

  // Moving a meeting onto a 1:1 warns before saving, naming it.
  const preview = await host.call<{ status: string; at: { clashes: { text: string }[] } }>('meetings.previewAt', {
    groupId: practice.founders, date: '2027-02-11', time: '04:00', minutes: 60,
  });
  expect(preview.at.clashes.map((c) => c.text)).toEqual(['Overlaps your 1:1 with Amara Okafor (Thu 11 Feb 2027, 09:00–09:45, your time) by 45 minutes.']);
});

test('importing an .ics file of busy times makes a clash everywhere, and removing it takes it away', async ({ page, host }) => {
  await buildPractice(host);
  await openApp(page);
  await importBusyFile(page);
  await expect(page.getByRole('region', { name: 'Busy times from your own calendar' })).toContainText('Tue 23 Feb 2027, 19:00–20:30 Choir rehearsal');

  await goTo(page, 'dashboard');
  await expect(page.getByRole('region', { name: 'Clashes' })).toContainText(
    'New Managers Circle (Tue 23 Feb 2027, 18:00–19:30) overlaps your busy time “Choir rehearsal” (Tue 23 Feb 2027, 19:00–20:30) by 30 minutes.',
  );
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar', exact: true }).click();
  await expect(grid(page).getByRole('link', { name: '18:00 to 19:30, New Managers Circle, clashes with your busy time “Choir rehearsal”' })).toBeVisible();

  // The file's text is not kept: only the times and the title reach the disk.
  await host.reopen();
  const stored = JSON.stringify(await host.call('calendar.settings', {}));
  expect(stored).toContain('Choir rehearsal');
  expect(stored).not.toContain('new scores');

  // After the restart the settings page still says what the import left out.
  await page.reload();
  await goTo(page, 'settings');
  await expect(page.getByRole('list', { name: 'Events left out of this import' })).toHaveText('1 all-day event (they do not block a time of day)');
  await page.getByRole('button', { name: 'Remove busy times' }).click();
  await page.getByRole('alertdialog', { name: 'Remove your busy times?' }).getByRole('button', { name: 'Remove busy times' }).click();
  await expect(page.getByText('No busy times imported yet.')).toBeVisible();
  await goTo(page, 'dashboard');
  await expect(page.getByRole('region', { name: 'Clashes' })).not.toContainText('Choir rehearsal');
});

test('a break the coach sets is checked and counts in the clashes', async ({ page, host }) => {
  const practice = await buildPractice(host);
  // Founders meets 17:00–18:00 London time on 25 February; an extra London meeting at 18:10 leaves 10 minutes.
  await host.addMeetings(practice.managers, [{ date: '2027-02-25', time: '18:10', minutes: 60 }]);
  await openApp(page);
  await goTo(page, 'settings');
  const field = page.getByLabel('Break between meetings (minutes)');
  await field.fill('500');
  await page.getByRole('button', { name: 'Save break' }).click();
  await expect(page.getByText('Use at most 240 minutes (4 hours).')).toBeVisible();
  await goTo(page, 'dashboard');
  await expect(page.getByRole('region', { name: 'Clashes' })).toContainText('leaves only 10 minutes before');
  await goTo(page, 'settings');
  await page.getByLabel('Break between meetings (minutes)').fill('5');
  await page.getByRole('button', { name: 'Save break' }).click();
  await expect(page.getByRole('button', { name: 'Save break' })).toBeDisabled();
  await goTo(page, 'dashboard');
  await expect(page.getByRole('region', { name: 'Clashes' })).not.toContainText('leaves only 10 minutes');
});

for (const scheme of SCHEMES) {
  test(`the calendar views are clean for axe and saved for review (${scheme})`, async ({ page, host }) => {
    await addOneToOnes(host, await buildPractice(host));
    await useScheme(page, scheme);
    await openApp(page);
    await importBusyFile(page);
    await capture(page, 'calendar-settings', scheme);

    const check = async (view: string) => {
      const result = await blockingViolations(page, view);
      expect.soft(result.violations, describeViolations(result)).toEqual([]);
    };
    await check('calendar settings');

    await goTo(page, 'dashboard');
    await expect(page.getByRole('region', { name: 'Clashes' })).toContainText('Choir rehearsal');
    await check('dashboard with clashes');
    await capture(page, 'dashboard-clashes', scheme);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar', exact: true }).click();
    await expect(grid(page)).toBeVisible();
    await check('calendar month');
    await capture(page, 'calendar-month', scheme);

    await page.getByRole('link', { name: 'List' }).click();
    await expect(page.getByRole('region', { name: 'Tuesday 9 February 2027' })).toBeVisible();
    await check('calendar list');
    await capture(page, 'calendar-list', scheme);
  });
}
