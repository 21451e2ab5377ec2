import { useApiQuery } from '../../app/query';
import { QueryError } from '../../ui/QueryBoundary';
import { NextStepDialog } from '../meetings/NextStepDialog';

/** The longest next step the meetings accept; a longer selection is cut there for the coach to shorten. */
const STEP_MAX = 300;

/**
 * "Make it a next step": the meeting's own next-step dialog, started from
 * text in the note, so the step is tracked like every other (and reviewed at
 * the next meeting). It needs the meeting's members, so it loads the meeting.
 */
export function NoteNextStep({ groupId, meetingId, text, onClose }: { groupId: string; meetingId: string; text: string | null; onClose: () => void }) {
  const page = useApiQuery('meetings.page', { groupId, meetingId }, { enabled: text !== null });
  if (text === null) return null;
  if (page.isError) return <QueryError error={page.error} title="The meeting could not be loaded" />;
  if (!page.data) return null;
  return (
    <NextStepDialog
      page={page.data}
      ids={{ groupId, meetingId }}
      editing={{ step: null, membershipId: '', text: text.replace(/\s+/g, ' ').trim().slice(0, STEP_MAX) }}
      onClose={onClose}
    />
  );
}
