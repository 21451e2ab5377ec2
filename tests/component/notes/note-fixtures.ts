import type { NoteListItem, NoteView } from '../../../src/shared/contract/notes';
import type { NoteMeta, TemplateView } from '../../../src/shared/notes';
import { BUILT_IN_TEMPLATES } from '../../../src/shared/note-templates';
import { ids } from '../support/fixtures';

// Notes shaped like the notes service's answers, with fixed dates.

export const noteIds = {
  first: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
  second: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
  meeting: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee',
};

export function makeMeta(overrides: Partial<NoteMeta> = {}): NoteMeta {
  return {
    id: noteIds.first,
    kind: 'meeting',
    date: '2027-02-03',
    groupId: ids.leaders,
    meetingId: noteIds.meeting,
    personIds: [],
    templateId: 'meeting-minutes',
    createdAt: '2027-02-03T10:00:00.000Z',
    updatedAt: '2027-02-03T10:00:00.000Z',
    revision: 1,
    versionCount: 0,
    ...overrides,
  };
}

export function makeNoteView(overrides: Partial<NoteMeta> = {}): NoteView {
  return {
    meta: makeMeta(overrides),
    content: {
      title: 'February meeting',
      fields: [
        { label: 'Minutes', text: '' },
        { label: 'Observations', text: 'Quiet start.' },
      ],
    },
  };
}

export function makeListItem(title: string | null, overrides: Partial<NoteMeta> = {}): NoteListItem {
  return { ...makeMeta(overrides), title };
}

export const templates: TemplateView[] = BUILT_IN_TEMPLATES.map((t) => ({ ...t, builtIn: true, edited: false }));
