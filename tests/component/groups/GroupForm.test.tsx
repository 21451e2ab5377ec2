import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Group } from '../../../src/shared/entities';
import { GroupsPage } from '../../../src/renderer/features/groups/GroupsPage';
import { apiError, installBridge, type BridgeOverrides } from '../support/bridge';
import { renderWithProviders } from '../support/render';
import { group, settings } from './group-fixtures';

type Dialog = HTMLElement;

function install(overrides: BridgeOverrides = {}) {
  return installBridge({ 'settings.get': () => settings, 'groups.list': () => [], ...overrides });
}

async function openNewGroupForm(): Promise<Dialog> {
  renderWithProviders(<GroupsPage />, { route: '/groups?new=1', path: '/groups' });
  const dialog = await screen.findByRole('dialog', { name: 'New group' });
  await within(dialog).findByLabelText('Name');
  return dialog;
}

/** Date inputs take a whole value at once, as a browser's date picker sets them. */
function setDate(dialog: Dialog, label: string, value: string) {
  fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
}

const radio = (dialog: Dialog, name: RegExp) => within(dialog).getByRole('radio', { name });
const save = (dialog: Dialog) => within(dialog).getByRole('button', { name: 'Create group' });

/** Everything valid except what a test then breaks. */
async function fillValid(user: ReturnType<typeof userEvent.setup>, dialog: Dialog) {
  await user.type(within(dialog).getByLabelText('Name'), 'New managers');
  setDate(dialog, 'Start date', '2027-03-01');
  await user.type(within(dialog).getByLabelText('Video link'), 'https://meet.example/abc');
}

