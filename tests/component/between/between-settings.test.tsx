import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BetweenSettingsCard } from '../../../src/renderer/features/between/BetweenSettingsCard';
import type { BetweenSettings } from '../../../src/shared/between';
import { apiError, installBridge, type BridgeOverrides } from '../support/bridge';
import { renderWithProviders } from '../support/render';
import { AMARA, GROUP, LENA, RAJ, TOMAS, view } from './between-view-fixture';

// The group's pairing rules and 1:1 cadence: shown in words, changed in a
// dialog whose form the contract's schema validates, saved with
// between.updateSettings (which re-plans the rounds ahead).

const SAVED: BetweenSettings = { pairing: { oddMember: 'triad', neverPair: [], preferDifferentTeams: false }, teams: [], oneToOneCadence: { type: 'between-meetings' } };

function show(options: { internal?: boolean; settings?: Partial<BetweenSettings>; overrides?: BridgeOverrides } = {}) {
  const bridge = installBridge({ 'between.updateSettings': () => SAVED, ...options.overrides });
  const user = userEvent.setup();
  renderWithProviders(<BetweenSettingsCard groupId={GROUP} view={view({}, options.settings)} internal={options.internal ?? false} />);
  return { bridge, user };
}

/** The never-pair row numbered n (from 1), as its own group of fields. */
const rule = (dialog: HTMLElement, n: number) => within(within(dialog).getByRole('group', { name: `Rule ${n}` }));

async function edit(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Edit pairing rules and 1:1s' }));
  return screen.findByRole('dialog', { name: 'Pairing rules and 1:1s' });
}

