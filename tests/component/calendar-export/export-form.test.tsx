import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ExportPreview } from '../../../src/shared/calendar-export';
import { ExportPage } from '../../../src/renderer/features/calendar-export/ExportPage';
import { apiError, installBridge, type BridgeOverrides } from '../support/bridge';
import { ids } from '../support/fixtures';
import { renderWithProviders } from '../support/render';
import { groups, previewFor, TODAY } from './export-fixtures';

function bridgeWith(overrides: BridgeOverrides = {}, preview: Partial<ExportPreview> = {}) {
  return installBridge({
    'groups.list': () => groups,
    'calendarExport.preview': (selection) => previewFor(selection, preview),
    'calendarExport.write': () => ({
      folder: '/home/jo/Documents/calendar',
      files: [
        { path: 'people/Sam Lee.ics', kind: 'person', summary: 'Sam Lee: 3 events (Europe/London)' },
        { path: 'coach.ics', kind: 'coach', summary: 'You: 4 events' },
      ],
    }),
    ...overrides,
  });
}

async function renderExport() {
  renderWithProviders(<ExportPage />);
  await screen.findByRole('list', { name: 'People’s files' });
  const write = screen.getByRole('button', { name: 'Write files…' });
  return { write };
}

const groupsBox = () => screen.getByRole('group', { name: 'Groups' });
const remindersBox = () => screen.getByRole('group', { name: 'Reminders' });

describe('Export view: the form', () => {
  it('starts from today, with every group and every member chosen', async () => {
    bridgeWith();
    await renderExport();
    expect(screen.getByLabelText('From')).toHaveValue(TODAY);
    expect(screen.getByLabelText('To')).toHaveValue('');
    expect(within(groupsBox()).getByRole('checkbox', { name: 'New leaders circle' })).toBeChecked();
    expect(within(groupsBox()).getByRole('checkbox', { name: 'Founders circle' })).toBeChecked();
    const people = screen.getByRole('group', { name: 'People' });
    expect(within(people).getAllByRole('checkbox').map((c) => (c as HTMLInputElement).checked)).toEqual([true, true]);
  });

  it('asks for a group by the Groups field when none is ticked, and writes nothing', async () => {
    const user = userEvent.setup();
    const bridge = bridgeWith();
    const { write } = await renderExport();
    await user.click(within(groupsBox()).getByRole('checkbox', { name: 'New leaders circle' }));
    await user.click(within(groupsBox()).getByRole('checkbox', { name: 'Founders circle' }));
    await user.click(write);

    const error = await within(groupsBox()).findByText('Choose at least one group.');
    expect(error).toHaveAttribute('role', 'alert');
    expect(groupsBox()).toHaveAttribute('aria-invalid', 'true');
    expect(bridge.writes()).toEqual([]);
    // The preview was never asked about an empty choice.
    expect(bridge.callsTo('calendarExport.preview').some((s) => s.groupIds?.length === 0)).toBe(false);
  });

  it('refuses a period that ends before it starts, by the To field', async () => {
    const user = userEvent.setup();
    const bridge = bridgeWith();
    const { write } = await renderExport();
    await user.type(screen.getByLabelText('To'), '2027-01-03');
    await user.click(write);

    expect(await screen.findByText('The end of the period must be on or after its start.')).toBeInTheDocument();
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(bridge.writes()).toEqual([]);
  });

  it('asks for at least one kind of file', async () => {
    const user = userEvent.setup();
    const bridge = bridgeWith();
    const { write } = await renderExport();
    await user.click(screen.getByRole('checkbox', { name: 'A file to import for each person' }));
    await user.click(screen.getByRole('checkbox', { name: 'Your own file, with everything' }));
    await user.click(write);

    const files = screen.getByRole('group', { name: 'Files' });
    expect(await within(files).findByText('Choose at least one kind of file to write.')).toBeInTheDocument();
    expect(bridge.writes()).toEqual([]);
  });

  it('allows at most two reminders', async () => {
    const user = userEvent.setup();
    const bridge = bridgeWith();
    const { write } = await renderExport();
    for (const name of ['10 minutes before', '1 hour before', '1 day before']) await user.click(within(remindersBox()).getByRole('checkbox', { name }));
    await user.click(write);

    expect(await within(remindersBox()).findByText('At most two reminders.')).toBeInTheDocument();
    expect(bridge.writes()).toEqual([]);
    expect(within(remindersBox()).getByText(/Google Calendar ignores reminders on import/)).toBeInTheDocument();
  });

  it('writes what was chosen and lists the files written', async () => {
    const user = userEvent.setup();
    const bridge = bridgeWith();
    const { write } = await renderExport();
    await user.click(within(screen.getByRole('group', { name: 'People' })).getByRole('checkbox', { name: /Alex Morgan/ }));
    await user.type(screen.getByLabelText('To'), '2027-06-30');
    await user.click(screen.getByRole('checkbox', { name: 'Invitation drafts to send from your mail' }));
    await user.click(within(remindersBox()).getByRole('checkbox', { name: '1 day before' }));
    await user.click(within(remindersBox()).getByRole('checkbox', { name: '30 minutes before' }));
    await user.click(write);

    const written = await screen.findByRole('list', { name: 'Written files' });
    expect(screen.getByText('2 files in /home/jo/Documents/calendar')).toBeInTheDocument();
    expect(within(written).getByText('people/Sam Lee.ics')).toBeInTheDocument();
    expect(within(written).getByText('Sam Lee: 3 events (Europe/London)')).toBeInTheDocument();
    expect(bridge.callsTo('calendarExport.write')).toEqual([
      {
        selection: { groupIds: null, personIds: [ids.sam], from: TODAY, to: '2027-06-30' },
        include: { people: true, groups: false, coach: true, drafts: true },
        reminders: [30, 1440],
      },
    ]);
  });

  it('says in words why main refused, and keeps every choice', async () => {
    const user = userEvent.setup();
    bridgeWith({
      'calendarExport.write': () => {
        throw apiError('invalid_input', 'Invitations need you as their organiser: add your email in Settings, then make the drafts again.');
      },
    });
    const { write } = await renderExport();
    const drafts = screen.getByRole('checkbox', { name: 'Invitation drafts to send from your mail' });
    await user.click(drafts);
    await user.type(screen.getByLabelText('To'), '2027-06-30');
    await user.click(write);

    expect(await screen.findByText('Invitations need you as their organiser: add your email in Settings, then make the drafts again.')).toBeInTheDocument();
    expect(drafts).toBeChecked();
    expect(screen.getByLabelText('To')).toHaveValue('2027-06-30');
    expect(screen.queryByRole('list', { name: 'Written files' })).not.toBeInTheDocument();
  });

  it('says nothing was written when the folder dialog was closed', async () => {
    const user = userEvent.setup();
    bridgeWith({ 'calendarExport.write': () => ({ folder: null, files: [] }) });
    const { write } = await renderExport();
    await user.click(write);
    expect(await screen.findByText(/You closed the folder dialog, so no file was written/)).toBeInTheDocument();
  });
});
