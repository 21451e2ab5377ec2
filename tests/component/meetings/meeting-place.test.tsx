import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MeetingMode } from '../../../src/shared/entities';
import type { Meeting } from '../../../src/shared/meetings';
import type { PlannedMeetingPreview } from '../../../src/shared/meeting-plan-views';
import { AddMeetingDialog, MoveMeetingDialog } from '../../../src/renderer/features/groups/meetings/MeetingTimeDialog';
import { apiError, installBridge, type BridgeOverrides } from '../support/bridge';
import { renderWithProviders } from '../support/render';

// The place part of the move and add-meeting dialogs: the group's usual place
// by default (and what that is), or somewhere else with the fields of the
// group's own mode, checked by the contract's schema; "usual" sends null,
// which clears a place set earlier.

const GROUP = '00000000-0000-4000-8000-0000000000a1';
const MEETING = '00000000-0000-4000-8000-0000000000b1';
const usual: MeetingMode = { type: 'virtual', videoLink: 'https://meet.example.com/circle' };

const meeting = (place: MeetingMode | null): Meeting => ({
  id: MEETING,
  seriesId: null,
  recordsYear: 2026,
  date: '2026-11-10',
  startTime: '18:00',
  timeZone: 'Europe/London',
  minutes: 120,
  start: '2026-11-10T18:00:00.000Z',
  end: '2026-11-10T20:00:00.000Z',
  seriesStart: null,
  place,
  status: 'planned',
  cancelledReason: '',
  sequence: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const at = { zone: 'Europe/London', date: '2026-11-10', startTime: '18:00', endTime: '20:00', label: 'Tue 10 Nov 2026, 18:00–20:00' };
const preview: PlannedMeetingPreview = {
  index: 0,
  date: '2026-11-10',
  time: '18:00',
  minutes: 120,
  dayLabel: 'Tuesday 10 November 2026',
  status: 'ok',
  at: { start: '2026-11-10T18:00:00.000Z', end: '2026-11-10T20:00:00.000Z', inGroupZone: at, inCoachZone: at, clashes: [] },
};

function showMove(place: MeetingMode | null, overrides: BridgeOverrides = {}) {
  const bridge = installBridge({ 'meetings.previewAt': () => preview, 'meetings.move': () => meeting(null), ...overrides });
  renderWithProviders(<MoveMeetingDialog groupId={GROUP} usualPlace={usual} meeting={meeting(place)} open onOpenChange={() => undefined} />);
  return bridge;
}

describe('the place of one meeting', () => {
  it('defaults to the group’s usual place, says what it is, and sends null for it', async () => {
    const user = userEvent.setup();
    const bridge = showMove(null);
    const dialog = await screen.findByRole('dialog', { name: 'Move this meeting' });
    const usualChoice = within(dialog).getByRole('radio', { name: /^The group’s usual place/ });
    expect(usualChoice).toBeChecked();
    expect(within(dialog).getByText('Virtual: https://meet.example.com/circle')).toBeInTheDocument();
    expect(within(dialog).queryByLabelText(/Video link/)).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Move meeting' }));
    await waitFor(() => expect(bridge.callsTo('meetings.move')).toHaveLength(1));
    expect(bridge.callsTo('meetings.move')[0]).toEqual({ groupId: GROUP, meetingId: MEETING, date: '2026-11-10', time: '18:00', minutes: 120, place: null });
  });

  it('asks for somewhere else with the group form’s fields, shows the schema’s messages and sends nothing until they are right', async () => {
    const user = userEvent.setup();
    const bridge = showMove(null);
    const dialog = await screen.findByRole('dialog', { name: 'Move this meeting' });
    await user.click(within(dialog).getByRole('radio', { name: /^Somewhere else for this meeting/ }));
    // It starts from the group's kind of place, with nothing filled in.
    expect(within(dialog).getByRole('radio', { name: /^Virtual/ })).toBeChecked();
    expect(within(dialog).getByLabelText(/Video link/)).toHaveValue('');

    await user.click(within(dialog).getByRole('button', { name: 'Move meeting' }));
    expect(await within(dialog).findByText('Video link is required.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: /^Hybrid/ }));
    await user.type(within(dialog).getByLabelText(/Video link/), 'meet dot com');
    await user.click(within(dialog).getByRole('button', { name: 'Move meeting' }));
    expect(await within(dialog).findByText('Enter a full web link starting with https:// or http://.')).toBeInTheDocument();
    expect(within(dialog).getByText('Address is required.')).toBeInTheDocument();
    expect(bridge.writes()).toEqual([]);

    await user.click(within(dialog).getByRole('radio', { name: /^In person/ }));
    await user.type(within(dialog).getByLabelText(/Address/), '  The library, 2 Park Road ');
    await user.click(within(dialog).getByRole('button', { name: 'Move meeting' }));
    await waitFor(() => expect(bridge.callsTo('meetings.move')).toHaveLength(1));
    expect(bridge.callsTo('meetings.move')[0]).toMatchObject({ place: { type: 'in-person', address: 'The library, 2 Park Road' } });
  });

  it('opens on a meeting’s own place, and moving it back to the usual place clears it', async () => {
    const user = userEvent.setup();
    const bridge = showMove({ type: 'in-person', address: 'The library' });
    const dialog = await screen.findByRole('dialog', { name: 'Move this meeting' });
    expect(within(dialog).getByRole('radio', { name: /^Somewhere else for this meeting/ })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: /^In person/ })).toBeChecked();
    expect(within(dialog).getByLabelText(/Address/)).toHaveValue('The library');

    await user.click(within(dialog).getByRole('radio', { name: /^The group’s usual place/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Move meeting' }));
    await waitFor(() => expect(bridge.callsTo('meetings.move')).toHaveLength(1));
    expect(bridge.callsTo('meetings.move')[0]).toMatchObject({ place: null });
  });

  it('shows main’s message about the place beside its field, keeping what was typed', async () => {
    const user = userEvent.setup();
    showMove(
      { type: 'in-person', address: 'The library' },
      { 'meetings.move': () => { throw apiError('invalid_input', 'Address is too long. (place.address)', { 'place.address': 'Address is at most 300 characters.' }); } },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Move this meeting' });
    await user.click(within(dialog).getByRole('button', { name: 'Move meeting' }));
    expect(await within(dialog).findByText('Address is at most 300 characters.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Address/)).toHaveValue('The library');
  });

  it('adds an extra meeting at the usual place unless told otherwise', async () => {
    const user = userEvent.setup();
    const bridge = installBridge({ 'meetings.previewAt': () => preview, 'meetings.addExtra': () => meeting(null) });
    renderWithProviders(
      <AddMeetingDialog groupId={GROUP} timeZone="Europe/London" usualPlace={usual} open onOpenChange={() => undefined} defaults={{ date: '2026-11-10', time: '18:00', minutes: 120 }} />,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Add a meeting' });
    expect(within(dialog).getByRole('radio', { name: /^The group’s usual place/ })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Add meeting' }));
    await waitFor(() => expect(bridge.callsTo('meetings.addExtra')).toHaveLength(1));
    expect(bridge.callsTo('meetings.addExtra')[0]).toEqual({ groupId: GROUP, date: '2026-11-10', time: '18:00', minutes: 120, place: null });
  });
});
