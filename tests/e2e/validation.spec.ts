import type { Locator, Page } from '@playwright/test';
import { dialog, goTo, openApp } from './support/app';
import { fingerprint, groupFileNames, readIndex } from './support/data-folder';
import { expect, test } from './support/fixtures';

// Bad input shows a clear message beside the field it is about, keeps what the
// coach typed, and saves nothing: no call reaches main when the form can tell,
// and when only main can tell (a duplicate email) it refuses without writing.

/** The contract methods the page sends to the host, in order. */
function recordCalls(page: Page): string[] {
  const methods: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/__host/call')) return;
    const body = request.postDataJSON() as { method?: unknown } | null;
    if (typeof body?.method === 'string') methods.push(body.method);
  });
  return methods;
}

/** The message is announced, tied to the field (its accessible description) and the field is marked invalid. */
async function expectFieldError(field: Locator, message: string | RegExp): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message);
}

test('a group with no name, an end before its start or a javascript: link is refused beside the field', async ({
  page,
  host,
}) => {
  const calls = recordCalls(page);
  await openApp(page, '/groups');
  const before = await fingerprint(host.dataDir);

  await page.getByRole('button', { name: 'New group' }).first().click();
  const form = dialog(page, 'New group');
  const name = form.getByLabel('Name', { exact: true });
  const videoLink = form.getByRole('textbox', { name: 'Video link' });
  const create = form.getByRole('button', { name: 'Create group' });

  await test.step('empty name', async () => {
    await form.getByLabel('Purpose').fill('Managers who are new to leading a team.');
    await videoLink.fill('https://meet.example.com/circle');
    await name.fill('   ');
    await create.click();
    await expectFieldError(name, 'Group name is required.');
    await expect(name).toBeFocused();
    await expect(form.getByLabel('Purpose')).toHaveValue('Managers who are new to leading a team.');
  });

  await test.step('planned end before the start', async () => {
    await name.fill('New Managers Circle');
    await form.getByLabel('Start date').fill('2027-03-01');
    await form.getByRole('radio', { name: 'An end date' }).check();
    const endDate = form.getByLabel('End date', { exact: true });
    await endDate.fill('2027-02-01');
    await create.click();
    await expectFieldError(endDate, 'The planned end must be after the start date.');
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await endDate.fill('2027-09-01');
  });

  await test.step('a javascript: video link', async () => {
    await videoLink.fill('javascript:alert(document.cookie)');
    await create.click();
    await expectFieldError(videoLink, 'Enter a full web link starting with https:// or http://.');
    await expect(form.getByLabel('End date', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
    // Everything typed is still there.
    await expect(name).toHaveValue('New Managers Circle');
    await expect(form.getByLabel('Start date')).toHaveValue('2027-03-01');
    await expect(form.getByLabel('End date', { exact: true })).toHaveValue('2027-09-01');
    await expect(videoLink).toHaveValue('javascript:alert(document.cookie)');
  });

  await test.step('nothing was sent, shown or written', async () => {
    // What was typed is not thrown away without asking.
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('alertdialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await expect(form).toBeHidden();
    expect(calls).not.toContain('groups.create');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'No active groups' })).toBeVisible();
    await page.getByLabel('Show archived').check();
    await expect(page.getByRole('heading', { name: 'No groups yet' })).toBeVisible();
    expect(await groupFileNames(host.dataDir)).toEqual([]);
    expect(await fingerprint(host.dataDir)).toEqual(before);
  });
});

test('a person with a bad email, or an email someone else uses, is refused beside the email field', async ({
  page,
  host,
}) => {
  await host.call('people.create', {
    name: 'Amara Okafor',
    email: 'amara@brightpath.example',
    timeZone: 'Europe/London',
    organisation: 'Brightpath Health',
    role: 'Engineering Manager',
    phone: '',
  });
  const calls = recordCalls(page);
  await openApp(page, '/people');
  await expect(page.getByRole('link', { name: 'Amara Okafor' })).toBeVisible();
  const before = await fingerprint(host.dataDir);

  await page.getByRole('button', { name: 'Add person' }).click();
  const form = dialog(page, 'Add a person');
  const email = form.getByLabel('Email');
  const save = form.getByRole('button', { name: 'Add person' });

  await test.step('not an email address', async () => {
    await form.getByLabel('Name', { exact: true }).fill('Amara Smith');
    await form.getByLabel('Organisation (optional)').fill('Larkspur Bank');
    await form.getByLabel('Role (optional)').fill('Operations Manager');
    await email.fill('amara.smith@');
    await save.click();
    await expectFieldError(email, /Enter a valid email address/);
    expect(calls).not.toContain('people.create');
  });

  await test.step('an email Amara Okafor already uses (in other capitals)', async () => {
    await email.fill('Amara@Brightpath.example');
    await save.click();
    // Only main knows who else uses the address: its refusal lands on the email field.
    await expectFieldError(email, /Amara Okafor already uses amara@brightpath\.example/);
    expect(calls.filter((m) => m === 'people.create')).toHaveLength(1);
    await expect(form).toBeVisible();
    await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Amara Smith');
    await expect(form.getByLabel('Organisation (optional)')).toHaveValue('Larkspur Bank');
    await expect(form.getByLabel('Role (optional)')).toHaveValue('Operations Manager');
    await expect(email).toHaveValue('Amara@Brightpath.example');
  });

  await test.step('nothing was added, shown or written', async () => {
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('alertdialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await expect(form).toBeHidden();
    await page.reload();
    await goTo(page, 'people');
    await expect(page.getByRole('link', { name: 'Amara Okafor' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Amara Smith' })).toHaveCount(0);
    await expect(page.getByText('1 person')).toBeVisible();
    expect((await readIndex(host.dataDir)).people.map((p) => p.name)).toEqual(['Amara Okafor']);
    expect(await fingerprint(host.dataDir)).toEqual(before);
  });
});
