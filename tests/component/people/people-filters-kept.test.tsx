import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../src/renderer/app/query';
import { PeoplePage } from '../../../src/renderer/features/people/PeoplePage';
import { PersonPage } from '../../../src/renderer/features/people/PersonPage';
import { filtersFromParams, paramsWithFilters } from '../../../src/renderer/features/people/people-filter-params';
import { NO_FILTERS } from '../../../src/renderer/features/people/people-filter';
import { ToastProvider } from '../../../src/renderer/ui/Toast';
import { installBridge } from '../support/bridge';
import { addressBook, settings } from './people-fixtures';

// Opening a person and going back finds the people list as the coach left it (E22).

function BackButton() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => navigate(-1)}>
      Browser back
    </button>
  );
}

function renderPeopleAndPerson() {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <ToastProvider>
        <MemoryRouter initialEntries={['/people']}>
          <BackButton />
          <Routes>
            <Route path="/people" element={<PeoplePage />} />
            <Route path="/people/:personId" element={<PersonPage />} />
          </Routes>
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
}

describe('people filters across navigation', () => {
  it('keeps the search, the filters and the sort after opening a person and going back', async () => {
    const people = addressBook();
    const ana = people.find((p) => p.person.name === 'Ana Souza')!;
    installBridge({
      'people.list': () => people,
      'settings.get': () => settings,
      'people.get': () => ({ person: ana.person, memberships: [] }),
    });
    const user = userEvent.setup();
    renderPeopleAndPerson();
    await screen.findByRole('table');

    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'a');
    await user.selectOptions(screen.getByLabelText('Organisation'), 'Acme');
    await user.click(screen.getByRole('button', { name: /^Name/ }));
    const before = within(screen.getByRole('table')).getAllByRole('rowheader').map((c) => c.textContent);

    await user.click(screen.getByRole('link', { name: 'Ana Souza' }));
    expect(await screen.findByRole('heading', { name: 'Ana Souza' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Browser back' }));

    expect(await screen.findByRole('searchbox', { name: 'Search people' })).toHaveValue('a');
    expect(screen.getByLabelText('Organisation')).toHaveValue('Acme');
    expect(within(screen.getByRole('table')).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(before);
    expect(screen.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    expect(paramsWithFilters(new URLSearchParams('new=1'), NO_FILTERS).toString()).toBe('new=1');
    const filters = { ...NO_FILTERS, query: 'ana acme', group: { kind: 'group' as const, name: 'New managers' }, sort: 'organisation' as const, direction: 'desc' as const };
    const params = paramsWithFilters(new URLSearchParams(), filters);
    expect(params.toString()).toBe('q=ana+acme&group=group%3ANew+managers&sort=organisation&dir=desc');
    expect(filtersFromParams(params)).toEqual(filters);
    expect(filtersFromParams(new URLSearchParams('sort=bogus&dir=sideways'))).toEqual(NO_FILTERS);
  });
});
