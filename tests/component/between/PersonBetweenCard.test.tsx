import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PersonBetweenCard } from '../../../src/renderer/features/between/PersonBetweenCard';
import type { PersonBetweenHistory } from '../../../src/shared/contract/between';
import { installBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';

// A person's pair sessions and 1:1s on their page: who with and how it went,
// in words, each linking to the group's Between meetings tab.

const PERSON = '00000000-0000-4000-8000-0000000000a1';
const GROUP = '00000000-0000-4000-8000-0000000000b1';

function renderCard(history: PersonBetweenHistory) {
  installBridge({ 'between.personHistory': () => history });
  renderWithProviders(<PersonBetweenCard personId={PERSON} />);
}

const round = (n: number) => ({ groupId: GROUP, groupName: 'Tuesday Circle', roundId: `00000000-0000-4000-8000-00000000c${String(n).padStart(3, '0')}`, from: '2027-01-12', to: '2027-02-09' });

describe('PersonBetweenCard', () => {
  it('names the partner, the triad and the rounds with the coach, with how each went', async () => {
    renderCard({
      pairSessions: [
        { ...round(4), partners: ['Lee Chan'], partnerIds: ['00000000-0000-4000-8000-0000000000a4'], withCoach: false, begun: false, status: 'planned' },
        { ...round(3), partners: ['Raj Patel'], partnerIds: ['00000000-0000-4000-8000-0000000000a2'], withCoach: false, begun: false, status: 'planned' },
        { ...round(2), partners: ['Raj Patel', 'Yuki Tanaka'], partnerIds: ['00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-0000000000a3'], withCoach: false, begun: true, status: 'skipped' },
        { ...round(1), partners: [], partnerIds: [], withCoach: true, begun: true, status: 'held' },
      ],
      oneToOnes: [{ groupId: GROUP, groupName: 'Tuesday Circle', id: '00000000-0000-4000-8000-0000000000d1', date: '2027-02-01', startTime: '09:30', timeZone: 'Europe/London', minutes: 45, status: 'held' }],
    });
    const pairs = await screen.findByRole('region', { name: 'Pair sessions' });
    const items = within(pairs).getAllByRole('listitem');
    // Of the plans (newest first: Lee's round comes later), only the next one; then the rounds begun.
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('Next:'),
      expect.stringContaining('In a triad with Raj Patel and Yuki TanakaSkipped'),
      expect.stringContaining('With you (their 1:1)Over'),
    ]);
    expect(items[0]!.textContent).toContain('With Raj PatelNot met yet');
    expect(screen.queryByText(/Lee Chan/)).toBeNull();
    expect(within(items[0]!).getByRole('link', { name: 'Tuesday Circle' })).toHaveAttribute('href', `/groups/${GROUP}/between`);
    const oneToOnes = screen.getByRole('region', { name: '1:1s' });
    expect(within(oneToOnes).getByRole('listitem').textContent).toMatch(/09:30 \(Europe\/London\).*45 minutes.*Held/);
  });

  it('says plainly when there is nothing yet', async () => {
    renderCard({ pairSessions: [], oneToOnes: [] });
    expect(await screen.findByText(/No pair sessions or 1:1s yet/)).toBeInTheDocument();
  });
});
