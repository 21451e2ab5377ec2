import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GroupsPage } from '../../../src/renderer/features/groups/GroupsPage';
import { GroupPage } from '../../../src/renderer/features/groups/GroupPage';
import { installBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';
import { detail, group, member, person, settings } from '../groups/group-fixtures';

// A form dialog never throws away what was typed without asking (E21).

async function openNewGroup() {
  installBridge({ 'settings.get': () => settings, 'groups.list': () => [] });
  const user = userEvent.setup();
  renderWithProviders(<GroupsPage />, { route: '/groups?new=1', path: '/groups' });
  const dialog = await screen.findByRole('dialog', { name: 'New group' });
  const name = await within(dialog).findByLabelText('Name');
  return { user, dialog, name };
}

const discardQuestion = () => screen.findByRole('alertdialog', { name: 'Discard your changes?' });

describe('unsaved changes in a form dialog', () => {
  it('asks before Escape throws away a new group, and keeps every letter when the coach keeps editing', async () => {
    const { user, dialog, name } = await openNewGroup();
    await user.type(name, 'Founders circle');
    await user.keyboard('{Escape}');

    const ask = await discardQuestion();
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByRole('dialog', { name: 'New group' })).toBe(dialog);
    expect(within(dialog).getByLabelText('Name')).toHaveValue('Founders circle');
  });

  it('asks for the close button and Cancel too, and closes once the coach chooses to discard', async () => {
    const { user, dialog, name } = await openNewGroup();
    await user.type(name, 'Founders circle');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(within(await discardQuestion()).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(await discardQuestion()).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New group' })).not.toBeInTheDocument());
  });

  it('closes at once when nothing was changed, and after typing and undoing it', async () => {
    const { user, name } = await openNewGroup();
    await user.type(name, 'x');
    await user.clear(name);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New group' })).not.toBeInTheDocument());
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('guards the smaller dialogs the same way: a goal being written', async () => {
    const ana = person('Ana Souza');
    const d = detail(group(), [member(ana)]);
    installBridge({ 'groups.get': () => d });
    const user = userEvent.setup();
    renderWithProviders(<GroupPage />, { route: `/groups/${d.group.id}/members`, path: '/groups/:groupId/:tab' });
    await user.click(await screen.findByRole('button', { name: 'Set goal for Ana Souza' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set a goal for Ana Souza' });
    await user.type(within(dialog).getByLabelText('I want to get better at…'), 'listening');
    await user.keyboard('{Escape}');
    expect(await discardQuestion()).toBeInTheDocument();
  });
});
