import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MeetingRow } from '../../../src/shared/meeting-plan-views';
import type { Meeting } from '../../../src/shared/meetings';
import { MeetingRowItem, type RowActions } from '../../../src/renderer/features/groups/meetings/MeetingRowItem';
import { renderWithProviders } from '../support/render';

// What a coach can do with one meeting in the Meetings tab: before it, move or
// cancel; after it, record it, and while nothing is recorded, correct when and
// where it was or say it did not happen. Once it has records, only open it.

const GROUP = '00000000-0000-4000-8000-0000000000a1';
const LABEL = 'Tue 12 Jan 2027, 18:00–19:30';

function row(overrides: Partial<MeetingRow> = {}, meeting: Partial<Meeting> = {}): MeetingRow {
  return {
    meeting: {
      id: '00000000-0000-4000-8000-0000000000b1',
      seriesId: null,
      recordsYear: 2027,
      date: '2027-01-12',
      startTime: '18:00',
      timeZone: 'Europe/London',
      minutes: 90,
      start: '2027-01-12T18:00:00.000Z',
      end: '2027-01-12T19:30:00.000Z',
      seriesStart: null,
      place: null,
      status: 'planned',
      cancelledReason: '',
      sequence: 0,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      ...meeting,
    },
    inGroupZone: { zone: 'Europe/London', date: '2027-01-12', startTime: '18:00', endTime: '19:30', label: LABEL },
    inCoachZone: null,
    inViewerZone: null,
    moved: false,
    extra: false,
    hasRecords: false,
    clashes: [],
    ...overrides,
  };
}

function show(r: MeetingRow, past: boolean) {
  const actions: RowActions = { onMove: vi.fn(), onCancel: vi.fn(), onReinstate: vi.fn(), onCorrect: vi.fn() };
  renderWithProviders(
    <ul>
      <MeetingRowItem groupId={GROUP} row={r} past={past} actions={actions} reinstating={false} />
    </ul>,
  );
  return { actions, item: screen.getByRole('listitem') };
}

describe('a meeting’s row actions', () => {
  it('a past meeting with nothing recorded: record it, correct it, or say it did not happen', async () => {
    const user = userEvent.setup();
    const r = row();
    const { actions, item } = show(r, true);
    expect(within(item).getByRole('link', { name: `Record the meeting on ${LABEL}` })).toHaveAttribute('href', `/groups/${GROUP}/meetings/${r.meeting.id}`);
    await user.click(within(item).getByRole('button', { name: `Correct the time or place of the meeting on ${LABEL}` }));
    expect(actions.onCorrect).toHaveBeenCalledWith(r);
    await user.click(within(item).getByRole('button', { name: `Record that the meeting on ${LABEL} did not happen` }));
    expect(actions.onCancel).toHaveBeenCalledWith(r);
    expect(within(item).queryByRole('button', { name: /^Move/ })).not.toBeInTheDocument();
  });

  it('a past meeting with records can only be opened: its time and status stay as recorded', () => {
    const { item } = show(row({ hasRecords: true }), true);
    expect(within(item).getByRole('link', { name: `Open the meeting on ${LABEL}` })).toBeInTheDocument();
    expect(within(item).queryAllByRole('button')).toEqual([]);
  });

  it('a meeting still to come can be moved or cancelled; its own place is shown and marked', () => {
    const { item } = show(row({}, { place: { type: 'in-person', address: 'The Old Library' } }), false);
    expect(within(item).getAllByRole('button').map((b) => b.textContent)).toEqual(['Move', 'Cancel']);
    expect(item).toHaveTextContent('This meeting only: In person: The Old Library');
    expect(item).toHaveTextContent('Not the usual place');
  });

  it('a cancelled past meeting can be reinstated', () => {
    const { item } = show(row({}, { status: 'cancelled', cancelledReason: 'Snow' }), true);
    expect(within(item).getAllByRole('button').map((b) => b.textContent)).toEqual(['Reinstate']);
    expect(item).toHaveTextContent('Reason: Snow');
  });
});
