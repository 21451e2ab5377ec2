import type { Page } from '@playwright/test';
import { dialog, confirmToast, goTo, groupIdFromUrl, openApp, openGroup, openPerson, openTab } from './support/app';
import { groupFileNames, readGroupFile, readIndex } from './support/data-folder';
import { expect, test } from './support/fixtures';

// A new coach's first session, through the UI only: two groups, five people
// (three typed in, two imported), one person in both groups, a goal and a norm
// agreement. Then the app "restarts" (the host closes and reopens the store on
// the same folder), the page reloads, and everything must still be there, on
// screen and in the files.

const LEADERS = 'Leaders Circle';
const FOUNDERS = 'Founders Circle';
const AMARA = { name: 'Amara Okafor', email: 'amara@brightpath.example', zone: 'Europe/London', org: 'Brightpath Health', role: 'Engineering Manager' };
const BEN = { name: 'Ben Carter', email: 'ben@tallgrass.example', zone: 'Australia/Sydney', org: 'Tallgrass Studio', role: 'Founder' };
const CHLOE = { name: 'Chloé Martin', email: 'chloe@cobalt.example', zone: 'Europe/Paris', org: 'Cobalt Robotics', role: 'Team Lead' };
// Two people exported from Apple Contacts (vCard 3.0), chosen as a .vcf file.
const IMPORTED_VCARD = [
  'BEGIN:VCARD', 'VERSION:3.0', 'N:Sharma;Dev;;;', 'FN:Dev Sharma', 'ORG:Ledgerleaf;', 'TITLE:Founder',
  'item1.EMAIL;type=INTERNET;type=pref:dev@ledgerleaf.example', 'item1.X-ABLabel:_$!<Other>!$_',
  'TEL;type=CELL;type=VOICE;type=pref:+91 22 5555 0101', 'END:VCARD',
  'BEGIN:VCARD', 'VERSION:3.0', 'N:Lind;Emma;;;', 'FN:Emma Lind', 'ORG:Nordlys Design;', 'TITLE:Design Manager',
  'EMAIL;type=INTERNET;type=WORK:emma@nordlys.example', 'END:VCARD', '',
].join('\r\n');
const GOAL = 'giving difficult feedback early, before it becomes a problem';

async function createLeadersCircle(page: Page): Promise<void> {
  await goTo(page, 'groups');
  await page.getByRole('button', { name: 'New group' }).first().click();
  const form = dialog(page, 'New group');
  await form.getByLabel('Name', { exact: true }).fill(LEADERS);
  await form.getByLabel('Purpose').fill('New engineering managers at Brightpath learning to lead together.');
  await form.getByRole('radio', { name: 'Rose' }).check();
  await form.getByRole('radio', { name: /^Internal to a company/ }).check();
  await form.getByRole('textbox', { name: 'Organisation' }).fill('Brightpath Health');
  await form.getByLabel('Sponsor name').fill('Priya Raman');
  await form.getByLabel('Sponsor email').fill('priya.raman@brightpath.example');
  await form.getByRole('radio', { name: /^Coach-facilitated/ }).check();
  await form.getByLabel('Start date').fill('2027-01-11');
  await form.getByLabel('Default meeting length (minutes)').fill('120');
  await form.getByRole('radio', { name: 'A number of months' }).check();
  await form.getByLabel('Duration in months').fill('6');
  await form.getByRole('combobox', { name: 'Time zone' }).fill('America/New_York');
  await form.getByRole('radio', { name: /^Virtual/ }).check();
  await form.getByRole('textbox', { name: 'Video link' }).fill('https://meet.example.com/leaders-circle');
  await form.getByRole('button', { name: 'Create group' }).click();
  await expect(form).toBeHidden();
  await confirmToast(page, `${LEADERS} created`);
  await expect(page.getByRole('heading', { level: 1, name: LEADERS })).toBeVisible();
}

