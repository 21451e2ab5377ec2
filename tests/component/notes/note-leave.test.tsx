import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { NoteContent } from '../../../src/shared/notes';
import { createQueryClient } from '../../../src/renderer/app/query';
import { NoteEditor } from '../../../src/renderer/features/notes/NoteEditor';
import { NotesLock } from '../../../src/renderer/features/notes/NotesLock';
import { ToastProvider } from '../../../src/renderer/ui/Toast';
import { apiError, installBridge, type FakeBridge } from '../support/bridge';
import { makeMeta, makeNoteView, noteIds } from './note-fixtures';
import { manualTimers } from './manual-timers';

// Going to another page from a note: what is typed is saved first, and only
// text that cannot be saved (the save failed, or another window saved first)
// makes the app ask, with staying as the safe answer.

function renderNote() {
  const timers = manualTimers();
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <ToastProvider>
        <MemoryRouter initialEntries={[`/notes/${noteIds.first}`]}>
          <NotesLock />
          <Routes>
            <Route
              path="/notes/:noteId"
              element={
                <>
                  <Link to="/people">People</Link>
                  <NoteEditor view={makeNoteView()} timers={timers} />
                </>
              }
            />
            <Route path="/people" element={<p>The people list</p>} />
            <Route path="/notes" element={<p>The notes list</p>} />
          </Routes>
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
  return { timers, user, minutes: screen.getByRole('textbox', { name: 'Minutes' }) };
}

const savedText = (bridge: FakeBridge, at: number) => (bridge.callsTo('notes.save')[at]?.content as NoteContent | undefined)?.fields[0]?.text;
const failing = () => {
  throw apiError('unavailable', 'The data folder is not reachable.');
};

describe('leaving a note for another page', () => {
  it('saves what is pending, then goes, without asking', async () => {
    const bridge = installBridge({ 'notes.save': () => ({ meta: makeMeta({ revision: 2 }) }) });
    const { user, minutes } = renderNote();
    await user.type(minutes, 'last words');
    await user.click(screen.getByRole('link', { name: 'People' }));
    expect(await screen.findByText('The people list')).toBeInTheDocument();
    expect(bridge.callsTo('notes.save')).toHaveLength(1);
    expect(savedText(bridge, 0)).toBe('last words');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('after a failed save, asks; “Stay” keeps the note and its text, “Leave” goes and saves nothing more', async () => {
    const bridge = installBridge({ 'notes.save': failing });
    const { timers, user, minutes } = renderNote();
    await user.type(minutes, 'Sam was late');
    act(() => timers.advance(600));
    await screen.findByText('Not saved: The data folder is not reachable.');

    await user.click(screen.getByRole('link', { name: 'People' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    // Leaving tried the save once more before asking.
    expect(bridge.callsTo('notes.save')).toHaveLength(2);
    expect(dialog).toHaveTextContent('Your latest changes could not be saved: The data folder is not reachable.');
    expect(within(dialog).getByRole('button', { name: 'Stay on this note' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this note' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.queryByText('The people list')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Minutes' })).toHaveValue('Sam was late');

    await user.click(screen.getByRole('link', { name: 'People' }));
    await user.click(await screen.findByRole('button', { name: 'Leave and lose the changes' }));
    expect(await screen.findByText('The people list')).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(bridge.callsTo('notes.save')).toHaveLength(3);
  });

  it('after another window saved first, asks and says how to keep the text; leaving saves nothing over theirs', async () => {
    const bridge = installBridge({
      'notes.save': () => {
        throw apiError('conflict', 'This note was saved in another window.');
      },
    });
    const { timers, user, minutes } = renderNote();
    await user.type(minutes, 'my text');
    act(() => timers.advance(600));
    await screen.findByText('This note was changed in another window');

    await user.click(screen.getByRole('link', { name: 'People' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveTextContent('Stay to choose whose text to keep.');
    await user.click(within(dialog).getByRole('button', { name: 'Leave and lose the changes' }));
    expect(await screen.findByText('The people list')).toBeInTheDocument();
    expect(bridge.callsTo('notes.save')).toHaveLength(1);
  });

  it('when the notes lock, leaves at once whatever the editor held', async () => {
    const bridge = installBridge({ 'notes.save': failing });
    const { timers, user, minutes } = renderNote();
    await user.type(minutes, 'private');
    act(() => timers.advance(600));
    await screen.findByText('Not saved: The data folder is not reachable.');
    bridge.emit('vault.locked', { reason: 'manual' });
    expect(await screen.findByText('The notes list')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