describe('GroupForm (creating a group)', () => {
  it('starts from sensible defaults: the coach’s zone, 90 minutes, 12 months, virtual', async () => {
    install();
    const dialog = await openNewGroupForm();
    expect(within(dialog).getByLabelText(/^Time zone/)).toHaveValue('Europe/Lisbon');
    expect(within(dialog).getByLabelText('Default meeting length (minutes)')).toHaveValue(90);
    expect(within(dialog).getByLabelText('Duration in months')).toHaveValue(12);
    expect(radio(dialog, /^Virtual/)).toBeChecked();
    expect(radio(dialog, /^Stand-alone/)).toBeChecked();
    expect(within(dialog).queryByLabelText('Organisation')).not.toBeInTheDocument();
  });

  it('shows an error for an empty name and sends nothing', async () => {
    const bridge = install();
    const user = userEvent.setup();
    const dialog = await openNewGroupForm();
    await user.type(within(dialog).getByLabelText('Video link'), 'https://meet.example/abc');
    await user.click(save(dialog));

    expect(await within(dialog).findByLabelText('Name')).toHaveAccessibleDescription('Group name is required.');
    expect(bridge.writes()).toHaveLength(0);
  });

  it('refuses a planned end before the start, beside the end date', async () => {
    const bridge = install();
    const user = userEvent.setup();
    const dialog = await openNewGroupForm();
    await fillValid(user, dialog);
    await user.click(radio(dialog, /An end date/));
    setDate(dialog, 'End date', '2027-02-01');
    await user.click(save(dialog));

    expect(await within(dialog).findByText('The planned end must be after the start date.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('End date')).toHaveAccessibleDescription(
      'The planned end must be after the start date.',
    );
    expect(bridge.writes()).toHaveLength(0);
  });

  it.each(['ftp://x', 'javascript:alert(1)', 'meet.example/abc'])('refuses the video link %s', async (link) => {
    const bridge = install();
    const user = userEvent.setup();
    const dialog = await openNewGroupForm();
    await user.type(within(dialog).getByLabelText('Name'), 'New managers');
    await user.type(within(dialog).getByLabelText('Video link'), link);
    await user.click(save(dialog));

    expect(await within(dialog).findByLabelText('Video link')).toHaveAccessibleDescription(
      expect.stringContaining('starting with https:// or http://'),
    );
    expect(bridge.writes()).toHaveLength(0);
  });

  it('marks the fields it cannot do without, and says an empty video link is missing', async () => {
    const bridge = install();
    const user = userEvent.setup();
    const dialog = await openNewGroupForm();
    for (const label of ['Name', 'Start date', 'Default meeting length (minutes)', 'Duration in months', 'Video link']) {
      expect(within(dialog).getByLabelText(label)).toBeRequired();
    }
    expect(within(dialog).getByLabelText('Purpose')).not.toBeRequired();
    await user.type(within(dialog).getByLabelText('Name'), 'New managers');
    await user.click(save(dialog));

    expect(await within(dialog).findByLabelText('Video link')).toHaveAccessibleDescription('Video link is required.');
    expect(bridge.writes()).toHaveLength(0);
  });

  it('refuses a bad sponsor email for an internal group', async () => {
    const bridge = install();
    const user = userEvent.setup();
    const dialog = await openNewGroupForm();
    await fillValid(user, dialog);
    await user.click(radio(dialog, /Internal to a company/));
    await user.type(within(dialog).getByLabelText('Organisation'), 'Acme');
    await user.type(within(dialog).getByLabelText(/^Sponsor name/), 'Dana Boss');
    await user.type(within(dialog).getByLabelText('Sponsor email'), 'dana@');
    await user.click(save(dialog));

    expect(await within(dialog).findByLabelText('Sponsor email')).toHaveAccessibleDescription(
      expect.stringContaining('Enter a valid email address'),
    );
    expect(bridge.writes()).toHaveLength(0);
  });

  it('sends exactly the chosen branches, keeping what was typed in the others on screen', async () => {
    const created: Group[] = [];
    const bridge = install({
      'groups.create': (input) => {
        const g = group({ ...(input as Partial<Group>) });
        created.push(g);
        return g;
      },
    });
    const user = userEvent.setup();
    const dialog = await openNewGroupForm();
    await fillValid(user, dialog);
    await user.type(within(dialog).getByLabelText('Purpose'), '  First-year managers  ');

    // Visit every other branch, type into it, then come back.
    await user.click(radio(dialog, /Internal to a company/));
    await user.type(within(dialog).getByLabelText('Organisation'), 'Acme');
    await user.click(radio(dialog, /^Stand-alone/));
    await user.click(radio(dialog, /^Hybrid/));
    await user.type(within(dialog).getByLabelText('Address'), '1 High Street');
    await user.click(radio(dialog, /^Virtual/));
    await user.click(radio(dialog, /An end date/));
    setDate(dialog, 'End date', '2027-09-01');
    await user.click(radio(dialog, /A number of months/));
    const months = within(dialog).getByLabelText('Duration in months');
    await user.clear(months);
    await user.type(months, '6');
    await user.click(radio(dialog, /^Self-facilitated/));
    await user.click(within(dialog).getByRole('radio', { name: 'Teal' }));

    // Nothing typed in a hidden branch is lost.
    await user.click(radio(dialog, /Internal to a company/));
    expect(within(dialog).getByLabelText('Organisation')).toHaveValue('Acme');
    await user.click(radio(dialog, /^Stand-alone/));

    await user.click(save(dialog));

    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    expect(bridge.callsTo('groups.create')).toHaveLength(1);
    expect(bridge.callsTo('groups.create')[0]).toStrictEqual({
      name: 'New managers',
      purpose: 'First-year managers',
      kind: { type: 'standalone' },
      facilitation: 'self',
      startDate: '2027-03-01',
      plannedEnd: { type: 'duration', months: 6 },
      timeZone: 'Europe/Lisbon',
      meetingMinutes: 90,
      mode: { type: 'virtual', videoLink: 'https://meet.example/abc' },
      color: '#0d9488',
    });
  });

  it('sends the internal, dated and hybrid branches with only their own keys', async () => {
    const bridge = install({ 'groups.create': (input) => group({ ...(input as Partial<Group>) }) });
    const user = userEvent.setup();
    const dialog = await openNewGroupForm();
    await fillValid(user, dialog);
    await user.click(radio(dialog, /Internal to a company/));
    await user.type(within(dialog).getByLabelText('Organisation'), 'Acme');
    await user.type(within(dialog).getByLabelText(/^Sponsor name/), 'Dana Boss');
    await user.type(within(dialog).getByLabelText('Sponsor email'), 'Dana@Acme.Example');
    await user.click(radio(dialog, /An end date/));
    setDate(dialog, 'End date', '2027-12-01');
    await user.click(radio(dialog, /^Hybrid/));
    await user.type(within(dialog).getByLabelText('Address'), 'Acme HQ, room 4');
    await user.click(save(dialog));

    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    const sent = bridge.callsTo('groups.create')[0]!;
    expect(sent.kind).toStrictEqual({
      type: 'internal',
      organisation: 'Acme',
      sponsorName: 'Dana Boss',
      sponsorEmail: 'dana@acme.example',
    });
    expect(sent.plannedEnd).toStrictEqual({ type: 'date', endDate: '2027-12-01' });
    expect(sent.mode).toStrictEqual({
      type: 'hybrid',
      videoLink: 'https://meet.example/abc',
      address: 'Acme HQ, room 4',
    });
  });

  it('keeps both the end date and the months when the coach switches between them', async () => {
    install();
    const user = userEvent.setup();
    const dialog = await openNewGroupForm();
    await user.click(radio(dialog, /An end date/));
    setDate(dialog, 'End date', '2027-09-01');
    await user.click(radio(dialog, /A number of months/));
    const months = within(dialog).getByLabelText('Duration in months');
    await user.clear(months);
    await user.type(months, '6');

    await user.click(radio(dialog, /An end date/));
    expect(within(dialog).getByLabelText('End date')).toHaveValue('2027-09-01');
    await user.click(radio(dialog, /A number of months/));
    expect(within(dialog).getByLabelText('Duration in months')).toHaveValue(6);
  });

  it('opens on the name and says nothing about it until the coach tries to save', async () => {
    const bridge = install();
    const user = userEvent.setup();
    const dialog = await openNewGroupForm();
    const name = within(dialog).getByLabelText('Name');
    await waitFor(() => expect(name).toHaveFocus());

    // Leaving the empty name must not put an error above the radios (it moved them under the pointer).
    await user.click(radio(dialog, /An end date/));
    expect(radio(dialog, /An end date/)).toBeChecked();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(name).not.toHaveAttribute('aria-invalid', 'true');

    await user.click(save(dialog));
    expect(await within(dialog).findByLabelText('Name')).toHaveAccessibleDescription('Group name is required.');
    expect(bridge.writes()).toHaveLength(0);
  });

  it('shows a duplicate-name refusal beside the name and keeps everything typed', async () => {
    const message = 'You already have an active group called "New managers". Choose another name.';
    const bridge = install({
      'groups.create': () => {
        throw apiError('conflict', message, { name: message });
      },
    });
    const user = userEvent.setup();
    const dialog = await openNewGroupForm();
    await fillValid(user, dialog);
    await user.type(within(dialog).getByLabelText('Purpose'), 'Support in the first year');
    await user.click(save(dialog));

    expect(await within(dialog).findByLabelText('Name')).toHaveAccessibleDescription(message);
    expect(bridge.callsTo('groups.create')).toHaveLength(1);
    expect(screen.getByRole('dialog', { name: 'New group' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Name')).toHaveValue('New managers');
    expect(within(dialog).getByLabelText('Purpose')).toHaveValue('Support in the first year');
    expect(within(dialog).getByLabelText('Video link')).toHaveValue('https://meet.example/abc');
    expect(within(dialog).getByLabelText('Start date')).toHaveValue('2027-03-01');
  });

  it('shows the custom colour as chosen only when no palette colour is', async () => {
    const bridge = install({ 'groups.create': () => group() });
    const user = userEvent.setup();
    const dialog = await openNewGroupForm();
    const picker = within(dialog).getByLabelText('Custom colour');
    const customSwatch = picker.closest('label')!;

    expect(within(dialog).getByRole('radio', { name: 'Blue' })).toBeChecked();
    expect(customSwatch).not.toHaveAttribute('data-selected');

    fireEvent.change(picker, { target: { value: '#123456' } });
    expect(customSwatch).toHaveAttribute('data-selected');
    expect(within(dialog).getAllByRole('radio', { checked: true }).map((r) => r.getAttribute('value'))).not.toContain(
      '#2563eb',
    );

    await user.click(within(dialog).getByRole('radio', { name: 'Teal' }));
    expect(customSwatch).not.toHaveAttribute('data-selected');

    fireEvent.change(picker, { target: { value: '#123456' } });
    await fillValid(user, dialog);
    await user.click(save(dialog));
    await waitFor(() => expect(bridge.callsTo('groups.create')).toHaveLength(1));
    expect(bridge.callsTo('groups.create')[0]).toMatchObject({ color: '#123456' });
  });
});
