import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PairingMatrixCard } from '../../../src/renderer/features/between/PairingMatrixCard';
import { shortNames } from '../../../src/renderer/features/between/short-names';
import { renderWithProviders } from '../support/render';
import { MEMBERS, round, view } from './between-view-fixture';

// The "who has met whom" matrix: one row and one column per member in the
// view's order, the times paired in each cell, and the rounds with the coach
// and in a triad. A zero is a dash on screen and reads as 0.

/** What a screen reader hears for a cell: the hidden text where the cell has one. */
const spoken = (cell: HTMLElement) => (cell.querySelector('.visually-hidden')?.textContent ?? cell.textContent ?? '').trim();

function matrix() {
  return screen.getByRole('table');
}

describe('the pairing matrix', () => {
  it('has a caption and full names in its column and row headers, in member order', () => {
    renderWithProviders(<PairingMatrixCard view={view()} />);
    expect(screen.getByRole('region', { name: 'Who has met whom' })).toBeInTheDocument();
    const table = matrix();
    expect(within(table).getByText(/Times paired, over the rounds held or under way/)).toBeInTheDocument();
    const columns = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(columns).toEqual(['Member', 'AmaraAmara Okafor', 'RajRaj Patel', 'TomásTomás García', 'YukiYuki Tanaka', 'LenaLena Fischer (former member)former', 'With you (their 1:1)', 'In a triad']);
    const rows = within(table).getAllByRole('rowheader').map((h) => h.textContent);
    expect(rows).toEqual(['Amara Okafor', 'Raj Patel', 'Tomás García', 'Yuki Tanaka', 'Lena Fischer Former member']);
  });

  it('shows each count where its row and column meet, zeros as a dash, the diagonal as the same person', () => {
    renderWithProviders(<PairingMatrixCard view={view()} />);
    const rows = within(matrix()).getAllByRole('row').slice(1);
    const cells = rows.map((r) => within(r).getAllByRole('cell').map(spoken));
    expect(cells[0]).toEqual(['same person', '2', '0', '1', '1', '0', '1']);
    expect(cells[1]).toEqual(['2', 'same person', '1', '0', '0', '1', '0']);
    expect(cells[4]).toEqual(['1', '0', '0', '0', 'same person', '0', '0']);
    const zero = within(rows[0] as HTMLElement).getAllByRole('cell')[2] as HTMLElement;
    expect(zero).toHaveClass('between-matrix__count--zero');
    expect(within(zero).getByText('–')).toHaveAttribute('aria-hidden', 'true');
  });

  it('counts the pairs among current members still to make, leaving former members out', () => {
    renderWithProviders(<PairingMatrixCard view={view()} />);
    // Among the four current members: Amara–Tomás and Raj–Yuki have not met.
    expect(screen.getByText(/2 of the 6 possible pairs among the members now have not been paired yet/)).toBeInTheDocument();
  });

  it('says so before any round has begun, and before there are members', () => {
    const { unmount } = renderWithProviders(<PairingMatrixCard view={view({ rounds: [round('planned')] })} />);
    expect(screen.getByText(/No round has begun yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    unmount();
    renderWithProviders(<PairingMatrixCard view={view({ members: [], matrix: [], rounds: [] })} />);
    expect(screen.getByText('No members yet.')).toBeInTheDocument();
  });
});

describe('short names for the matrix columns', () => {
  it('uses first names, adds an initial where two share one, and cuts long ones', () => {
    expect(shortNames(MEMBERS.map((m) => m.name))).toEqual(['Amara', 'Raj', 'Tomás', 'Yuki', 'Lena']);
    expect(shortNames(['Sam Kahn', 'Sam Lee', 'Bartholomew Xu', 'Cher'])).toEqual(['Sam K.', 'Sam L.', 'Bartho…', 'Cher']);
    expect(shortNames(['Sam Kahn', 'Sam Kim', 'Sam Kahn'])).toEqual(['Sam K. 1', 'Sam K. 2', 'Sam K. 3']);
  });
});
