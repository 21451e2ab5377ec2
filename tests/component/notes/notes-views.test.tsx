import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { NotesList } from '../../../src/shared/contract/notes';
import { createQueryClient } from '../../../src/renderer/app/query';
import { NotesCard } from '../../../src/renderer/features/meetings/NotesCard';
import { NotePage } from '../../../src/renderer/features/notes/NotePage';
import { NotesLock } from '../../../src/renderer/features/notes/NotesLock';
import { NotesPage } from '../../../src/renderer/features/notes/NotesPage';
import { ToastProvider } from '../../../src/renderer/ui/Toast';
import { installBridge } from '../support/bridge';
import { ids, makeSummary, settings } from '../support/fixtures';
import { renderWithProviders } from '../support/render';
import { makeListItem, makeNoteView, noteIds, templates } from './note-fixtures';

// Where notes are listed: filters and search send exactly what was chosen, and
// a locked vault shows how many notes exist and one unlock prompt, never text.

const common = {
  'groups.list': () => [makeSummary()],
  'people.list': () => [{ person: { id: ids.alex, name: 'Alex Kim' } as never, activeGroupCount: 1, groupNames: [] }],
  'settings.get': () => settings,
  'notes.templates': () => templates,
  'vault.status': () => ({ state: 'unlocked' as const, idleLockMinutes: 10, retryAt: null, recoveryKeyCreatedAt: '2027-01-01T10:00:00.000Z' }),
};
const lockedStatus = () => ({ state: 'locked' as const, idleLockMinutes: 10, retryAt: null, recoveryKeyCreatedAt: '2027-01-01T10:00:00.000Z' });

const unlockedList = (): NotesList => ({
  vault: 'unlocked',
  total: 2,
  notes: [makeListItem('February meeting'), makeListItem('1:1 with Alex', { id: noteIds.second, kind: 'one-to-one', meetingId: null, personIds: [ids.alex] })],
});

