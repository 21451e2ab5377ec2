import type { Page } from '@playwright/test';
import { confirmToast, dialog, openApp, openGroup } from './support/app';
import { blockingViolations, describeViolations } from './support/axe';
import { readGroupFile } from './support/data-folder';
import { expect, test } from './support/fixtures';
import { DESKTOP, SCHEMES, capture, useScheme } from './support/screenshots';

// Planning a group's meetings through the real interface: a series planned
// with its clashes with another group (in another zone) shown before saving,
// a date skipped, a meeting moved and one cancelled, all still there after a
// restart; the tabs work from the keyboard; the views pass axe in both themes.

test.use({ viewport: DESKTOP });
test.describe.configure({ timeout: 120_000 });

interface Created {
  id: string;
}
interface StoredMeeting {
  date: string;
  startTime: string;
  start: string;
  timeZone: string;
  status: string;
  cancelledReason: string;
  sequence: number;
  seriesId: string | null;
  place: unknown;
}

const groupInput = (name: string, timeZone: string, color: string) => ({
  name,
  purpose: '',
  kind: { type: 'standalone' },
  facilitation: 'coach',
  startDate: '2027-03-01',
  plannedEnd: { type: 'duration', months: 12 },
  timeZone,
  meetingMinutes: 90,
  mode: { type: 'virtual', videoLink: 'https://meet.example.com/circle' },
  color,
});

/** Leaders (London) with nothing planned, and Founders (New York) already meeting on the 2nd Tuesday at 13:00, which is 18:00 in London. */
async function twoGroups(host: { call<T>(m: string, i: unknown): Promise<T> }) {
  const leaders = await host.call<Created>('groups.create', groupInput('Leaders Circle', 'Europe/London', '#2563eb'));
  const founders = await host.call<Created>('groups.create', groupInput('Founders', 'America/New_York', '#16a34a'));
  await host.call('meetings.planSeries', {
    groupId: founders.id,
    rule: { pattern: { type: 'monthly-weekday', week: 2, weekday: 'TU' }, fromDate: '2027-03-01', startTime: '13:00', timeZone: 'America/New_York', minutes: 60, end: { type: 'count', count: 6 } },
    adjustments: [],
  });
  return { leadersId: leaders.id, foundersId: founders.id };
}

/** Fills the series form for the 2nd Tuesday at 18:00, six meetings. */
async function fillSeries(page: Page) {
  await page.getByRole('button', { name: 'Plan a series' }).click();
  const form = dialog(page, 'Plan a series of meetings');
  await expect(form.getByLabel('First date')).toHaveValue('2027-03-01');
  await form.getByLabel('Week of the month').selectOption('2');
  await form.getByLabel('Day', { exact: true }).selectOption('TU');
  await form.getByLabel(/Start time/).fill('18:00');
  await form.getByRole('radio', { name: 'After a number of meetings' }).check();
  await form.getByLabel('Number of meetings', { exact: true }).fill('6');
  return form;
}