describe('the pairing rules card', () => {
  it('says the rules in words, with the members’ names', () => {
    show({ internal: true, settings: { pairing: { oddMember: 'with-coach', neverPair: [[AMARA, RAJ]], preferDifferentTeams: true }, teams: [{ personId: AMARA, team: 'Sales' }, { personId: TOMAS, team: 'Sales' }], oneToOneCadence: { type: 'every-weeks', weeks: 4 } } });
    const card = screen.getByRole('region', { name: 'Pairing rules and 1:1s' });
    expect(within(card).getByText(/one of them meets you instead, counted as their 1:1/)).toBeInTheDocument();
    expect(within(card).getByText('Never paired: Amara Okafor and Raj Patel.')).toBeInTheDocument();
    expect(within(card).getByText(/Teams: Sales \(Amara Okafor, Tomás García\)/)).toBeInTheDocument();
    expect(within(card).getByText('1:1s: one with each member every 4 weeks.')).toBeInTheDocument();
  });

  it('leaves teams out of the words and the form for a group that is not internal', async () => {
    const { user } = show({ internal: false });
    expect(screen.queryByText(/Teams do not matter/)).not.toBeInTheDocument();
    const dialog = await edit(user);
    expect(within(dialog).getByText(/plans the rounds ahead again with these rules/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('checkbox', { name: 'Prefer partners from different teams' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox', { name: /Team of/ })).not.toBeInTheDocument();
  });

  it('offers a team per current member (not former ones) for an internal group', async () => {
    const { user } = show({ internal: true });
    const dialog = await edit(user);
    expect(within(dialog).getByRole('checkbox', { name: 'Prefer partners from different teams' })).toBeInTheDocument();
    const teams = within(dialog).getAllByRole('textbox', { name: /Team of/ });
    expect(teams.map((t) => t.getAttribute('aria-label') ?? (t as HTMLInputElement).labels?.[0]?.textContent)).toEqual(['Team of Amara Okafor', 'Team of Raj Patel', 'Team of Tomás García', 'Team of Yuki Tanaka']);
  });

  it('shows validation errors on their fields and sends nothing', async () => {
    const { user, bridge } = show();
    const dialog = await edit(user);
    await user.click(within(dialog).getByRole('button', { name: 'Add a pair never to make' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add a pair never to make' }));
    await user.selectOptions(rule(dialog, 2).getByRole('combobox', { name: 'Never pair' }), 'Raj Patel');
    await user.selectOptions(rule(dialog, 2).getByRole('combobox', { name: 'with' }), 'Raj Patel');
    await user.click(within(dialog).getByRole('radio', { name: /Every few weeks/ }));
    const weeks = within(dialog).getByRole('spinbutton', { name: 'Weeks between 1:1s' });
    await user.clear(weeks);
    await user.type(weeks, '0');
    await user.click(within(dialog).getByRole('button', { name: 'Save and re-plan' }));

    expect(await rule(dialog, 1).findByRole('combobox', { name: 'Never pair' })).toHaveAccessibleDescription('Choose a member.');
    expect(rule(dialog, 1).getByRole('combobox', { name: 'with' })).toHaveAccessibleDescription('Choose a member.');
    expect(rule(dialog, 2).getByRole('combobox', { name: 'with' })).toHaveAccessibleDescription('Choose two different members.');
    expect(weeks).toHaveAccessibleDescription('At least every week.');
    expect(bridge.writes()).toEqual([]);
  });

  it('adds and removes never-pair rows, and saves exactly what the coach chose', async () => {
    const { user, bridge } = show({ internal: true, settings: { pairing: { oddMember: 'triad', neverPair: [[TOMAS, LENA]], preferDifferentTeams: false } } });
    const dialog = await edit(user);
    // An old rule naming a former member still reads with their name.
    expect(rule(dialog, 1).getByRole('combobox', { name: 'with' })).toHaveDisplayValue('Lena Fischer (former member)');
    await user.click(within(dialog).getByRole('button', { name: 'Remove rule 1' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add a pair never to make' }));
    await user.selectOptions(rule(dialog, 1).getByRole('combobox', { name: 'Never pair' }), 'Amara Okafor');
    await user.selectOptions(rule(dialog, 1).getByRole('combobox', { name: 'with' }), 'Raj Patel');
    await user.click(within(dialog).getByRole('radio', { name: /One member meets you/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Prefer partners from different teams' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Team of Raj Patel' }), '  Finance ');
    await user.click(within(dialog).getByRole('radio', { name: /Every few weeks/ }));
    const weeks = within(dialog).getByRole('spinbutton', { name: 'Weeks between 1:1s' });
    await user.clear(weeks);
    await user.type(weeks, '3');
    await user.click(within(dialog).getByRole('button', { name: 'Save and re-plan' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge.callsTo('between.updateSettings')).toEqual([
      {
        groupId: GROUP,
        settings: {
          pairing: { oddMember: 'with-coach', neverPair: [[AMARA, RAJ]], preferDifferentTeams: true },
          teams: [{ personId: RAJ, team: 'Finance' }],
          oneToOneCadence: { type: 'every-weeks', weeks: 3 },
        },
      },
    ]);
  });

  it('keeps the teams and the team preference when a group that is not internal saves', async () => {
    const { user, bridge } = show({ settings: { pairing: { oddMember: 'triad', neverPair: [], preferDifferentTeams: true }, teams: [{ personId: LENA, team: 'Ops' }] } });
    const dialog = await edit(user);
    await user.click(within(dialog).getByRole('radio', { name: /^None/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save and re-plan' }));
    await waitFor(() => expect(bridge.callsTo('between.updateSettings')).toHaveLength(1));
    expect(bridge.callsTo('between.updateSettings')[0]?.settings).toEqual({
      pairing: { oddMember: 'triad', neverPair: [], preferDifferentTeams: true },
      teams: [{ personId: LENA, team: 'Ops' }],
      oneToOneCadence: { type: 'none' },
    });
  });

  it('shows main’s field errors on the field they name', async () => {
    const refused = () => {
      throw apiError('invalid_input', 'Both people must be members of this group.', { 'pairing.neverPair.0': 'Both people must be members of this group.' });
    };
    const { user } = show({ overrides: { 'between.updateSettings': refused } });
    const dialog = await edit(user);
    await user.click(within(dialog).getByRole('button', { name: 'Add a pair never to make' }));
    await user.selectOptions(rule(dialog, 1).getByRole('combobox', { name: 'Never pair' }), 'Amara Okafor');
    await user.selectOptions(rule(dialog, 1).getByRole('combobox', { name: 'with' }), 'Raj Patel');
    await user.click(within(dialog).getByRole('button', { name: 'Save and re-plan' }));
    await waitFor(() => expect(rule(dialog, 1).getByRole('combobox', { name: 'with' })).toHaveAccessibleDescription('Both people must be members of this group.'));
    expect(screen.getByRole('dialog', { name: 'Pairing rules and 1:1s' })).toBeInTheDocument();
  });
});
