import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DueOneToOnesCard } from '../../../src/renderer/features/one-to-ones/DueOneToOnesCard';
import type { DueEntry } from '../../../src/shared/contract/one-to-ones';
import { installBridge } from '../support/bridge';
import { renderWithProviders } from '../support/render';
import { ADA, BEN, CLEO, dueEntry, GROUP } from './one-to-ones-fixtures';

// The dashboard's "who is due": main decides the order; the card keeps it,
// says each state in words, and links to where the 1:1 is scheduled.

function renderDue(entries: DueEntry[]) {
  installBridge({ 'oneToOnes.due': () => entries });
  renderWithProviders(<DueOneToOnesCard />);
}

describe('DueOneToOnesCard', () => {
  it('keeps main’s order, most in need first, with each state in words and a link to the group’s Between meetings tab', async () => {
    renderDue([
      dueEntry({ personId: CLEO.id, personName: CLEO.name, state: 'overdue', daysOverdue: 12, because: 'Her 1:1 was due 12 days ago.' }),
      dueEntry({ personId: ADA.id, personName: ADA.name, state: 'due', because: 'Her goal has not moved since the last check-in.' }),
      dueEntry({ personId: BEN.id, personName: BEN.name, state: 'scheduled', because: 'A 1:1 is planned on 9 Mar 2027.' }),
    ]);
    const list = await screen.findByRole('list', { name: '1:1s due' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.oto-item__name')?.textContent)).toEqual([CLEO.name, ADA.name, BEN.name]);
    expect(within(items[0]!).getByText('Overdue')).toBeInTheDocument();
    expect(within(items[1]!).getByText('Due')).toBeInTheDocument();
    expect(within(items[2]!).getByText('Scheduled')).toBeInTheDocument();
    expect(within(items[1]!).getByText('Her goal has not moved since the last check-in.')).toBeInTheDocument();
    expect(within(items[0]!).getByRole('link', { name: `Open ${GROUP.name}: Between meetings` })).toHaveAttribute('href', `/groups/${GROUP.id}/between`);
  });

  it('shows the first five only', async () => {
    renderDue(Array.from({ length: 7 }, (_, i) => dueEntry({ personId: `00000000-0000-4000-8000-00000000000${i}`, personName: `Member ${i}`, state: 'due', because: `Reason ${i}.` })));
    const list = await screen.findByRole('list', { name: '1:1s due' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    expect(within(list).getByText('Reason 4.')).toBeInTheDocument();
    expect(within(list).queryByText('Reason 5.')).toBeNull();
  });

  it('says when nobody is due', async () => {
    renderDue([]);
    expect(await screen.findByText('No 1:1s due. Every member has had theirs or has one planned.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: '1:1s due' })).toBeNull();
  });
});
