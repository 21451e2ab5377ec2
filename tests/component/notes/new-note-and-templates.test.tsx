import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NewNoteDialog } from '../../../src/renderer/features/notes/NewNoteDialog';
import { TemplatesEditor } from '../../../src/renderer/features/notes/TemplatesEditor';
import type { TemplateView } from '../../../src/shared/notes';
import { installBridge } from '../support/bridge';
import { ids, makeSummary, settings } from '../support/fixtures';
import { renderWithProviders } from '../support/render';
import { makeMeta, noteIds, templates } from './note-fixtures';

const common = {
  'groups.list': () => [makeSummary()],
  'people.list': () => [{ person: { id: ids.alex, name: 'Alex Kim' } as never, activeGroupCount: 1, groupNames: [] }],
  'settings.get': () => settings,
  'notes.templates': () => templates,
  'meetings.forGroup': () => ({ upcoming: [], past: [], next: null }) as never,
};

describe('a new note', () => {
  it('starts from the page’s links and the kind’s own template, offered first, and opens the note once created', async () => {
    const bridge = installBridge({ ...common, 'notes.create': () => ({ meta: makeMeta({ id: noteIds.second }) }) });
    const user = userEvent.setup();
    renderWithProviders(<NewNoteDialog open onOpenChange={() => undefined} prefill={{ kind: 'meeting', groupId: ids.leaders, meetingId: noteIds.meeting, date: '2027-01-12' }} />, {
      route: '/',
      path: '/',
    });
    const form = await screen.findByRole('dialog', { name: 'New note' });
    const template = within(form).getByRole('combobox', { name: 'Template' });
    await waitFor(() => expect(template).toHaveValue('meeting-minutes'));
    const labels = within(template).getAllByRole('option').map((o) => o.textContent);
    // Meeting templates first, then the others, marked so.
    expect(labels.slice(0, 4)).toEqual(['Meeting notes', 'FeedForward', 'Check-in', 'Blank note']);
    expect(labels).toContain('Pair session (one hour, two halves) (other)');
    expect(within(form).getByLabelText('Date')).toHaveValue('2027-01-12');

    await user.selectOptions(template, 'pair-session');
    await user.click(within(form).getByRole('checkbox', { name: /Alex Kim/ }));
    await user.click(within(form).getByRole('button', { name: 'Create note' }));
    await waitFor(() => expect(bridge.callsTo('notes.create')).toHaveLength(1));
    expect(bridge.callsTo('notes.create')[0]).toEqual({
      kind: 'meeting',
      date: '2027-01-12',
      groupId: ids.leaders,
      meetingId: noteIds.meeting,
      personIds: [ids.alex],
      templateId: 'pair-session',
      content: null,
    });
    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
  });

  it('checks the date in the form and shows main’s refusal beside the field it names, keeping every choice', async () => {
    const bridge = installBridge({
      ...common,
      'notes.create': () => {
        throw { code: 'invalid', message: 'A 1:1 note is about one person.', fields: { personIds: 'Choose the one person this 1:1 was with.' } };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<NewNoteDialog open onOpenChange={() => undefined} prefill={{ kind: 'one-to-one' }} />);
    const form = await screen.findByRole('dialog', { name: 'New note' });
    expect(within(form).getByRole('combobox', { name: 'Kind' })).toHaveValue('one-to-one');
    await user.clear(within(form).getByLabelText('Date'));
    await user.click(within(form).getByRole('button', { name: 'Create note' }));
    expect(await within(form).findByText(/^Enter a date/)).toBeInTheDocument();
    expect(bridge.callsTo('notes.create')).toHaveLength(0);

    await user.type(within(form).getByLabelText('Date'), '2027-02-03');
    await user.click(within(form).getByRole('button', { name: 'Create note' }));
    expect(await within(form).findByText('Choose the one person this 1:1 was with.')).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: 'Kind' })).toHaveValue('one-to-one');
    expect(within(form).getByRole('combobox', { name: 'Template' })).toHaveValue('one-to-one');
  });
});

describe('the note templates', () => {
  it('edits a built-in template’s headings: reorder, remove, add, and saves exactly that', async () => {
    const saved: TemplateView[] = [];
    const bridge = installBridge({
      ...common,
      'notes.saveTemplate': (input) => {
        const view = { ...input.template, id: input.id ?? 'mine-1', builtIn: input.id !== null, edited: true } as TemplateView;
        saved.push(view);
        return view;
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<TemplatesEditor />);
    const form = await screen.findByRole('form', { name: 'Edit Meeting notes' });
    await user.click(within(form).getByRole('button', { name: 'Move heading 2 up' }));
    await user.click(within(form).getByRole('button', { name: 'Remove heading 3' }));
    await user.click(within(form).getByRole('button', { name: 'Add a heading' }));
    await user.type(within(form).getByLabelText('Heading 3'), 'Energy');
    await user.click(within(form).getByRole('button', { name: 'Save template' }));

    await waitFor(() => expect(bridge.callsTo('notes.saveTemplate')).toHaveLength(1));
    expect(bridge.callsTo('notes.saveTemplate')[0]).toEqual({
      id: 'meeting-minutes',
      template: {
        name: 'Meeting notes',
        kinds: ['meeting'],
        fields: [
          { label: 'Observations', prompt: 'What you noticed about the group: energy, safety, who spoke and who did not.' },
          { label: 'Minutes', prompt: 'What happened, in the order it happened.' },
          { label: 'Energy', prompt: '' },
        ],
      },
    });
  });

  it('refuses a heading left empty, in the form, before anything is sent', async () => {
    const bridge = installBridge(common);
    const user = userEvent.setup();
    renderWithProviders(<TemplatesEditor />);
    const list = await screen.findByRole('navigation', { name: 'Templates' });
    await user.click(within(list).getByRole('button', { name: 'New template' }));
    const form = await screen.findByRole('form', { name: 'New template' });
    await user.type(within(form).getByLabelText('Name'), 'Retro');
    await user.click(within(form).getByRole('button', { name: 'Create template' }));
    expect(await within(form).findByText('The heading is required.')).toBeInTheDocument();
    expect(bridge.callsTo('notes.saveTemplate')).toHaveLength(0);
  });

  it('puts a changed built-in template back as it shipped', async () => {
    const changed = templates.map((t) => (t.id === 'meeting-minutes' ? { ...t, edited: true, fields: [{ label: 'Only mine', prompt: '' }] } : t));
    const bridge = installBridge({ ...common, 'notes.templates': () => changed, 'notes.removeTemplate': (input) => ({ removed: input.id }) });
    const user = userEvent.setup();
    renderWithProviders(<TemplatesEditor />);
    const form = await screen.findByRole('form', { name: 'Edit Meeting notes' });
    await user.click(within(form).getByRole('button', { name: 'Put back as it shipped' }));
    await user.click(await screen.findByRole('button', { name: 'Put it back' }));
    await waitFor(() => expect(bridge.callsTo('notes.removeTemplate')).toEqual([{ id: 'meeting-minutes' }]));
  });
});
