import type { Page } from '@playwright/test';
import { dialog, openApp } from './support/app';
import { blockingViolations, describeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import type { Host } from './support/host';
import { seedMeetings } from './support/meetings';
import { SCHEMES, capture, useScheme } from './support/screenshots';
import { meetingId, plannedMeeting } from '../support/meetings';
import { TUESDAY, seedGroup, seedMembers } from './support/seed';

// Notes through the real interface and the real notes service: a meeting note
// written on the meeting page with the pair-session template, saved while
// typing, found after a reload and by search; then the notes lock and their
// text is in neither the page nor the query cache. "Now" is 3 Feb 2027.

const PASSPHRASE = 'lantern orchard velvet compass 1987';
/** A word no other text in the app holds, so finding it anywhere means a note's text is there. */
const CANARY = 'quillfeather';
const JAN = meetingId(1);

async function seedCircle(host: Host): Promise<{ groupId: string; members: { personId: string; membershipId: string }[] }> {
  const groupId = await seedGroup(host, TUESDAY);
  const members = Object.values(await seedMembers(host, groupId, [{ name: 'Ada Obi' }, { name: 'Bo Lindqvist' }]));
  await seedMeetings(host, groupId, [plannedMeeting({ id: JAN, date: '2027-01-12' })]);
  await host.call('vault.setUp', { passphrase: PASSPHRASE });
  return { groupId, members };
}

/** axe-core on the view as it is: no serious or critical violations (soft, so every view reports). */
async function checkA11y(page: Page, view: string): Promise<void> {
  const result = await blockingViolations(page, view);
  expect.soft(result.violations, describeViolations(result)).toEqual([]);
}

const meetingRoute = (groupId: string) => `/groups/${groupId}/meetings/${JAN}`;

async function noteTextShown(page: Page): Promise<boolean> {
  return (await page.evaluate(`document.documentElement.outerHTML.includes(${JSON.stringify(CANARY)})`)) as boolean;
}

/** Reads the query cache through the hook the app defines under the test host only (NotesLock.tsx). */
async function noteTextCached(page: Page): Promise<boolean> {
  const text = (await page.evaluate(`window.__ckQueryCacheText ? window.__ckQueryCacheText() : null`)) as string | null;
  if (text === null) throw new Error('The query cache hook is missing: is the page under the test host?');
  return text.includes(CANARY);
}

async function writeMeetingNote(page: Page, groupId: string): Promise<void> {
  await openApp(page, meetingRoute(groupId));
  const card = page.getByRole('region', { name: 'Notes for this meeting' });
  await expect(card).toContainText('No notes on this meeting yet.');
  await card.getByRole('button', { name: 'New meeting notes' }).click();
  const creating = dialog(page, 'New note');
  await expect(creating.getByLabel('Date')).toHaveValue('2027-01-12');
  await creating.getByLabel('Template').selectOption({ label: 'Pair session (one hour, two halves) (other)' });
  await creating.getByRole('button', { name: 'Create note' }).click();

  await expect(page.getByRole('textbox', { name: 'A good outcome today' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'A good outcome today' })).toHaveAttribute('placeholder', 'What would make this half hour worth it?');
  await page.getByRole('textbox', { name: 'Title' }).fill('Ada and Bo, January pair session');
  await page.getByRole('textbox', { name: 'A good outcome today' }).pressSequentially(`Ada wants a ${CANARY} plan for delegating`, { delay: 20 });
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

test('a meeting note is written with the pair-session template, saved while typing, found after a reload and by search, and gone from the page and cache on lock', async ({ page, host }) => {
  const { groupId } = await seedCircle(host);
  await writeMeetingNote(page, groupId);
  const noteUrl = page.url();

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'A good outcome today' })).toHaveValue(`Ada wants a ${CANARY} plan for delegating`);
  await expect(page.getByRole('heading', { level: 1, name: 'Ada and Bo, January pair session' })).toBeVisible();

  await openApp(page, meetingRoute(groupId));
  const card = page.getByRole('region', { name: 'Notes for this meeting' });
  await expect(card.getByRole('link', { name: 'Ada and Bo, January pair session' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search the notes' }).fill(CANARY);
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link', { name: 'Ada and Bo, January pair session' })).toBeVisible();

  // Locked while the note is open: the window leaves it, and its text is nowhere in the page or the cache.
  await page.goto(noteUrl);
  await expect(page.getByRole('textbox', { name: 'A good outcome today' })).toHaveValue(/quillfeather/);
  expect(await noteTextCached(page)).toBe(true);
  await host.call('vault.lock', {});
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  await expect(page.getByText('1 note is locked.')).toBeVisible();
  await expect.poll(() => noteTextShown(page)).toBe(false);
  await expect.poll(() => noteTextCached(page)).toBe(false);

  await openApp(page, meetingRoute(groupId));
  await expect(card.getByText('1 note on this meeting is locked.')).toBeVisible();
  expect(await noteTextShown(page)).toBe(false);
  expect(await noteTextCached(page)).toBe(false);

  // One prompt opens them again.
  await card.getByRole('button', { name: 'Unlock notes' }).click();
  const unlock = page.getByRole('dialog', { name: 'Unlock your notes' });
  await unlock.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await unlock.getByRole('button', { name: 'Unlock notes' }).click();
  await expect(card.getByRole('link', { name: 'Ada and Bo, January pair session' })).toBeVisible();
});

test('the person page’s timeline shows their meetings with attendance and hot-seat turn, and their notes; locked, the meetings still', async ({ page, host }) => {
  const { groupId, members } = await seedCircle(host);
  const [ada, bo] = members as [(typeof members)[0], (typeof members)[0]];
  await host.call('meetings.setCoachees', { groupId, meetingId: JAN, coachees: { type: 'by-hand', membershipIds: [ada.membershipId] } });
  await host.call('meetings.recordAttendance', {
    groupId,
    meetingId: JAN,
    marks: [
      { membershipId: ada.membershipId, mark: 'present' },
      { membershipId: bo.membershipId, mark: 'absent' },
    ],
  });
  await host.call('meetings.markHeld', { groupId, meetingId: JAN, held: true });
  await host.call('notes.create', { kind: 'one-to-one', date: '2027-01-20', groupId, meetingId: null, personIds: [ada.personId], templateId: null, content: { title: 'Ada, January 1:1', fields: [{ label: 'Notes', text: 'Asked for a check on her delegation plan.' }] } });

  await openApp(page, `/people/${ada.personId}`);
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await expect(timeline.getByRole('link', { name: 'Ada, January 1:1' })).toBeVisible();
  await expect(timeline.getByRole('listitem')).toHaveText([/Ada, January 1:1/, /12 Jan 2027 · Present · In the hot seat/, /1 Nov 2026 · Joined Tuesday Circle/]);
  await timeline.getByRole('link', { name: 'Tuesday Circle meeting' }).scrollIntoViewIfNeeded();
  await capture(page, 'person-timeline', 'light');
  await checkA11y(page, 'person timeline');

  await host.call('vault.lock', {});
  await expect(page.getByText('1 note about this person is locked.')).toBeVisible();
  await expect(timeline.getByRole('listitem')).toHaveText([/12 Jan 2027 · Present · In the hot seat/, /1 Nov 2026 · Joined Tuesday Circle/]);
  await capture(page, 'person-timeline-locked', 'light');
  await checkA11y(page, 'person timeline, locked');

  await openApp(page, `/people/${bo.personId}`);
  await expect(page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').first()).toHaveText(/12 Jan 2027 · Absent$/);
});

for (const scheme of SCHEMES) {
  // Writes a note, then four views each with a screenshot and an axe scan: more than the default 30 s on a busy machine.
  test(`screenshots of the notes, ${scheme}`, async ({ page, host }) => {
    test.setTimeout(90_000);
    await useScheme(page, scheme);
    const { groupId } = await seedCircle(host);
    await writeMeetingNote(page, groupId);
    await page.getByRole('textbox', { name: 'What has been going on' }).fill('New team of six.\n\n- **Two** are senior\n- one is [on leave](https://www.example.com/leave)');
    await page.getByRole('button', { name: 'Preview What has been going on' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await capture(page, 'note-editor', scheme);
    await checkA11y(page, `note-editor (${scheme})`);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Notes' })).toBeVisible();
    await capture(page, 'notes', scheme);
    await checkA11y(page, `notes (${scheme})`);

    await page.getByRole('tab', { name: 'Note templates' }).click();
    await expect(page.getByRole('form', { name: /^Edit / })).toBeVisible();
    await capture(page, 'note-templates', scheme);
    await checkA11y(page, `note-templates (${scheme})`);

    await host.call('vault.lock', {});
    await openApp(page, meetingRoute(groupId));
    await expect(page.getByText('1 note on this meeting is locked.')).toBeVisible();
    await page.getByRole('region', { name: 'Notes for this meeting' }).scrollIntoViewIfNeeded();
    await capture(page, 'meeting-notes-locked', scheme);
    await checkA11y(page, `meeting-notes-locked (${scheme})`);
  });
}