test('plan a series, see the clash with another group, move and cancel a meeting, and find it all after a restart', async ({ page, host }) => {
  const { leadersId } = await twoGroups(host);
  await openApp(page);
  await openGroup(page, 'Leaders Circle', 'Meetings');
  await expect(page).toHaveURL(new RegExp(`#/groups/${leadersId}/meetings$`));
  await expect(page.getByText('No meetings planned yet')).toBeVisible();

  await test.step('the preview names the clash with Founders before anything is saved', async () => {
    const form = await fillSeries(page);
    const preview = form.getByRole('list', { name: 'Meetings this series plans' });
    await expect(form.getByRole('status')).toHaveText('6 meetings clash with your calendar.');
    await expect(preview.getByRole('listitem').first()).toContainText('Tuesday 9 March 2027');
    await expect(preview.getByRole('listitem').first()).toContainText('Overlaps Founders (Tue 9 Mar 2027, 18:00–19:00, your time) by 60 minutes.');
    expect((await readGroupFile(host.dataDir, leadersId) as unknown as { meetings: StoredMeeting[] }).meetings).toEqual([]);

    // Skip the last date; move the fifth to the Thursday after, when Founders does not meet.
    await preview.getByLabel('What to do with Tuesday 10 August 2027').selectOption('skip');
    await preview.getByLabel('What to do with Tuesday 13 July 2027').selectOption('move');
    const july = preview.getByRole('listitem').filter({ hasText: 'Tuesday 13 July 2027' });
    // Main checks the moved date where it goes: half an hour later the same evening still clashes, the Thursday does not.
    await july.getByLabel('New start time').fill('18:30');
    await expect(july).toContainText('Moved to Tuesday 13 July 2027, 18:30');
    await expect(july).toContainText('Overlaps Founders (Tue 13 Jul 2027, 18:00–19:00, your time) by 30 minutes.');
    await july.getByLabel('New date').fill('2027-07-15');
    await july.getByLabel('New start time').fill('18:00');
    await expect(july).toContainText('Moved to Thursday 15 July 2027, 18:00');
    await expect(july.getByText('No clash', { exact: true })).toBeVisible();
    await expect(form.getByRole('status')).toHaveText('5 meetings clash with your calendar.');
    await form.getByRole('button', { name: 'Plan meetings' }).click();
    await expect(form).toBeHidden();
    await confirmToast(page, 'Series planned');
  });

  const upcoming = page.getByRole('region', { name: 'Upcoming meetings' });
  await test.step('the tab lists the series and each meeting with its clash', async () => {
    await expect(page.getByRole('region', { name: 'Series' })).toContainText('Monthly on the 2nd Tuesday');
    await expect(upcoming.getByRole('listitem').filter({ has: page.getByRole('link') })).toHaveCount(5);
    await expect(page.getByRole('region', { name: 'Next meeting' })).toContainText('Tue 9 Mar 2027, 18:00–19:30');
    await expect(upcoming.getByRole('list', { name: 'Clashes of the meeting on Tue 9 Mar 2027, 18:00–19:30' })).toContainText('Overlaps Founders');
  });

  await test.step('move the first meeting clear of Founders: the dialog shows there is no clash before saving', async () => {
    await upcoming.getByRole('button', { name: 'Move the meeting on Tue 9 Mar 2027, 18:00–19:30' }).click();
    const move = dialog(page, 'Move this meeting');
    await expect(move.getByText(/Overlaps Founders/)).toBeVisible();
    await move.getByLabel(/Start time/).fill('20:00');
    await expect(move.getByText('No clash with your other meetings.')).toBeVisible();
    await move.getByRole('button', { name: 'Move meeting' }).click();
    await expect(move).toBeHidden();
    await confirmToast(page, 'Meeting moved');
  });

  await test.step('cancel the April meeting with a reason', async () => {
    await upcoming.getByRole('button', { name: 'Cancel the meeting on Tue 13 Apr 2027, 18:00–19:30' }).click();
    const cancel = dialog(page, 'Cancel this meeting');
    await cancel.getByRole('button', { name: 'Cancel meeting' }).click();
    await expect(cancel.getByText('Reason is required.')).toBeVisible();
    await cancel.getByLabel(/Reason/).fill('Easter holidays');
    await cancel.getByRole('button', { name: 'Cancel meeting' }).click();
    await expect(cancel).toBeHidden();
    await confirmToast(page, 'Meeting cancelled');
  });

  await test.step('after a restart everything is still there', async () => {
    await host.reopen();
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Meetings', exact: true, selected: true })).toBeVisible();
    const march = upcoming.getByRole('listitem').filter({ hasText: 'Tue 9 Mar 2027, 20:00–21:30' });
    await expect(march).toContainText('Moved');
    await expect(march.getByRole('list')).toHaveCount(0);
    const april = upcoming.getByRole('listitem').filter({ hasText: 'Tue 13 Apr 2027' });
    await expect(april).toContainText('Cancelled');
    await expect(april).toContainText('Reason: Easter holidays');
    await expect(upcoming.getByRole('listitem').filter({ hasText: 'Thu 15 Jul 2027, 18:00–19:30' })).toContainText('Moved');

    const file = await readGroupFile(host.dataDir, leadersId);
    const meetings = (file as unknown as { meetings: StoredMeeting[] }).meetings;
    expect(meetings.map((m) => [m.date, m.startTime, m.status])).toEqual([
      ['2027-03-09', '20:00', 'planned'],
      ['2027-04-13', '18:00', 'cancelled'],
      ['2027-05-11', '18:00', 'planned'],
      ['2027-06-08', '18:00', 'planned'],
      ['2027-07-15', '18:00', 'planned'],
    ]);
    // Stored as UTC with the zone: 20:00 in London in March is 20:00 UTC; 18:00 in May is 17:00 UTC.
    expect(meetings[0]).toMatchObject({ start: '2027-03-09T20:00:00.000Z', timeZone: 'Europe/London', sequence: 1 });
    expect(meetings[2]!.start).toBe('2027-05-11T17:00:00.000Z');
    expect(meetings[1]).toMatchObject({ cancelledReason: 'Easter holidays', sequence: 1 });
  });

  await test.step('reinstate the cancelled meeting', async () => {
    await upcoming.getByRole('button', { name: 'Reinstate the meeting on Tue 13 Apr 2027, 18:00–19:30' }).click();
    await confirmToast(page, 'Meeting reinstated');
    // Back in the calendar, so its clash with Founders is listed again.
    const april = upcoming.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Tue 13 Apr 2027/ }) });
    await expect(april).not.toContainText('Cancelled');
    await expect(april).toContainText('Overlaps Founders');
  });
});

