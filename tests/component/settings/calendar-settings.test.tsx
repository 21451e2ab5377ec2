import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CalendarSection } from '../../../src/renderer/features/settings/CalendarSection';
import { MAX_BUSY_FILE_CHARS, type BusyImportSummary } from '../../../src/shared/busy-import';
import type { CalendarSettings } from '../../../src/shared/calendar-views';
import { apiError, installBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';

// The coach's own calendar in Settings: the break between meetings, checked
// in the form with the contract's schema, and busy times imported from a file.

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20270310T090000Z\r\nDTEND:20270310T100000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';

function setUp(overrides: Parameters<typeof installBridge>[0] = {}) {
  let settings: CalendarSettings = { bufferMinutes: 15, timeZone: 'Europe/London', busy: null };
  return installBridge({
    'calendar.settings': () => settings,
    'calendar.updateSettings': ({ bufferMinutes }) => {
      settings = { ...settings, bufferMinutes };
      return { bufferMinutes };
    },
    'calendar.importBusy': ({ fileName }): BusyImportSummary => {
      settings = {
        ...settings,
        busy: {
          fileName,
          importedAt: '2027-03-01T10:00:00.000Z',
          busyCount: 1,
          skipped: [{ reason: 'all-day', count: 2 }],
          first: { start: '2027-03-10T09:00:00.000Z', end: '2027-03-10T10:00:00.000Z' },
          last: { start: '2027-03-10T09:00:00.000Z', end: '2027-03-10T10:00:00.000Z' },
          upcoming: [{ start: '2027-03-10T09:00:00.000Z', end: '2027-03-10T10:00:00.000Z', label: 'Dentist', when: 'Wed 10 Mar 2027, 09:00–10:00' }],
        },
      };
      return { fileName, importedAt: '2027-03-01T10:00:00.000Z', busyCount: 1, fromDate: '2027-02-01', toDate: '2029-03-01', skipped: [{ reason: 'all-day', count: 2 }], readInCoachZone: 0 };
    },
    ...overrides,
  });
}

const file = (text: string, name = 'work.ics') => new File([text], name, { type: 'text/calendar' });

describe('Settings: your calendar', () => {
  it('refuses a break outside 0 to 240 minutes in the form, and sends nothing', async () => {
    const bridge = setUp();
    const user = userEvent.setup();
    renderWithProviders(<CalendarSection />);
    const field = await screen.findByLabelText('Break between meetings (minutes)');
    await user.clear(field);
    await user.type(field, '300');
    await user.click(screen.getByRole('button', { name: 'Save break' }));
    expect(await screen.findByText('Use at most 240 minutes (4 hours).')).toBeInTheDocument();
    expect(bridge.writes()).toEqual([]);
    await user.clear(field);
    await user.type(field, '30');
    await user.click(screen.getByRole('button', { name: 'Save break' }));
    await waitFor(() => expect(bridge.callsTo('calendar.updateSettings')).toEqual([{ bufferMinutes: 30 }]));
  });

  it('imports a chosen .ics file and says what was read and what was left out', async () => {
    const bridge = setUp();
    const user = userEvent.setup();
    renderWithProviders(<CalendarSection />);
    await user.upload(await screen.findByLabelText('Import an .ics file…'), file(ICS));
    expect(await screen.findByText('1 busy time read from work.ics')).toBeInTheDocument();
    expect(screen.getByText('2 events were left out, as listed above.')).toBeInTheDocument();
    expect(await screen.findByText('2 all-day events (they do not block a time of day)')).toBeInTheDocument();
    expect(bridge.callsTo('calendar.importBusy')).toEqual([{ fileName: 'work.ics', text: ICS }]);
    // What is stored now shows, with the next busy time.
    expect(await screen.findByText('Dentist', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove busy times' })).toBeInTheDocument();
  });

  it('shows what the stored import left out when the page opens, as after a restart', async () => {
    const busy: NonNullable<CalendarSettings['busy']> = {
      fileName: 'work.ics',
      importedAt: '2027-03-01T10:00:00.000Z',
      busyCount: 3,
      skipped: [
        { reason: 'repeats-too-often', count: 1 },
        { reason: 'unreadable', count: 4 },
      ],
      first: { start: '2027-03-10T09:00:00.000Z', end: '2027-03-10T10:00:00.000Z' },
      last: { start: '2027-03-12T09:00:00.000Z', end: '2027-03-12T10:00:00.000Z' },
      upcoming: [],
    };
    let settings: CalendarSettings = { bufferMinutes: 15, timeZone: 'Europe/London', busy };
    installBridge({ 'calendar.settings': () => settings });
    const first = renderWithProviders(<CalendarSection />);
    const list = await screen.findByRole('list', { name: 'Events left out of this import' });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '1 repeating event that repeats too often to check (every few minutes or hours)',
      '4 events whose dates could not be read',
    ]);
    first.unmount();

    settings = { ...settings, busy: { ...busy, skipped: [] } };
    const second = renderWithProviders(<CalendarSection />);
    expect(await screen.findByText('No event in the file was left out.')).toBeInTheDocument();
    second.unmount();

    settings = { ...settings, busy: { ...busy, skipped: null } };
    renderWithProviders(<CalendarSection />);
    expect(await screen.findByText('Import the file again to see which of its events were left out.')).toBeInTheDocument();
  });

  it('refuses a file that is too large before sending it, and shows main’s reason for a bad one', async () => {
    const bridge = setUp({ 'calendar.importBusy': () => { throw apiError('invalid_input', 'This is not a calendar file. Export your calendar as an .ics file.'); } });
    const user = userEvent.setup();
    renderWithProviders(<CalendarSection />);
    const input = await screen.findByLabelText('Import an .ics file…');
    await user.upload(input, file('x'.repeat(MAX_BUSY_FILE_CHARS + 1), 'huge.ics'));
    expect(await screen.findByText(/That file is too large to import \(limit 5 MB\)/)).toBeInTheDocument();
    expect(bridge.writes()).toEqual([]);
    await user.upload(input, file('name,email\n', 'contacts.csv'));
    expect(await screen.findByText(/^This is not a calendar file/)).toBeInTheDocument();
  });
});
