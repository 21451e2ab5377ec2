import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import { App } from '../../../src/renderer/app/App';
import { createQueryClient } from '../../../src/renderer/app/query';
import type { MethodName } from '../../../src/shared/api';
import type { Settings } from '../../../src/shared/entities';
import { detail, group, member, person, summaryOf } from '../groups/group-fixtures';
import { installBridge, type FakeBridge } from '../support/bridge';
import { makeAppInfo, makeBackup, makeDashboard } from '../support/fixtures';

// After a command the window refetches only the queries the command can have
// changed (by its declaration in the contract), not every query it holds. The
// whole app runs over a fake bridge that counts calls per method.

const ana = person('Ana Souza');
const ben = person('Ben Okafor');
const leaders = detail(group({ name: 'New leaders' }), [member(ana), member(ben)]);
const founders = detail(group({ name: 'Founders' }), [member(ben)]);

function renderApp(route: string) {
  let settings: Settings = { coachName: 'Jo', coachTimeZone: 'Europe/London', coachEmail: '' };
  const bridge = installBridge({
    'app.info': () => makeAppInfo({ settings }),
    'settings.get': () => settings,
    'settings.update': (values) => (settings = { ...settings, ...values, coachEmail: values.coachEmail ?? settings.coachEmail }),
    'dashboard.get': () => makeDashboard({ activeGroups: [summaryOf(leaders), summaryOf(founders)] }),
    'groups.list': () => [summaryOf(founders), summaryOf(leaders)],
    'groups.get': ({ id }) => (id === founders.group.id ? founders : leaders),
    'people.list': () => [ana, ben].map((p) => ({ person: p, activeGroupCount: 1, groupNames: ['New leaders'] })),
    'backups.list': () => ({ backups: [makeBackup()], unreadable: [] }),
    'calendar.settings': () => ({ bufferMinutes: 15, timeZone: settings.coachTimeZone, busy: null }),
    'calendar.conflicts': () => ({ timeZone: settings.coachTimeZone, clashes: [] }),
    'norms.add': ({ text }) => ({ normsRevision: 3, norms: [...leaders.norms, { id: '00000000-0000-4000-8000-0000000000ee', text }] }),
  });
  const client = createQueryClient();
  window.location.hash = `#${route}`;
  render(<App queryClient={client} />);
  return { bridge, client };
}

/** Calls per method from `from` on, as "method ×n". */
function countsSince(bridge: FakeBridge, from: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { method } of bridge.calls.slice(from)) counts[method] = (counts[method] ?? 0) + 1;
  return counts;
}

const settled = (client: QueryClient) =>
  waitFor(() => {
    expect(client.isFetching()).toBe(0);
    expect(client.isMutating()).toBe(0);
  });

/** Through the sidebar and the groups list, as the coach would. */
async function openGroup(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Groups' }));
  await user.click(await screen.findByRole('link', { name: new RegExp(name) }));
  expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
}

const stale = (client: QueryClient, method: MethodName, input: unknown) => client.getQueryState([method, input])?.isInvalidated;

describe('refreshing after a command', () => {
  it('adding a norm refetches that group’s page only, and marks no other group’s page or the people list stale', async () => {
    const user = userEvent.setup();
    const { bridge, client } = renderApp('/people');
    expect(await screen.findByRole('link', { name: 'Ana Souza' })).toBeInTheDocument();
    // Visit the other group first, so its page is in the cache too.
    await openGroup(user, 'Founders');
    await openGroup(user, 'New leaders');
    await user.click(screen.getByRole('tab', { name: 'Norms' }));
    await settled(client);

    const before = bridge.calls.length;
    await user.type(screen.getByLabelText('Add a norm'), 'Cameras on when we can.');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.getByLabelText('Add a norm')).toHaveValue(''));
    await settled(client);

    // On screen: the notices (app.info) and this group's page. Only the page could have changed.
    expect(countsSince(bridge, before)).toEqual({ 'norms.add': 1, 'groups.get': 1 });
    expect(bridge.callsTo('groups.get').at(-1)).toEqual({ id: leaders.group.id });
    expect(stale(client, 'groups.get', { id: founders.group.id })).toBe(false);
    expect(stale(client, 'people.list', {})).toBe(false);
    expect(stale(client, 'app.info', {})).toBe(false);
  });

  it('saving the coach’s settings refetches the settings and the notices, not the list of backups', async () => {
    const user = userEvent.setup();
    const { bridge, client } = renderApp('/settings');
    const name = await screen.findByLabelText('Your name');
    expect(await screen.findByRole('button', { name: /^Restore the backup of/ })).toBeInTheDocument();
    await settled(client);

    const before = bridge.calls.length;
    await user.clear(name);
    await user.type(name, 'Jordan');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(bridge.callsTo('settings.update')).toHaveLength(1));
    await settled(client);

    // The calendar settings name busy times on the coach's clock, so a new zone can change them.
    expect(countsSince(bridge, before)).toEqual({ 'settings.update': 1, 'settings.get': 1, 'app.info': 1, 'calendar.settings': 1 });
  });
});
