import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NotePage } from '../../../src/renderer/features/notes/NotePage';
import type { NoteView } from '../../../src/shared/contract/notes';
import { installBridge } from '../support/bridge';
import { makeSummary, settings } from '../support/fixtures';
import { renderWithProviders } from '../support/render';
import { makeMeta, makeNoteView, noteIds, templates } from './note-fixtures';

// A note's history: an earlier version is read rendered, and brought back as a
// new revision (the version it replaces stays in the history).

describe('a note’s earlier versions', () => {
  it('shows one rendered and brings it back by saving it over the current revision', async () => {
    let current: NoteView = makeNoteView({ revision: 3, versionCount: 2 });
    const bridge = installBridge({
      'groups.list': () => [makeSummary()],
      'people.list': () => [],
      'settings.get': () => settings,
      'notes.templates': () => templates,
      'notes.get': () => current,
      'notes.versions': () => [
        { revision: 2, savedAt: '2027-02-03T10:05:00.000Z', title: 'February meeting' },
        { revision: 1, savedAt: '2027-02-03T10:00:00.000Z', title: 'First draft' },
      ],
      'notes.version': () => ({ title: 'First draft', fields: [{ label: 'Minutes', text: 'We **started** late.' }, { label: 'Observations', text: '' }] }),
      'notes.save': (input) => {
        current = { meta: makeMeta({ revision: input.baseRevision + 1, versionCount: 3 }), content: input.content };
        return { meta: current.meta };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<NotePage />, { route: `/notes/${noteIds.first}`, path: '/notes/:noteId' });
    await user.click(await screen.findByRole('button', { name: 'Earlier versions (2)' }));
    const history = await screen.findByRole('dialog', { name: 'Earlier versions' });
    await user.click(await within(history).findByRole('button', { name: /First draft/ }));
    const version = await within(history).findByRole('article', { name: 'The chosen version' });
    expect(within(version).getByText('started').tagName).toBe('STRONG');
    expect(bridge.callsTo('notes.version')).toEqual([{ id: noteIds.first, revision: 1 }]);

    await user.click(within(version).getByRole('button', { name: 'Bring back this version' }));
    await waitFor(() => expect(bridge.callsTo('notes.save')).toHaveLength(1));
    expect(bridge.callsTo('notes.save')[0]).toMatchObject({ id: noteIds.first, baseRevision: 3, content: { title: 'First draft' } });
    // The editor starts again from the note as it now is.
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Minutes' })).toHaveValue('We **started** late.'));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('First draft');
  });
});

describe('a next step from a note', () => {
  it('prefills the meeting’s next-step dialog with the field’s text, says it is not encrypted, and tracks it', async () => {
    const ada = '00000000-0000-4000-8000-0000000000a1';
    const view = makeNoteView();
    view.content.fields[0]!.text = 'Ada will ask two people for feedback';
    const bridge = installBridge({
      'groups.list': () => [makeSummary()],
      'people.list': () => [],
      'settings.get': () => settings,
      'notes.templates': () => templates,
      'notes.get': () => view,
      'meetings.page': () => ({ members: [{ membershipId: ada, name: 'Ada Obi', attendance: 'present' }] }) as never,
      'meetings.addNextStep': () => ({}) as never,
    });
    const user = userEvent.setup();
    renderWithProviders(<NotePage />, { route: `/notes/${noteIds.first}`, path: '/notes/:noteId' });
    await screen.findByRole('textbox', { name: 'Minutes' });
    await user.click(screen.getAllByRole('button', { name: 'Make it a next step' })[0]!);

    const adding = await screen.findByRole('dialog', { name: 'Add a next step' });
    expect(adding).toHaveTextContent('not encrypted like your notes');
    expect(within(adding).getByLabelText('Next step')).toHaveValue('Ada will ask two people for feedback');
    await user.selectOptions(within(adding).getByLabelText('Member'), 'Ada Obi');
    await user.click(within(adding).getByRole('button', { name: 'Add next step' }));
    await waitFor(() => expect(bridge.callsTo('meetings.addNextStep')).toHaveLength(1));
    expect(bridge.callsTo('meetings.addNextStep')[0]).toEqual({
      groupId: view.meta.groupId,
      meetingId: view.meta.meetingId,
      membershipId: ada,
      text: 'Ada will ask two people for feedback',
      dueOn: '',
    });
  });
});
