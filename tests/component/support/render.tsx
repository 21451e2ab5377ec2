import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createQueryClient } from '../../../src/renderer/app/query';
import { ToastProvider } from '../../../src/renderer/ui/Toast';

export interface RenderOptions {
  /** The address the router starts at, e.g. '/groups/abc'. */
  route?: string;
  /** A route pattern such as '/groups/:groupId' so useParams works. */
  path?: string;
}

/** Renders a view with everything the app shell provides: data client, router and toasts. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): RenderResult {
  const queryClient = createQueryClient();
  const route = options.route ?? '/';
  const content = options.path ? (
    <Routes>
      <Route path={options.path} element={ui} />
      <Route path="*" element={<p>Navigated away</p>} />
    </Routes>
  ) : (
    ui
  );
  return render(
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <MemoryRouter initialEntries={[route]}>{content}</MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
}