/** Evening Circle (London), meeting on the 2nd Tuesday since November 2026: three meetings past by the tests' today (3 Feb 2027), December's with attendance recorded. */
async function circleWithHistory(host: { call<T>(m: string, i: unknown): Promise<T> }) {
  const circle = await host.call<Created>('groups.create', { ...groupInput('Evening Circle', 'Europe/London', '#2563eb'), startDate: '2026-11-01' });
  const planned = await host.call<{ meetings: { id: string; date: string }[] }>('meetings.planSeries', {
    groupId: circle.id,
    rule: { pattern: { type: 'monthly-weekday', week: 2, weekday: 'TU' }, fromDate: '2026-11-01', startTime: '18:00', timeZone: 'Europe/London', minutes: 90, end: { type: 'count', count: 6 } },
    adjustments: [],
  });
  const ada = await host.call<Created>('people.create', { name: 'Ada Mensah', email: 'ada@example.com', timeZone: 'Europe/London', organisation: '', role: '', phone: '' });
  const membership = await host.call<Created>('memberships.add', { groupId: circle.id, personId: ada.id, joinedOn: '2026-11-01' });
  const december = planned.meetings.find((m) => m.date === '2026-12-08')!;
  await host.call('meetings.recordAttendance', { groupId: circle.id, meetingId: december.id, marks: [{ membershipId: membership.id, mark: 'present' }] });
  return circle.id;
}