async function createFoundersCircle(page: Page): Promise<void> {
  await goTo(page, 'groups');
  await page.getByRole('button', { name: 'New group' }).first().click();
  const form = dialog(page, 'New group');
  await form.getByLabel('Name', { exact: true }).fill(FOUNDERS);
  await form.getByLabel('Purpose').fill('Early-stage founders taking turns to facilitate.');
  await form.getByRole('radio', { name: /^Self-facilitated/ }).check();
  await form.getByRole('radio', { name: 'Ochre' }).check();
  await form.getByRole('radio', { name: /^In person/ }).check();
  await form.getByLabel('Address').fill('Kopi Labs, 12 Ann Siang Road, Singapore');
  await form.getByRole('button', { name: 'Create group' }).click();
  await expect(form).toBeHidden();
  await confirmToast(page, `${FOUNDERS} created`);
  await expect(page.getByRole('heading', { level: 1, name: FOUNDERS })).toBeVisible();
}

async function addPerson(page: Page, p: typeof AMARA): Promise<void> {
  await page.getByRole('button', { name: /Add (a )?person/ }).first().click();
  const form = dialog(page, 'Add a person');
  await form.getByLabel('Name', { exact: true }).fill(p.name);
  await form.getByLabel('Email').fill(p.email);
  await form.getByRole('combobox', { name: 'Time zone' }).fill(p.zone);
  await form.getByLabel('Organisation (optional)').fill(p.org);
  await form.getByLabel('Role (optional)').fill(p.role);
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(form).toBeHidden();
  await confirmToast(page, `${p.name} added`);
  await expect(page.getByRole('link', { name: p.name, exact: true })).toBeVisible();
}

async function importTwo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Import people' }).first().click();
  const importer = dialog(page, 'Import people');
  await importer.getByLabel('Choose a file…').setInputFiles({
    name: 'contacts.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from(IMPORTED_VCARD, 'utf8'),
  });
  await expect(importer.getByText('Read from contacts.vcf')).toBeVisible();
  const preview = importer.getByRole('region', { name: 'Import preview' });
  await expect(preview.getByRole('status').filter({ hasText: 'ready' })).toContainText('2 ready, 0 with errors, 0 duplicates');
  await expect(preview.getByRole('row', { name: /Dev Sharma/ })).toContainText('Ready');
  await importer.getByRole('button', { name: 'Import 2 people' }).click();
  await expect(importer).toBeHidden();
  await confirmToast(page, '2 people imported');
}

/** Adds everyone in one go, as a coach does with a new group's intake. */
async function addMembers(page: Page, group: string, people: readonly string[]): Promise<void> {
  await openTab(page, 'Members');
  await page.getByRole('button', { name: 'Add members' }).click();
  const picker = dialog(page, `Add members to ${group}`);
  for (const person of people) await picker.getByRole('checkbox', { name: new RegExp(`^${person}`) }).check();
  await picker.getByRole('button', { name: `Add ${people.length} members` }).click();
  await expect(picker).toBeHidden();
  await confirmToast(page, `${people.length} members added to ${group}`);
  for (const person of people) {
    await expect(page.getByRole('region', { name: 'Members' }).getByRole('link', { name: person })).toBeVisible();
  }
}

