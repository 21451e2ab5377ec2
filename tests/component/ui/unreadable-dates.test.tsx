import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { GroupDetail } from '../../../src/shared/views';
import { GroupPage } from '../../../src/renderer/features/groups/GroupPage';
import { GroupsPage } from '../../../src/renderer/features/groups/GroupsPage';
import { installBridge, type BridgeOverrides } from '../support/bridge';
import { typeUnreadableDate } from '../support/dates';
import { renderWithProviders } from '../support/render';
import { changedMembership, detail, group, member, person, settings } from '../groups/group-fixtures';

// A date the browser could not read must never be saved as "no date" (E16).

const AT = '2027-01-10T09:00:00.000Z';
const goal = { text: 'I want to get better at delegating', targetDate: '2027-04-01', status: 'in-progress' as const, setAt: AT, updatedAt: AT };

function showGroup(d: GroupDetail, overrides: BridgeOverrides = {}, tab: 'overview' | 'members' | 'norms' = 'members') {
  const bridge = installBridge({ 'groups.get': () => d, ...overrides });
  // The page has a tab per section; the tests open the one they are about.
  renderWithProviders(<GroupPage />, { route: tab === 'overview' ? `/groups/${d.group.id}` : `/groups/${d.group.id}/${tab}`, path: tab === 'overview' ? '/groups/:groupId' : '/groups/:groupId/:tab' });
  return bridge;
}

describe('dates the browser could not read', () => {
  it('keep an edited goal open with "That date does not exist." instead of erasing its target date', async () => {
    const ana = person('Ana Souza');
    const d = detail(group(), [member(ana, { goal })]);
    const bridge = showGroup(d, { 'goals.set': () => changedMembership(d)() });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit goal for Ana Souza' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ana Souza’s goal' });
    const target = within(dialog).getByLabelText('Target date');

    typeUnreadableDate(target);
    await user.click(within(dialog).getByRole('button', { name: 'Save goal' }));

    expect(await within(dialog).findByLabelText('Target date')).toHaveAccessibleDescription(
      expect.stringContaining('That date does not exist.'),
    );
    expect(target).toHaveAttribute('aria-invalid', 'true');
    expect(bridge.writes()).toEqual([]);
    expect(screen.getByRole('dialog', { name: 'Ana Souza’s goal' })).toBeInTheDocument();
  });

  it('block a new goal too, although its empty value is what an optional date looks like', async () => {
    const ana = person('Ana Souza');
    const d = detail(group(), [member(ana)]);
    const bridge = showGroup(d, { 'goals.set': () => changedMembership(d)() });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Set goal for Ana Souza' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set a goal for Ana Souza' });
    await user.type(within(dialog).getByLabelText('I want to get better at…'), 'saying no');
    typeUnreadableDate(within(dialog).getByLabelText('Target date'));
    await user.click(within(dialog).getByRole('button', { name: 'Save goal' }));

    expect(await within(dialog).findByText('That date does not exist.')).toBeInTheDocument();
    expect(bridge.writes()).toEqual([]);
  });

  it('say a required date does not exist, not that it needs the YYYY-MM-DD format; an empty one is required', async () => {
    installBridge({ 'settings.get': () => settings, 'groups.list': () => [] });
    const user = userEvent.setup();
    renderWithProviders(<GroupsPage />, { route: '/groups?new=1', path: '/groups' });
    const dialog = await screen.findByRole('dialog', { name: 'New group' });
    const start = await within(dialog).findByLabelText('Start date');

    typeUnreadableDate(start);
    await user.click(within(dialog).getByRole('button', { name: 'Create group' }));
    expect(await within(dialog).findByLabelText('Start date')).toHaveAccessibleDescription('That date does not exist.');

    // An empty field the browser could read is simply missing.
    Object.defineProperty(start, 'validity', { configurable: true, get: () => ({ badInput: false, valid: true }) });
    fireEvent.change(start, { target: { value: '' } });
    await user.click(within(dialog).getByRole('button', { name: 'Create group' }));
    await waitFor(() => expect(within(dialog).getByLabelText('Start date')).toHaveAccessibleDescription('Start date is required.'));
  });
});
