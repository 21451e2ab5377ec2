import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/app/App';
import { installBridge, type BridgeOverrides } from '../support/bridge';
import { ids, makeAppInfo, makeDashboard, makeGroup, makeSummary, settings } from '../support/fixtures';

function renderApp(overrides: BridgeOverrides = {}) {
  window.location.hash = '#/';
  const bridge = installBridge({
    'app.info': () => makeAppInfo(),
    'settings.get': () => settings,
    'dashboard.get': () => makeDashboard(),
    'groups.list': () => [makeSummary()],
    ...overrides,
  });
  render(<App />);
  return bridge;
}

describe('App shell', () => {
  it('has a labelled sidebar, marks the current page and titles the window', async () => {
    const user = userEvent.setup();
    renderApp({ 'backups.list': () => [] });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const dashboard = within(nav).getByRole('link', { name: 'Dashboard' });
    expect(dashboard).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(document.title).toBe('Dashboard – Circlekeeper'));

    await user.click(within(nav).getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    expect(dashboard).not.toHaveAttribute('aria-current');
    await waitFor(() => expect(document.title).toBe('Settings – Circlekeeper'));
  });

  it('moves focus to the page with the skip link', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(screen.getByRole('main')).toHaveFocus();
    expect(window.location.hash).toBe('#/');
  });

  it('explains a start-up recovery: what was damaged, which backup, where the damaged copy is', async () => {
    const user = userEvent.setup();
    renderApp({
      'app.info': () =>
        makeAppInfo({
          recovery: [
            {
              file: `groups/${ids.leaders}.json`,
              problem: 'The file is not valid JSON.',
              restoredFrom: '2027-02-03T09-30-00-000Z-a1b2c3',
              keptAs: `quarantine/2027-02-03T10-00-00-000Z-groups-${ids.leaders}.json`,
            },
          ],
        }),
      'groups.list': () => [makeSummary({ group: makeGroup({ name: 'New leaders circle' }) })],
    });

    const title = await screen.findByText('Circlekeeper repaired damaged data when it started');
    const notice = title.closest('.ui-notice') as HTMLElement;
    expect(await within(notice).findByText('The file of the group “New leaders circle”')).toBeInTheDocument();
    expect(notice).toHaveTextContent('The file is not valid JSON.');
    expect(notice).toHaveTextContent('restored from the backup of 3 Feb 2027, 09:30');
    expect(notice).toHaveTextContent(
      `/home/jo/.config/Circlekeeper/data/quarantine/2027-02-03T10-00-00-000Z-groups-${ids.leaders}.json`,
    );

    await user.click(within(notice).getByRole('button', { name: 'Dismiss the recovery message' }));
    expect(screen.queryByText('Circlekeeper repaired damaged data when it started')).toBeNull();
  });

  it('says clearly when a damaged file could not be restored', async () => {
    renderApp({
      'app.info': () =>
        makeAppInfo({
          recovery: [
            {
              file: `groups/${ids.founders}.json`,
              problem: 'The file is empty.',
              restoredFrom: null,
              keptAs: `quarantine/2027-02-03T10-00-00-000Z-groups-${ids.founders}.json`,
            },
          ],
        }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Some of your data was damaged and could not all be restored');
    expect(alert).toHaveTextContent('No backup held a good copy, so it could not be restored.');
    expect(alert).toHaveTextContent('This group is not shown until the file is repaired.');
  });

  it('shows no banner after a clean start', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { name: 'Get started in three steps' })).toBeInTheDocument();
    expect(screen.queryByText(/repaired damaged data/)).toBeNull();
  });
});
