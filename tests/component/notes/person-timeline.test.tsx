import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NotesList } from '../../../src/shared/contract/notes';
import type { PersonMeeting, PersonMeetingHistory } from '../../../src/shared/meeting-views';
import type { PersonMembershipView } from '../../../src/shared/views';
import { PersonTimeline } from '../../../src/renderer/features/notes/PersonTimeline';
import { installBridge } from '../support/bridge';
import { ids, makeSummary, settings } from '../support/fixtures';
import { renderWithProviders } from '../support/render';
import { makeListItem, noteIds, templates } from './note-fixtures';

// The person page's timeline: their meetings (with their attendance and turns),
// notes and group days, newest first; locked, the meetings and days still show
// and the notes are only counted.

const status = (state: 'locked' | 'unlocked') => () => ({ state, idleLockMinutes: 10, retryAt: null, recoveryKeyCreatedAt: '2027-01-01T10:00:00.000Z' });
const common = {
  'groups.list': () => [makeSummary()],
  'people.list': () => [{ person: { id: ids.alex, name: 'Alex Kim' } as never, activeGroupCount: 1, groupNames: [] }],
  'settings.get': () => settings,
  'notes.templates': () => templates,
};

const meeting = (n: number, date: string, over: Partial<PersonMeeting>): PersonMeeting => ({
  groupId: ids.leaders,
  groupName: 'New leaders circle',
  groupColor: '#000',
  meetingId: `00000000-0000-4000-9000-00000000000${n}`,
  date,
  startTime: '18:00',
  timeZone: 'Europe/London',
  state: 'held',
  attendance: 'present',
  coachee: false,
  cancelledReason: '',
  ...over,
});

const history: PersonMeetingHistory = {
  groupIds: [ids.leaders],
  meetings: [
    meeting(5, '2027-05-11', { state: 'not-recorded', attendance: 'excused' }),
    meeting(4, '2027-04-13', { state: 'cancelled', attendance: null, cancelledReason: 'Room flooded' }),
    meeting(3, '2027-03-09', { attendance: 'absent', coachee: true }),
    meeting(2, '2027-02-03', { attendance: 'present', coachee: true }),
    meeting(1, '2027-01-12', { attendance: null }),
  ],
};

const membership = {
  groupId: ids.leaders,
  groupName: 'New leaders circle',
  groupColor: '#000',
  groupArchived: false,
  membership: { id: noteIds.meeting, joinedOn: '2027-01-12', leftOn: null },
} as unknown as PersonMembershipView;

const notes = (vault: 'locked' | 'unlocked'): NotesList => ({
  vault,
  total: 1,
  // The February meeting's note, on the same day as the meeting.
  notes: [makeListItem(vault === 'locked' ? null : 'February meeting')],
});

const rows = async () => within(await screen.findByRole('list', { name: 'Timeline' })).getAllByRole('listitem').map((li) => li.textContent);

describe('the person timeline', () => {
  it('interleaves their meetings, notes and group days, newest first, saying in words how each meeting went for them', async () => {
    const bridge = installBridge({ ...common, 'vault.status': status('unlocked'), 'notes.list': () => notes('unlocked'), 'meetings.personHistory': () => history });
    renderWithProviders(<PersonTimeline personId={ids.alex} memberships={[membership]} />);
    // The note names its group once the groups have loaded.
    await screen.findByText(/Meeting notes · New leaders circle/);
    expect(await rows()).toEqual([
      'New leaders circle meeting11 May 2027 · Not recorded yet · Excused',
      'New leaders circle meeting13 Apr 2027 · Cancelled: Room flooded',
      'New leaders circle meeting9 Mar 2027 · Absent · Missed their hot-seat turn',
      // On one day the note comes before the meeting it is about.
      'February meeting3 Feb 2027 · Meeting notes · New leaders circle',
      'New leaders circle meeting3 Feb 2027 · Present · In the hot seat',
      'New leaders circle meeting12 Jan 2027 · Attendance not recorded',
      '12 Jan 2027 · Joined New leaders circle',
    ]);
    const links = screen.getAllByRole('link', { name: 'New leaders circle meeting' });
    expect(links[0]).toHaveAttribute('href', `/groups/${ids.leaders}/meetings/${history.meetings[0]!.meetingId}`);
    expect(bridge.callsTo('meetings.personHistory')).toEqual([{ id: ids.alex }]);
  });

  it('locked, still shows the meetings and group days, and only counts the notes', async () => {
    installBridge({ ...common, 'vault.status': status('locked'), 'notes.list': () => notes('locked'), 'meetings.personHistory': () => history });
    renderWithProviders(<PersonTimeline personId={ids.alex} memberships={[membership]} />);
    expect(await screen.findByText('1 note about this person is locked.')).toBeInTheDocument();
    const shown = await rows();
    expect(shown).toHaveLength(6);
    expect(shown.join('\n')).not.toContain('Meeting notes');
    expect(screen.getAllByRole('button', { name: 'Unlock notes' })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'New note' })).not.toBeInTheDocument();
  });

  it('says so when there is nothing yet, and says which part failed to load', async () => {
    const first = installBridge({ ...common, 'vault.status': status('unlocked'), 'notes.list': () => ({ vault: 'unlocked', total: 0, notes: [] }), 'meetings.personHistory': () => ({ groupIds: [], meetings: [] }) });
    const view = renderWithProviders(<PersonTimeline personId={ids.alex} memberships={[]} />);
    expect(await screen.findByText('Nothing here yet: their meetings and notes about them will appear here.')).toBeInTheDocument();
    expect(first.writes()).toEqual([]);
    view.unmount();

    installBridge({ ...common, 'vault.status': status('unlocked'), 'notes.list': () => notes('unlocked') });
    renderWithProviders(<PersonTimeline personId={ids.alex} memberships={[membership]} />);
    expect(await screen.findByText('Their meetings could not be loaded')).toBeInTheDocument();
  });
});
