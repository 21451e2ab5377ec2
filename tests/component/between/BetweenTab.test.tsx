import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BetweenTab } from '../../../src/renderer/features/between/BetweenTab';
import type { BetweenView } from '../../../src/shared/contract/between';
import { apiError, installBridge, type BridgeOverrides } from '../support/bridge';
import { renderWithProviders } from '../support/render';
import { AMARA, betweenView, CURRENT, GROUP, LENA, PLANNED, RAJ, session, SESSION_1, TOMAS, YUKI } from './between-fixtures';

// The Between meetings tab: what a round says, and that a swap or a pair
// session sends exactly what the coach chose, after showing what it does.

const SETTINGS = { coachName: 'Sam', coachTimeZone: 'Europe/London', coachEmail: '' };

function renderTab(overrides: BridgeOverrides = {}, view: BetweenView = betweenView()) {
  const bridge = installBridge({ 'between.view': () => view, 'settings.get': () => SETTINGS, ...overrides });
  renderWithProviders(<BetweenTab groupId={GROUP} internal={false} />);
  return bridge;
}

const roundRegion = (name: RegExp) => screen.findByRole('region', { name });

describe('BetweenTab', () => {
  it('shows the round under way first, with its pairs, triad and explanations, then the planned round with the member who meets the coach', async () => {
    renderTab();
    const current = await roundRegion(/20 Jan – 17 Feb/);
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    // Then each member's 1:1s and the group's (features/one-to-ones), the matrix and the rules, below the rounds.
    expect(sections).toEqual(['This round', 'Planned rounds', '1:1s by member', '1:1s', 'Who has met whom', 'Pairing rules and 1:1s']);
    expect(within(current).getByText('Under way')).toBeInTheDocument();
    expect(within(current).getByText('Amara Okafor & Raj Patel')).toBeInTheDocument();
    expect(within(current).getByText('Tomás Ruiz, Yuki Tanaka & Lena Berg')).toBeInTheDocument();
    expect(within(current).getByText('(triad)')).toBeInTheDocument();
    expect(within(current).getByText('Amara and Raj have not been paired yet.')).toBeInTheDocument();
    // Pairs of a round that has begun are history: no swapping, only recording.
    expect(within(current).queryByRole('button', { name: 'Swap two people' })).toBeNull();
    expect(within(current).getByRole('button', { name: 'Record the pair session of Amara Okafor & Raj Patel' })).toBeInTheDocument();

    const planned = screen.getByRole('region', { name: /17 Feb – 17 Mar/ });
    expect(within(planned).getByText('Tomás Ruiz meets you (their 1:1)')).toBeInTheDocument();
    expect(within(planned).getByText('Changed by hand')).toBeInTheDocument();
    expect(within(planned).getByText('1 repeat')).toBeInTheDocument();
    expect(within(planned).getByText('Tomás meets you (their 1:1): he has not been the odd one out yet.')).toBeInTheDocument();
    expect(within(planned).queryByRole('button', { name: /Record the pair session/ })).toBeNull();
  });

  it('folds earlier rounds away under their count', async () => {
    const view = betweenView();
    const held = { ...view.rounds[0]!, id: '00000000-0000-4000-9000-0000000000c0', from: '2026-12-16', to: '2027-01-20', state: 'held' as const };
    renderTab({}, { ...view, rounds: [...view.rounds, held] });
    const summary = await screen.findByText('Earlier rounds (1)');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    expect(screen.getByRole('region', { name: /16 Dec 2026 – 20 Jan 2027/ })).toBeInTheDocument();
  });

  it('says what is needed when there is nothing to pair', async () => {
    renderTab({}, betweenView({ rounds: [], unplannedGaps: 0 }));
    expect(await screen.findByText('No meetings ahead to pair between')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Plan rounds' })).toBeNull();
  });

  it('says a group needs two members before anything can be paired', async () => {
    const view = betweenView();
    renderTab({}, { ...view, members: view.members.map((m, i) => ({ ...m, current: i === 0 })) });
    expect(await screen.findByText('Pairs need at least two members')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add members' })).toHaveAttribute('href', `/groups/${GROUP}/members`);
  });

  it('shows the gaps still to plan', async () => {
    renderTab({}, betweenView({ unplannedGaps: 2 }));
    expect(await screen.findByText('2 gaps between meetings with no round yet')).toBeInTheDocument();
  });

  it('shows the repeats a hand swap would introduce before confirming, then swaps exactly those two', async () => {
    const preview = { introducedRepeats: [{ personIds: [AMARA, RAJ] as [string, string], timesMet: 2, lastRoundsAgo: 1 }], brokenNeverPair: [] };
    const bridge = renderTab({ 'between.previewSwap': () => preview, 'between.swap': () => preview });
    const user = userEvent.setup();
    const planned = await roundRegion(/17 Feb – 17 Mar/);
    await user.click(within(planned).getByRole('button', { name: 'Swap two people' }));
    const dialog = await screen.findByRole('dialog', { name: 'Swap two people' });
    await user.selectOptions(within(dialog).getByLabelText('Swap'), 'Yuki Tanaka');
    expect(bridge.callsTo('between.previewSwap')).toEqual([]);
    await user.selectOptions(within(dialog).getByLabelText('With'), 'Raj Patel');

    expect(await within(dialog).findByText('Amara and Raj would meet for the 3rd time; last 1 round ago.')).toBeInTheDocument();
    expect(bridge.callsTo('between.previewSwap')).toEqual([{ groupId: GROUP, roundId: PLANNED, a: YUKI, b: RAJ }]);
    expect(bridge.callsTo('between.swap')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Confirm the swap' }));
    await waitFor(() => expect(bridge.callsTo('between.swap')).toEqual([{ groupId: GROUP, roundId: PLANNED, a: YUKI, b: RAJ }]));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Swap two people' })).toBeNull());
  });

  it('says so when a swap makes no repeat, and warns when it breaks a never-pair rule', async () => {
    renderTab({ 'between.previewSwap': () => ({ introducedRepeats: [], brokenNeverPair: [[AMARA, LENA]] }) });
    const user = userEvent.setup();
    await user.click(within(await roundRegion(/17 Feb – 17 Mar/)).getByRole('button', { name: 'Swap two people' }));
    const dialog = await screen.findByRole('dialog', { name: 'Swap two people' });
    await user.selectOptions(within(dialog).getByLabelText('Swap'), 'Yuki Tanaka');
    await user.selectOptions(within(dialog).getByLabelText('With'), 'Lena Berg');
    expect(await within(dialog).findByText('Everyone meets someone new.')).toBeInTheDocument();
    expect(within(dialog).getByText('Amara Okafor and Lena Berg are never to be paired.')).toBeInTheDocument();
  });

  it('records a pair session held, with the agreed time in the coach’s zone and the place', async () => {
    const bridge = renderTab({ 'between.recordSession': (input) => session(input.sessionId, [AMARA, RAJ], { status: input.status }) });
    const user = userEvent.setup();
    await user.click(within(await roundRegion(/20 Jan – 17 Feb/)).getByRole('button', { name: 'Record the pair session of Amara Okafor & Raj Patel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pair session: Amara Okafor & Raj Patel' });
    await user.click(within(dialog).getByRole('radio', { name: /Held/ }));
    await user.type(within(dialog).getByLabelText(/Agreed day/), '2027-02-02');
    await user.type(within(dialog).getByLabelText(/Agreed time/), '18:30');
    await user.type(within(dialog).getByLabelText(/Place or link/), 'https://meet.example.com/ar');
    await user.click(within(dialog).getByRole('button', { name: 'Save pair session' }));
    await waitFor(() =>
      expect(bridge.callsTo('between.recordSession')).toEqual([
        {
          groupId: GROUP,
          roundId: CURRENT,
          sessionId: SESSION_1,
          status: 'held',
          agreedTime: { date: '2027-02-02', time: '18:30', timeZone: 'Europe/London' },
          where: 'https://meet.example.com/ar',
        },
      ]),
    );
  });

  it('asks for the time when only the day is given, and sends nothing', async () => {
    const bridge = renderTab();
    const user = userEvent.setup();
    await user.click(within(await roundRegion(/20 Jan – 17 Feb/)).getByRole('button', { name: 'Record the pair session of Amara Okafor & Raj Patel' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Agreed day/), '2027-02-02');
    await user.click(within(dialog).getByRole('button', { name: 'Save pair session' }));
    expect(await within(dialog).findByText('Enter the time they agreed, or clear the date.')).toBeInTheDocument();
    expect(bridge.writes()).toEqual([]);
  });

  it('puts an error from main on the field it names', async () => {
    renderTab({
      'between.recordSession': () => {
        throw apiError('invalid_input', 'This round has not begun yet: a session can be marked held or skipped once its round starts.', { status: 'This round has not begun yet.' });
      },
    });
    const user = userEvent.setup();
    await user.click(within(await roundRegion(/20 Jan – 17 Feb/)).getByRole('button', { name: 'Record the pair session of Amara Okafor & Raj Patel' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: /Skipped/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save pair session' }));
    const group = within(dialog).getByRole('group', { name: 'How it went' });
    await waitFor(() => expect(group).toHaveAccessibleDescription(/This round has not begun yet\./));
  });

  it('puts main’s error about the agreed time on the time field', async () => {
    renderTab({
      'between.recordSession': () => {
        throw apiError('invalid_input', 'Enter a time such as 18:30.', { 'agreedTime.time': 'Enter a time such as 18:30.' });
      },
    });
    const user = userEvent.setup();
    await user.click(within(await roundRegion(/20 Jan – 17 Feb/)).getByRole('button', { name: 'Record the pair session of Amara Okafor & Raj Patel' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Agreed day/), '2027-02-02');
    await user.type(within(dialog).getByLabelText(/Agreed time/), '18:30');
    await user.click(within(dialog).getByRole('button', { name: 'Save pair session' }));
    await waitFor(() => expect(within(dialog).getByLabelText(/Agreed time/)).toHaveAccessibleDescription(/Enter a time such as 18:30\./));
  });

  it('replaces rounds changed by hand only when the coach says so', async () => {
    const bridge = renderTab({ 'between.plan': () => ({ planned: 2, kept: 0, problems: [] }) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Plan rounds' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Keep the rounds you changed?' })).getByRole('button', { name: 'Replace them' }));
    await waitFor(() => expect(bridge.callsTo('between.plan')).toEqual([{ groupId: GROUP, replaceHandEdited: true }]));
  });

  it('asks before replacing rounds changed by hand, and plans keeping them when the coach says so', async () => {
    const bridge = renderTab({ 'between.plan': () => ({ planned: 1, kept: 1, problems: ['The gap from 17 Mar to 14 Apr could not be planned: the never-pair rules leave no grouping.'] }) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Plan rounds' }));
    const dialog = await screen.findByRole('dialog', { name: 'Keep the rounds you changed?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep my changes' }));
    await waitFor(() => expect(bridge.callsTo('between.plan')).toEqual([{ groupId: GROUP, replaceHandEdited: false }]));
    expect(await screen.findByText(/could not be planned: the never-pair rules leave no grouping/)).toBeInTheDocument();
  });

  it('names who is away in a planned round and brings them back', async () => {
    const view = betweenView();
    const rounds = view.rounds.map((r) => (r.id === PLANNED ? { ...r, absent: [LENA], withCoach: null, sessions: [session('00000000-0000-4000-9000-0000000000e3', [AMARA, YUKI]), session('00000000-0000-4000-9000-0000000000e4', [RAJ, TOMAS])] } : r));
    const bridge = renderTab({ 'between.setAbsent': () => ({ planned: 1, kept: 0, problems: [] }) }, { ...view, rounds });
    const planned = await roundRegion(/17 Feb – 17 Mar/);
    expect(within(planned).getByText('Away this round:')).toBeInTheDocument();
    await userEvent.setup().click(within(planned).getByRole('button', { name: 'Bring Lena Berg back into this round' }));
    await waitFor(() => expect(bridge.callsTo('between.setAbsent')).toEqual([{ groupId: GROUP, roundId: PLANNED, personId: LENA, absent: false }]));
  });
});
