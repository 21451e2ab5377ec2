import { useRef, type MouseEvent } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from './ErrorBoundary';
import { PageTitleProvider } from './page-title';
import { AppNotices } from './AppNotices';
import { Sidebar } from './Sidebar';

function sectionTitle(pathname: string): string {
  if (pathname.startsWith('/groups')) return 'Groups';
  if (pathname.startsWith('/people')) return 'People';
  if (pathname.startsWith('/settings')) return 'Settings';
  if (pathname.startsWith('/calendar')) return 'Calendar';
  return 'Dashboard';
}

/**
 * One page, one key: a group's tabs are one page (moving between them must not
 * remount it and lose the focus on the tab), anything else is its own.
 */
const pageKey = (pathname: string): string => pathname.replace(/^(\/groups\/[^/]+)\/(members|norms|meetings)$/, '$1');

/** The window's frame: sidebar on the left, the current page on the right. */
export function Layout() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);

  // The router owns the URL hash, so the skip link moves focus itself
  // instead of following href="#main" (which would be read as a route).
  function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    main.current?.focus();
  }

  return (
    <PageTitleProvider fallback={sectionTitle(pathname)}>
      <div className="app-shell">
        <a href="#main-content" className="app-skip-link" onClick={skipToContent}>
          Skip to content
        </a>
        <Sidebar />
        <main id="main-content" ref={main} tabIndex={-1} className="app-main">
          <div className="app-main__inner">
            <AppNotices />
            {/* Keyed by page: moving to another page clears a failed view. */}
            <ErrorBoundary key={pageKey(pathname)}>
              <Outlet />
            </ErrorBoundary>
          </div>
        </main>
      </div>
    </PageTitleProvider>
  );
}
