import { expect, type Locator, type Page } from '@playwright/test';

// Small moves every spec makes through the real UI, by role and label.

export type View = 'dashboard' | 'groups' | 'people' | 'settings';

const NAV_LABEL: Record<View, string> = { dashboard: 'Dashboard', groups: 'Groups', people: 'People', settings: 'Settings' };
const HEADING: Record<View, RegExp> = {
  dashboard: /^Welcome/,
  groups: /^Groups$/,
  people: /^People$/,
  settings: /^Settings$/,
};

/** Opens the app (a full page load) on a hash route such as '/groups'. */
export async function openApp(page: Page, route = '/'): Promise<void> {
  await page.goto(`/#${route}`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** Moves with the sidebar, as the coach would, and waits for the page's heading. */
export async function goTo(page: Page, view: View): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: NAV_LABEL[view], exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: HEADING[view] })).toBeVisible();
}

export function dialog(page: Page, name: string | RegExp): Locator {
  return page.getByRole('dialog', { name });
}

/**
 * Waits for the success toast that says a save went through, then dismisses
 * it as a coach would: toasts stay 5 seconds in the bottom right corner,
 * and the next step's button may be under one.
 */
export async function confirmToast(page: Page, text: string | RegExp): Promise<void> {
  const toast = page.getByRole('region', { name: 'Notifications' }).getByRole('status').filter({ hasText: text });
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Dismiss notification' }).click();
  await expect(toast).toBeHidden();
}

export type GroupTab = 'Overview' | 'Members' | 'Norms' | 'Meetings' | 'Between meetings';

/** Opens a group's page from the groups list, on one of its tabs (the overview unless told). */
export async function openGroup(page: Page, name: string, tab?: GroupTab): Promise<void> {
  await goTo(page, 'groups');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  if (tab) await openTab(page, tab);
}

/** Moves to another tab of the group page, as the coach would. */
export async function openTab(page: Page, tab: GroupTab): Promise<void> {
  const trigger = page.getByRole('tablist', { name: 'Group sections' }).getByRole('tab', { name: tab, exact: true });
  await trigger.click();
  await expect(trigger).toHaveAttribute('aria-selected', 'true');
}

/** Opens a person's page from the people list. */
export async function openPerson(page: Page, name: string): Promise<void> {
  await goTo(page, 'people');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The group id from the current URL (#/groups/<id>). */
export function groupIdFromUrl(page: Page): string {
  const match = /#\/groups\/([0-9a-f-]{36})/.exec(page.url());
  if (!match) throw new Error(`Not on a group page: ${page.url()}`);
  return match[1]!;
}

/**
 * Leaves an import dialog that holds a checked file the way a coach would:
 * Cancel, then agree to discard the file (the dialog asks, since nothing was imported).
 */
export async function discardImport(page: Page, importer: Locator): Promise<void> {
  await importer.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('alertdialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
  await expect(importer).toBeHidden();
}
