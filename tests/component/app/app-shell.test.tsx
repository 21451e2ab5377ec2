import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/renderer/app/App';
import { installBridge, type BridgeOverrides } from '../support/bridge';
import { ids, makeAppInfo, makeBackup, makeDashboard, makeGroup, makeRecoveryEvent, makeSummary, settings } from '../support/fixtures';

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
    renderApp({ 'backups.list': () => ({ backups: [], unreadable: [] }) });
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

  it('explains a recovery: what was damaged, which backup, where the damaged copy is, until acknowledged', async () => {
    const user = userEvent.setup();
    let pending = [
      makeRecoveryEvent({
        id: '00000000-0000-4000-8000-0000000000a1',
        file: `groups/${ids.leaders}.json`,
        problem: 'The file is not valid JSON.',
        restoredFrom: '2027-02-03T09-30-00-000Z-a1b2c3',
        keptAs: `quarantine/2027-02-03T10-00-00-000Z-a1b2c3-groups-${ids.leaders}.json`,
      }),
    ];
    const bridge = renderApp({
      'app.info': () => makeAppInfo({ recovery: pending }),
      'groups.list': () => [makeSummary({ group: makeGroup({ name: 'New leaders circle' }) })],
      'recovery.acknowledge': ({ ids: acknowledged }) => {
        pending = pending.filter((e) => !acknowledged.includes(e.id));
        return { acknowledged: acknowledged.length };
      },
    });

    const title = await screen.findByText('Circlekeeper repaired damaged data');
    const notice = title.closest('.ui-notice') as HTMLElement;
    expect(await within(notice).findByText('The file of the group “New leaders circle”')).toBeInTheDocument();
    expect(notice).toHaveTextContent('The file is not valid JSON.');
    expect(notice).toHaveTextContent('restored from the backup of 3 Feb 2027, 09:30');
    expect(notice).toHaveTextContent(
      `/home/jo/.config/Circlekeeper/data/quarantine/2027-02-03T10-00-00-000Z-a1b2c3-groups-${ids.leaders}.json`,
    );

    await user.click(within(notice).getByRole('button', { name: 'I have read this' }));
    expect(bridge.callsTo('recovery.acknowledge')).toEqual([{ ids: ['00000000-0000-4000-8000-0000000000a1'] }]);
    await waitFor(() => expect(screen.queryByText('Circlekeeper repaired damaged data')).toBeNull());
  });

  it('says clearly when a damaged file could not be restored', async () => {
    renderApp({
      'app.info': () =>
        makeAppInfo({
          recovery: [
            makeRecoveryEvent({
              kind: 'file-set-aside',
              file: `groups/${ids.founders}.json`,
              problem: 'The file is empty.',
              restoredFrom: null,
              keptAs: `quarantine/2027-02-03T10-00-00-000Z-a1b2c3-groups-${ids.founders}.json`,
            }),
          ],
        }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Some of your data was damaged and could not all be restored');
    expect(alert).toHaveTextContent('No backup held a good copy, so it could not be restored.');
    expect(alert).toHaveTextContent('This group is missing from Circlekeeper until the file is repaired.');
  });

  it('says when an interrupted restore was completed at start', async () => {
    renderApp({
      'app.info': () =>
        makeAppInfo({
          recovery: [
            makeRecoveryEvent({
              kind: 'restore-finished',
              file: '',
              problem: 'A restore of a backup was interrupted (the app stopped while it was writing files).',
              keptAs: '',
            }),
          ],
        }),
    });
    const text = await screen.findByText(/Circlekeeper completed the restore of/);
    expect(text).toHaveTextContent('the backup of 3 Feb 2027, 09:30');
  });

  it('lists records that no longer fit together, in the words verify uses', async () => {
    renderApp({
      'app.info': () =>
        makeAppInfo({
          dataProblems: [
            { file: 'groups/x.json (Tuesday Circle)', message: 'Membership m1 refers to person p1, who is not in the people list.' },
          ],
        }),
    });
    const title = await screen.findByText('One record does not fit with the rest');
    const notice = title.closest('.ui-notice') as HTMLElement;
    expect(notice).toHaveTextContent('groups/x.json (Tuesday Circle): Membership m1 refers to person p1, who is not in the people list.');
    expect(notice).toHaveTextContent('usually means a file was restored from an older backup');
  });

  it('warns that backups are failing, and tries again on request', async () => {
    const user = userEvent.setup();
    let problem: ReturnType<typeof makeAppInfo>['backupProblem'] = {
      failedAt: '2027-02-03T10:00:00.000Z',
      reason: 'periodic',
      message: 'The hourly backup could not be written: the disk is full (ENOSPC).',
    };
    const bridge = renderApp({
      'app.info': () => makeAppInfo({ backupProblem: problem }),
      'backups.create': () => {
        problem = null;
        return makeBackup({ reason: 'manual' });
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Circlekeeper could not back up your data');
    expect(alert).toHaveTextContent('the disk is full (ENOSPC)');
    expect(alert).toHaveTextContent('Last attempt 3 Feb 2027, 10:00');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(bridge.callsTo('backups.create')).toEqual([{}]);
    await waitFor(() => expect(screen.queryByText('Circlekeeper could not back up your data')).toBeNull());
  });

  it('shows the backup warning as soon as main says a backup failed, and removes it when one works again', async () => {
    let problem: ReturnType<typeof makeAppInfo>['backupProblem'] = null;
    const bridge = renderApp({ 'app.info': () => makeAppInfo({ backupProblem: problem }) });
    expect(await screen.findByRole('heading', { name: 'Get started in three steps' })).toBeInTheDocument();
    expect(screen.queryByText('Circlekeeper could not back up your data')).toBeNull();
    const asked = bridge.callsTo('app.info').length;

    problem = { failedAt: '2027-02-03T10:00:00.000Z', reason: 'periodic', message: 'The hourly backup could not be written.' };
    bridge.emit('backups.failed', { message: problem.message, at: problem.failedAt });
    expect(await screen.findByRole('alert')).toHaveTextContent('The hourly backup could not be written.');
    expect(bridge.callsTo('app.info').length).toBeGreaterThan(asked);

    problem = null;
    bridge.emit('backups.recovered', {});
    await waitFor(() => expect(screen.queryByText('Circlekeeper could not back up your data')).toBeNull());
  });

  it('shows no banner after a clean start', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { name: 'Get started in three steps' })).toBeInTheDocument();
    expect(screen.queryByText(/repaired damaged data/)).toBeNull();
  });
});
