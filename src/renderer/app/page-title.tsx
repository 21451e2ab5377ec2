import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

// The window title is "<page> – Circlekeeper". The layout knows each section's
// name; a page that knows better (a group's own name) overrides it with
// usePageTitle. Keeping the override in state means effect order between the
// layout and the page never decides which title wins.

const APP_NAME = 'Circlekeeper';

type SetOverride = (title: string | null) => void;
const PageTitleContext = createContext<SetOverride | null>(null);

export function PageTitleProvider({ fallback, children }: { fallback: string; children: ReactNode }) {
  const [override, setOverride] = useState<string | null>(null);
  const title = override ?? fallback;
  useEffect(() => {
    document.title = title ? `${title} – ${APP_NAME}` : APP_NAME;
  }, [title]);
  return <PageTitleContext.Provider value={setOverride}>{children}</PageTitleContext.Provider>;
}

/** Sets the window title while the calling page is shown. Pass undefined while the name is loading. */
export function usePageTitle(title: string | undefined): void {
  const setOverride = useContext(PageTitleContext);
  useEffect(() => {
    if (!setOverride) {
      if (title) document.title = `${title} – ${APP_NAME}`;
      return;
    }
    setOverride(title ?? null);
    return () => setOverride(null);
  }, [setOverride, title]);
}