describe('the Notes view', () => {
  it('lists the notes and sends each filter the coach chooses', async () => {
    const bridge = installBridge({ ...common, 'notes.list': unlockedList });
    const user = userEvent.setup();
    renderWithProviders(<NotesPage />);
    const list = await screen.findByRole('list', { name: 'Notes' });
    expect(await screen.findByRole('button', { name: 'New note' })).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: 'February meeting' })).toHaveAttribute('href', `/notes/${noteIds.first}`);
    expect(await within(list).findByText(/1:1 notes · New leaders circle · Alex Kim/)).toBeInTheDocument();

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Group' }), 'New leaders circle');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), '1:1 notes');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Person' }), 'Alex Kim');
    await waitFor(() => expect(bridge.callsTo('notes.list').at(-1)).toEqual({ groupId: ids.leaders, kind: 'one-to-one', personId: ids.alex }));
  });

  it('refuses an end date before the start date, and filters by dates only once they make sense', async () => {
    const bridge = installBridge({ ...common, 'notes.list': unlockedList });
    const user = userEvent.setup();
    renderWithProviders(<NotesPage />);
    await screen.findByRole('list', { name: 'Notes' });
    await user.type(screen.getByLabelText('From'), '2027-03-01');
    await user.type(screen.getByLabelText('To'), '2027-02-01');
    expect(await screen.findByText('The end date is before the start date.')).toBeInTheDocument();
    expect(bridge.callsTo('notes.list').some((f) => f.to === '2027-02-01')).toBe(false);

    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('To'), '2027-03-31');
    await waitFor(() => expect(bridge.callsTo('notes.list').at(-1)).toEqual({ from: '2027-03-01', to: '2027-03-31' }));
    expect(screen.queryByText('The end date is before the start date.')).not.toBeInTheDocument();
  });

  it('searches once the coach pauses, within the filters, and shows each hit’s excerpt', async () => {
    const bridge = installBridge({
      ...common,
      'notes.list': unlockedList,
      'notes.search': () => [{ meta: makeListItem('x'), title: 'February meeting', excerpt: '… Alex opened with the budget …', score: 3 }],
    });
    const user = userEvent.setup();
    renderWithProviders(<NotesPage />);
    await screen.findByRole('list', { name: 'Notes' });
    await user.type(screen.getByRole('searchbox', { name: 'Search the notes' }), 'budget');

    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(within(results).getByText('… Alex opened with the budget …')).toBeInTheDocument();
    // Debounced: one search for the whole word, not one per letter.
    expect(bridge.callsTo('notes.search')).toEqual([{ text: 'budget', filter: {} }]);
  });

  it('when locked, says how many notes there are and offers one unlock prompt, with no titles and no search', async () => {
    const bridge = installBridge({
      ...common,
      'vault.status': lockedStatus,
      'notes.list': () => ({ vault: 'locked', total: 3, notes: [makeListItem(null), makeListItem(null, { id: noteIds.second }), makeListItem(null, { id: noteIds.meeting })] }),
    });
    renderWithProviders(<NotesPage />);
    expect(await screen.findByText('3 notes are locked.')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Unlock notes' })).toHaveLength(1);
    expect(screen.queryByRole('list', { name: 'Notes' })).not.toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search the notes' })).toBeDisabled();
    expect(bridge.callsTo('notes.search')).toHaveLength(0);
  });

  it('offers New note only while the notes are unlocked', async () => {
    installBridge({ ...common, 'notes.list': unlockedList, 'vault.status': () => ({ state: 'locked', idleLockMinutes: 10, retryAt: null, recoveryKeyCreatedAt: null }) });
    renderWithProviders(<NotesPage />);
    await screen.findByRole('list', { name: 'Notes' });
    expect(screen.queryByRole('button', { name: 'New note' })).not.toBeInTheDocument();
  });

  it('unlocks from the prompt and shows main’s refusal as it is', async () => {
    const bridge = installBridge({
      ...common,
      'vault.status': lockedStatus,
      'notes.list': () => ({ vault: 'locked', total: 1, notes: [makeListItem(null)] }),
      'vault.unlock': () => {
        throw { code: 'forbidden', message: 'That passphrase is not right. Try again in 4 seconds.' };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<NotesPage />);
    await user.click(await screen.findByRole('button', { name: 'Unlock notes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unlock your notes' });
    await user.type(within(dialog).getByLabelText('Passphrase', { exact: true }), 'wrong horse');
    await user.click(within(dialog).getByRole('button', { name: 'Unlock notes' }));
    expect(await screen.findByText('That passphrase is not right. Try again in 4 seconds.')).toBeInTheDocument();
    expect(bridge.callsTo('vault.unlock')).toEqual([{ method: 'passphrase', passphrase: 'wrong horse' }]);
  });
});

describe('notes on the meeting page', () => {
  const meetingPage = { group: { id: ids.leaders }, meeting: { id: noteIds.meeting }, inGroupZone: { date: '2027-01-12' } } as never;
  const lockedThree = (): NotesList => ({
    vault: 'locked',
    total: 3,
    notes: [makeListItem(null), makeListItem(null, { id: noteIds.second }), makeListItem(null, { id: noteIds.meeting })],
  });

  it('the meeting page lists this meeting’s notes and starts new meeting notes prefilled', async () => {
    const bridge = installBridge({ ...common, 'notes.list': unlockedList, 'meetings.forGroup': () => ({ upcoming: [], past: [], next: null }) as never });
    const user = userEvent.setup();
    renderWithProviders(<NotesCard page={meetingPage} />);
    const card = await screen.findByRole('region', { name: 'Notes for this meeting' });
    expect(await within(card).findByRole('link', { name: 'February meeting' })).toBeInTheDocument();
    expect(bridge.callsTo('notes.list')[0]).toEqual({ meetingId: noteIds.meeting });
    await user.click(within(card).getByRole('button', { name: 'New meeting notes' }));
    const form = await screen.findByRole('dialog', { name: 'New note' });
    expect(within(form).getByRole('combobox', { name: 'Kind' })).toHaveValue('meeting');
    expect(within(form).getByRole('combobox', { name: 'Meeting' })).toHaveValue(noteIds.meeting);
    expect(within(form).getByLabelText('Date')).toHaveValue('2027-01-12');
  });

  it('locked, the meeting page says how many notes it has, with one unlock prompt and no way to write', async () => {
    installBridge({ ...common, 'vault.status': lockedStatus, 'notes.list': lockedThree });
    renderWithProviders(<NotesCard page={meetingPage} />);
    const card = await screen.findByRole('region', { name: 'Notes for this meeting' });
    expect(await within(card).findByText('3 notes on this meeting are locked.')).toBeInTheDocument();
    expect(within(card).getAllByRole('button', { name: 'Unlock notes' })).toHaveLength(1);
    expect(within(card).queryByRole('button', { name: 'New meeting notes' })).not.toBeInTheDocument();
    expect(within(card).queryByRole('link')).not.toBeInTheDocument();
  });
});

describe('when the notes lock', () => {
  it('drops every cached answer holding note text and leaves the open note for the Notes list', async () => {
    const view = makeNoteView();
    view.content.fields[1]!.text = 'canary-7f3a in the observations';
    let locked = false;
    const bridge = installBridge({
      ...common,
      // As main answers: the text only while unlocked.
      'notes.get': () => {
        if (locked) throw { code: 'forbidden', message: 'Your notes are locked.' };
        return view;
      },
      'notes.list': unlockedList,
    });
    const queryClient = createQueryClient();
    render(
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <MemoryRouter initialEntries={[`/notes/${noteIds.first}`]}>
            <NotesLock />
            <Routes>
              <Route path="/notes/:noteId" element={<NotePage />} />
              <Route path="/notes" element={<p>The notes list</p>} />
            </Routes>
          </MemoryRouter>
        </ToastProvider>
      </QueryClientProvider>,
    );
    expect(await screen.findByDisplayValue('canary-7f3a in the observations')).toBeInTheDocument();

    locked = true;
    bridge.emit('vault.locked', { reason: 'manual' });
    expect(await screen.findByText('The notes list')).toBeInTheDocument();
    await waitFor(() => expect(queryClient.getQueryCache().find({ queryKey: ['notes.get', { id: noteIds.first }] })).toBeUndefined());
    expect(document.body.innerHTML).not.toContain('canary-7f3a');
    const cached = JSON.stringify(queryClient.getQueryCache().getAll().map((q) => q.state.data));
    expect(cached).not.toContain('canary-7f3a');
  });
});
