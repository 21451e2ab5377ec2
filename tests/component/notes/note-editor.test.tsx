import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { NoteContent } from '../../../src/shared/notes';
import { NoteEditor } from '../../../src/renderer/features/notes/NoteEditor';
import { apiError, installBridge, type FakeBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';
import { makeMeta, makeNoteView } from './note-fixtures';
import { manualTimers } from './manual-timers';

// Autosave: 600 ms after the last keystroke, at least every 1.5 s while typing
// goes on, never losing text on an error or when another window saved first.
// The autosave clock is driven by hand (manualTimers), so no test waits.

/** Lets the promise chain of a save that may have started run, without moving the autosave clock. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

function savingBridge(extra: Parameters<typeof installBridge>[0] = {}): FakeBridge {
  let revision = 1;
  return installBridge({
    'notes.save': (input) => ({ meta: makeMeta({ revision: (revision = Math.max(revision, input.baseRevision) + 1) }) }),
    ...extra,
  });
}

function renderEditor() {
  const timers = manualTimers();
  const user = userEvent.setup();
  const view = renderWithProviders(<NoteEditor view={makeNoteView()} prompts={{ Minutes: 'What happened, in order.' }} timers={timers} />);
  const minutes = screen.getByRole('textbox', { name: 'Minutes' });
  return { timers, user, minutes, ...view };
}

const savedText = (bridge: FakeBridge, at: number) => (bridge.callsTo('notes.save')[at]?.content as NoteContent | undefined)?.fields[0]?.text;

describe('the note editor saves while the coach types', () => {
  it('shows the template prompt as placeholder and saves 600 ms after the last keystroke, not before', async () => {
    const bridge = savingBridge();
    const { timers, user, minutes } = renderEditor();
    expect(minutes).toHaveAttribute('placeholder', 'What happened, in order.');

    await user.type(minutes, 'Alex opened');
    act(() => timers.advance(599));
    await settle();
    expect(bridge.callsTo('notes.save')).toHaveLength(0);

    act(() => timers.advance(1));
    await waitFor(() => expect(bridge.callsTo('notes.save')).toHaveLength(1));
    expect(bridge.callsTo('notes.save')[0]).toMatchObject({ baseRevision: 1 });
    expect(savedText(bridge, 0)).toBe('Alex opened');
    expect(await screen.findByText('Saved')).toBeInTheDocument();
  });

  it('saves at least every 1.5 s while typing goes on without a pause, each save from the last one’s revision', async () => {
    const bridge = savingBridge();
    const { timers, user, minutes } = renderEditor();

    await user.type(minutes, 'a');
    act(() => timers.advance(500));
    await user.type(minutes, 'b');
    act(() => timers.advance(500));
    await user.type(minutes, 'c');
    act(() => timers.advance(499));
    await settle();
    expect(bridge.callsTo('notes.save')).toHaveLength(0);
    act(() => timers.advance(1));
    await waitFor(() => expect(bridge.callsTo('notes.save')).toHaveLength(1));
    expect(savedText(bridge, 0)).toBe('abc');
    await screen.findByText('Saved');

    await user.type(minutes, 'd');
    act(() => timers.advance(600));
    await waitFor(() => expect(bridge.callsTo('notes.save')).toHaveLength(2));
    expect(bridge.callsTo('notes.save')[1]).toMatchObject({ baseRevision: 2 });
    expect(savedText(bridge, 1)).toBe('abcd');
  });

  it('keeps the text when a save fails, says why, and Retry saves it', async () => {
    let fail = true;
    const bridge = installBridge({
      'notes.save': () => {
        if (fail) throw apiError('unavailable', 'The data folder is not reachable.');
        return { meta: makeMeta({ revision: 2 }) };
      },
    });
    const { timers, user, minutes } = renderEditor();
    await user.type(minutes, 'Sam was late');
    act(() => timers.advance(600));

    expect(await screen.findByText('Not saved: The data folder is not reachable.')).toBeInTheDocument();
    expect(minutes).toHaveValue('Sam was late');

    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByText('Saved');
    expect(bridge.callsTo('notes.save')).toHaveLength(2);
    expect(savedText(bridge, 1)).toBe('Sam was late');
  });

  it('on a conflict stops saving, keeps the text, and “Keep mine” saves it over the newer revision', async () => {
    const bridge = installBridge({
      'notes.save': (input) => {
        if (input.baseRevision < 4) throw apiError('conflict', 'This note was saved in another window.');
        return { meta: makeMeta({ revision: 5 }) };
      },
      'notes.get': () => ({ ...makeNoteView({ revision: 4 }), content: { title: 'Theirs', fields: [{ label: 'Minutes', text: 'their text' }] } }),
    });
    const { timers, user, minutes } = renderEditor();
    await user.type(minutes, 'my text');
    act(() => timers.advance(600));
    expect(await screen.findByText('This note was changed in another window')).toBeInTheDocument();

    // Typing on does not try again over the other window's save.
    await user.type(minutes, '!');
    act(() => timers.advance(2_000));
    await settle();
    expect(bridge.callsTo('notes.save')).toHaveLength(1);
    expect(minutes).toHaveValue('my text!');

    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    await screen.findByText('Saved');
    expect(bridge.callsTo('notes.save')[1]).toMatchObject({ baseRevision: 4 });
    expect(savedText(bridge, 1)).toBe('my text!');
  });

  it('on a conflict, “Load theirs” shows the other window’s text and saves nothing', async () => {
    const bridge = installBridge({
      'notes.save': () => {
        throw apiError('conflict', 'This note was saved in another window.');
      },
      'notes.get': () => ({
        ...makeNoteView({ revision: 4 }),
        content: { title: 'Theirs', fields: [{ label: 'Minutes', text: 'their text' }, { label: 'Observations', text: '' }] },
      }),
    });
    const { timers, user, minutes } = renderEditor();
    await user.type(minutes, 'my text');
    act(() => timers.advance(600));
    await user.click(await screen.findByRole('button', { name: 'Load theirs' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Minutes' })).toHaveValue('their text'));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Theirs');
    act(() => timers.advance(2_000));
    await settle();
    expect(bridge.callsTo('notes.save')).toHaveLength(1);
  });
});

describe('leaving a note with unsaved text', () => {
  it('saves at once when the editor is left (another page), without waiting for the pause', async () => {
    const bridge = savingBridge();
    const { user, minutes, unmount } = renderEditor();
    await user.type(minutes, 'last words');
    unmount();
    await waitFor(() => expect(bridge.callsTo('notes.save')).toHaveLength(1));
    expect(savedText(bridge, 0)).toBe('last words');
  });

  it('holds the window open (beforeunload) while it saves, closes it once saved, and lets it close at once when nothing is unsaved', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const bridge = savingBridge();
    const { timers, user, minutes } = renderEditor();
    await user.type(minutes, 'x');

    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    await waitFor(() => expect(bridge.callsTo('notes.save')).toHaveLength(1));
    await screen.findByText('Saved');
    // The coach asked once: the window closes by itself after the save.
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    act(() => timers.advance(2_000));

    const again = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(again);
    expect(again.defaultPrevented).toBe(false);
    close.mockRestore();
  });

  it('keeps the window open, with the reason on screen, when the save on closing fails', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    installBridge({
      'notes.save': () => {
        throw apiError('unavailable', 'The data folder is not reachable.');
      },
    });
    const { user, minutes } = renderEditor();
    await user.type(minutes, 'x');
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    expect(await screen.findByText('Not saved: The data folder is not reachable.')).toBeInTheDocument();
    await settle();
    expect(close).not.toHaveBeenCalled();
    close.mockRestore();
  });

  it('refuses to save a field over its limit, says why in the form, and keeps the text', async () => {
    const bridge = savingBridge();
    const { timers, user, minutes } = renderEditor();
    await user.click(minutes);
    await user.paste('a'.repeat(50_001));
    act(() => timers.advance(600));
    expect(await screen.findByText('Not saved: The text must be at most 50000 characters.')).toBeInTheDocument();
    await settle();
    expect(bridge.callsTo('notes.save')).toHaveLength(0);
    expect((minutes as HTMLTextAreaElement).value).toHaveLength(50_001);
  });
});