test('move a meeting to another place and back, and record that a past meeting did not happen, all kept after a restart', async ({ page, host }) => {
  const circleId = await circleWithHistory(host);
  await openApp(page, `/groups/${circleId}/meetings`);
  const upcoming = page.getByRole('region', { name: 'Upcoming meetings' });
  const past = page.getByRole('region', { name: 'Past meetings' });
  const february = upcoming.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Tue 9 Feb 2027/ }) });

  await test.step('move February’s meeting to a room: the usual place is the default, and the address is required', async () => {
    await upcoming.getByRole('button', { name: 'Move the meeting on Tue 9 Feb 2027, 18:00–19:30' }).click();
    const move = dialog(page, 'Move this meeting');
    await expect(move.getByRole('radio', { name: /^The group’s usual place/ })).toBeChecked();
    await expect(move.getByText('Virtual: https://meet.example.com/circle')).toBeVisible();
    await move.getByText('Somewhere else for this meeting').click();
    await move.getByText('In person', { exact: true }).click();
    await move.getByRole('button', { name: 'Move meeting' }).click();
    await expect(move.getByText('Address is required.')).toBeVisible();
    await move.getByLabel(/Address/).fill('The Old Library, 2 Park Road');
    await move.getByRole('button', { name: 'Move meeting' }).click();
    await expect(move).toBeHidden();
    await confirmToast(page, 'Meeting moved');
    await expect(february).toContainText('This meeting only: In person: The Old Library, 2 Park Road');
    await expect(february).toContainText('Not the usual place');
    await expect(page.getByRole('region', { name: 'Next meeting' })).toContainText('Not the usual place: In person: The Old Library, 2 Park Road');
  });

  await test.step('a past meeting with records can only be opened; one without can be marked as not held', async () => {
    const december = past.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^Tue 8 Dec 2026/ }) });
    await expect(december.getByRole('link', { name: 'Open the meeting on Tue 8 Dec 2026, 18:00–19:30' })).toBeVisible();
    await expect(december.getByRole('button')).toHaveCount(0);

    await past.getByRole('button', { name: 'Record that the meeting on Tue 12 Jan 2027, 18:00–19:30 did not happen' }).click();
    const notHeld = dialog(page, 'This meeting did not happen');
    await notHeld.getByLabel(/Reason/).fill('Snow: nobody could travel');
    await notHeld.getByRole('button', { name: 'Mark as cancelled' }).click();
    await expect(notHeld).toBeHidden();
    await confirmToast(page, 'Recorded as not held');
  });

  await test.step('after a restart the place and the cancellation are still there, and the meeting page says where', async () => {
    await host.reopen();
    await page.reload();
    await expect(february).toContainText('This meeting only: In person: The Old Library, 2 Park Road');
    const january = past.getByRole('listitem').filter({ hasText: 'Tue 12 Jan 2027' });
    await expect(january).toContainText('Cancelled');
    await expect(january).toContainText('Reason: Snow: nobody could travel');
    const meetings = ((await readGroupFile(host.dataDir, circleId)) as unknown as { meetings: StoredMeeting[] }).meetings;
    expect(meetings.find((m) => m.date === '2027-02-09')).toMatchObject({ place: { type: 'in-person', address: 'The Old Library, 2 Park Road' }, sequence: 1 });
    expect(meetings.find((m) => m.date === '2027-01-12')).toMatchObject({ status: 'cancelled', cancelledReason: 'Snow: nobody could travel' });

    await february.getByRole('link', { name: /^Tue 9 Feb 2027/ }).click();
    const facts = page.getByRole('region', { name: 'When and where' });
    await expect(facts).toContainText('Where (this meeting only)');
    await expect(facts).toContainText('In person: The Old Library, 2 Park Road');
    await page.goBack();
  });

  await test.step('moving it back to the usual place clears its own place', async () => {
    await upcoming.getByRole('button', { name: 'Move the meeting on Tue 9 Feb 2027, 18:00–19:30' }).click();
    const move = dialog(page, 'Move this meeting');
    await expect(move.getByLabel(/Address/)).toHaveValue('The Old Library, 2 Park Road');
    await move.getByText('The group’s usual place').click();
    await move.getByRole('button', { name: 'Move meeting' }).click();
    await expect(move).toBeHidden();
    await confirmToast(page, 'Meeting moved');
    await expect(february).not.toContainText('Not the usual place');
    await expect(page.getByRole('region', { name: 'Next meeting' })).not.toContainText('Not the usual place');
    const meetings = ((await readGroupFile(host.dataDir, circleId)) as unknown as { meetings: StoredMeeting[] }).meetings;
    expect(meetings.find((m) => m.date === '2027-02-09')).toMatchObject({ place: null, sequence: 2 });
  });
});

