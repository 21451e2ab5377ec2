import type { Page } from '@playwright/test';
import { confirmToast, dialog, openApp, openPerson } from './support/app';
import { blockingViolations, describeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { seedMeetings } from './support/meetings';
import { SCHEMES, capture, useScheme } from './support/screenshots';
import { meetingId, plannedMeeting } from '../support/meetings';
import { TUESDAY, seedGroup, seedMembers } from './support/seed';

// Running a meeting through the real interface: agenda, attendance, check-in
// and next steps at December's meeting, then January's meeting reviews them;
// after a reload everything is still there. "Now" is 3 Feb 2027, so both
// meetings have taken place and February's is still to come.

const DEC = meetingId(12);
const JAN = meetingId(1);
const FEB = meetingId(2);

async function seedCircle(host: Parameters<typeof seedMeetings>[0]) {
  const groupId = await seedGroup(host, TUESDAY);
  const seeded = await seedMembers(host, groupId, [{ name: 'Ada Obi' }, { name: 'Bo Lindqvist' }, { name: 'Cy Marsh' }]);
  const members: Record<string, string> = Object.fromEntries(Object.entries(seeded).map(([name, ids]) => [name, ids.membershipId]));
  await host.call('goals.set', {
    groupId,
    membershipId: members['Ada Obi'],
    goal: { text: 'I want to get better at delegating', targetDate: '2027-04-30', status: 'in-progress' },
  });
  await seedMeetings(host, groupId, [
    plannedMeeting({ id: DEC, date: '2026-12-08' }),
    plannedMeeting({ id: JAN, date: '2027-01-12' }),
    plannedMeeting({ id: FEB, date: '2027-02-09' }),
  ]);
  return { groupId, members };
}

const meetingRoute = (groupId: string, id: string) => `/groups/${groupId}/meetings/${id}`;

async function runDecember(page: Page, groupId: string): Promise<void> {
  await openApp(page, meetingRoute(groupId, DEC));
  await expect(page.getByRole('heading', { level: 1, name: 'Tuesday 8 December 2026' })).toBeVisible();
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(agenda).toContainText('120 of 120 minutes planned');

  // The agenda, edited: a longer check-in makes the times stop adding up, and the page says so.
  await agenda.getByRole('button', { name: 'Edit agenda' }).click();
  const editor = dialog(page, 'Edit the agenda');
  await editor.getByRole('spinbutton', { name: 'Minutes' }).first().fill('20');
  await expect(editor.getByRole('status')).toContainText('10 more than the 120-minute meeting');
  await editor.getByRole('button', { name: 'Save agenda' }).click();
  await confirmToast(page, 'Agenda saved');
  await expect(agenda.getByRole('list', { name: 'Agenda warnings' })).toContainText('10 minutes more than the 120-minute meeting');

  const members = page.getByRole('region', { name: 'Attendance and check-ins' });
  await members.getByLabel('Attendance of Bo Lindqvist').selectOption('absent');
  await expect(members.getByLabel('Attendance of Bo Lindqvist')).toHaveValue('absent');
  await members.getByRole('button', { name: 'Mark the rest present' }).click();
  await expect(members.getByLabel('Attendance of Ada Obi')).toHaveValue('present');
  await expect(members.getByLabel('Attendance of Cy Marsh')).toHaveValue('present');

  await members.getByRole('button', { name: 'Record Ada Obi’s check-in' }).click();
  const checkIn = dialog(page, 'Ada Obi’s check-in');
  await checkIn.getByRole('button', { name: 'Save check-in' }).click();
  await expect(checkIn.getByText('Choose how it is going.')).toBeVisible();
  await checkIn.getByRole('radio', { name: 'On track' }).check();
  await checkIn.getByLabel('Summary').fill('Handed the weekly report to Sam');
  await checkIn.getByRole('button', { name: 'Save check-in' }).click();
  await confirmToast(page, 'Ada Obi’s check-in saved');
  await expect(members).toContainText('Handed the weekly report to Sam');

  const steps = page.getByRole('region', { name: 'Next steps agreed at this meeting' });
  await steps.getByRole('button', { name: 'Add a next step' }).click();
  const adding = dialog(page, 'Add a next step');
  await adding.getByRole('button', { name: 'Add next step' }).click();
  await expect(adding.getByText('Choose the member.')).toBeVisible();
  await adding.getByLabel('Member').selectOption({ label: 'Ada Obi' });
  await adding.getByLabel('Next step').fill('Ask two people for feedback on my one-to-ones');
  await adding.getByLabel('Due by').fill('2027-01-05');
  await adding.getByRole('button', { name: 'Add next step' }).click();
  await confirmToast(page, 'Next step added');
  await expect(steps).toContainText('Ask two people for feedback on my one-to-ones');

  await page.getByRole('button', { name: 'Mark as held' }).click();
  await confirmToast(page, 'Meeting recorded as held');
  await expect(page.getByRole('button', { name: 'Undo “held”' })).toBeVisible();
}

test('run a meeting, review its next steps at the next one, and find it all after a reload', async ({ page, host }) => {
  const { groupId } = await seedCircle(host);
  await runDecember(page, groupId);

  await page.getByRole('link', { name: /Next meeting, 12 Jan 2027/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tuesday 12 January 2027' })).toBeVisible();
  const review = page.getByRole('region', { name: 'Review of earlier next steps' });
  await expect(review).toContainText('Ada Obi: Ask two people for feedback on my one-to-ones');
  await expect(review).toContainText('overdue');

  // Not done yet: carried over, it joins January's own next steps.
  await review.getByRole('group', { name: /Review “Ask two people/ }).getByRole('button', { name: 'Carry over' }).click();
  await expect(review.getByText('Carried over', { exact: true })).toBeVisible();
  const janSteps = page.getByRole('region', { name: 'Next steps agreed at this meeting' });
  await expect(janSteps).toContainText('Carried over once, first agreed 8 Dec 2026');

  // The dashboard and Ada's page show what is still open.
  await openPerson(page, 'Ada Obi');
  const open = page.getByRole('region', { name: 'Open next steps' });
  await expect(open).toContainText('Ask two people for feedback on my one-to-ones');
  await expect(open.getByRole('link', { name: 'Tuesday Circle' })).toBeVisible();

  await host.reopen();
  await openApp(page, meetingRoute(groupId, DEC));
  const members = page.getByRole('region', { name: 'Attendance and check-ins' });
  await expect(members.getByLabel('Attendance of Bo Lindqvist')).toHaveValue('absent');
  await expect(members).toContainText('Handed the weekly report to Sam');
  await expect(page.getByRole('region', { name: 'Agenda' }).getByRole('list', { name: 'Agenda warnings' })).toBeVisible();
  await openApp(page, meetingRoute(groupId, JAN));
  await expect(page.getByRole('region', { name: 'Review of earlier next steps' }).getByText('Carried over', { exact: true })).toBeVisible();
});

test('a member away twice in a row and an overdue next step reach the dashboard', async ({ page, host }) => {
  const { groupId, members } = await seedCircle(host);
  for (const id of [DEC, JAN]) {
    await host.call('meetings.recordAttendance', {
      groupId,
      meetingId: id,
      marks: [
        { membershipId: members['Ada Obi'], mark: 'present' },
        { membershipId: members['Bo Lindqvist'], mark: 'excused' },
        { membershipId: members['Cy Marsh'], mark: 'present' },
      ],
    });
    await host.call('meetings.markHeld', { groupId, meetingId: id, held: true });
  }
  await host.call('meetings.addNextStep', { groupId, meetingId: JAN, membershipId: members['Cy Marsh'], text: 'Book the course', dueOn: '2027-01-31' });
  await openApp(page, '/');
  await expect(page.getByText('Bo Lindqvist missed the last two meetings of Tuesday Circle (8 Dec and 12 Jan 2027).', { exact: false })).toBeVisible();
  await expect(page.getByText('Cy Marsh’s next step in Tuesday Circle was due on 31 Jan 2027: “Book the course”.')).toBeVisible();
});

for (const scheme of SCHEMES) {
  test(`the meeting page, looked at and checked with axe (${scheme})`, async ({ page, host }) => {
    const { groupId } = await seedCircle(host);
    await useScheme(page, scheme);
    await runDecember(page, groupId);
    await openApp(page, meetingRoute(groupId, JAN));
    await expect(page.getByRole('region', { name: 'Review of earlier next steps' })).toContainText('Ask two people');
    await capture(page, 'meeting', scheme);
    const check = async (view: string) => {
      const result = await blockingViolations(page, view);
      expect.soft(result.violations, describeViolations(result)).toEqual([]);
    };
    await check('meeting page');

    await page.getByRole('region', { name: 'Hot seat' }).getByRole('button', { name: /^Swap / }).first().click();
    const swap = dialog(page, /^Swap .* in the hot seat$/);
    await swap.getByLabel('Instead, put in the hot seat').selectOption({ index: 1 });
    await expect(swap.getByRole('button', { name: 'Make the swap' })).toBeVisible();
    await capture(page, 'meeting-swap-dialog', scheme);
    await check('swap dialog');
    await swap.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'How this group’s meetings run…' }).click();
    const settings = dialog(page, 'How Tuesday Circle’s meetings run');
    await settings.getByRole('radio', { name: /This group’s own template/ }).check();
    await capture(page, 'meeting-settings-dialog', scheme);
    await check('meeting settings dialog');
  });
}
