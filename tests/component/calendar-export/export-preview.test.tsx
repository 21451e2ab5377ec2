import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ExportPreview } from '../../../src/shared/calendar-export';
import { ExportPage } from '../../../src/renderer/features/calendar-export/ExportPage';
import { apiError, installBridge } from '../support/bridge';
import { ids } from '../support/fixtures';
import { renderWithProviders } from '../support/render';
import { groups, makePerson, previewFor, sam, TODAY } from './export-fixtures';

function bridgeWith(preview: Partial<ExportPreview> = {}) {
  return installBridge({
    'groups.list': () => groups,
    'calendarExport.preview': (selection) => previewFor(selection, preview),
  });
}

async function renderPreview() {
  renderWithProviders(<ExportPage />);
  return screen.findByRole('list', { name: 'People’s files' });
}

describe('Export view: the preview', () => {
  it('shows per person their zone, groups and counts, and on request every event on their own clock', async () => {
    const user = userEvent.setup();
    bridgeWith();
    const list = await renderPreview();
    const alex = within(list).getByRole('listitem', { name: 'Alex Morgan' });
    expect(within(alex).getByText('New York time')).toBeInTheDocument();
    expect(within(alex).getByText('New leaders circle, Founders circle')).toBeInTheDocument();
    expect(within(alex).getByText('2 meetings, 1 pair session, 1 cancelled')).toBeInTheDocument();

    const summary = within(alex).getByText('What Alex Morgan’s file holds (3 events)');
    expect(within(alex).getByText('Tue 12 Jan 2027, 13:00–14:30')).not.toBeVisible();
    await user.click(summary);
    expect(within(alex).getByText('Tue 12 Jan 2027, 13:00–14:30')).toBeVisible();
    expect(within(alex).getByText('Times are on Alex Morgan’s own clock (America/New_York).')).toBeVisible();
    const cancelled = within(alex).getByText('Founders circle: meeting 1').closest('li')!;
    expect(within(cancelled as HTMLElement).getByText('Cancelled')).toBeInTheDocument();

    const samRow = within(list).getByRole('listitem', { name: 'Sam Lee' });
    expect(within(samRow).getByText('1 meeting, 1 pair session, 1 1:1')).toBeInTheDocument();
  });

  it('gives the ledger’s news: who has changes, who was never invited', async () => {
    bridgeWith();
    const list = await renderPreview();
    expect(screen.getByTestId('ledger-line')).toHaveTextContent(
      '1 person has changes since their last invitation. 1 person was never invited: their first invitations cover their whole schedule.',
    );
    expect(within(within(list).getByRole('listitem', { name: 'Alex Morgan' })).getByText('Never invited')).toBeInTheDocument();
    const samRow = within(list).getByRole('listitem', { name: 'Sam Lee' });
    expect(within(samRow).queryByText('Never invited')).not.toBeInTheDocument();
    expect(within(samRow).getByText('1 change since their last invitation')).toBeInTheDocument();
  });

  it('counts several people with changes in the plural', async () => {
    bridgeWith({ people: [makePerson({ neverInvited: false }), sam] });
    await renderPreview();
    expect(screen.getByTestId('ledger-line')).toHaveTextContent(/^2 people have changes since their last invitation\.$/);
  });

  it('says invitations need the coach’s email, with a way to Settings, when there is none', async () => {
    bridgeWith({ coachEmail: '' });
    await renderPreview();
    expect(screen.getByText('Invitations need your email')).toBeInTheDocument();
    expect(screen.getByText(/An invitation names you as its organiser/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open Settings' })).toHaveAttribute('href', '/settings');
  });

  it('says nothing about the email once it is in Settings', async () => {
    bridgeWith();
    await renderPreview();
    expect(screen.queryByText('Invitations need your email')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Open Settings' })).not.toBeInTheDocument();
  });

  it('narrows the people by name, and leaves out of the preview whoever is unticked without asking main again', async () => {
    const user = userEvent.setup();
    const bridge = bridgeWith();
    const list = await renderPreview();
    const people = screen.getByRole('group', { name: 'People' });
    await user.type(within(people).getByRole('searchbox', { name: 'Filter people by name' }), 'sam');
    expect(within(people).getAllByRole('checkbox')).toHaveLength(1);
    const asked = bridge.callsTo('calendarExport.preview').length;
    await user.click(within(people).getByRole('checkbox', { name: /Sam Lee/ }));

    expect(within(list).queryByRole('listitem', { name: 'Sam Lee' })).not.toBeInTheDocument();
    expect(within(list).getByRole('listitem', { name: 'Alex Morgan' })).toBeInTheDocument();
    expect(screen.getByTestId('ledger-line')).toHaveTextContent(/^Nobody has changes since their last invitation\. 1 person was never invited/);
    expect(bridge.callsTo('calendarExport.preview')).toHaveLength(asked);
  });

  it('asks for the chosen groups’ members only when a group is unticked', async () => {
    const user = userEvent.setup();
    const bridge = bridgeWith();
    const list = await renderPreview();
    await user.click(within(screen.getByRole('group', { name: 'Groups' })).getByRole('checkbox', { name: 'New leaders circle' }));
    await within(list).findByRole('listitem', { name: 'Alex Morgan' });
    await expect.poll(() => within(list).queryByRole('listitem', { name: 'Sam Lee' })).toBeNull();
    expect(bridge.callsTo('calendarExport.preview').at(-1)).toEqual({ groupIds: [ids.founders], personIds: null, from: '2027-01-04', to: null });
  });

  it('says why when main cannot make the preview, keeps the choices and the people to choose from, and tries again on request', async () => {
    const user = userEvent.setup();
    let failing = false;
    const bridge = installBridge({
      'groups.list': () => groups,
      'calendarExport.preview': (selection) => {
        if (failing) throw apiError('unavailable', 'The calendar export ledger could not be read.');
        return previewFor(selection);
      },
    });
    await renderPreview();
    failing = true;
    await user.click(within(screen.getByRole('group', { name: 'Groups' })).getByRole('checkbox', { name: 'New leaders circle' }));

    const problem = await screen.findByRole('alert');
    expect(problem).toHaveTextContent('The preview could not be made');
    expect(problem).toHaveTextContent('The calendar export ledger could not be read.');
    // The people chosen a moment ago are still there to choose from, and the unticked group stays unticked.
    const people = screen.getByRole('group', { name: 'People' });
    expect(within(people).getByRole('checkbox', { name: /Alex Morgan/ })).toBeChecked();
    expect(within(people).queryByText('The chosen groups have no members.')).not.toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Groups' })).getByRole('checkbox', { name: 'New leaders circle' })).not.toBeChecked();

    failing = false;
    await user.click(within(problem).getByRole('button', { name: 'Try again' }));
    const list = await screen.findByRole('list', { name: 'People’s files' });
    expect(within(list).getByRole('listitem', { name: 'Alex Morgan' })).toBeInTheDocument();
    expect(screen.queryByText('The preview could not be made')).not.toBeInTheDocument();
    expect(bridge.callsTo('calendarExport.preview').at(-1)).toEqual({ groupIds: [ids.founders], personIds: null, from: TODAY, to: null });
  });

  it('lists a practice of 300 people, narrows it by name, and chooses no one or everyone at once', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 300 }, (_, i) =>
      makePerson({ personId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Member ${String(i + 1).padStart(3, '0')}`, neverInvited: i % 2 === 0 }),
    );
    bridgeWith({ people: many });
    const list = await renderPreview();
    const people = screen.getByRole('group', { name: 'People' });
    expect(within(people).getAllByRole('checkbox')).toHaveLength(300);
    expect(within(list).getAllByRole('listitem', { name: /^Member / })).toHaveLength(300);
    expect(screen.getByTestId('ledger-line')).toHaveTextContent('150 people have changes since their last invitation. 150 people were never invited');

    await user.type(within(people).getByRole('searchbox', { name: 'Filter people by name' }), 'member 250');
    expect(within(people).getAllByRole('checkbox')).toHaveLength(1);
    await user.clear(within(people).getByRole('searchbox', { name: 'Filter people by name' }));

    await user.click(within(people).getByRole('button', { name: 'No one' }));
    expect(within(people).getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toHaveLength(0);
    expect(screen.getByText('No one is chosen: no person gets a file.')).toBeInTheDocument();
    await user.click(within(people).getByRole('button', { name: 'Everyone' }));
    expect(within(screen.getByRole('list', { name: 'People’s files' })).getAllByRole('listitem', { name: /^Member / })).toHaveLength(300);
  });
});