test('the group tabs are one tablist: arrow keys move between them and each has its own address', async ({ page, host }) => {
  const { leadersId } = await twoGroups(host);
  await openApp(page, `/groups/${leadersId}/norms`);
  const norms = page.getByRole('tab', { name: 'Norms' });
  await expect(norms).toHaveAttribute('aria-selected', 'true');
  await norms.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Meetings', exact: true })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`#/groups/${leadersId}/meetings$`));
  await expect(page.getByRole('tabpanel', { name: 'Meetings', exact: true })).toBeVisible();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(new RegExp(`#/groups/${leadersId}$`));
  await expect(page.getByRole('tabpanel', { name: 'Overview' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Meetings', exact: true, selected: true })).toBeVisible();
});

for (const scheme of SCHEMES) {
  test(`the Meetings tab and the series form, ${scheme}: screenshots and axe`, async ({ page, host }) => {
    const { leadersId } = await twoGroups(host);
    const ada = await host.call<Created>('people.create', { name: 'Ada Mensah', email: 'ada@example.com', timeZone: 'Africa/Accra', organisation: '', role: '', phone: '' });
    await host.call('memberships.add', { groupId: leadersId, personId: ada.id, joinedOn: '2027-03-01' });
    await host.call('meetings.planSeries', {
      groupId: leadersId,
      rule: { pattern: { type: 'monthly-weekday', week: 1, weekday: 'TH' }, fromDate: '2027-03-01', startTime: '18:00', timeZone: 'Europe/London', minutes: 90, end: { type: 'count', count: 6 } },
      adjustments: [],
    });
    await host.call('meetings.addExtra', { groupId: leadersId, date: '2027-03-09', time: '18:30', minutes: 60 });
    await useScheme(page, scheme);
    await openApp(page, `/groups/${leadersId}/meetings`);
    await expect(page.getByRole('region', { name: 'Next meeting' })).toBeVisible();
    await capture(page, 'group-meetings', scheme);
    let result = await blockingViolations(page, `meetings tab (${scheme})`);
    expect.soft(result.violations, describeViolations(result)).toEqual([]);

    await page.getByRole('button', { name: 'Change the series "Monthly on the 1st Thursday" from a date' }).click();
    const form = dialog(page, 'Change the series from a date');
    await form.getByLabel('Week of the month').selectOption('2');
    await form.getByLabel('Day', { exact: true }).selectOption('TU');
    await expect(form.getByRole('status')).toContainText('clash');
    // A date moved in the preview, shown with main's check of its new time.
    const first = form.getByRole('list', { name: 'Meetings this series plans' }).getByRole('listitem').first();
    await first.getByRole('combobox').selectOption('move');
    await first.getByLabel('New start time').fill('18:30');
    await expect(first).toContainText(/Moved to .*, 18:30/);
    await capture(page, 'series-form', scheme);
    result = await blockingViolations(page, `series form (${scheme})`);
    expect.soft(result.violations, describeViolations(result)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();

    await page.getByRole('button', { name: 'Add a meeting' }).click();
    const add = dialog(page, 'Add a meeting');
    await expect(add.getByText(/No clash|Overlaps|Leaves only|Runs straight/)).toBeVisible();
    result = await blockingViolations(page, `add-meeting dialog (${scheme})`);
    expect.soft(result.violations, describeViolations(result)).toEqual([]);
    // Somewhere else, hybrid: every field of the place part at once, one left wrong.
    await add.getByText('Somewhere else for this meeting').click();
    await add.getByText('Hybrid', { exact: true }).click();
    await add.getByLabel(/Video link/).fill('meet');
    await add.getByRole('button', { name: 'Add meeting' }).click();
    await expect(add.getByText('Address is required.')).toBeVisible();
    await capture(page, 'add-meeting-place', scheme);
    result = await blockingViolations(page, `add-meeting dialog with a place (${scheme})`);
    expect.soft(result.violations, describeViolations(result)).toEqual([]);
  });

  test(`past meetings and a meeting somewhere else, ${scheme}: screenshots and axe`, async ({ page, host }) => {
    const circleId = await circleWithHistory(host);
    const view = await host.call<{ upcoming: { meeting: { id: string; date: string } }[] }>('meetings.forGroup', { groupId: circleId });
    const february = view.upcoming.find((r) => r.meeting.date === '2027-02-09')!.meeting;
    await host.call('meetings.move', { groupId: circleId, meetingId: february.id, date: '2027-02-09', time: '18:00', minutes: 90, place: { type: 'hybrid', videoLink: 'https://meet.example.com/room-2', address: 'The Old Library, 2 Park Road' } });
    await useScheme(page, scheme);
    await openApp(page, `/groups/${circleId}/meetings`);
    await expect(page.getByRole('region', { name: 'Past meetings' })).toBeVisible();
    await capture(page, 'group-meetings-past', scheme);
    let result = await blockingViolations(page, `meetings tab with past meetings (${scheme})`);
    expect.soft(result.violations, describeViolations(result)).toEqual([]);

    await page.getByRole('button', { name: 'Correct the time or place of the meeting on Tue 12 Jan 2027, 18:00–19:30' }).click();
    const correct = dialog(page, 'Correct this meeting');
    await expect(correct.getByText(/No clash|Overlaps|Leaves only|Runs straight/)).toBeVisible();
    await capture(page, 'correct-meeting', scheme);
    result = await blockingViolations(page, `correct-meeting dialog (${scheme})`);
    expect.soft(result.violations, describeViolations(result)).toEqual([]);
  });
}