test('a new coach sets up two groups with members, a goal and an agreement, and it all survives a restart', async ({
  page,
  host,
}) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Get started in three steps' })).toBeVisible();

  let leadersId = '';
  let foundersId = '';
  await test.step('create two groups', async () => {
    await createLeadersCircle(page);
    leadersId = groupIdFromUrl(page);
    await createFoundersCircle(page);
    foundersId = groupIdFromUrl(page);
  });

  await test.step('add three people by hand and import two', async () => {
    await goTo(page, 'people');
    for (const person of [AMARA, BEN, CHLOE]) await addPerson(page, person);
    await importTwo(page);
    await expect(page.getByText('5 people')).toBeVisible();
  });

  await test.step('Amara joins both groups, with Ben and Chloé in one and Dev in the other', async () => {
    await openGroup(page, LEADERS);
    await addMembers(page, LEADERS, [AMARA.name, BEN.name, CHLOE.name]);
    await openGroup(page, FOUNDERS);
    await addMembers(page, FOUNDERS, [AMARA.name, 'Dev Sharma']);
  });

  await test.step('set a goal for Amara in the Leaders Circle', async () => {
    await openGroup(page, LEADERS, 'Members');
    await page.getByRole('button', { name: `Set goal for ${AMARA.name}` }).click();
    const goalDialog = dialog(page, `Set a goal for ${AMARA.name}`);
    await goalDialog.getByLabel('I want to get better at…').fill(GOAL);
    await goalDialog.getByLabel('Target date').fill('2027-03-31');
    await goalDialog.getByLabel('Status').selectOption({ label: 'In progress' });
    await goalDialog.getByRole('button', { name: 'Save goal' }).click();
    await expect(goalDialog).toBeHidden();
    await confirmToast(page, `Goal saved for ${AMARA.name}`);
  });

  await test.step('record that Amara agreed to the norms', async () => {
    await openTab(page, 'Norms');
    await page.getByRole('button', { name: `Record agreement for ${AMARA.name}` }).click();
    const agreeDialog = dialog(page, 'Record agreement to the norms');
    await expect(agreeDialog.getByRole('checkbox', { name: new RegExp(`^${AMARA.name}`) })).toBeChecked();
    await expect(agreeDialog.getByRole('checkbox', { name: new RegExp(`^${BEN.name}`) })).not.toBeChecked();
    // The default is today as the page's pinned clock sees it in the group's zone.
    await expect(agreeDialog.getByLabel('Agreed on')).toHaveValue('2027-02-03');
    await agreeDialog.getByLabel('Agreed on').fill('2027-02-02');
    await agreeDialog.getByRole('button', { name: 'Record agreement' }).click();
    await expect(agreeDialog).toBeHidden();
    await confirmToast(page, `Agreement recorded for ${AMARA.name}`);
  });

  await test.step('restart: the store closes and reopens on the same folder, the page reloads', async () => {
    const before = host.dataDir;
    await host.reopen();
    expect(host.dataDir).toBe(before);
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });

  await test.step('the Leaders Circle kept every field', async () => {
    await openGroup(page, LEADERS);
    const overview = page.getByRole('region', { name: 'Overview' });
    await expect(overview).toContainText('New engineering managers at Brightpath learning to lead together.');
    await expect(overview).toContainText('11 Jan 2027');
    await expect(overview).toContainText('(6 months)');
    await expect(overview).toContainText('America/New_York');
    await expect(overview).toContainText('120 minutes');
    await expect(overview).toContainText('Coach-facilitated');
    await expect(overview).toContainText('Virtual');
    await expect(overview).toContainText('https://meet.example.com/leaders-circle');
    await expect(overview).toContainText('Brightpath Health');
    await expect(overview).toContainText('Priya Raman');
    await expect(overview).toContainText('priya.raman@brightpath.example');

    // The edit form reads the same saved group, including what the overview does not show (the colour).
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = dialog(page, `Edit ${LEADERS}`);
    await expect(form.getByLabel('Name', { exact: true })).toHaveValue(LEADERS);
    await expect(form.getByRole('radio', { name: 'Rose' })).toBeChecked();
    await expect(form.getByRole('radio', { name: /^Internal to a company/ })).toBeChecked();
    await expect(form.getByLabel('Sponsor email')).toHaveValue('priya.raman@brightpath.example');
    await expect(form.getByLabel('Start date')).toHaveValue('2027-01-11');
    await expect(form.getByLabel('Duration in months')).toHaveValue('6');
    await expect(form.getByLabel('Default meeting length (minutes)')).toHaveValue('120');
    await expect(form.getByRole('combobox', { name: 'Time zone' })).toHaveValue('America/New_York');
    await expect(form.getByRole('textbox', { name: 'Video link' })).toHaveValue('https://meet.example.com/leaders-circle');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toBeHidden();
  });

  await test.step('members, the goal, the agreement and the not-agreed list are still there', async () => {
    await openTab(page, 'Members');
    const members = page.getByRole('region', { name: 'Members' });
    await expect(members).toContainText('3 active members');
    const amaraRow = members.getByRole('row', { name: new RegExp(AMARA.name) });
    await expect(amaraRow).toContainText(GOAL);
    await expect(amaraRow).toContainText('In progress');
    await expect(amaraRow).toContainText('by 31 Mar 2027');
    await expect(amaraRow).toContainText('Agreed on 2 Feb 2027');
    await expect(members.getByRole('row', { name: new RegExp(BEN.name) })).toContainText('No goal yet');

    await openTab(page, 'Norms');
    const notAgreed = page.getByRole('list', { name: 'Members who have not agreed yet' });
    await expect(notAgreed.getByRole('listitem')).toHaveText([BEN.name, CHLOE.name]);
    await expect(page.getByText('2 members have not agreed to the current norms yet')).toBeVisible();
  });

  await test.step('Amara is in both groups', async () => {
    await openPerson(page, AMARA.name);
    const groups = page.getByRole('region', { name: 'Current groups (2)' });
    await expect(groups.getByRole('link', { name: LEADERS })).toBeVisible();
    await expect(groups.getByRole('link', { name: FOUNDERS })).toBeVisible();
    await expect(groups).toContainText(GOAL);
    await goTo(page, 'people');
    await expect(page.getByRole('list', { name: `Groups of ${AMARA.name}` }).getByRole('listitem')).toHaveText(
      [FOUNDERS, LEADERS].sort(),
      { useInnerText: true },
    );
    await openGroup(page, FOUNDERS, 'Members');
    await expect(page.getByRole('region', { name: 'Members' }).getByRole('link', { name: AMARA.name })).toBeVisible();
  });

  await test.step('the files on disk hold the same data', async () => {
    const index = await readIndex(host.dataDir);
    expect(index.people.map((p) => p.name).sort()).toEqual(
      [AMARA.name, BEN.name, CHLOE.name, 'Dev Sharma', 'Emma Lind'].sort(),
    );
    const amara = index.people.find((p) => p.email === AMARA.email);
    expect(amara).toMatchObject({ name: AMARA.name, timeZone: AMARA.zone, organisation: AMARA.org, role: AMARA.role });
    // From the vCard: the company part of ORG, TITLE as the role, the preferred email, the coach's zone.
    expect(index.people.find((p) => p.name === 'Dev Sharma')).toMatchObject({
      email: 'dev@ledgerleaf.example',
      organisation: 'Ledgerleaf',
      role: 'Founder',
      phone: '+91 22 5555 0101',
      timeZone: 'Europe/London',
    });
    expect(await groupFileNames(host.dataDir)).toEqual([`${foundersId}.json`, `${leadersId}.json`].sort());

    const leaders = await readGroupFile(host.dataDir, leadersId);
    expect(leaders.group).toMatchObject({
      name: LEADERS,
      color: '#e11d48',
      facilitation: 'coach',
      startDate: '2027-01-11',
      timeZone: 'America/New_York',
      meetingMinutes: 120,
      kind: { type: 'internal', organisation: 'Brightpath Health', sponsorName: 'Priya Raman' },
      mode: { type: 'virtual', videoLink: 'https://meet.example.com/leaders-circle' },
      plannedEnd: { type: 'duration', months: 6 },
    });
    const personId = (name: string) => index.people.find((p) => p.name === name)!.id;
    expect(leaders.memberships.map((m) => m.personId).sort()).toEqual(
      [personId(AMARA.name), personId(BEN.name), personId(CHLOE.name)].sort(),
    );
    const amaraMembership = leaders.memberships.find((m) => m.personId === personId(AMARA.name))!;
    expect(amaraMembership.goal).toMatchObject({ text: GOAL, status: 'in-progress', targetDate: '2027-03-31' });
    expect(leaders.normAgreements).toEqual([expect.objectContaining({ personId: personId(AMARA.name), agreedOn: '2027-02-02' })]);
    expect(leaders.norms.length).toBeGreaterThan(0);

    const founders = await readGroupFile(host.dataDir, foundersId);
    expect(founders.group).toMatchObject({ name: FOUNDERS, facilitation: 'self', color: '#ca8a04' });
    expect(founders.memberships.map((m) => m.personId).sort()).toEqual([personId(AMARA.name), personId('Dev Sharma')].sort());
  });
});
